"""Reminders with a controllable clock: on time, missed once, snoozed, moved, never twice."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sosmed_desktop.bootstrap import AppContext, bootstrap
from sosmed_desktop.db.models import AuditEntry, Post, Reminder
from sosmed_desktop.domain.reminders import post_specs, snooze_until
from sosmed_desktop.domain.statuses import DirectionStatus, PostStatus, ReminderState
from sosmed_desktop.errors import ConflictError, NotFoundError, ValidationError
from sosmed_desktop.services.reminders import facts as reminder_facts
from sosmed_desktop.services.reminders import reminders
from sosmed_desktop.services.reminders import sync as reminder_sync
from sosmed_desktop.services.reminders.rows import Listing, list_reminders, unread_count
from tests.reminder_helpers import (
    WIB,
    WIT,
    WITA,
    FakeClock,
    add_direction,
    add_post,
    bind_approval,
    local,
    prefs,
    record,
    update_post,
)

HORIZON = timedelta(hours=24)


def check(ctx: AppContext, clock: FakeClock, **pref_changes) -> reminders.CheckOutcome:
    """One scheduler wake-up at the clock's time."""
    with ctx.uow() as uow:
        return reminders.run_check(uow, clock.now(), prefs(**pref_changes), HORIZON)


def rows(ctx: AppContext, listing: Listing = Listing.UPCOMING):
    with ctx.uow() as uow:
        return list_reminders(uow, listing, WIB)


def fired_keys(outcome: reminders.CheckOutcome) -> list[str]:
    return [row.key for row in outcome.fired]


def missed_keys(outcome: reminders.CheckOutcome) -> list[str]:
    return [row.key for row in outcome.missed.reminders]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(local(WIB, 2026, 6, 1, 9, 0))  # Monday 1 June 2026, 09:00 WIB


# Firing on time ------------------------------------------------------------------
def test_post_gets_the_default_lead_times_and_fires_on_time(
    ctx: AppContext, clock: FakeClock
) -> None:
    post = add_post(ctx, "Posyandu balita", local(WIB, 2026, 6, 3, 10, 0))
    first = check(ctx, clock)
    assert first.fired == []
    upcoming = {row.key: row.due_at for row in rows(ctx)}
    assert upcoming == {
        f"post:{post}:lead:1440": local(WIB, 2026, 6, 2, 10, 0),
        f"post:{post}:lead:60": local(WIB, 2026, 6, 3, 9, 0),
    }
    clock.set(local(WIB, 2026, 6, 2, 9, 59))
    assert check(ctx, clock).fired == []
    clock.advance(minutes=1)
    assert fired_keys(check(ctx, clock)) == [f"post:{post}:lead:1440"]
    assert check(ctx, clock).fired == [], "the same wake-up twice fires nothing more"
    clock.set(local(WIB, 2026, 6, 3, 9, 0))
    fired = check(ctx, clock)
    assert fired_keys(fired) == [f"post:{post}:lead:60"]
    assert fired.fired[0].subject == "Posyandu balita"
    assert missed_keys(fired) == ["agenda:2026-06-03"]  # 07:30 passed while the clock jumped
    assert fired.unread == 3


def test_wake_times_cover_the_horizon_only(ctx: AppContext, clock: FakeClock) -> None:
    soon = add_post(ctx, "Besok", local(WIB, 2026, 6, 2, 10, 0))
    add_post(ctx, "Bulan depan", local(WIB, 2026, 7, 20, 10, 0))
    outcome = check(ctx, clock)
    with ctx.uow() as uow:
        ids = {r.key: r.id for r in list_reminders(uow, Listing.UPCOMING, WIB)}
    assert [rid for rid, _ in outcome.wake_times] == [
        ids[f"post:{soon}:lead:1440"],
        ids["agenda:2026-06-02"],
        ids[f"post:{soon}:lead:60"],
    ]
    assert len(ids) == 5, "next month's reminders wait in the table, not in the scheduler"


