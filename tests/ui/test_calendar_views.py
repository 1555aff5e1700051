"""The calendar page: month grid, week timeline, agenda, navigation and drag/drop signals."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, QPointF, QRect, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import Platform, Post, PostVariant, Program
from sosmed_desktop.domain.commemorative import CalendarMark
from ui.calendar.calendar_data import add_months
from ui.calendar.chips import POST_MIME, Chip
from ui.calendar.month_view import MonthView
from ui.calendar.week_view import WeekView
from ui.main_window import MainWindow

WIB = ZoneInfo("Asia/Jakarta")


def today_wib() -> date:
    """The officer's date (the calendar shows WIB, whatever the PC's zone)."""
    return clock.today(WIB)


def _add_posts(ctx: AppContext, day: date, count: int, hour: int = 9) -> list[int]:
    with ctx.uow() as uow:
        instagram = uow.session.query(Platform).filter_by(code="instagram").one()
        program = Program(name="Imunisasi", colour="#1e8449")
        ids = []
        for index in range(count):
            post = Post(
                title=f"Posting {index + 1} 💉",
                status="draf",
                scheduled_at=datetime.combine(day, time(hour, index % 60), WIB),
                program=program,
            )
            post.variants.append(PostVariant(platform=instagram, caption="Ayo imunisasi"))
            uow.session.add(post)
            uow.session.flush()
            ids.append(post.id)
        uow.commit()
    return ids


def _drop(widget, pos: QPoint, mime: QMimeData) -> None:
    event = QDropEvent(
        QPointF(pos),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dropEvent(event)


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert add_months(date(2026, 1, 15), -1) == date(2025, 12, 15)


def test_month_grid_shows_posts_and_overflow(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    today = today_wib()
    _add_posts(ctx, today, 9)
    window.resize(1366, 768)
    window.show()
    page = window.calendar
    with qtbot.waitSignal(page.month_loaded):
        page.reload()
    view = page.month_view
    assert len(view.chips_on(today)) == 9
    assert "9 posting" in page.header.summary.text()
    cell = view.cell_rect(today)
    first_chip = view.hit(QPoint(int(cell.center().x()), int(cell.top() + 30)))
    assert first_chip is not None and first_chip.chip is not None
    assert first_chip.chip.title == "Posting 1 💉"
    shown, hidden = view._layout(today)
    assert hidden == 9 - len(shown) > 0, "nine posts do not fit in a 1366x768 cell"


def test_dragging_a_post_to_another_day_asks_to_move_it(app, qtbot: QtBot) -> None:
    view = MonthView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    today = today_wib()
    view.set_month(today.year, today.month, {}, today=today)
    target = today.replace(day=10)
    mime = QMimeData()
    mime.setData(POST_MIME, b"42")
    with qtbot.waitSignal(view.post_moved) as moved:
        _drop(view, view.cell_rect(target).center().toPoint(), mime)
    assert moved.args == [42, target]


def test_dropping_files_on_a_day_offers_a_new_post(app, qtbot: QtBot, tmp_path) -> None:
    view = MonthView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    today = today_wib()
    view.set_month(today.year, today.month, {}, today=today)
    photo = tmp_path / "foto kegiatan.jpg"
    photo.write_bytes(b"x")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    with qtbot.waitSignal(view.files_dropped) as dropped:
        _drop(view, view.cell_rect(today).center().toPoint(), mime)
    assert dropped.args == [today, [str(photo)]]


class _PaintedRegions(QObject):
    """Collects the rectangles a widget is asked to paint."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.rects: list[QRect] = []
        widget.installEventFilter(self)

    def eventFilter(self, _obj, event) -> bool:  # Qt's name
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.rect())
        return False


