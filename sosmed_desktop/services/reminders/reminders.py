"""Reminders that never fire twice and are never dropped: the table is the truth.

Reminders are derived from the data (scheduled posts, posts waiting for approval,
approved posts not exported the day before, direction due dates, the morning
agenda) by `sosmed_desktop.domain.reminders` and kept in the reminders table,
one row per `key`.  Each row moves pending (or snoozed) -> fired or missed ->
done, and only a conditional update moves it, so two wake-ups, a restart or a
PC clock that jumps never notify twice.  The scheduler in ``ui/`` holds nothing
but wake-up times rebuilt from this table.

Every function takes the current time (`now`, aware) from its caller; nothing
here reads the clock.  `sync_for_post` joins the caller's unit of work
(`set_post_leads` commits the post's lead times and its reminders together);
every other function that writes commits its own work.  The reminders follow
the changes made through `services/perform.py` at once (`reminder_follow`).

Contract with the other features: the approval flow records the audit action
``"submitted"`` on a post when it enters review (its time starts the approval
wait; without one the post's last change counts), and the packages feature
records ``"exported"`` when a package of the post was written.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from sosmed_desktop.config import Config
from sosmed_desktop.db.change_kinds import Changes
from sosmed_desktop.db.models import AppMeta, Post, Reminder
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain import reminders as rules
from sosmed_desktop.domain.reminders import ARMED, SHOWN, ReminderPrefs
from sosmed_desktop.domain.statuses import ReminderState
from sosmed_desktop.errors import ConflictError, NotFoundError, ValidationError
from sosmed_desktop.services import audit
from sosmed_desktop.services.reminders import facts as reminder_facts
from sosmed_desktop.services.reminders.owner import meta_key, owner_of
from sosmed_desktop.services.reminders.rows import ReminderRow, fire_time, rows_by_id
from sosmed_desktop.services.reminders.rows import unread_count as _unread_count
from sosmed_desktop.services.reminders.rows import wake_times as _wake_times
from sosmed_desktop.services.reminders.sync import SyncSummary, sync_for_post, sync_reminders

if TYPE_CHECKING:
    from sosmed_desktop.bootstrap import AppContext

log = logging.getLogger(__name__)

LAST_CHECK_KEY = "reminders_checked_at"
__all__ = [
    "CheckOutcome",
    "MissedReport",
    "SyncSummary",
    "check",
    "done",
    "due_reminders",
    "mark_fired",
    "mark_read",
    "missed_since_last_run",
    "post_leads",
    "prefs_from_config",
    "run_check",
    "set_post_leads",
    "snooze",
    "snooze_choice",
    "sync_for_post",
    "sync_reminders",
]


def prefs_from_config(config: Config) -> ReminderPrefs:
    """The officer's reminder settings as the rules take them."""
    wait = config.get("approval_wait_hours")
    return ReminderPrefs(
        tz=config.tz,
        leads=rules.check_leads(config.get("reminder_leads")),
        agenda_at=rules.parse_clock(config.get("agenda_time"))
        if config.get("agenda_enabled")
        else None,
        approval_wait=timedelta(hours=wait) if wait else None,
        export_at=rules.parse_clock(config.get("export_reminder_time"))
        if config.get("export_reminder_enabled")
        else None,
    )


# Firing -----------------------------------------------------------------------------
@dataclass(frozen=True)
class MissedReport:
    """Reminders that fell due while the app (or the PC) was not running.

    `since` is the previous check, i.e. when the app was last seen running.
    """

    since: datetime | None
    reminders: list[ReminderRow] = field(default_factory=list)


def due_reminders(
    uow: UnitOfWork, now: datetime, tz: ZoneInfo, grace: timedelta = rules.DEFAULT_GRACE
) -> list[ReminderRow]:
    """Armed reminders whose time came within the grace period: they fire now."""
    stmt = select(Reminder.id).where(
        Reminder.state.in_(ARMED), fire_time() <= now, fire_time() >= now - grace
    )
    return rows_by_id(uow, list(uow.session.scalars(stmt)), tz)


def mark_fired(uow: UnitOfWork, ids: list[int], now: datetime, tz: ZoneInfo) -> list[ReminderRow]:
    """Record that these reminders were shown; commits.

    Returns only the reminders this call moved: one already fired (by another
    wake-up, before a restart or a clock jump) is not returned, so it is not
    shown again.
    """
    claimed = [
        rid
        for rid in ids
        if _claim(uow.session, rid, state=ReminderState.FIRED.value, fired_at=now, read=False)
    ]
    uow.commit()
    return rows_by_id(uow, claimed, tz)


def missed_since_last_run(
    uow: UnitOfWork, now: datetime, tz: ZoneInfo, grace: timedelta = rules.DEFAULT_GRACE
) -> MissedReport:
    """Mark armed reminders that fell due longer than `grace` ago as missed; commits.

    Each is reported exactly once (the state change is the report) and stays in
    the notification centre until the officer marks it done or snoozes it.
    """
    since = _last_check(uow.session)
    stmt = select(Reminder.id).where(Reminder.state.in_(ARMED), fire_time() < now - grace)
    claimed = [
        rid
        for rid in uow.session.scalars(stmt).all()
        if _claim(uow.session, rid, state=ReminderState.MISSED.value, read=False)
    ]
    key = meta_key(owner_of(uow.session), LAST_CHECK_KEY)
    uow.session.merge(AppMeta(key=key, value=now.isoformat()))
    uow.commit()
    return MissedReport(since=since, reminders=rows_by_id(uow, claimed, tz))