def test_sync_is_idempotent(ctx: AppContext, clock: FakeClock) -> None:
    add_post(ctx, "Senam", local(WIB, 2026, 6, 5, 7, 0))
    add_direction(ctx, "Publikasikan jadwal vaksin", local(WIB, 2026, 6, 4, 16, 0))
    with ctx.uow() as uow:
        first = reminders.sync_reminders(uow, clock.now(), prefs())
    with ctx.uow() as uow:
        second = reminders.sync_reminders(uow, clock.now(), prefs())
    assert first.created == 3
    assert not second.changed


# Missed while closed -------------------------------------------------------------
def test_app_closed_across_a_reminder_reports_it_missed_once_after_restart(
    data_dir: Path, clock: FakeClock
) -> None:
    ctx = bootstrap(data_dir)
    post = add_post(ctx, "Hari Lansia", local(WIB, 2026, 6, 2, 10, 0))
    check(ctx, clock)
    ctx.dispose()  # the officer shuts the PC down for the night ...

    clock.set(local(WIB, 2026, 6, 2, 11, 30))  # ... and starts it late the next day
    ctx = bootstrap(data_dir)
    try:
        outcome = check(ctx, clock)
        assert sorted(missed_keys(outcome)) == sorted(
            [f"post:{post}:lead:1440", f"post:{post}:lead:60", "agenda:2026-06-02"]
        )
        assert outcome.missed.since == local(WIB, 2026, 6, 1, 9, 0)
        assert outcome.fired == []
        assert unread_count_of(ctx) == 3
        again = check(ctx, clock)
        assert again.missed.reminders == [] and again.fired == []
    finally:
        ctx.dispose()
    ctx = bootstrap(data_dir)  # and once more after another restart
    try:
        clock.advance(hours=3)
        assert check(ctx, clock).missed.reminders == []
        listed = [row.key for row in rows(ctx, Listing.MISSED)]
        assert len(listed) == 3, "missed reminders stay listed until done: never dropped"
    finally:
        ctx.dispose()


def test_within_the_grace_period_a_late_start_fires_normally(
    ctx: AppContext, clock: FakeClock
) -> None:
    post = add_post(ctx, "Donor darah", local(WIB, 2026, 6, 1, 14, 0))
    check(ctx, clock)
    clock.set(local(WIB, 2026, 6, 1, 13, 12))  # 12 minutes late (grace is 15)
    outcome = check(ctx, clock)
    assert fired_keys(outcome) == [f"post:{post}:lead:60"]
    assert outcome.missed.reminders == []


def test_a_reminder_just_outside_the_grace_period_is_missed(
    ctx: AppContext, clock: FakeClock
) -> None:
    post = add_post(ctx, "Donor darah", local(WIB, 2026, 6, 1, 14, 0))
    check(ctx, clock)
    clock.set(local(WIB, 2026, 6, 1, 13, 16))
    outcome = check(ctx, clock)
    assert missed_keys(outcome) == [f"post:{post}:lead:60"]
    assert outcome.fired == []


def test_past_posts_do_not_flood_the_first_start_with_reminders(
    ctx: AppContext, clock: FakeClock
) -> None:
    add_post(ctx, "Minggu lalu", local(WIB, 2026, 5, 25, 10, 0))
    add_post(ctx, "Tadi pagi", local(WIB, 2026, 6, 1, 8, 0))
    outcome = check(ctx, clock)
    assert outcome.missed.reminders == []
    # Only today's agenda comes, late: the PC was started after 07:30.
    assert fired_keys(outcome) == ["agenda:2026-06-01"]
    assert rows(ctx) == []


# Snooze and done ---------------------------------------------------------------------
def test_snooze_brings_a_reminder_back_once_at_the_chosen_time(
    ctx: AppContext, clock: FakeClock
) -> None:
    add_post(ctx, "Cuci tangan", local(WIB, 2026, 6, 1, 10, 0))
    clock.set(local(WIB, 2026, 6, 1, 8, 50))
    check(ctx, clock, agenda_at=None)
    clock.set(local(WIB, 2026, 6, 1, 9, 0))
    fired = check(ctx, clock, agenda_at=None).fired[0]
    until = snooze_until("10min", clock.now(), WIB)
    with ctx.uow() as uow:
        reminders.snooze(uow, fired.id, until, clock.now())
    with ctx.uow() as uow:
        assert unread_count(uow) == 0
    clock.advance(minutes=9)
    assert check(ctx, clock, agenda_at=None).fired == []
    clock.advance(minutes=1)
    again = check(ctx, clock, agenda_at=None)
    assert [row.id for row in again.fired] == [fired.id]
    assert again.unread == 1
    clock.advance(minutes=10)
    assert check(ctx, clock, agenda_at=None).fired == []


