"""The first day: an empty calendar says how to start, and starts a post from a button."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from pytestqt.qtbot import QtBot

from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.services.calendar.calendar import CalendarFilter
from sosmed_desktop.services.posts import posts
from tests.ui.editing import wait_loaded
from tests.unit.posting import WIB, post_input
from ui.calendar.page import CalendarPage
from ui.main_window import MainWindow


def _reload(qtbot: QtBot, calendar: CalendarPage) -> None:
    with qtbot.waitSignal(calendar.month_loaded, timeout=10000):
        calendar.reload()


def test_an_empty_month_says_how_to_start(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1366, 768)
    window.show()
    calendar = window.calendar
    hint = calendar.empty_hint
    assert hint.isVisible()
    assert hint.title.text() == "Belum ada posting terjadwal bulan ini"
    assert "Posting baru (Ctrl+N)" in hint.text.text()
    assert "klik ganda" in hint.text.text()
    assert calendar.header.new_button.isVisible() and calendar.header.new_button.isEnabled()
    assert calendar.header.new_button.text() == "Posting baru"
    assert calendar.header.new_button.toolTip() == "Posting baru (Ctrl+N)"
    with qtbot.waitSignal(calendar.month_loaded, timeout=10000):
        calendar.set_view("week")
    assert hint.isVisible() and hint.title.text() == "Belum ada posting terjadwal minggu ini"
    with qtbot.waitSignal(calendar.month_loaded, timeout=10000):
        calendar.set_view("agenda")
    assert not hint.isVisible(), "the agenda shows its own empty state"
    assert calendar.agenda.currentWidget() is calendar.empty


def test_the_hint_goes_once_the_month_has_a_post_and_hides_under_filters(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    window.show()
    calendar = window.calendar
    when = datetime.combine(clock.today(WIB) + timedelta(days=1), time(10, 0), WIB)
    if when.month != clock.today(WIB).month:
        when -= timedelta(days=2)
    with ctx.uow() as uow:
        posts.create_post(uow, post_input(when=when))
    _reload(qtbot, calendar)
    assert not calendar.empty_hint.isVisible()
    with qtbot.waitSignal(calendar.month_loaded, timeout=10000):
        calendar.set_filters(CalendarFilter(platforms=frozenset({"tiktok"})))
    assert "0 posting" in calendar.header.summary.text()
    assert not calendar.empty_hint.isVisible(), "no posts *match*: the filter bar says why"


def test_new_post_from_the_calendar_starts_on_the_selected_day(
    workbench: MainWindow, qtbot: QtBot
) -> None:
    calendar = workbench.calendar
    assert workbench.editors is not None
    day = clock.today(WIB) + timedelta(days=3)
    calendar.go_to(day)
    calendar.empty_hint.button.click()
    editor = wait_loaded(qtbot, workbench.editors.editors[-1])
    assert editor.details.schedule() == datetime.combine(day, time(9, 0), WIB)
    calendar.go_to(clock.today(WIB))  # 10:00 now: 09:00 has passed, the next hour has not
    calendar.header.new_button.click()
    editor = wait_loaded(qtbot, workbench.editors.editors[-1])
    assert editor.details.schedule() == clock.now().astimezone(WIB).replace(
        minute=0, second=0, microsecond=0
    ) + timedelta(hours=1)
    calendar.go_to(clock.today(WIB) - timedelta(days=3))  # a past day: no time is proposed
    workbench.commands.new_post_action.trigger()  # File → New post (Ctrl+N) does the same
    editor = wait_loaded(qtbot, workbench.editors.editors[-1])
    assert editor.details.schedule() is None
    assert len(workbench.editors.editors) == 3
