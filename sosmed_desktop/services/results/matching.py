"""Tying each row of a result export to a post of the calendar.

The live link recorded when the post was marked published is the best key (a
certain match).  A row already tied to a post by an earlier export of the same
platform keeps that post.  Otherwise a post for that platform whose publication
(or, not yet marked, its scheduled time) lies within `TOLERANCE` of the row's
time — or on the same day, when the file gives only the day — is a likely match
the officer confirms; two or more are ambiguous, none makes the row "unplanned"
(posted without the app, kept so the report still counts it).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from sosmed_desktop.db.models import Platform, Post, PostVariant
from sosmed_desktop.db.models_results import PostResult
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.results import link_key
from sosmed_desktop.services.results.reading import ResultRow, ResultsPreview

TOLERANCE = timedelta(hours=2)

LINK, KNOWN, TIME, AMBIGUOUS, UNPLANNED = "link", "known", "time", "ambiguous", "unplanned"


@dataclass(frozen=True)
class Match:
    """The post a row belongs to and how sure that is; `candidates` when several may."""

    kind: str
    post_id: int | None = None
    candidates: tuple[int, ...] = ()

    @property
    def certain(self) -> bool:
        """Tied without asking: by the live link, or by an earlier confirmed export."""
        return self.kind in (LINK, KNOWN)


def match_rows(uow: UnitOfWork, preview: ResultsPreview, tz: ZoneInfo) -> dict[int, Match]:
    """The match of every row of `preview`, by its line."""
    by_link = _posts_by_link(uow)
    known = _known_items(uow, preview.platform)
    times = _post_times(uow, preview.platform)
    matches: dict[int, Match] = {}
    for row in preview.rows:
        matches[row.line] = _match(row, by_link, known, times, tz)
    return matches


def _match(
    row: ResultRow,
    by_link: dict[tuple[str, str], int],
    known: dict[str, int],
    times: list[tuple[datetime, int]],
    tz: ZoneInfo,
) -> Match:
    key = link_key(row.link) if row.link else None
    if key is not None and key in by_link:
        return Match(LINK, by_link[key])
    if row.item_key and row.item_key in known:
        return Match(KNOWN, known[row.item_key])
    candidates = _near(row, times, tz)
    if len(candidates) == 1:
        return Match(TIME, candidates[0], candidates)
    if candidates:
        return Match(AMBIGUOUS, None, candidates)
    return Match(UNPLANNED)


def _near(row: ResultRow, times: list[tuple[datetime, int]], tz: ZoneInfo) -> tuple[int, ...]:
    if row.published.moment is not None:
        start, end = row.published.moment - TOLERANCE, row.published.moment + TOLERANCE
    elif row.published.day is not None:
        start = datetime.combine(row.published.day, datetime.min.time(), tzinfo=tz)
        end = start + timedelta(days=1) - timedelta(microseconds=1)
    else:
        return ()
    keys = [moment for moment, _post in times]
    found = times[bisect_left(keys, start) : bisect_right(keys, end)]
    return tuple(dict.fromkeys(post for _moment, post in found))


def _posts_by_link(uow: UnitOfWork) -> dict[tuple[str, str], int]:
    rows = uow.session.execute(
        select(Post.id, Post.published_url).where(
            Post.published_url.is_not(None), Post.deleted_at.is_(None)
        )
    )
    found: dict[tuple[str, str], int] = {}
    for post_id, url in rows:
        key = link_key(url)
        if key is not None:
            found[key] = post_id
    return found


def _known_items(uow: UnitOfWork, platform: str) -> dict[str, int]:
    """Items of `platform` already tied to a post by an earlier export (the latest tie)."""
    rows = uow.session.execute(
        select(PostResult.item_key, PostResult.post_id)
        .where(PostResult.platform == platform, PostResult.post_id.is_not(None))
        .order_by(PostResult.id)
    )
    return {item: post for item, post in rows}


def _post_times(uow: UnitOfWork, platform: str) -> list[tuple[datetime, int]]:
    """(publication or scheduled time, post) of the posts made for `platform`, in order."""
    when = func.coalesce(Post.published_at, Post.scheduled_at)
    rows = uow.session.execute(
        select(when, Post.id)
        .select_from(Post)
        .join(PostVariant, PostVariant.post_id == Post.id)
        .join(Platform, Platform.id == PostVariant.platform_id)
        .where(Platform.code == platform, Post.deleted_at.is_(None), when.is_not(None))
    )
    return sorted((moment, post_id) for moment, post_id in rows)


def candidate_titles(uow: UnitOfWork, matches: dict[int, Match]) -> dict[int, str]:
    """The titles of every post a row may belong to (for the officer to choose among)."""
    ids = {post for m in matches.values() for post in (m.post_id, *m.candidates) if post}
    if not ids:
        return {}
    rows = uow.session.execute(select(Post.id, Post.title).where(Post.id.in_(ids)))
    return dict(rows.all())