def test_snooze_choices_in_each_indonesian_zone() -> None:
    now = local(WIB, 2026, 6, 1, 22, 40)
    assert snooze_until("10min", now, WIB) == now + timedelta(minutes=10)
    assert snooze_until("1hour", now, WIB) == now + timedelta(hours=1)
    assert snooze_until("tomorrow", now, WIB) == local(WIB, 2026, 6, 2, 8, 0)
    # 22:40 WIB is already 00:40 on 2 June in WIT: "tomorrow" is 3 June there.
    assert snooze_until("tomorrow", now, WIT) == local(WIT, 2026, 6, 3, 8, 0)
    assert snooze_until("tomorrow", now, WITA) == local(WITA, 2026, 6, 2, 8, 0)
    with pytest.raises(ValidationError):
        snooze_until("next week", now, WIB)


def test_snoozed_reminder_left_over_while_closed_is_missed_once(
    ctx: AppContext, clock: FakeClock
) -> None:
    add_post(ctx, "Cuci tangan", local(WIB, 2026, 6, 1, 10, 0))
    clock.set(local(WIB, 2026, 6, 1, 9, 0))
    fired = check(ctx, clock, agenda_at=None).fired[0]
    with ctx.uow() as uow:
        reminders.snooze(uow, fired.id, clock.now() + timedelta(hours=1), clock.now())
    clock.advance(hours=5)
    outcome = check(ctx, clock, agenda_at=None)
    assert [row.id for row in outcome.missed.reminders] == [fired.id]
    assert check(ctx, clock, agenda_at=None).missed.reminders == []


def test_snoozing_into_the_past_is_refused_and_changes_nothing(
    ctx: AppContext, clock: FakeClock
) -> None:
    add_post(ctx, "Cuci tangan", local(WIB, 2026, 6, 1, 10, 0))
    clock.set(local(WIB, 2026, 6, 1, 9, 0))
    fired = check(ctx, clock, agenda_at=None).fired[0]
    with ctx.uow() as uow, pytest.raises(ValidationError) as info:
        reminders.snooze(uow, fired.id, clock.now() - timedelta(minutes=1), clock.now())
    assert info.value.code == "snooze_in_past"
    [row] = [r for r in rows(ctx, Listing.NOTIFICATIONS) if r.id == fired.id]
    assert row.state == ReminderState.FIRED and row.snoozed_until is None and not row.read


def test_done_reminders_leave_the_centre_and_cannot_be_snoozed(
    ctx: AppContext, clock: FakeClock
) -> None:
    add_post(ctx, "Cuci tangan", local(WIB, 2026, 6, 1, 10, 0))
    clock.set(local(WIB, 2026, 6, 1, 9, 0))
    fired = check(ctx, clock, agenda_at=None).fired[0]
    with ctx.uow() as uow:
        reminders.done(uow, fired.id)
    assert rows(ctx, Listing.NOTIFICATIONS) == []
    assert [r.state for r in rows(ctx, Listing.HISTORY)] == [ReminderState.DONE]
    with ctx.uow() as uow, pytest.raises(ConflictError) as info:
        reminders.snooze(uow, fired.id, clock.now() + timedelta(hours=1), clock.now())
    assert info.value.code == "reminder_done"
    with ctx.uow() as uow, pytest.raises(NotFoundError):
        reminders.done(uow, 999)


def test_mark_read_lowers_the_unread_count(ctx: AppContext, clock: FakeClock) -> None:
    add_post(ctx, "A", local(WIB, 2026, 6, 1, 10, 0))
    add_post(ctx, "B", local(WIB, 2026, 6, 1, 10, 0))
    clock.set(local(WIB, 2026, 6, 1, 9, 0))
    outcome = check(ctx, clock, agenda_at=None)
    assert outcome.unread == 2
    with ctx.uow() as uow:
        assert reminders.mark_read(uow, [outcome.fired[0].id]) == 1
    assert unread_count_of(ctx) == 1


