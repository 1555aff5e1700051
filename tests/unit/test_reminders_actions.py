"""What the window asks of reminders: a snooze by the choice offered, and the scheduler's check.

Both run in the core so that the window only passes the officer's choice and the
time (`reminders.snooze_choice`), and the scheduler opens no unit of work itself
(`reminders.check`).
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.change_kinds import Kind
from sosmed_desktop.domain.statuses import ReminderState
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.services.reminders import reminders
from sosmed_desktop.services.reminders.rows import Listing, ReminderRow, list_reminders
from tests.reminder_helpers import WIB, WIT, FakeClock, add_post, local, prefs

HORIZON = timedelta(hours=24)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(local(WIB, 2026, 6, 1, 22, 30))  # Monday 1 June 2026, 22:30 WIB


def shown(ctx: AppContext, reminder_id: int) -> ReminderRow:
    """The reminder as the notification centre and the history list it."""
    with ctx.uow() as uow:
        listed = list_reminders(uow, Listing.NOTIFICATIONS, WIB)
        listed += list_reminders(uow, Listing.UPCOMING, WIB)
    return next(row for row in listed if row.id == reminder_id)


def fire_one(ctx: AppContext, clock: FakeClock) -> ReminderRow:
    """A post at 23:30 whose one-hour reminder fires at the clock's 22:30."""
    add_post(ctx, "Malam takbiran", local(WIB, 2026, 6, 1, 23, 30))
    outcome = reminders.check(ctx, clock.now(), prefs(agenda_at=None), HORIZON)
    [fired] = outcome.fired
    return fired


def test_check_runs_in_a_unit_of_work_of_its_own_and_reports_what_it_changed(
    ctx: AppContext, clock: FakeClock
) -> None:
    add_post(ctx, "Malam takbiran", local(WIB, 2026, 6, 1, 23, 30))
    first = reminders.check(ctx, clock.now(), prefs(agenda_at=None), HORIZON)
    assert [row.subject for row in first.fired] == ["Malam takbiran"]
    assert first.unread == 1
    assert first.changes.touches(Kind.REMINDER)
    again = reminders.check(ctx, clock.now(), prefs(agenda_at=None), HORIZON)
    assert again.fired == [] and not again.changes, "a check that only looked changed nothing"


def test_snoozing_until_tomorrow_means_eight_in_the_officers_zone(
    ctx: AppContext, clock: FakeClock
) -> None:
    fired = fire_one(ctx, clock)
    with ctx.uow() as uow:
        until = reminders.snooze_choice(uow, fired.id, "tomorrow", clock.now(), WIT)
    # 22:30 WIB is already 00:30 on 2 June in WIT: "tomorrow" there is 3 June.
    assert until == local(WIT, 2026, 6, 3, 8, 0)
    row = shown(ctx, fired.id)
    assert row.state == ReminderState.SNOOZED and row.snoozed_until == until and row.read


def test_snoozing_ten_minutes_brings_it_back_once(ctx: AppContext, clock: FakeClock) -> None:
    fired = fire_one(ctx, clock)
    with ctx.uow() as uow:
        reminders.snooze_choice(uow, fired.id, "10min", clock.now(), WIB)
    clock.advance(minutes=10)
    again = reminders.check(ctx, clock.now(), prefs(agenda_at=None), HORIZON)
    assert [row.id for row in again.fired] == [fired.id]


def test_an_unknown_snooze_choice_is_refused_and_changes_nothing(
    ctx: AppContext, clock: FakeClock
) -> None:
    fired = fire_one(ctx, clock)
    with ctx.uow() as uow, pytest.raises(ValidationError):
        reminders.snooze_choice(uow, fired.id, "next week", clock.now(), WIB)
    row = shown(ctx, fired.id)
    assert row.state == ReminderState.FIRED and row.snoozed_until is None and not row.read