@dataclass(frozen=True)
class CheckOutcome:
    """What one scheduler check did and what comes next."""

    fired: list[ReminderRow]
    missed: MissedReport
    synced: SyncSummary
    wake_times: list[tuple[int, datetime]]
    """(id, time) of the reminders that come before the end of the horizon."""
    unread: int
    changes: Changes
    """What the check's commits changed (empty when it only looked): the window announces
    it."""


def run_check(
    uow: UnitOfWork, now: datetime, prefs: ReminderPrefs, horizon: timedelta
) -> CheckOutcome:
    """One wake-up of the scheduler: report missed, derive, fire what is due; commits.

    The missed ones are taken first, so a reminder that fell due long ago is
    reported as missed rather than fired late.
    """
    missed = missed_since_last_run(uow, now, prefs.tz, prefs.grace)
    synced = sync_reminders(uow, now, prefs)
    due = due_reminders(uow, now, prefs.tz, prefs.grace)
    fired = mark_fired(uow, [row.id for row in due], now, prefs.tz)
    return CheckOutcome(
        fired=fired,
        missed=missed,
        synced=synced,
        wake_times=_wake_times(uow, now + horizon),
        unread=_unread_count(uow),
        changes=uow.changes,
    )


def check(ctx: AppContext, now: datetime, prefs: ReminderPrefs, horizon: timedelta) -> CheckOutcome:
    """`run_check` in a unit of work of its own: what the scheduler's worker thread runs at
    each wake-up, so that no window opens a unit of work itself."""
    with ctx.uow() as uow:
        return run_check(uow, now, prefs, horizon)


# The officer's actions --------------------------------------------------------------
def snooze(uow: UnitOfWork, reminder_id: int, until: datetime, now: datetime) -> None:
    """Bring a reminder back at `until` (see `domain.reminders.snooze_until`); commits."""
    row = _get(uow, reminder_id)
    if until <= now:
        raise ValidationError(code="snooze_in_past", detail=f"{until.isoformat()} is not ahead")
    if row.state == ReminderState.DONE:
        raise ConflictError(code="reminder_done", detail=f"reminder {reminder_id} is done")
    row.state = ReminderState.SNOOZED.value
    row.snoozed_until = until
    row.read = True
    uow.commit()


def snooze_choice(
    uow: UnitOfWork, reminder_id: int, choice: str, now: datetime, tz: ZoneInfo
) -> datetime:
    """Snooze with one of the choices the window offers (`rules.snooze_until`: "10min",
    "1hour", "tomorrow" at 08:00 in `tz`); commits; returns when it comes back.

    An unknown choice is refused (`ValidationError`) before anything changes.
    """
    until = rules.snooze_until(choice, now, tz)
    snooze(uow, reminder_id, until, now)
    return until


def done(uow: UnitOfWork, reminder_id: int) -> None:
    """The officer dealt with it: it leaves the notification centre; commits."""
    row = _get(uow, reminder_id)
    row.state = ReminderState.DONE.value
    row.snoozed_until = None
    row.read = True
    uow.commit()


def mark_read(uow: UnitOfWork, ids: list[int]) -> int:
    """The officer saw these reminders (the bell's count drops); commits; returns how many."""
    if not ids:
        return 0
    result = uow.session.execute(
        update(Reminder)
        .where(Reminder.id.in_(ids), Reminder.state.in_(SHOWN), Reminder.read.is_(False))
        .values(read=True)
    )
    uow.commit()
    return result.rowcount or 0


def post_leads(uow: UnitOfWork, post_id: int) -> tuple[int, ...] | None:
    """A post's own lead times, or None when it follows the general setting."""
    post = uow.session.get(Post, post_id)
    if post is None or post.deleted_at is not None:
        raise NotFoundError(what="post", ident=post_id)
    return reminder_facts.stored_leads(post.id, post.reminder_leads)


def set_post_leads(
    uow: UnitOfWork,
    post_id: int,
    leads: list[int] | None,
    prefs: ReminderPrefs,
    now: datetime,
) -> tuple[int, ...] | None:
    """Give a post its own lead times (None: back to the general setting); commits."""
    checked = None if leads is None else rules.check_leads(leads)
    post = uow.session.get(Post, post_id)
    if post is None or post.deleted_at is not None:
        raise NotFoundError(what="post", ident=post_id)
    post.reminder_leads = None if checked is None else list(checked)
    audit.record(uow, "post", post_id, "reminder_leads_changed", leads=post.reminder_leads)
    sync_for_post(uow, post_id, prefs, now)
    uow.commit()
    return checked


def _get(uow: UnitOfWork, reminder_id: int) -> Reminder:
    row = uow.session.get(Reminder, reminder_id)
    if row is None:
        raise NotFoundError(what="reminder", ident=reminder_id)
    return row


def _last_check(session: Session) -> datetime | None:
    meta = session.get(AppMeta, meta_key(owner_of(session), LAST_CHECK_KEY))
    return datetime.fromisoformat(meta.value) if meta else None


def _claim(session: Session, reminder_id: int, **values: object) -> bool:
    """Move an armed reminder to another state; False if something else moved it first."""
    result = session.execute(
        update(Reminder)
        .where(Reminder.id == reminder_id, Reminder.state.in_(ARMED))
        .values(snoozed_until=None, **values)
    )
    return bool(result.rowcount)