# Changes to posts --------------------------------------------------------------------
def test_rescheduling_a_post_moves_its_reminders_at_once(ctx: AppContext, clock: FakeClock) -> None:
    post = add_post(ctx, "Imunisasi", local(WIB, 2026, 6, 3, 10, 0))
    check(ctx, clock)
    with ctx.uow() as uow:
        uow.session.get_one(Post, post).scheduled_at = local(WIB, 2026, 6, 5, 15, 0)
        summary = reminders.sync_for_post(uow, post, prefs(), clock.now())
        uow.commit()
    assert summary.updated == 2
    assert {row.key: row.due_at for row in rows(ctx)} == {
        f"post:{post}:lead:1440": local(WIB, 2026, 6, 4, 15, 0),
        f"post:{post}:lead:60": local(WIB, 2026, 6, 5, 14, 0),
    }
    clock.set(local(WIB, 2026, 6, 2, 10, 0))  # the old time: nothing
    assert check(ctx, clock).fired == []
    clock.set(local(WIB, 2026, 6, 4, 15, 0))
    assert fired_keys(check(ctx, clock)) == [f"post:{post}:lead:1440"]


def test_a_post_rescheduled_after_its_reminder_fired_is_reminded_again(
    ctx: AppContext, clock: FakeClock
) -> None:
    post = add_post(ctx, "Imunisasi", local(WIB, 2026, 6, 2, 9, 0))
    assert fired_keys(check(ctx, clock)) == [f"post:{post}:lead:1440"]
    update_post(ctx, post, scheduled_at=local(WIB, 2026, 6, 9, 9, 0))
    check(ctx, clock)
    clock.set(local(WIB, 2026, 6, 8, 9, 0))
    assert fired_keys(check(ctx, clock)) == [f"post:{post}:lead:1440"]


def test_moving_a_post_into_the_past_drops_its_pending_reminders(
    ctx: AppContext, clock: FakeClock
) -> None:
    post = add_post(ctx, "Imunisasi", local(WIB, 2026, 6, 3, 10, 0))
    check(ctx, clock)
    update_post(ctx, post, scheduled_at=local(WIB, 2026, 5, 30, 10, 0))
    outcome = check(ctx, clock)
    assert outcome.missed.reminders == [] and outcome.fired == []
    assert rows(ctx) == []


def test_trashing_or_publishing_a_post_removes_what_is_pending(
    ctx: AppContext, clock: FakeClock
) -> None:
    trashed = add_post(ctx, "Dibuang", local(WIB, 2026, 6, 3, 10, 0))
    published = add_post(ctx, "Sudah tayang", local(WIB, 2026, 6, 3, 11, 0))
    clock.set(local(WIB, 2026, 6, 2, 10, 0))
    check(ctx, clock)
    assert len(rows(ctx, Listing.NOTIFICATIONS)) == 1  # trashed post's 1-day reminder
    with ctx.uow() as uow:
        uow.session.get_one(Post, trashed).deleted_at = clock.now()
        uow.session.get_one(Post, published).status = PostStatus.PUBLISHED.value
        reminders.sync_for_post(uow, trashed, prefs(), clock.now())
        reminders.sync_for_post(uow, published, prefs(), clock.now())
        uow.commit()
    assert rows(ctx, Listing.NOTIFICATIONS) == [], "a trashed post's reminders disappear"
    assert [row.key for row in rows(ctx)] == ["agenda:2026-06-03"]


def test_deleting_a_post_for_good_removes_its_reminders(ctx: AppContext, clock: FakeClock) -> None:
    post = add_post(ctx, "Hapus", local(WIB, 2026, 6, 3, 10, 0))
    check(ctx, clock)
    with ctx.uow() as uow:
        uow.session.delete(uow.session.get_one(Post, post))
        reminders.sync_for_post(uow, post, prefs(), clock.now())
        uow.commit()
    with ctx.uow() as uow:
        assert uow.session.scalar(select(func.count(Reminder.id))) == 0


