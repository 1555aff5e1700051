"""Importing a platform's result export: all rows or none, the same file never twice.

`preview_results` reads the file and matches its rows (nothing written);
`commit_results` refuses a file with any bad row (every problem was shown in
the preview), keeps a file already imported as it is (by its SHA-256), and
otherwise stores the file and one row of figures per platform post, tied to
its post where the match is certain or the officer confirmed it.  A mapping
the officer made for a platform is remembered for its next file.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from sosmed_desktop.db.models import Platform, Post
from sosmed_desktop.db.models_results import PostResult, ResultFile, ResultMapping
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.results import header_key
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.services import audit
from sosmed_desktop.services.directions.data_notes import officer_department
from sosmed_desktop.services.results.matching import TIME, UNPLANNED, Match, match_rows
from sosmed_desktop.services.results.reading import (
    MAPPED,
    ResultRow,
    ResultsPreview,
    read_results,
)


class ResultRowsError(ValidationError):
    """Some rows are bad, so nothing was imported; `rows` holds them for the message."""

    code = "results_rows"
    template = "{count} row(s) have errors; nothing was imported"

    def __init__(self, rows: tuple[ResultRow, ...]) -> None:
        self.rows = rows
        super().__init__(count=len(rows))


@dataclass(frozen=True)
class ResultsImport:
    """A read file with each row's match and its SHA-256, ready to commit."""

    preview: ResultsPreview
    matches: dict[int, Match]
    sha256: str
    already: bool
    """The same file was imported before: committing it changes nothing."""


@dataclass(frozen=True)
class ResultsOutcome:
    """What an import did."""

    file_id: int | None
    already: bool
    rows: int = 0
    matched: int = 0
    unplanned: int = 0


def preview_results(
    uow: UnitOfWork,
    path: Path,
    tz: ZoneInfo,
    *,
    platform: str | None = None,
    columns: dict[str, str] | None = None,
) -> ResultsImport:
    """Read `path` (with the officer's or the remembered mapping) and match its rows."""
    if platform is not None:
        platform = platform.strip().lower()
        if uow.session.scalar(select(Platform.id).where(Platform.code == platform)) is None:
            raise ValidationError(code="results_platform_unknown", platform=platform,
                                  detail=f"no platform {platform!r}")  # fmt: skip
    remembered = {m.platform: m.columns for m in uow.session.scalars(select(ResultMapping))}
    preview = read_results(path, tz, platform=platform, columns=columns, remembered=remembered)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return ResultsImport(preview, match_rows(uow, preview, tz), digest, _known_file(uow, digest))


def _known_file(uow: UnitOfWork, digest: str) -> bool:
    """Whether a file with these bytes was imported, by any department (the table itself:
    a department's view of the files would miss the coordinator's import of it)."""
    files = ResultFile.__table__
    found = uow.session.execute(select(files.c.id).where(files.c.sha256 == digest)).first()
    return found is not None


def commit_results(
    uow: UnitOfWork,
    read: ResultsImport,
    exported_on: date,
    confirmed: dict[int, int] | None = None,
) -> ResultsOutcome:
    """Store the file's figures; commits.  `confirmed`: line → post the officer chose.

    A likely match (by time) ties its row only when confirmed; an ambiguous one
    when the officer picked one of its candidates.  Refuses (`ResultRowsError`)
    while a row is bad.
    """
    preview = read.preview
    bad = tuple(preview.bad_rows)
    if bad:
        raise ResultRowsError(bad)
    if read.already or _known_file(uow, read.sha256):
        return ResultsOutcome(file_id=None, already=True)
    chosen = confirmed or {}
    department = officer_department(uow)
    ties = {line: _tie(read.matches[line], chosen.get(line)) for line in read.matches}
    posts = _posts(uow, {post for post, _how in ties.values() if post is not None})
    file = ResultFile(
        sha256=read.sha256,
        name=preview.name[:255],
        format=preview.format,
        platform=preview.platform,
        source=preview.source,
        exported_on=exported_on,
        department_id=department,
    )
    matched = 0
    for row in preview.rows:
        post_id, how = ties[row.line]
        matched += post_id is not None
        # A tied row goes with its post: its department sees it, and its month is the
        # post's publication (the file may give only a day, or no time at all).
        post_department, post_time = posts.get(post_id, (department, None))
        file.rows.append(
            PostResult(
                platform=preview.platform,
                item_key=row.item_key or f"{read.sha256[:16]}:{row.line}",
                link=row.link,
                title=row.title,
                published_at=post_time or row.when(preview.tz),
                post_id=post_id,
                match=how,
                department_id=post_department,
                **row.figures,
            )
        )
    uow.session.add(file)
    if preview.format == MAPPED:
        _remember(uow, preview)
    uow.session.flush()
    audit.record(
        uow, "results", file.id, "imported", name=file.name, platform=file.platform,
        rows=len(preview.rows), matched=matched, exported_on=exported_on.isoformat(),
    )  # fmt: skip
    uow.commit()
    rows = len(preview.rows)
    return ResultsOutcome(file.id, False, rows, matched, rows - matched)


def _posts(uow: UnitOfWork, ids: set[int]) -> dict[int | None, tuple[int | None, datetime | None]]:
    """Post → (its department, when it was published, else scheduled)."""
    if not ids:
        return {}
    when = func.coalesce(Post.published_at, Post.scheduled_at)
    rows = uow.session.execute(
        select(Post.id, Post.department_id, when).where(Post.id.in_(ids))
    ).all()
    return {post: (department, moment) for post, department, moment in rows}


def _tie(match: Match, confirmed: int | None) -> tuple[int | None, str]:
    """The post a row is stored with, and how it was tied."""
    if match.certain:
        return match.post_id, match.kind
    if confirmed is not None and (confirmed == match.post_id or confirmed in match.candidates):
        return confirmed, TIME
    return None, UNPLANNED


def _remember(uow: UnitOfWork, preview: ResultsPreview) -> None:
    columns = {header_key(preview.headers[i]): name for i, name in preview.columns.items()}
    mapping = uow.session.get(ResultMapping, preview.platform)
    if mapping is None:
        uow.session.add(ResultMapping(platform=preview.platform, columns=columns))
    else:
        mapping.columns = columns
