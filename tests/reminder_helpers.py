"""Helpers for reminder tests: a clock the test moves, and posts written straight to the table.

The post services (calendar issue) do not exist yet, so tests put posts, approvals
and directions into the database the way those services will.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import Approval, Direction, Post
from sosmed_desktop.domain.reminders import ReminderPrefs
from sosmed_desktop.domain.statuses import ApprovalDecision, DirectionStatus, PostStatus
from sosmed_desktop.services import audit
from sosmed_desktop.services.posts.data import approval_record

WIB = ZoneInfo("Asia/Jakarta")
WITA = ZoneInfo("Asia/Makassar")
WIT = ZoneInfo("Asia/Jayapura")


def local(tz: ZoneInfo, year: int, month: int, day: int, hour: int = 0, minute: int = 0):
    """An aware UTC datetime from a wall-clock time in `tz`."""
    return datetime(year, month, day, hour, minute, tzinfo=tz).astimezone(UTC)


class FakeClock:
    """A clock that only moves when the test moves it (also backwards, like a bad PC clock)."""

    def __init__(self, start: datetime) -> None:
        self.current = start

    def now(self) -> datetime:
        return self.current

    def set(self, moment: datetime) -> None:
        self.current = moment

    def advance(self, **delta: float) -> datetime:
        self.current += timedelta(**delta)
        return self.current


def prefs(tz: ZoneInfo = WIB, **changes) -> ReminderPrefs:
    """Default reminder settings in `tz`, with `changes`."""
    return ReminderPrefs(tz=tz, **changes)


def add_post(
    ctx: AppContext,
    title: str,
    when: datetime | None,
    status: PostStatus = PostStatus.DRAFT,
    *,
    approved_at: datetime | None = None,
) -> int:
    """A post as the post services will write it (with its approval when given)."""
    with ctx.uow() as uow:
        post = Post(title=title, status=status.value, scheduled_at=when)
        uow.session.add(post)
        uow.session.flush()
        if approved_at is not None:
            bind_approval(uow.session, post, approved_at)
        audit.record(uow, "post", post.id, "created", title=title)
        uow.commit()
        return post.id


def bind_approval(session: Session, post: Post, at: datetime) -> None:
    """An approval of the post's content as it stands, as `workflow.approve` gives it."""
    digest, snapshot = approval_record(session, post)
    post.approvals.append(
        Approval(
            decision=ApprovalDecision.APPROVED.value,
            reviewer_name="Kepala Dinas",
            decided_at=at,
            content_hash=digest,
            content=snapshot,
        )
    )


def update_post(ctx: AppContext, post_id: int, **values) -> None:
    """Change a post's columns (reschedule, status, trash)."""
    with ctx.uow() as uow:
        post = uow.session.get_one(Post, post_id)
        for name, value in values.items():
            setattr(post, name, value)
        uow.commit()


def record(ctx: AppContext, post_id: int, action: str) -> None:
    """An audit line on a post ("submitted", "exported")."""
    with ctx.uow() as uow:
        audit.record(uow, "post", post_id, action)
        uow.commit()


def add_direction(
    ctx: AppContext,
    content: str,
    due_at: datetime | None,
    status: DirectionStatus = DirectionStatus.NEW,
    given_at: datetime | None = None,
) -> int:
    """A leadership direction."""
    with ctx.uow() as uow:
        row = Direction(
            given_by_name="Bupati",
            given_at=given_at or datetime(2026, 1, 1, tzinfo=UTC),
            channel="rapat",
            content=content,
            due_at=due_at,
            status=status.value,
        )
        uow.session.add(row)
        uow.commit()
        return row.id
