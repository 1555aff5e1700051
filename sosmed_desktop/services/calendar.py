"""Reading the calendar: the posts scheduled in a period, as plain rows for the views."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from sosmed_desktop.db.models import Post, PostVariant
from sosmed_desktop.db.uow import UnitOfWork


@dataclass(frozen=True)
class PostRow:
    """What a calendar cell or list row shows of a post."""

    id: int
    title: str
    status: str
    scheduled_at: datetime | None
    platforms: tuple[str, ...]
    program: str
    program_colour: str


def month_bounds(year: int, month: int, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """The first instant of a month and of the next one, in the officer's zone."""
    start = datetime.combine(date(year, month, 1), time(), tz)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return start, datetime.combine(nxt, time(), tz)


def posts_between(uow: UnitOfWork, start: datetime, end: datetime) -> list[PostRow]:
    """Posts (not in the trash) scheduled in [start, end), in time order."""
    stmt = (
        select(Post)
        .where(Post.deleted_at.is_(None), Post.scheduled_at >= start, Post.scheduled_at < end)
        .options(
            selectinload(Post.program),
            selectinload(Post.variants).selectinload(PostVariant.platform),
        )
        .order_by(Post.scheduled_at, Post.id)
    )
    return [
        PostRow(
            id=post.id,
            title=post.title,
            status=post.status,
            scheduled_at=post.scheduled_at,
            platforms=tuple(v.platform.code for v in post.variants),
            program=post.program.name if post.program else "",
            program_colour=post.program.colour if post.program else "",
        )
        for post in uow.session.scalars(stmt)
    ]


def count_posts(uow: UnitOfWork) -> int:
    """How many posts exist outside the trash."""
    return uow.session.scalar(select(func.count(Post.id)).where(Post.deleted_at.is_(None))) or 0