# Lead times --------------------------------------------------------------------------
def test_a_post_can_have_its_own_lead_times(ctx: AppContext, clock: FakeClock) -> None:
    post = add_post(ctx, "Lomba foto", local(WIB, 2026, 6, 10, 10, 0))
    check(ctx, clock)
    with ctx.uow() as uow:
        assert reminders.post_leads(uow, post) is None
        saved = reminders.set_post_leads(uow, post, [30, 2880], prefs(), clock.now())
    assert saved == (2880, 30)
    assert sorted(row.key for row in rows(ctx)) == [
        f"post:{post}:lead:2880",
        f"post:{post}:lead:30",
    ]
    with ctx.uow() as uow:
        assert reminders.post_leads(uow, post) == (2880, 30)
        reminders.set_post_leads(uow, post, None, prefs(), clock.now())
    assert len(rows(ctx)) == 2 and {r.lead_minutes for r in rows(ctx)} == {1440, 60}


@pytest.mark.parametrize(
    "leads",
    [[0], [-5], [60, 60], [1, 2, 3, 4, 5, 6, 7], [60 * 24 * 31], ["60"], [True], [1.5]],
)
def test_bad_lead_times_are_refused_and_nothing_is_written(
    ctx: AppContext, clock: FakeClock, leads: list
) -> None:
    post = add_post(ctx, "Lomba foto", local(WIB, 2026, 6, 10, 10, 0))
    check(ctx, clock)
    before = rows(ctx)
    with ctx.uow() as uow, pytest.raises(ValidationError) as info:
        reminders.set_post_leads(uow, post, leads, prefs(), clock.now())
    assert info.value.code == "lead_times_invalid"
    with ctx.uow() as uow:
        assert uow.session.get_one(Post, post).reminder_leads is None
        changes = select(func.count(AuditEntry.id)).where(
            AuditEntry.action == "reminder_leads_changed"
        )
        assert uow.session.scalar(changes) == 0
    assert rows(ctx) == before


def test_lead_times_of_a_missing_post_are_not_found(ctx: AppContext, clock: FakeClock) -> None:
    with ctx.uow() as uow, pytest.raises(NotFoundError):
        reminders.set_post_leads(uow, 42, [60], prefs(), clock.now())


def test_changing_the_general_lead_times_replaces_pending_reminders(
    ctx: AppContext, clock: FakeClock
) -> None:
    post = add_post(ctx, "Lomba foto", local(WIB, 2026, 6, 10, 10, 0))
    check(ctx, clock)
    check(ctx, clock, leads=(120,))
    assert [row.key for row in rows(ctx)] == [f"post:{post}:lead:120"]


# Restarts and clock jumps ------------------------------------------------------------
def test_no_duplicates_after_a_restart(data_dir: Path, clock: FakeClock) -> None:
    ctx = bootstrap(data_dir)
    add_post(ctx, "Kampanye", local(WIB, 2026, 6, 1, 10, 0))
    assert len(check(ctx, clock, agenda_at=None).fired) == 1
    ctx.dispose()
    for minutes in (0, 1, 5):
        ctx = bootstrap(data_dir)
        clock.set(local(WIB, 2026, 6, 1, 9, minutes))
        try:
            outcome = check(ctx, clock, agenda_at=None)
            assert outcome.fired == [] and outcome.missed.reminders == []
        finally:
            ctx.dispose()


def test_a_clock_that_jumps_back_and_forth_never_notifies_twice(
    ctx: AppContext, clock: FakeClock
) -> None:
    post = add_post(ctx, "Kampanye", local(WIB, 2026, 6, 2, 10, 0))
    check(ctx, clock)
    notified: list[str] = []
    for moment in (
        local(WIB, 2026, 6, 2, 9, 0),
        local(WIB, 2026, 6, 1, 8, 0),  # the PC's battery-less clock resets backwards
        local(WIB, 2026, 6, 2, 9, 5),  # and is corrected
        local(WIB, 2026, 6, 2, 7, 30),
        local(WIB, 2026, 6, 2, 10, 0),
    ):
        clock.set(moment)
        outcome = check(ctx, clock)
        notified += fired_keys(outcome) + missed_keys(outcome)
    assert sorted(notified) == [
        "agenda:2026-06-02",
        f"post:{post}:lead:1440",
        f"post:{post}:lead:60",
    ]


