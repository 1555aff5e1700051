"""Keeping the reminders table in line with the data (the heart of "never twice").

`sync_reminders` derives every reminder the data calls for and reconciles the
table with it; `sync_for_post` does the same for one post, inside the caller's
unit of work (`reminder_follow` after a post's change, `set_post_leads`).  Rows
are read and written as plain columns in bulk, so a check stays cheap on a
calendar of thousands of posts.

A reminder that was already shown comes back only when its event moved (a
rescheduled post), never because time passed, the clock jumped or a setting
changed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Row, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sosmed_desktop.db.models import Post, Reminder
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain import reminders as rules
from sosmed_desktop.domain.reminders import ARMED, SHOWN, ReminderPrefs, ReminderSpec
from sosmed_desktop.domain.statuses import ReminderState
from sosmed_desktop.services.reminders import facts as reminder_facts
from sosmed_desktop.services.reminders.owner import owner_of, stored_key

log = logging.getLogger(__name__)

HISTORY_KEPT = timedelta(days=60)
"""Read reminders older than this are pruned (unread ones are kept)."""
STORED_COLUMNS = (
    Reminder.id,
    Reminder.key,
    Reminder.state,
    Reminder.due_at,
    Reminder.event_at,
    Reminder.message,
    Reminder.lead_minutes,
)


@dataclass(frozen=True)
class SyncSummary:
    """What a synchronisation changed in the reminders table."""

    created: int = 0
    updated: int = 0
    removed: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.removed)

    def __add__(self, other: SyncSummary) -> SyncSummary:
        return SyncSummary(
            self.created + other.created,
            self.updated + other.updated,
            self.removed + other.removed,
        )


@dataclass
class _Plan:
    """The writes that bring stored rows in line with the specs."""

    inserts: list[dict[str, Any]]
    updates: list[dict[str, Any]]
    deletes: list[int]


def sync_reminders(uow: UnitOfWork, now: datetime, prefs: ReminderPrefs) -> SyncSummary:
    """Bring the whole reminders table in line with the data; commits.

    Idempotent: a second call with the same data changes nothing.  Called at
    start-up, on every scheduler check and after changes to settings.
    """
    session = uow.session
    removed = _remove_rows_of_trashed_posts(session)
    snapshot = reminder_facts.snapshot(session, now, prefs)
    specs = rules.derive(snapshot, prefs, now)
    summary = reconcile(session, specs, _stored(session), now, prefs)
    summary += SyncSummary(removed=removed + _prune_history(session, now))
    uow.commit()
    return summary


def sync_for_post(
    uow: UnitOfWork, post_id: int, prefs: ReminderPrefs, now: datetime
) -> SyncSummary:
    """Update the reminders of one post (and today's and tomorrow's agenda) at once.

    Called after a post was created, rescheduled, changed status, trashed or
    deleted (`reminder_follow`), and by `set_post_leads` inside its own unit of
    work: it flushes but does not commit.
    """
    session = uow.session
    session.flush()
    facts = reminder_facts.one_post(session, post_id)
    stored = _stored(session, Reminder.post_id == post_id)
    if facts is None:  # deleted or in the trash: its reminders go, shown or not
        plan = _Plan([], [], [row.id for row in stored])
        summary = _apply(session, plan)
    else:
        specs = {spec.key: spec for spec in rules.post_specs(facts, prefs, now)}
        summary = reconcile(session, specs, stored, now, prefs)
    days = reminder_facts.agenda_days(session, now, prefs.tz)
    agenda = {spec.key: spec for spec in rules.agenda_specs(days, prefs, now)}
    owner = owner_of(session)
    keys = [
        stored_key(owner, f"agenda:{day.isoformat()}") for day in rules.agenda_window(now, prefs.tz)
    ]
    summary += reconcile(session, agenda, _stored(session, Reminder.key.in_(keys)), now, prefs)
    session.flush()
    return summary


def reconcile(
    session: Session,
    specs: dict[str, ReminderSpec],
    stored: list[Row],
    now: datetime,
    prefs: ReminderPrefs,
) -> SyncSummary:
    """Make `stored` (every row in the scope of `specs`) match what `specs` call for.

    The rows are the session's owner's (`reminder_owner`), stored under their keys.
    """
    owner = owner_of(session)
    keyed = {stored_key(owner, key): spec for key, spec in specs.items()}
    return _apply(session, _plan(keyed, stored, now, prefs.grace, owner))


def _plan(
    specs: dict[str, ReminderSpec],
    stored: list[Row],
    now: datetime,
    grace: timedelta,
    owner: int | None,
) -> _Plan:
    cutoff = now - grace
    by_key = {row.key: row for row in stored}
    plan = _Plan([], [], [])
    for key, spec in specs.items():
        row = by_key.get(key)
        first_due = spec.due_at if spec.due_at >= cutoff else (now if spec.catch_up else None)
        if row is None:
            if first_due is not None:
                plan.inserts.append(_new_row(key, spec, first_due, owner))
            continue
        changes: dict[str, Any] = {}
        if row.message != spec.subject or row.lead_minutes != spec.lead_minutes:
            changes.update(message=spec.subject, lead_minutes=spec.lead_minutes)
        if row.event_at != spec.event_at:  # the post was rescheduled, the due date moved ...
            if first_due is not None:
                changes.update(_armed(spec, first_due))
            elif row.state in ARMED:
                plan.deletes.append(row.id)  # moved into the past: nothing left to remind of
                continue
            else:
                changes["event_at"] = spec.event_at
        elif row.state in ARMED and row.due_at != spec.due_at and spec.due_at >= cutoff:
            changes["due_at"] = spec.due_at  # a setting changed; a time already passed is kept
        if changes:
            plan.updates.append({"id": row.id, **changes})
    plan.deletes += [row.id for row in stored if row.key not in specs and row.state in ARMED]
    return plan


def _new_row(key: str, spec: ReminderSpec, due: datetime, owner: int | None) -> dict[str, Any]:
    return {
        "key": key,
        "user_id": owner,
        "kind": spec.kind.value,
        "post_id": spec.post_id,
        "direction_id": spec.direction_id,
        "due_at": due,
        "event_at": spec.event_at,
        "lead_minutes": spec.lead_minutes,
        "state": ReminderState.PENDING.value,
        "message": spec.subject,
        "read": False,
    }


def _armed(spec: ReminderSpec, due: datetime) -> dict[str, Any]:
    """The values that (re)start a row as pending at `due`, as if never shown."""
    return {
        "due_at": due,
        "event_at": spec.event_at,
        "state": ReminderState.PENDING.value,
        "snoozed_until": None,
        "fired_at": None,
        "read": False,
    }


def _apply(session: Session, plan: _Plan) -> SyncSummary:
    _delete(session, plan.deletes)
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for values in plan.updates:
        groups.setdefault(tuple(sorted(values)), []).append(values)
    for group in groups.values():  # an executemany per set of changed columns
        session.execute(update(Reminder), group)
    created = _insert(session, plan.inserts)
    return SyncSummary(created, len(plan.updates), len(plan.deletes))


def _insert(session: Session, rows: list[dict[str, Any]]) -> int:
    """Insert new rows; one that another check wrote meanwhile (same key) is kept, not doubled."""
    if not rows:
        return 0
    try:
        with session.begin_nested():
            session.execute(insert(Reminder), rows)
        return len(rows)
    except IntegrityError:
        pass
    created = 0
    for row in rows:
        try:
            with session.begin_nested():
                session.execute(insert(Reminder), [row])
            created += 1
        except IntegrityError:
            log.info("Reminder %s was created meanwhile; kept the existing one", row["key"])
    return created


def _stored(session: Session, *where: ColumnElement[bool]) -> list[Row]:
    return list(session.execute(select(*STORED_COLUMNS).where(*where)).all())


def _chunks(ids: list[int], size: int = 500) -> list[list[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def _delete(session: Session, ids: list[int]) -> int:
    """Delete these rows; returns how many.

    Rows are chosen first and deleted by id: a DELETE statement is recorded as a
    change of the reminders even when it matched nothing (`db/change_log.py`), and
    a check that changed nothing must not be announced here and on the other PCs.
    """
    for chunk in _chunks(ids):
        session.execute(
            delete(Reminder)
            .where(Reminder.id.in_(chunk))
            .execution_options(synchronize_session=False)
        )
    return len(ids)


def _remove_rows_of_trashed_posts(session: Session) -> int:
    trashed = select(Post.id).where(Post.deleted_at.is_not(None))
    return _delete(
        session, list(session.scalars(select(Reminder.id).where(Reminder.post_id.in_(trashed))))
    )


def _prune_history(session: Session, now: datetime) -> int:
    shown_or_done = (*SHOWN, ReminderState.DONE.value)
    old = select(Reminder.id).where(
        Reminder.state.in_(shown_or_done),
        Reminder.read.is_(True),
        func.coalesce(Reminder.fired_at, Reminder.due_at) < now - HISTORY_KEPT,
    )
    return _delete(session, list(session.scalars(old)))
