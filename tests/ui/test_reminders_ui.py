"""Reminders in the window: scheduler, bell and notification centre, missed at start, page.

The window runs with a clock the test moves; APScheduler's wake-ups are mapped
onto that clock, and the test asks for a check instead of waiting for real time
(except in one test that lets a real wake-up fire).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from sosmed_desktop import clock as app_clock
from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.change_kinds import Kind
from sosmed_desktop.services.autobackup import AUTO_REASON
from sosmed_desktop.services.backup import list_backups
from sosmed_desktop.services.reminders import reminders
from sosmed_desktop.services.reminders.rows import Listing, list_reminders
from sosmed_desktop.services.team.live import RemoteChange
from tests.reminder_helpers import WIB, FakeClock, add_post, local, prefs
from ui.main_window import MainWindow
from ui.reminders.notifications import NotificationCentre
from ui.reminders.page import RemindersPage
from ui.reminders.scheduler import MAX_TIMER_MS, ReminderScheduler

START = local(WIB, 2026, 6, 1, 9, 0)


def open_window(
    ctx: AppContext, qtbot: QtBot, clock: FakeClock, *, missed: bool = False
) -> MainWindow:
    """A window whose reminders start with the test's clock; waits for the first check."""
    window = MainWindow(ctx.config, ctx.log_file)
    qtbot.addWidget(window)
    window.clock = clock
    window.resize(1366, 768)
    window.show()
    with qtbot.waitSignal(window.calendar.month_loaded, timeout=5000):
        window.set_context(ctx)
    window.start_reminders()
    assert window.reminders is not None
    blocker = window.reminders.scheduler.missed if missed else window.reminders.scheduler.checked
    with qtbot.waitSignal(blocker, timeout=5000):
        pass  # the first check runs as soon as the scheduler starts
    return window


def announce_from_elsewhere(window: MainWindow, kind: str, ids: list[int]) -> None:
    """Announce a change as the live updates do when another PC or a command made it
    (the tests' `add_post` writes past the window, as those do)."""
    assert window.bench is not None
    change = RemoteChange(0, app_clock.now(), "Operator lain", {kind: ids})
    window.bench.bus.announce_remote(change)


def check_now(window: MainWindow, qtbot: QtBot) -> reminders.CheckOutcome:
    """Ask the scheduler for a check and wait for its outcome."""
    assert window.reminders is not None
    with qtbot.waitSignal(window.reminders.scheduler.checked, timeout=5000) as blocker:
        window.reminders.scheduler.check_now()
    return blocker.args[0]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def window(app: QApplication, ctx: AppContext, qtbot: QtBot, clock: FakeClock) -> Iterator:
    add_post(ctx, "Posyandu balita", local(WIB, 2026, 6, 1, 10, 0))
    add_post(ctx, "Cuci tangan pakai sabun", local(WIB, 2026, 6, 1, 10, 0))
    main = open_window(ctx, qtbot, clock)
    yield main
    main.stop_reminders()


def open_centre(window: MainWindow, qtbot: QtBot) -> NotificationCentre:
    assert window.reminders is not None
    with qtbot.waitSignal(window.reminders.scheduler.unread_changed, timeout=5000):
        window.reminders.bell.click()
    centre = window.reminders.centre
    assert centre is not None and centre.isVisible()
    qtbot.waitUntil(lambda: len(centre.cards) > 0 or centre.empty.isVisible())
    return centre