def test_the_month_repaints_only_what_changed(app, qtbot: QtBot) -> None:
    """The same month loaded again (the services' load after the early month) paints
    nothing; marks arriving later and a new selection paint only their days."""
    view = MonthView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    today = today_wib()
    chip = Chip(1, "Posyandu", "draf", datetime.combine(today, time(9), WIB), ("instagram",), "")
    view.set_month(today.year, today.month, {today: [chip]}, today=today)
    painted = _PaintedRegions(view)
    qtbot.wait(50)
    painted.rects.clear()
    same = Chip(1, "Posyandu", "draf", datetime.combine(today, time(9), WIB), ("instagram",), "")
    view.set_month(today.year, today.month, {today: [same]}, today=today)
    qtbot.wait(50)
    assert painted.rects == [], "the same month again is not repainted"

    holiday = today.replace(day=17)
    view.set_marks({holiday: [CalendarMark(holiday, "Hari Kemerdekaan", "holiday")]})
    qtbot.wait(50)
    cell = view.cell_rect(holiday).toAlignedRect()
    assert painted.rects and all(cell.adjusted(-1, -1, 1, 1).contains(r) for r in painted.rects)

    view.activateWindow()
    view.setFocus()  # so that the click below changes no focus (which repaints all)
    qtbot.waitUntil(view.hasFocus)
    qtbot.wait(50)
    painted.rects.clear()
    other = today.replace(day=2 if today.day != 2 else 3)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.cell_rect(other).center().toPoint())
    qtbot.wait(50)
    both = view.cell_rect(today).united(view.cell_rect(other)).toAlignedRect()
    assert painted.rects and all(both.adjusted(-1, -1, 1, 1).contains(r) for r in painted.rects)
    assert view.selected_day == other

    painted.rects.clear()  # the selected post is on another day than the selected day
    view.selected_post = chip.id
    third = today.replace(day=4 if today.day != 4 else 5)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.cell_rect(third).center().toPoint())
    qtbot.wait(50)
    chip_cell = view.cell_rect(today).toAlignedRect()
    assert any(r.intersects(chip_cell) for r in painted.rects), "its chip is no longer selected"

    painted.rects.clear()
    view.set_month(today.year, today.month, {}, today=today)  # the post was moved away
    qtbot.wait(50)
    assert any(r.contains(view.rect()) for r in painted.rects), "new data: the whole month"


def test_arrow_keys_cross_into_the_next_month(window: MainWindow, qtbot: QtBot) -> None:
    page = window.calendar
    last_day = add_months(today_wib().replace(day=1), 1) - timedelta(days=1)
    with qtbot.waitSignal(page.month_loaded):
        page.go_to(last_day)
    with qtbot.waitSignal(page.month_loaded):
        qtbot.keyClick(page.month_view, Qt.Key.Key_Right)
    assert page.anchor == last_day + timedelta(days=1)
    assert (page.anchor.year, page.anchor.month) != (last_day.year, last_day.month)


def test_double_click_on_empty_day_asks_for_a_new_post(app, qtbot: QtBot) -> None:
    view = MonthView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    today = today_wib()
    view.set_month(today.year, today.month, {}, today=today)
    with qtbot.waitSignal(view.day_activated) as activated:
        qtbot.mouseDClick(
            view, Qt.MouseButton.LeftButton, pos=view.cell_rect(today).center().toPoint()
        )
    assert activated.args == [today]


def test_week_view_snaps_to_quarter_hours(app, qtbot: QtBot) -> None:
    view = WeekView()
    qtbot.addWidget(view)
    view.resize(1000, 900)
    monday = date(2026, 11, 23)
    view.set_week(monday, {})
    y = view.y_for(time(9, 40))
    moment = view.moment_at(QPoint(60, int(y) + 1))
    assert moment == datetime(2026, 11, 23, 9, 30)


@pytest.mark.parametrize(("key", "view"), [(Qt.Key.Key_W, "week"), (Qt.Key.Key_A, "agenda")])
def test_view_keys_switch_views(window: MainWindow, qtbot: QtBot, key: Qt.Key, view: str) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.calendar.month_view.setFocus()
    with qtbot.waitSignal(window.calendar.month_loaded):
        qtbot.keyClick(window.calendar.month_view, key)
    assert window.calendar.view == view


