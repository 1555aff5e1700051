"""The imported results as the officer reads them: per post, and per month (with the
breakdowns of `breakdown.py`).

The figures of a platform post are those of its latest export (the file
exported last; of two exported the same day, the one imported last); the
earlier ones are its history.  A month's results add up only like with like:
each platform's own measures, summed per platform, never across platforms
(Facebook's reach and X's impressions count different things).  Every figure
names the file it came from and the day it was exported.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from sosmed_desktop.db.models import Platform, Post, PostVariant
from sosmed_desktop.db.models_results import PostResult, ResultFile
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.results import FORMATS, METRICS
from sosmed_desktop.domain.statuses import PostStatus
from sosmed_desktop.services.calendar.calendar import month_bounds
from sosmed_desktop.services.results.breakdown import (
    Share,
    Trend,
    answering_directions,
    by_program,
    trends,
)
from sosmed_desktop.services.results.latest import figures_of, latest_rows, one_per_post

TOP = 10


@dataclass(frozen=True)
class Figures:
    """One platform post's figures from one export."""

    platform: str
    figures: dict[str, int]
    exported_on: date
    source: str
    file_name: str


@dataclass(frozen=True)
class PostFigures:
    """A post's latest figures on one platform, with the earlier exports' figures."""

    latest: Figures
    link: str
    history: tuple[Figures, ...] = ()


@dataclass(frozen=True)
class PlatformMonth:
    """One platform's month: its own measures summed over its posts."""

    platform: str
    posts: int
    unplanned: int
    sums: dict[str, int]
    sources: tuple[tuple[str, date], ...]
    """(who made the files, the latest day one was exported)."""


@dataclass(frozen=True)
class TopPost:
    """A post among the month's best on its platform."""

    platform: str
    title: str
    post_id: int | None
    figures: dict[str, int]
    link: str


@dataclass(frozen=True)
class MonthResults:
    """What the month's imported results say, and where results are missing."""

    year: int
    month: int
    platforms: tuple[PlatformMonth, ...] = ()
    top: tuple[TopPost, ...] = ()
    """The best `TOP` posts of each platform, by that platform's own measure."""
    missing: dict[str, int] = field(default_factory=dict)
    """Platform → published posts of the month without any imported figures."""
    programs: tuple[Share, ...] = ()
    directions: tuple[Share, ...] = ()
    """Per leadership direction and platform, the posts answering it."""
    trends: tuple[Trend, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.platforms


def _as_figures(row: PostResult) -> Figures:
    return Figures(
        row.platform, figures_of(row), row.file.exported_on, row.file.source, row.file.name
    )


def post_figures(uow: UnitOfWork, post_id: int) -> list[PostFigures]:
    """The figures of `post_id` per platform post, latest first (the editor's Hasil tab)."""
    items = set(latest_rows(uow, PostResult.post_id == post_id))
    if not items:
        return []
    grouped = latest_rows(
        uow,
        PostResult.platform.in_({platform for platform, _item in items}),
        PostResult.item_key.in_({item for _platform, item in items}),
    )
    found = []
    for key in sorted(items):
        rows = grouped[key]
        found.append(
            PostFigures(
                latest=_as_figures(rows[0]),
                link=rows[0].link,
                history=tuple(_as_figures(r) for r in rows[1:]),
            )
        )
    return found


def month_results(uow: UnitOfWork, year: int, month: int, tz: ZoneInfo) -> MonthResults:
    """The month's results per platform, its top posts, and the posts still without results."""
    start, end = month_bounds(year, month, tz)
    grouped = latest_rows(uow, PostResult.published_at >= start, PostResult.published_at < end)
    if not grouped:
        return MonthResults(year, month, missing=_missing(uow, start, end, set()))
    latest = one_per_post([rows[0] for rows in grouped.values()])
    titles = _titles(uow, {r.post_id for r in latest if r.post_id is not None})
    platforms = []
    for platform in sorted({r.platform for r in latest}):
        mine = [r for r in latest if r.platform == platform]
        sums = {m: sum(getattr(r, m) or 0 for r in mine) for m in METRICS}
        reported = {
            m: total for m, total in sums.items() if any(getattr(r, m) is not None for r in mine)
        }
        sources: dict[str, date] = {}
        for row in mine:
            sources[row.file.source] = max(
                sources.get(row.file.source, row.file.exported_on), row.file.exported_on
            )
        platforms.append(
            PlatformMonth(
                platform,
                posts=len(mine),
                unplanned=sum(r.post_id is None for r in mine),
                sums=reported,
                sources=tuple(sorted(sources.items())),
            )
        )
    top = [
        row
        for platform in platforms
        for row in sorted(
            (r for r in latest if r.platform == platform.platform), key=_rank, reverse=True
        )[:TOP]
    ]
    tied = {(r.platform, r.post_id) for r in latest if r.post_id is not None}
    return MonthResults(
        year,
        month,
        platforms=tuple(platforms),
        top=tuple(
            TopPost(
                r.platform,
                titles.get(r.post_id, r.title) if r.post_id else r.title,
                r.post_id,
                figures_of(r),
                r.link,
            )
            for r in top
        ),
        missing=_missing(uow, start, end, tied),
        programs=by_program(uow, latest),
        directions=answering_directions(uow, latest),
        trends=trends(uow, year, month, tz),
    )


def _rank(row: PostResult) -> int:
    """Within one platform: by reach where it counts reach, else views, else impressions."""
    return row.reach or row.views or row.impressions or 0


def _titles(uow: UnitOfWork, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(uow.session.execute(select(Post.id, Post.title).where(Post.id.in_(ids))).all())


def _missing(
    uow: UnitOfWork, start: datetime, end: datetime, tied: set[tuple[str, int]]
) -> dict[str, int]:
    """Published posts of the month, per platform, without a row of that platform tied.

    Only platforms that give an export (or whose files were mapped): a WhatsApp
    channel or a website has no results to import, so none are missing.
    """
    rows = uow.session.execute(
        select(Platform.code, Post.id)
        .select_from(Post)
        .join(PostVariant, PostVariant.post_id == Post.id)
        .join(Platform, Platform.id == PostVariant.platform_id)
        .where(
            Post.status == PostStatus.PUBLISHED.value,
            Post.deleted_at.is_(None),
            Post.published_at >= start,
            Post.published_at < end,
        )
    )
    exporting = {f.platform for f in FORMATS} | set(
        uow.session.scalars(select(ResultFile.platform).distinct())
    )
    missing: dict[str, int] = defaultdict(int)
    for platform, post_id in rows:
        if platform in exporting and (platform, post_id) not in tied:
            missing[platform] += 1
    return dict(sorted(missing.items()))
