"""Reading reminders as plain rows for the notification centre, the page and the scheduler."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from sosmed_desktop.db.models import Post, Reminder
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain import reminders as rules
from sosmed_desktop.domain.reminders import ARMED, SHOWN
from sosmed_desktop.domain.statuses import PostStatus, ReminderKind, ReminderState


class Listing(StrEnum):
    """Which reminders a list shows."""

    UPCOMING = "upcoming"
    """Not yet shown (pending or snoozed), soonest first."""
    NOTIFICATIONS = "notifications"
    """Shown (fired or missed) and not done yet, newest first."""
    MISSED = "missed"
    """Fell due while the app was closed, not done yet."""
    HISTORY = "history"
    """Shown or done, newest first."""


@dataclass(frozen=True)
class AgendaItem:
    """One post of a morning agenda."""

    post_id: int
    title: str
    status: str
    scheduled_at: datetime


@dataclass(frozen=True)
class ReminderRow:
    """A reminder as the interface shows it."""

    id: int
    key: str
    kind: str
    state: str
    due_at: datetime
    fire_at: datetime
    """When it comes (or came): the snooze time while snoozed, else `due_at`."""
    event_at: datetime | None
    lead_minutes: int
    subject: str
    post_id: int | None
    direction_id: int | None
    post_status: str | None
    post_scheduled_at: datetime | None
    fired_at: datetime | None
    snoozed_until: datetime | None
    read: bool
    agenda: tuple[AgendaItem, ...] = ()


def fire_time() -> ColumnElement[datetime]:
    """The moment an armed reminder comes (its snooze time, else its due time)."""
    return func.coalesce(Reminder.snoozed_until, Reminder.due_at)


def list_reminders(
    uow: UnitOfWork, listing: Listing, tz: ZoneInfo, limit: int = 200
) -> list[ReminderRow]:
    """The reminders of one list."""
    stmt = select(Reminder, Post).outerjoin(Post, Reminder.post_id == Post.id)
    if listing is Listing.UPCOMING:
        stmt = stmt.where(Reminder.state.in_(ARMED)).order_by(fire_time(), Reminder.id)
    elif listing is Listing.NOTIFICATIONS:
        stmt = stmt.where(Reminder.state.in_(SHOWN)).order_by(
            func.coalesce(Reminder.fired_at, Reminder.due_at).desc(), Reminder.id.desc()
        )
    elif listing is Listing.MISSED:
        stmt = stmt.where(Reminder.state == ReminderState.MISSED.value).order_by(
            Reminder.due_at.desc(), Reminder.id.desc()
        )
    else:
        done = (*SHOWN, ReminderState.DONE.value)
        stmt = stmt.where(Reminder.state.in_(done)).order_by(
            func.coalesce(Reminder.fired_at, Reminder.due_at).desc(), Reminder.id.desc()
        )
    stmt = stmt.limit(limit).execution_options(populate_existing=True)
    return [to_row(uow.session, r, p, tz) for r, p in uow.session.execute(stmt)]


def rows_by_id(uow: UnitOfWork, ids: list[int], tz: ZoneInfo) -> list[ReminderRow]:
    """The given reminders, in due order."""
    if not ids:
        return []
    stmt = (
        select(Reminder, Post)
        .outerjoin(Post, Reminder.post_id == Post.id)
        .where(Reminder.id.in_(ids))
        .order_by(Reminder.due_at, Reminder.id)
        .execution_options(populate_existing=True)
    )
    return [to_row(uow.session, r, p, tz) for r, p in uow.session.execute(stmt)]


def unread_count(uow: UnitOfWork) -> int:
    """Shown reminders the officer has not looked at yet (the bell's number)."""
    stmt = select(func.count(Reminder.id)).where(
        Reminder.state.in_(SHOWN), Reminder.read.is_(False)
    )
    return uow.session.scalar(stmt) or 0


def wake_times(uow: UnitOfWork, until: datetime) -> list[tuple[int, datetime]]:
    """(id, fire time) of armed reminders that come before `until`, soonest first."""
    stmt = (
        select(Reminder.id, Reminder.snoozed_until, Reminder.due_at)
        .where(Reminder.state.in_(ARMED), fire_time() <= until)
        .order_by(fire_time(), Reminder.id)
    )
    return [(rid, snoozed or due) for rid, snoozed, due in uow.session.execute(stmt)]


def to_row(session: Session, reminder: Reminder, post: Post | None, tz: ZoneInfo) -> ReminderRow:
    """A plain row of a reminder (with its day's posts when it is an agenda)."""
    agenda: tuple[AgendaItem, ...] = ()
    if reminder.kind == ReminderKind.AGENDA and reminder.event_at is not None:
        agenda = agenda_items(session, reminder.event_at.date(), tz)
    return ReminderRow(
        id=reminder.id,
        key=reminder.key,
        kind=reminder.kind,
        state=reminder.state,
        due_at=reminder.due_at,
        fire_at=reminder.snoozed_until or reminder.due_at,
        event_at=reminder.event_at,
        lead_minutes=reminder.lead_minutes,
        subject=reminder.message,
        post_id=reminder.post_id,
        direction_id=reminder.direction_id,
        post_status=post.status if post else None,
        post_scheduled_at=post.scheduled_at if post else None,
        fired_at=reminder.fired_at,
        snoozed_until=reminder.snoozed_until,
        read=reminder.read,
        agenda=agenda,
    )


def agenda_items(session: Session, day: date, tz: ZoneInfo) -> tuple[AgendaItem, ...]:
    """The posts (not trashed or archived) of local `day`, in time order."""
    stmt = (
        select(Post.id, Post.title, Post.status, Post.scheduled_at)
        .where(
            Post.deleted_at.is_(None),
            Post.status != PostStatus.ARCHIVED.value,
            Post.scheduled_at >= rules.local_at(day, time(), tz),
            Post.scheduled_at < rules.local_at(day + timedelta(days=1), time(), tz),
        )
        .order_by(Post.scheduled_at, Post.id)
    )
    return tuple(AgendaItem(*values) for values in session.execute(stmt))