def test_the_bell_is_the_windows_and_a_stopped_hub_gives_it_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The bell is in the status bar from the first paint; a stopped hub (sign-out) leaves
    it empty and disabled, and the next hub alone answers its click."""
    hub = window.reminders
    assert hub is not None and hub.bell is window.status_line.bell
    assert hub.bell.isEnabled() and hub.bell.count == 3
    window.stop_reminders()
    assert not hub.bell.isEnabled() and hub.bell.count == 0
    window.reminders = None
    window.start_reminders()
    check_now(window, qtbot)
    second = window.reminders
    assert second is not None and second is not hub and second.bell.isEnabled()
    open_centre(window, qtbot)
    assert hub.centre is None, "the stopped hub no longer answers the bell"


def test_bell_counts_unread_and_the_centre_offers_actions(window: MainWindow, qtbot: QtBot) -> None:
    hub = window.reminders
    assert hub is not None
    assert hub.bell.count == 3  # two posts in an hour, and today's agenda
    assert hub.bell.text() == "3"
    assert hub.bell.toolTip() == "3 pengingat belum dibaca"
    assert hub.tray.available is False  # offscreen: no tray, the status bar speaks instead
    assert window.statusBar().currentMessage().startswith("3 pengingat — ")

    centre = open_centre(window, qtbot)
    titles = sorted(card.title.text() for card in centre.cards)
    assert titles == ["Agenda Senin, 1 Juni 2026: 2 posting"] + ["Posting 1 jam lagi"] * 2
    for card in centre.cards:
        assert not card.open_button.isHidden()
        assert card.snooze_button.text() == "Tunda"
        assert card.done_button.text() == "Selesai"
    qtbot.waitUntil(lambda: hub.bell.count == 0, timeout=5000)  # seen once the centre opened

    with qtbot.waitSignal(centre.loaded, timeout=5000, check_params_cb=lambda n: n == 2):
        centre.cards[0].done_button.click()

    card = centre.cards[0]
    snooze = {a.text(): a for a in card.snooze_button.menu().actions()}
    assert list(snooze) == ["10 menit lagi", "1 jam lagi", "Besok pukul 08.00"]
    with qtbot.waitSignal(centre.loaded, timeout=5000, check_params_cb=lambda n: n == 1):
        snooze["10 menit lagi"].trigger()
    fired: list[int] = []
    hub.scheduler.fired.connect(lambda rows: fired.extend(row.id for row in rows))
    window.clock.advance(minutes=9)  # type: ignore[attr-defined]
    check_now(window, qtbot)
    assert fired == []
    window.clock.advance(minutes=1)  # type: ignore[attr-defined]
    check_now(window, qtbot)
    qtbot.waitUntil(lambda: fired == [card.row.id], timeout=5000)
    qtbot.waitUntil(lambda: len(centre.cards) == 2, timeout=5000)
    check_now(window, qtbot)
    assert fired == [card.row.id], "a snoozed reminder comes back once"


def test_a_refused_snooze_is_worded_over_the_centre_and_announces_nothing(
    window: MainWindow, qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import errors

    hub = window.reminders
    assert hub is not None and window.bench is not None
    centre = open_centre(window, qtbot)
    qtbot.waitUntil(lambda: hub.bell.count == 0, timeout=5000)
    card = centre.cards[0]
    with ctx.uow() as uow:  # dealt with meanwhile, on another PC say
        reminders.done(uow, card.row.id)
    shown: list[tuple[object, str]] = []
    monkeypatch.setattr(errors, "show_error", lambda parent, exc: shown.append((parent, exc.code)))
    announced: list[str] = []
    window.bench.bus.data_changed.connect(lambda kind, _ids: announced.append(kind))
    [later] = [a for a in card.snooze_button.menu().actions() if a.data() == "1hour"]
    later.trigger()
    qtbot.waitUntil(lambda: shown == [(centre, "reminder_done")], timeout=5000)
    assert announced == []


def test_open_shows_the_post_in_the_calendar(window: MainWindow, qtbot: QtBot) -> None:
    centre = open_centre(window, qtbot)
    card = next(c for c in centre.cards if c.row.post_id is not None)
    with qtbot.waitSignal(window.calendar.month_loaded, timeout=5000):
        card.open_button.click()
    assert window.pages.currentWidget() is window.calendar
    assert window.calendar.header.title.text() == "Juni 2026"
    assert window.calendar.selected_post_id() == card.row.post_id


def test_reminders_missed_while_closed_are_listed_once_at_start(
    app: QApplication, ctx: AppContext, qtbot: QtBot, clock: FakeClock
) -> None:
    post = add_post(ctx, "Hari Lansia", local(WIB, 2026, 6, 2, 10, 0))
    with ctx.uow() as uow:  # the app ran on Monday and prepared the reminders ...
        reminders.run_check(uow, clock.now(), prefs(), timedelta(hours=24))
    clock.set(local(WIB, 2026, 6, 2, 14, 0))  # ... and is started again on Tuesday afternoon

    first = open_window(ctx, qtbot, clock, missed=True)
    hub = first.reminders
    assert hub is not None and hub.centre is not None
    qtbot.waitUntil(lambda: len(hub.centre.cards) == 3, timeout=5000)
    assert hub.centre.banner.isVisible()
    assert hub.centre.banner.text().startswith(
        "3 pengingat jatuh tempo saat Sosmed Desktop tidak berjalan."
    )
    assert "Senin, 1 Juni 2026 09.00" in hub.centre.banner.text()
    assert {c.row.post_id for c in hub.centre.cards} == {post, None}
    assert hub.last_balloon is not None and hub.last_balloon[0] == "Pengingat terlewat"
    first.stop_reminders()
    first.quit_app()

    second = open_window(ctx, qtbot, clock)  # a restart reports nothing again
    assert second.reminders is not None
    assert second.reminders.centre is None
    outcome = check_now(second, qtbot)
    assert outcome.missed.reminders == [] and outcome.fired == []
    second.stop_reminders()


def test_wake_ups_live_in_memory_and_follow_a_rescheduled_post(
    window: MainWindow, qtbot: QtBot, ctx: AppContext
) -> None:
    hub = window.reminders
    assert hub is not None
    store = hub.scheduler._scheduler._lookup_jobstore("default")
    assert type(store).__name__ == "MemoryJobStore"
    assert list(hub.scheduler._scheduler._jobstores) == ["default"]
    later = add_post(ctx, "Sore", local(WIB, 2026, 6, 1, 16, 0))
    with qtbot.waitSignal(hub.scheduler.checked, timeout=5000):
        announce_from_elsewhere(window, "post", [later])
    with ctx.uow() as uow:
        upcoming = {r.key: r.id for r in list_reminders(uow, Listing.UPCOMING, WIB)}
    assert f"reminder:{upcoming[f'post:{later}:lead:60']}" in hub.scheduler.job_ids()

    from sosmed_desktop.db.models import Post

    with ctx.uow() as uow:
        uow.session.get_one(Post, later).scheduled_at = local(WIB, 2026, 7, 20, 16, 0)
        reminders.sync_for_post(uow, later, prefs(), window.clock.now())
        uow.commit()
    with qtbot.waitSignal(hub.scheduler.checked, timeout=5000):
        announce_from_elsewhere(window, "post", [later])
    jobs = hub.scheduler.job_ids()
    assert not any(j == f"reminder:{upcoming[f'post:{later}:lead:60']}" for j in jobs)
    assert "reminders:recheck" in jobs and "backup:auto" in jobs


def test_a_check_follows_reminder_changes_and_others_post_changes_not_local_posts(
    window: MainWindow, qtbot: QtBot
) -> None:
    """This PC's post changes are followed by the core (`services/perform.py`); what that
    changed in reminders is announced and checked on, another PC's are checked on."""
    hub = window.reminders
    assert hub is not None and window.bench is not None
    with qtbot.assertNotEmitted(hub.scheduler.checked, wait=300):
        window.bench.bus.announce(Kind.POST, [1])
        window.bench.bus.announce(Kind.DIRECTION, [1])
    with qtbot.waitSignal(hub.scheduler.checked, timeout=5000):
        window.bench.bus.announce(Kind.REMINDER, [1])
    with qtbot.waitSignal(hub.scheduler.checked, timeout=5000):
        announce_from_elsewhere(window, Kind.DIRECTION, [1])


