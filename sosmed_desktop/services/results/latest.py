"""The latest figures of each platform post: what every view of the results starts from."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from sosmed_desktop.db.models_results import PostResult, ResultFile
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.results import METRICS

LEADS = ("reach", "views", "impressions")
"""A platform's lead measure, the first it reports: how many people or plays."""


def figures_of(row: PostResult) -> dict[str, int]:
    return {m: value for m in METRICS if (value := getattr(row, m)) is not None}


def latest_rows(uow: UnitOfWork, *criteria) -> dict[tuple[str, str], list[PostResult]]:
    """(platform, item) → its rows, latest export first."""
    rows = uow.session.scalars(
        select(PostResult)
        .join(ResultFile, ResultFile.id == PostResult.file_id)
        .where(*criteria)
        .order_by(ResultFile.exported_on.desc(), ResultFile.id.desc())
    )
    grouped: dict[tuple[str, str], list[PostResult]] = defaultdict(list)
    for row in rows:
        grouped[(row.platform, row.item_key)].append(row)
    return grouped


def lead_measure(rows: list[PostResult]) -> str | None:
    """The first of `LEADS` that any of `rows` reports (they are of one platform)."""
    return next((m for m in LEADS if any(getattr(r, m) is not None for r in rows)), None)


def one_per_post(rows: list[PostResult]) -> list[PostResult]:
    """`rows` with a post tied under two keys (its id in one export, its link in a mapped
    file) counted once: the row of the latest export.  Untied rows all stay."""
    kept: dict[tuple[str, int], PostResult] = {}
    untied = []
    for row in rows:
        if row.post_id is None:
            untied.append(row)
            continue
        key = (row.platform, row.post_id)
        other = kept.get(key)
        if other is None or _export_order(row) > _export_order(other):
            kept[key] = row
    return [*kept.values(), *untied]


def _export_order(row: PostResult) -> tuple[object, int]:
    return row.file.exported_on, row.file_id