def test_a_clock_that_jumps_forward_reports_missed_once_and_never_refires(
    ctx: AppContext, clock: FakeClock
) -> None:
    add_post(ctx, "Kampanye", local(WIB, 2026, 6, 2, 10, 0))
    check(ctx, clock)
    clock.set(local(WIB, 2026, 6, 9, 9, 0))  # a week ahead by mistake
    jumped = check(ctx, clock)
    assert len(jumped.missed.reminders) == 3
    clock.set(local(WIB, 2026, 6, 1, 9, 30))  # corrected
    seen = [check(ctx, clock)]
    for hour in (9, 10):
        clock.set(local(WIB, 2026, 6, 2, hour, 0))
        seen.append(check(ctx, clock))
    assert all(o.fired == [] and o.missed.reminders == [] for o in seen)


def test_changing_the_time_zone_does_not_repeat_todays_agenda(
    ctx: AppContext, clock: FakeClock
) -> None:
    add_post(ctx, "Pagi", local(WIT, 2026, 6, 1, 10, 0))
    clock.set(local(WIT, 2026, 6, 1, 7, 30))
    assert fired_keys(check(ctx, clock, tz=WIT)) == ["agenda:2026-06-01"]
    clock.advance(minutes=30)  # the officer moves from WIT to WIB: 07:30 WIB is still ahead
    outcome = check(ctx, clock, tz=WIB)
    assert "agenda:2026-06-01" not in fired_keys(outcome)
    clock.set(local(WIB, 2026, 6, 1, 7, 30))
    assert "agenda:2026-06-01" not in fired_keys(check(ctx, clock, tz=WIB))


# Other kinds -------------------------------------------------------------------------
def test_morning_agenda_lists_the_days_posts_at_the_set_time(
    ctx: AppContext, clock: FakeClock
) -> None:
    first = add_post(ctx, "Senam pagi", local(WITA, 2026, 6, 2, 8, 0))
    second = add_post(ctx, "Info BPJS", local(WITA, 2026, 6, 2, 13, 0))
    add_post(ctx, "Arsip", local(WITA, 2026, 6, 2, 9, 0), PostStatus.ARCHIVED)
    check(ctx, clock, tz=WITA, agenda_at=local(WITA, 2026, 6, 1, 6, 45).astimezone(WITA).time())
    clock.set(local(WITA, 2026, 6, 2, 6, 45))
    outcome = check(ctx, clock, tz=WITA, agenda_at=clock.now().astimezone(WITA).time())
    agenda = [row for row in outcome.fired if row.key == "agenda:2026-06-02"]
    assert len(agenda) == 1
    assert [item.post_id for item in agenda[0].agenda] == [first, second]


def test_no_agenda_for_a_day_without_posts_or_when_turned_off(
    ctx: AppContext, clock: FakeClock
) -> None:
    check(ctx, clock)
    assert rows(ctx) == []
    add_post(ctx, "Besok", local(WIB, 2026, 6, 2, 18, 0))
    check(ctx, clock, leads=(), agenda_at=None)
    assert rows(ctx) == []


def test_a_post_waiting_for_approval_too_long_is_reminded_once(
    ctx: AppContext, clock: FakeClock
) -> None:
    waiting = add_post(ctx, "Menunggu", None, PostStatus.IN_REVIEW)
    record(ctx, waiting, "submitted")  # stamped with the real time of the test run,
    with ctx.uow() as uow:  # so the clock is set relative to that entry
        submitted = uow.session.scalar(
            select(AuditEntry.at).where(AuditEntry.action == "submitted")
        )
    clock.set(submitted + timedelta(hours=2))
    check(ctx, clock)
    clock.set(submitted + timedelta(hours=24))
    assert fired_keys(check(ctx, clock)) == [f"post:{waiting}:approval"]
    clock.advance(days=3)
    assert check(ctx, clock).fired == []