def test_the_qt_timer_never_waits_longer_than_qt_allows(
    app: QApplication, ctx: AppContext, qtbot: QtBot
) -> None:
    from ui.bus import DataBus

    scheduler = ReminderScheduler(ctx, DataBus())
    timer = scheduler._scheduler._qtimer
    scheduler._scheduler._start_timer(timedelta(days=40).total_seconds())
    assert timer.isActive() and timer.interval() == MAX_TIMER_MS
    scheduler._scheduler._start_timer(None)
    assert not timer.isActive()


def test_a_real_wake_up_fires_a_reminder_on_time(
    app: QApplication, ctx: AppContext, qtbot: QtBot
) -> None:
    soon = app_clock.now() + timedelta(hours=1, seconds=1.5)
    post = add_post(ctx, "Tepat waktu", soon)
    window = MainWindow(ctx.config, ctx.log_file)
    qtbot.addWidget(window)
    window.set_context(ctx)
    window.start_reminders()
    hub = window.reminders
    assert hub is not None
    try:
        with qtbot.waitSignal(
            hub.scheduler.fired,
            timeout=8000,
            check_params_cb=lambda rows: [r.key for r in rows] == [f"post:{post}:lead:60"],
        ):
            pass
    finally:
        window.stop_reminders()


def test_without_a_tray_closing_the_window_quits(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.closed, timeout=1000):
        window.close()


class FakeTray:
    """A tray that exists (real ones do not on the offscreen platform)."""

    available = True

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def notify(self, title: str, text: str) -> bool:
        self.messages.append((title, text))
        return True

    def hide(self) -> None:
        pass


