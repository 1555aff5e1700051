"""Recurring posts: a weekly or monthly series of ordinary, separately editable posts.

The series is created in one transaction: every occurrence is a normal post
(its own captions, status and approval) sharing `Post.series_uuid`, so editing,
approving or moving one occurrence touches only that one.

`repeat_post` grows a series from a post that is already saved (the editor's
"Repeat…"): that post stays the first occurrence and a draft copy is made for
every later one.  Undoing it moves the copies to the trash (`trash_occurrences`),
redoing brings them back (`restore_occurrences`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from sosmed_desktop.db.models import Post
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.recurrence import Recurrence, occurrences, repeat_times
from sosmed_desktop.domain.statuses import PostStatus
from sosmed_desktop.errors import ConflictError, NotFoundError, ValidationError
from sosmed_desktop.services import audit
from sosmed_desktop.services.calendar.calendar import PostRow, load_rows, row_select
from sosmed_desktop.services.posts.data import PostDetail, PostInput, to_detail
from sosmed_desktop.services.posts.posts import build_post, restore_post, trash_post
from sosmed_desktop.services.posts.store import commit, load_post, stale_guard


@dataclass(frozen=True)
class SeriesResult:
    """The series created: its identifier and its posts in time order."""

    series_uuid: str
    post_ids: tuple[int, ...]


@dataclass(frozen=True)
class RepeatResult:
    """A saved post made the first of a series: the post as it is now and the copies made."""

    series_uuid: str
    source: PostDetail
    created_ids: tuple[int, ...]


def create_series(
    uow: UnitOfWork,
    data: PostInput,
    rule: Recurrence,
    tz: ZoneInfo,
    *,
    status: PostStatus = PostStatus.DRAFT,
) -> SeriesResult:
    """One post per occurrence, from `data.scheduled_at` on; commits all or nothing."""
    if data.scheduled_at is None:
        raise ValidationError(code="series_needs_date", detail="the first post needs a date")
    if data.scheduled_at.tzinfo is None:
        raise ValidationError(code="naive_datetime", detail="scheduled_at has no time zone")
    times = occurrences(data.scheduled_at.astimezone(tz), rule)
    series = str(uuid.uuid4())
    rows: list[Post] = []
    for when in times:
        post = build_post(uow, replace(data, scheduled_at=when), status)
        post.series_uuid = series
        rows.append(post)
    uow.session.flush()
    details = _rule_details(series, rule, len(rows))
    for number, post in enumerate(rows, start=1):
        audit.record(
            uow, "post", post.id, "created", title=post.title, status=post.status,
            scheduled_at=post.scheduled_at.isoformat() if post.scheduled_at else None,
            occurrence=number, **details,
        )  # fmt: skip
    uow.commit()
    return SeriesResult(series, tuple(p.id for p in rows))


def _rule_details(series: str, rule: Recurrence, count: int) -> dict[str, object]:
    return {
        "series_uuid": series,
        "frequency": rule.frequency.value,
        "interval": rule.interval,
        "until": rule.until.isoformat() if rule.until else None,
        "count": count,
    }


def repeat_post(
    uow: UnitOfWork,
    post_id: int,
    rule: Recurrence,
    tz: ZoneInfo,
    expected_version: int | None = None,
) -> RepeatResult:
    """Make a saved post the first occurrence of a series; commits all or nothing.

    Every later occurrence is a draft with the post's content (the guidance
    checklist and the personal-data exceptions cleared: each post is confirmed on
    its own), at the same local
    wall-clock time.  A post already sharing a series with other posts is refused
    (``series_exists``); `expected_version` guards against a change made elsewhere.
    """
    post = load_post(uow, post_id, expected_version)
    if post.scheduled_at is None:
        raise ValidationError(code="series_needs_date", detail="the post has no date")
    if post.series_uuid is not None and _others_in_series(uow, post.series_uuid, post_id):
        raise ConflictError(code="series_exists", detail=f"post {post_id} is in a series")
    times = repeat_times(post.scheduled_at.astimezone(tz), rule)
    data = replace(to_detail(uow, post).to_input(), checklist=(), exceptions=())
    series = str(uuid.uuid4())
    details = _rule_details(series, rule, len(times))
    with stale_guard(post_id), uow.session.no_autoflush:
        post.series_uuid = series
        rows = [build_post(uow, replace(data, scheduled_at=when)) for when in times[1:]]
        for row in rows:
            row.series_uuid = series
        uow.session.flush()
    audit.record(uow, "post", post.id, "series_started", occurrence=1, **details)
    for number, row in enumerate(rows, start=2):
        audit.record(
            uow, "post", row.id, "created", title=row.title, status=row.status,
            scheduled_at=row.scheduled_at.isoformat() if row.scheduled_at else None,
            occurrence=number, from_post=post.id, **details,
        )  # fmt: skip
    commit(uow, post_id)
    return RepeatResult(series, to_detail(uow, post), tuple(row.id for row in rows))


def _others_in_series(uow: UnitOfWork, series_uuid: str, post_id: int) -> bool:
    stmt = select(func.count(Post.id)).where(
        Post.series_uuid == series_uuid, Post.id != post_id, Post.deleted_at.is_(None)
    )
    return bool(uow.session.scalar(stmt))


def trash_occurrences(uow: UnitOfWork, post_ids: tuple[int, ...]) -> list[int]:
    """Move posts of a series to the trash (undoing `repeat_post`); those already gone are
    skipped.  Returns the ids moved; each move commits, as `posts.trash_post` does."""
    moved = []
    for post_id in post_ids:
        try:
            trash_post(uow, post_id)
        except NotFoundError:
            continue
        moved.append(post_id)
    return moved


def restore_occurrences(uow: UnitOfWork, post_ids: tuple[int, ...]) -> list[int]:
    """Bring posts of a series back from the trash (redoing `repeat_post`); returns them."""
    restored = []
    for post_id in post_ids:
        try:
            restore_post(uow, post_id)
        except NotFoundError:
            continue  # purged from the trash meanwhile
        restored.append(post_id)
    return restored


def series_posts(uow: UnitOfWork, series_uuid: str) -> list[PostRow]:
    """The occurrences of a series that are not in the trash, in time order."""
    stmt = (
        row_select()
        .where(Post.series_uuid == series_uuid, Post.deleted_at.is_(None))
        .order_by(Post.scheduled_at, Post.id)
    )
    return load_rows(uow, stmt)


def series_of(uow: UnitOfWork, post_id: int) -> str | None:
    """The series a post belongs to, if any."""
    return uow.session.scalar(select(Post.series_uuid).where(Post.id == post_id))