def test_a_post_found_waiting_long_ago_is_reminded_at_once(
    ctx: AppContext, clock: FakeClock
) -> None:
    waiting = add_post(ctx, "Lama menunggu", None, PostStatus.IN_REVIEW)
    with ctx.uow() as uow:
        since = uow.session.get_one(Post, waiting).updated_at
    clock.set(since + timedelta(days=5))
    assert fired_keys(check(ctx, clock)) == [f"post:{waiting}:approval"]
    assert check(ctx, clock).fired == []
    check(ctx, clock, approval_wait=None)
    assert rows(ctx) == []


def test_approved_post_not_exported_is_reminded_the_day_before(
    ctx: AppContext, clock: FakeClock
) -> None:
    when = local(WIB, 2026, 6, 3, 9, 0)
    approved = local(WIB, 2026, 6, 1, 8, 0)
    not_exported = add_post(ctx, "Belum diekspor", when, PostStatus.APPROVED, approved_at=approved)
    exported = add_post(ctx, "Sudah diekspor", when, PostStatus.APPROVED, approved_at=approved)
    record(ctx, exported, "exported")
    check(ctx, clock, leads=())
    assert [row.key for row in rows(ctx) if "export" in row.key] == [f"post:{not_exported}:export"]
    clock.set(local(WIB, 2026, 6, 2, 13, 0))
    assert fired_keys(check(ctx, clock, leads=())) == [f"post:{not_exported}:export"]


def test_export_before_the_latest_approval_does_not_count(
    ctx: AppContext, clock: FakeClock
) -> None:
    post = add_post(ctx, "Disetujui lagi", None, PostStatus.DRAFT)
    record(ctx, post, "exported")
    with ctx.uow() as uow:
        exported_at = uow.session.scalar(
            select(AuditEntry.at).where(AuditEntry.action == "exported")
        )
    clock.set(exported_at + timedelta(hours=1))
    with ctx.uow() as uow:
        row = uow.session.get_one(Post, post)
        row.status = PostStatus.APPROVED.value
        row.scheduled_at = clock.now() + timedelta(days=2)
        bind_approval(uow.session, row, clock.now())
        uow.commit()
    check(ctx, clock, leads=())
    assert [row.key for row in rows(ctx) if "export" in row.key] == [f"post:{post}:export"]


def test_direction_due_dates_are_reminded_on_the_day(ctx: AppContext, clock: FakeClock) -> None:
    due = add_direction(ctx, "Sosialisasi DBD\nrinci di memo", local(WIB, 2026, 6, 3, 16, 0))
    early = add_direction(ctx, "Rilis pagi", local(WIB, 2026, 6, 4, 6, 0))
    add_direction(ctx, "Selesai", local(WIB, 2026, 6, 3, 16, 0), DirectionStatus.DONE)
    add_direction(ctx, "Tanpa tenggat", None)
    check(ctx, clock)
    assert {row.key: (row.due_at, row.subject) for row in rows(ctx)} == {
        f"direction:{due}:due": (local(WIB, 2026, 6, 3, 7, 30), "Sosialisasi DBD"),
        f"direction:{early}:due": (local(WIB, 2026, 6, 4, 6, 0), "Rilis pagi"),
    }


def test_a_reminder_written_meanwhile_by_another_check_is_kept_not_duplicated(
    ctx: AppContext, clock: FakeClock
) -> None:
    post = add_post(ctx, "Balapan", local(WIB, 2026, 6, 3, 10, 0))
    check(ctx, clock)
    with ctx.uow() as uow:
        # As if this check had read the table before another one wrote the rows.
        facts = reminder_facts.one_post(uow.session, post)
        assert facts is not None
        specs = {s.key: s for s in post_specs(facts, prefs(), clock.now())}
        summary = reminder_sync.reconcile(uow.session, specs, [], clock.now(), prefs())
        uow.commit()
    assert summary.created == 0
    with ctx.uow() as uow:
        assert uow.session.scalar(select(func.count(Reminder.id))) == 2