def test_week_and_agenda_list_the_same_posts(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    today = today_wib()
    ids = _add_posts(ctx, today, 2, hour=10)
    page = window.calendar
    with qtbot.waitSignal(page.month_loaded):
        page.set_view("week")
    assert [c.id for c in page.week_view._chips[today]] == ids
    with qtbot.waitSignal(page.month_loaded):
        page.set_view("agenda")
    shown = [
        page.model.data(page.model.index(r, 0), page.model.ID_ROLE)
        for r in range(page.model.rowCount())
    ]
    assert shown == ids


def test_holidays_and_commemorative_days_are_marked(window: MainWindow, qtbot: QtBot) -> None:
    """Content opportunities: public holidays (Indonesian names) and commemorative days."""
    page = window.calendar
    with qtbot.waitSignal(page.month_loaded):
        page.go_to(date(2026, 11, 10))
    assert any("Pahlawan" in m.name for m in page.month_view._marks[date(2026, 11, 10)])
    with qtbot.waitSignal(page.month_loaded):
        page.go_to(date(2026, 12, 25))
    assert page.month_view._marks[date(2026, 12, 25)], "Christmas is a public holiday"
    with qtbot.waitSignal(page.month_loaded):
        page.set_view("week")
    assert page.week_view.marks[date(2026, 12, 25)]


def test_first_month_shows_before_its_marks_and_choices_which_follow(
    app: QApplication, ctx: AppContext, qtbot: QtBot
) -> None:
    """At start-up the month does not wait for the holidays (a large package) or the
    filter bar's choices; both still arrive."""
    from sosmed_desktop.services.calendar.marks import add_commemorative_day

    today = today_wib()
    with ctx.uow() as uow:
        add_commemorative_day(uow, today.month, today.day, "Hari Uji Coba Kalender")
    window = MainWindow(ctx.config, ctx.log_file)
    qtbot.addWidget(window)
    page = window.calendar

    def names(day: date) -> list[str]:
        return [m.name for m in page.month_view._marks.get(day, [])]

    with qtbot.waitSignals([page.month_loaded, page.choices_loaded], timeout=20000):
        window.set_context(ctx)
    qtbot.waitUntil(lambda: "Hari Uji Coba Kalender" in names(today), timeout=20000)
    assert page.filter_bar.platforms.menu_.actions(), "the platform filter has its choices"
    with qtbot.waitSignal(page.month_loaded):
        page.shift(1)
    with qtbot.waitSignal(page.month_loaded):
        page.go_today()  # later loads bring their marks with the posts
    assert "Hari Uji Coba Kalender" in names(today)


def test_the_next_and_previous_months_are_read_ahead(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    """Once a month is shown, PgDn shows the next one without a read of the database;
    a change anywhere forgets what was read ahead (it may be stale)."""
    from sosmed_desktop.db.change_kinds import Kind

    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.calendar
    today = today_wib()
    next_month = add_months(today.replace(day=1), 1)
    _add_posts(ctx, next_month.replace(day=10), 2)
    ahead = (*page.visible_range(next_month), page.filters)
    qtbot.waitUntil(lambda: ahead in page.periods, timeout=10000)  # after the first marks
    page.periods.clear()  # the posts above were added unannounced
    with qtbot.waitSignal(page.month_loaded):
        page.reload()  # shown with its marks: the neighbours are read next
    qtbot.waitUntil(lambda: ahead in page.periods, timeout=10000)

    loaded: list[int] = []
    page.month_loaded.connect(loaded.append)
    page.month_view.setFocus()
    qtbot.keyClick(page.month_view, Qt.Key.Key_PageDown)
    assert loaded == [2], "shown at once, from what was read ahead"
    assert (page.anchor.year, page.anchor.month) == (next_month.year, next_month.month)
    assert [c.title for c in page.month_view.chips_on(next_month.replace(day=10))] == [
        "Posting 1 💉",
        "Posting 2 💉",
    ]

    behind = (*page.visible_range(today), page.filters)
    qtbot.waitUntil(lambda: behind in page.periods, timeout=10000)
    page.on_data_changed(Kind.POST, [])
    assert behind not in page.periods, "a change forgets the periods read ahead"
    store = page.periods
    stale = store.generation - 1
    store.put(behind, ([], None, {}), stale)  # a read issued before the change comes back
    assert behind not in store
