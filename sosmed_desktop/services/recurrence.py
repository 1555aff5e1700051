"""Recurring posts: a weekly or monthly series of ordinary, separately editable posts.

The series is created in one transaction: every occurrence is a normal post
(its own captions, status and approval) sharing `Post.series_uuid`, so editing,
approving or moving one occurrence touches only that one.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from sqlalchemy import select

from sosmed_desktop.db.models import Post
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.recurrence import Recurrence, occurrences
from sosmed_desktop.domain.statuses import PostStatus
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.services import audit
from sosmed_desktop.services.calendar import PostRow, load_rows, row_select
from sosmed_desktop.services.post_data import PostInput
from sosmed_desktop.services.posts import build_post


@dataclass(frozen=True)
class SeriesResult:
    """The series created: its identifier and its posts in time order."""

    series_uuid: str
    post_ids: tuple[int, ...]


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
    details = {
        "series_uuid": series,
        "frequency": rule.frequency.value,
        "interval": rule.interval,
        "until": rule.until.isoformat() if rule.until else None,
        "count": len(rows),
    }
    for number, post in enumerate(rows, start=1):
        audit.record(
            uow, "post", post.id, "created", title=post.title, status=post.status,
            scheduled_at=post.scheduled_at.isoformat() if post.scheduled_at else None,
            occurrence=number, **details,
        )  # fmt: skip
    uow.commit()
    return SeriesResult(series, tuple(p.id for p in rows))


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