def test_with_a_tray_closing_keeps_running_and_hints_once(
    window: MainWindow, qtbot: QtBot, ctx: AppContext
) -> None:
    hub = window.reminders
    assert hub is not None
    tray = FakeTray()
    hub.tray = tray  # type: ignore[assignment]
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    window.close()
    assert window.isHidden() and closed == []
    assert [title for title, _ in tray.messages] == ["Sosmed Desktop masih berjalan"]
    saved = json.loads((ctx.config.data_dir / "settings.json").read_text(encoding="utf-8"))
    assert saved["tray_hint_shown"] is True
    window.bring_to_front()
    window.close()
    assert len(tray.messages) == 1, "the hint comes only the first time"
    window.quit_app()
    assert closed == [True]


def test_keep_running_can_be_turned_off(window: MainWindow, ctx: AppContext) -> None:
    hub = window.reminders
    assert hub is not None
    hub.tray = FakeTray()  # type: ignore[assignment]
    ctx.config.set("keep_running_in_tray", False)
    assert not hub.keeps_running()


def test_exit_backup_only_after_changes(window: MainWindow, ctx: AppContext) -> None:
    window.stop_reminders()
    window.backup_at_exit()
    assert [b.reason for b in list_backups(ctx.config.backups_dir)] == [AUTO_REASON], (
        "the first check changed reminders, so one backup"
    )
    window.backup_at_exit()
    assert len(list_backups(ctx.config.backups_dir)) == 1


# The Pengingat page ----------------------------------------------------------------------
def reminders_page(window: MainWindow, qtbot: QtBot) -> RemindersPage:
    window.show_section("reminders")
    page = window.page("reminders")
    assert isinstance(page, RemindersPage)
    qtbot.waitUntil(lambda: page.models["history"].rowCount() > 0, timeout=5000)
    return page


def test_page_lists_reminders_and_saves_settings(
    window: MainWindow, qtbot: QtBot, ctx: AppContext
) -> None:
    add_post(ctx, "Besok pagi", local(WIB, 2026, 6, 2, 9, 0))
    check_now(window, qtbot)
    page = reminders_page(window, qtbot)
    qtbot.waitUntil(lambda: page.models["upcoming"].rowCount() == 2, timeout=5000)
    assert page.tabs.tabText(0) == "Akan datang (2)"
    assert page.tabs.tabText(2) == "Riwayat"
    panel = page.settings_panel
    assert panel is not None
    assert panel.leads.leads() == [1440, 60]
    panel.leads.boxes[60].setChecked(False)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        panel.save_button.click()
    saved = json.loads((ctx.config.data_dir / "settings.json").read_text(encoding="utf-8"))
    assert saved["reminder_leads"] == [1440]
    qtbot.waitUntil(lambda: page.models["upcoming"].rowCount() == 1, timeout=5000)


def test_too_many_lead_times_are_refused_and_nothing_is_saved(
    window: MainWindow, qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = reminders_page(window, qtbot)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    panel = page.settings_panel
    assert panel is not None
    for box in panel.leads.boxes.values():
        box.setChecked(True)
    panel.save_button.click()
    assert shown == [
        "Pilih paling banyak enam waktu pengingat, masing-masing antara 1 menit dan 30 hari "
        "sebelum posting."
    ]
    assert not (ctx.config.data_dir / "settings.json").exists()
    assert ctx.config.get("reminder_leads") == [1440, 60]


def test_page_actions_snooze_done_and_post_lead_times(
    window: MainWindow, qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    post = add_post(ctx, "Minggu depan", local(WIB, 2026, 6, 8, 9, 0))
    check_now(window, qtbot)
    page = reminders_page(window, qtbot)
    qtbot.waitUntil(lambda: page.models["upcoming"].rowCount() == 2, timeout=5000)
    page.tabs.setCurrentIndex(0)
    page.tables["upcoming"].selectRow(0)
    assert page.leads_button.isEnabled()

    from ui.reminders.settings_panel import PostLeadsDialog

    def accept_with_three_days(dialog: PostLeadsDialog) -> int:
        dialog.use_own.setChecked(True)
        dialog.picker.set_leads([4320])
        return PostLeadsDialog.DialogCode.Accepted

    monkeypatch.setattr(PostLeadsDialog, "exec", accept_with_three_days)
    page.edit_post_leads()
    qtbot.waitUntil(
        lambda: [r.key for r in page.models["upcoming"]._rows] == [f"post:{post}:lead:4320"],
        timeout=5000,
    )
    page.tables["upcoming"].selectRow(0)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.done_button.click()
    assert page.models["upcoming"].rowCount() == 0
    assert "Selesai" in [
        page.models["history"].data(page.models["history"].index(r, 3))
        for r in range(page.models["history"].rowCount())
    ]