def test_old_read_history_is_pruned_but_unread_missed_ones_stay(
    ctx: AppContext, clock: FakeClock
) -> None:
    add_post(ctx, "Dilihat", local(WIB, 2026, 6, 1, 10, 0))
    add_post(ctx, "Terlewat", local(WIB, 2026, 6, 1, 11, 0))
    clock.set(local(WIB, 2026, 6, 1, 9, 0))
    first = check(ctx, clock, agenda_at=None)
    with ctx.uow() as uow:
        reminders.done(uow, first.fired[0].id)
    clock.set(local(WIB, 2026, 6, 1, 12, 0))
    assert len(check(ctx, clock, agenda_at=None).missed.reminders) == 1
    clock.set(local(WIB, 2026, 9, 1, 9, 0))
    check(ctx, clock, agenda_at=None)
    assert [row.subject for row in rows(ctx, Listing.HISTORY)] == ["Terlewat"]


def unread_count_of(ctx: AppContext) -> int:
    with ctx.uow() as uow:
        return unread_count(uow)


# Settings and schema -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("reminder_leads", [0]),
        ("reminder_leads", "1440"),
        ("reminder_leads", [60, 60]),
        ("agenda_time", "7.30"),
        ("agenda_time", "24:00"),
        ("export_reminder_time", ""),
        ("approval_wait_hours", -1),
        ("approval_wait_hours", True),
        ("approval_wait_hours", 24 * 31),
        ("keep_running_in_tray", "yes"),
    ],
)
def test_bad_reminder_settings_are_refused(data_dir: Path, key: str, value: object) -> None:
    from sosmed_desktop.config import Config

    config = Config(data_dir)
    with pytest.raises(ValidationError):
        config.set(key, value)
    assert key not in config.values


def test_settings_become_reminder_preferences(data_dir: Path) -> None:
    from sosmed_desktop.config import Config

    config = Config(data_dir)
    defaults = reminders.prefs_from_config(config)
    assert defaults.leads == (1440, 60)
    assert defaults.agenda_at is not None and defaults.agenda_at.strftime("%H:%M") == "07:30"
    assert defaults.approval_wait == timedelta(hours=24)
    assert defaults.tz == WIB
    for key, value in (
        ("reminder_leads", [15, 180]),
        ("agenda_enabled", False),
        ("approval_wait_hours", 0),
        ("export_reminder_time", "16:45"),
        ("timezone", "Asia/Jayapura"),
    ):
        config.set(key, value)
    changed = reminders.prefs_from_config(config)
    assert changed.leads == (180, 15)
    assert changed.agenda_at is None and changed.approval_wait is None
    assert changed.export_at is not None and changed.export_at.strftime("%H:%M") == "16:45"
    assert changed.tz == WIT


def test_migration_gives_existing_reminders_a_key(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine, text

    from sosmed_desktop.db.migrate import alembic_config

    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    cfg = alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0001")
            conn.execute(
                text(
                    "INSERT INTO reminders (kind, due_at, lead_minutes, state, message, read) "
                    "VALUES ('post_lead', '2026-06-01 02:00:00', 60, 'pending', 'x', 0)"
                )
            )
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0005")
            assert conn.execute(text("SELECT key FROM reminders")).scalar() == "legacy:1"
            command.downgrade(cfg, "0001")
    finally:
        engine.dispose()


def test_writers_wait_for_each_other_instead_of_failing(ctx: AppContext) -> None:
    """Every unit of work takes the write lock first (BEGIN IMMEDIATE): a read-then-write
    transaction meeting another writer waits for it instead of failing at once."""
    import threading

    from sosmed_desktop.db.models import AppMeta

    def other_writer(key: str) -> threading.Thread:
        def run() -> None:
            with ctx.uow() as uow:
                uow.session.merge(AppMeta(key=key, value="other"))
                uow.commit()

        thread = threading.Thread(target=run)
        thread.start()
        return thread

    with ctx.uow() as first:
        first.session.scalar(select(func.count(Reminder.id)))
        thread = other_writer("second")  # waits for this unit of work
        first.session.merge(AppMeta(key="mine", value="x"))
        first.commit()
    thread.join()
    with ctx.uow() as uow:
        keys = set(uow.session.scalars(select(AppMeta.key)))
    assert {"second", "mine"} <= keys
