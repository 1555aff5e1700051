"""Every control tells a screen reader its name (issue 20).

The sweep opens the window on the sample department, each page, the post
editor and the main dialogs, and reads each focusable, visible widget's name
the way assistive technology does: through its QAccessible interface.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.demo.seed import seed_demo
from sosmed_desktop.domain.commemorative import CalendarMark
from sosmed_desktop.domain.statuses import PostStatus
from sosmed_desktop.services.directions.directions import DirectionView
from sosmed_desktop.services.media.bulk_import import import_paths
from tests import media_files as mf
from tests.ui.editing import wait_loaded
from ui.app import create_application
from ui.backups.dialog import BackupsDialog
from ui.calendar.chips import Chip
from ui.calendar.month_view import MonthView
from ui.calendar.week_view import GUTTER, WeekView
from ui.directions.summary import SummaryStrip
from ui.main_window import MainWindow
from ui.packages.charts import BarChart
from ui.settings.dialog import SettingsDialog
from ui.studio.studio_dialog import StudioDialog


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces for `widget`."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def focusable(root: QWidget) -> list[QWidget]:
    """The focusable, visible widgets under `root` (itself included)."""
    return [
        widget
        for widget in [root, *root.findChildren(QWidget)]
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and widget.isVisible()
        and widget.focusProxy() is None  # the proxy is what takes focus and is read
    ]


def unnamed(root: QWidget) -> list[str]:
    """The focusable, visible widgets under `root` that have no name (or only a symbol
    such as an arrow button's "‹"), as object paths."""
    found = []
    for widget in focusable(root):
        if not any(char.isalnum() for char in accessible_name(widget)):  # "‹" is no name
            path = []
            step: QWidget | None = widget
            while step is not None and step is not root:
                path.append(step.objectName() or type(step).__name__)
                step = step.parentWidget()
            found.append("/".join(reversed(path)))
    return found


@pytest.fixture
def demo_window(
    app: QApplication, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    """The window on the sample department, shown at 1366×768."""
    from PySide6.QtWidgets import QMessageBox

    from ui.editor.window import PostEditor

    seed_demo(ctx)
    main = MainWindow(ctx.config, ctx.log_file)
    qtbot.addWidget(main)
    monkeypatch.setattr(PostEditor, "ask_unsaved", lambda _self: "discard")
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Ok)
    with qtbot.waitSignal(main.calendar.month_loaded, timeout=20000):
        main.set_context(ctx)
    main.resize(1366, 768)
    main.show()
    yield main
    for editor in list(main.editors.editors if main.editors else []):
        editor.force_close = True
        editor.close()


def test_focusable_widgets_without_a_name_0(
    demo_window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(StudioDialog, "ask_unsaved", lambda _self: "discard")
    window = demo_window
    offenders: dict[str, list[str]] = {}
    checked: set[int] = set()

    def look(place: str, root: QWidget) -> None:
        """Read `root` with each page of each of its tab widgets shown in turn."""
        for tabs in [None, *root.findChildren(QTabWidget)]:
            for index in range(tabs.count()) if tabs is not None else [None]:
                if tabs is not None:
                    if not tabs.isVisible():
                        continue
                    tabs.setCurrentIndex(index)
                qtbot.wait(20)
                checked.update(id(widget) for widget in focusable(root))
                missing = set(unnamed(root)) - set(offenders.get(place, []))
                offenders.setdefault(place, []).extend(sorted(missing))

    for view in ("month", "week", "agenda"):
        with qtbot.waitSignal(window.calendar.month_loaded, timeout=10000):
            window.calendar.set_view(view)
        look(f"calendar {view}", window)
    for section in window.sections:
        window.show_section(section.key)
        look(section.key, window)
    editor = wait_loaded(qtbot, window.editors.new_post())
    editor.show()
    look("editor", editor)
    dialogs: dict[str, QDialog | None] = {
        "settings": SettingsDialog(window.config, window.ctx, window.ops, window),
        "backups": BackupsDialog(window),
        "snippets": window.commands.open_snippets(),
        "programs": window.commands.open_programs(),
        "dictionary": window.commands.open_dictionary(),
    }
    window.commands.open_search()
    dialogs["search"] = window.search_dialog
    for name, dialog in dialogs.items():
        assert dialog is not None
        dialog.show()
        look(name, dialog)
        dialog.reject()
    (photo,) = import_paths(window.ctx, [mf.phone_photo(tmp_path / "posyandu.jpg")]).media_ids
    studio = StudioDialog(window.bench, photo, window)
    qtbot.addWidget(studio)
    with qtbot.waitSignal(studio.preview_ready, timeout=10000):
        studio.show()
    look("studio", studio)
    listed = {place: names for place, names in offenders.items() if names}
    report = "\n".join(f"{place}: {', '.join(names)}" for place, names in listed.items())
    count = sum(len(names) for names in offenders.values())
    assert count == 0, f"focusable widgets without a name: {count}\n{report}"
    assert len(checked) > 150  # the sweep did reach the pages and dialogs


def _chip(ident: int, title: str, when: datetime, status: str = PostStatus.DRAFT) -> Chip:
    return Chip(ident, title, status, when, ("instagram",), "#2f6fa8")


def show_focused(qtbot: QtBot, view: QWidget) -> None:
    view.show()
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)


def _press(qtbot: QtBot, view: QWidget, key: Qt.Key, control: bool = False) -> None:
    modifier = Qt.KeyboardModifier.ControlModifier if control else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(view, key, modifier)


def test_month_view_reads_the_focused_day_and_moves_by_keyboard(
    app: QApplication, qtbot: QtBot
) -> None:
    view = MonthView()
    qtbot.addWidget(view)
    friday = date(2026, 11, 27)
    chips = {
        friday: [
            _chip(1, "Posyandu Mawar", datetime(2026, 11, 27, 9, 30)),
            _chip(2, "Imunisasi", datetime(2026, 11, 27, 14, 0), PostStatus.APPROVED),
        ]
    }
    marks = {date(2026, 11, 25): [CalendarMark(date(2026, 11, 25), "Hari Guru", "commemorative")]}
    view.set_month(2026, 11, chips, marks, today=friday)
    view.selected_day = friday
    view.resize(980, 640)
    show_focused(qtbot, view)
    activated: list[object] = []
    view.day_activated.connect(activated.append)
    view.post_activated.connect(activated.append)

    _press(qtbot, view, Qt.Key.Key_Left)
    _press(qtbot, view, Qt.Key.Key_Left)
    assert accessible_name(view) == "Kalender bulan, Rabu, 25 November 2026"
    assert view.accessibleDescription() == (
        "Hari Guru. Belum ada posting. Enter untuk membuat posting."
    )
    _press(qtbot, view, Qt.Key.Key_Return)
    assert activated == [date(2026, 11, 25)]

    _press(qtbot, view, Qt.Key.Key_Right)
    _press(qtbot, view, Qt.Key.Key_Right)
    assert accessible_name(view) == "Kalender bulan, Jumat, 27 November 2026"
    assert view.accessibleDescription() == (
        "2 posting: 09.30 IG Posyandu Mawar (Draf); 14.00 IG Imunisasi (Disetujui)"
    )
    _press(qtbot, view, Qt.Key.Key_Down, control=True)
    _press(qtbot, view, Qt.Key.Key_Down, control=True)
    assert view.selected_post == 2
    assert view.accessibleDescription().endswith(
        ". Terpilih: 14.00 IG Imunisasi. Enter untuk membukanya."
    )
    _press(qtbot, view, Qt.Key.Key_Return)
    assert activated[-1] == 2
    _press(qtbot, view, Qt.Key.Key_Down)
    assert view.selected_day == date(2026, 12, 4)
    assert view.selected_post is None

    focused = view.grab().toImage()
    cell = view.cell_rect(view.selected_day).toRect()
    frame = focused.pixelColor(cell.left() + 1, cell.center().y())
    assert frame.name() == "#1f4e79"  # the focus frame around the focused day


def test_week_view_moves_between_days_and_posts_by_keyboard(
    app: QApplication, qtbot: QtBot
) -> None:
    view = WeekView()
    qtbot.addWidget(view)
    monday = date(2026, 11, 23)
    chips = {date(2026, 11, 24): [_chip(5, "Rapat koordinasi", datetime(2026, 11, 24, 10, 0))]}
    view.set_week(monday, chips)
    show_focused(qtbot, view)
    assert view.selected_day == date(2026, 11, 27)  # today is in the week shown
    opened: list[object] = []
    view.slot_activated.connect(opened.append)
    view.post_activated.connect(opened.append)
    for _ in range(5):
        _press(qtbot, view, Qt.Key.Key_Left)
    assert view.selected_day == monday  # stays within the week shown
    _press(qtbot, view, Qt.Key.Key_Return)
    _press(qtbot, view, Qt.Key.Key_Right)
    assert accessible_name(view) == "Kalender minggu, Selasa, 24 November 2026"
    _press(qtbot, view, Qt.Key.Key_Up, control=True)
    assert view.selected_post == 5
    _press(qtbot, view, Qt.Key.Key_Enter)
    assert opened == [monday, 5]
    image = view.grab().toImage()
    left = int(GUTTER + view.column_width()) + 1
    assert image.pixelColor(left, 300).name() == "#1f4e79"


def test_charts_and_summary_cards_say_their_figures(app: QApplication, qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_rows([("Instagram", 12, None), ("Facebook", 3, None)])
    assert chart.accessibleDescription() == "Instagram: 12; Facebook: 3"
    strip = SummaryStrip()
    qtbot.addWidget(strip)
    strip.cards[DirectionView.OVERDUE].set_count(4)
    assert accessible_name(strip.cards[DirectionView.OVERDUE]) == "Lewat tenggat: 4"


def test_the_light_scheme_holds_on_a_dark_platform(app: QApplication) -> None:
    dark = QPalette(QColor("#202020"))  # what Windows dark mode hands to Qt
    app.setPalette(dark)
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 60
    create_application([])
    palette = app.palette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        assert palette.color(role).lightness() > 220, role
    assert palette.color(QPalette.ColorRole.WindowText).lightness() < 40
    assert palette.color(QPalette.ColorRole.Text).lightness() < 40


def test_the_month_is_a_table_of_days_for_screen_readers(app: QApplication, qtbot: QtBot) -> None:
    view = MonthView()
    qtbot.addWidget(view)
    friday = date(2026, 11, 27)
    chips = {friday: [_chip(1, "Posyandu Mawar", datetime(2026, 11, 27, 9, 30))]}
    marks = {friday: [CalendarMark(friday, "Hari Guru", "commemorative")]}
    view.set_month(2026, 11, chips, marks, today=friday)
    view.resize(980, 640)
    show_focused(qtbot, view)
    table = QAccessible.queryAccessibleInterface(view)
    assert table.role() == QAccessible.Role.Table
    assert table.childCount() == 42  # six weeks from Monday 26 October
    cell = table.child(32)
    assert cell.role() == QAccessible.Role.Cell
    assert cell.text(QAccessible.Text.Name) == "Jumat, 27 November 2026"
    assert cell.text(QAccessible.Text.Description) == (
        "Hari Guru. 1 posting: 09.30 IG Posyandu Mawar (Draf)"
    )
    assert table.indexOfChild(cell) == 32
    assert cell.parent() is table
    centre = cell.rect().center()
    assert table.childAt(centre.x(), centre.y()) is cell
    assert cell.state().selected  # today, where the month opens
    assert cell.state().focused
    QAccessible.setActive(True)  # as with a screen reader on: the move also posts a focus event
    try:
        _press(qtbot, view, Qt.Key.Key_Right)
    finally:
        QAccessible.setActive(False)
    focused = table.focusChild()
    assert focused is not None
    assert focused.text(QAccessible.Text.Name) == "Sabtu, 28 November 2026"
    assert focused.state().focused
    assert not cell.state().selected


def test_the_week_is_a_table_of_seven_days_for_screen_readers(
    app: QApplication, qtbot: QtBot
) -> None:
    view = WeekView()
    qtbot.addWidget(view)
    monday, friday = date(2026, 11, 23), date(2026, 11, 27)
    chips = {friday: [_chip(1, "Posyandu Mawar", datetime(2026, 11, 27, 9, 30))]}
    view.set_week(monday, chips, {friday: [CalendarMark(friday, "Hari Guru", "commemorative")]})
    view.selected_day = friday
    view.resize(900, 800)
    show_focused(qtbot, view)
    table = QAccessible.queryAccessibleInterface(view)
    assert table.role() == QAccessible.Role.Table
    assert table.childCount() == 7
    assert table.child(0).text(QAccessible.Text.Name) == "Senin, 23 November 2026"
    cell = table.child(4)
    assert cell.text(QAccessible.Text.Name) == "Jumat, 27 November 2026"
    assert cell.text(QAccessible.Text.Description) == (
        "Hari Guru. 1 posting: 09.30 IG Posyandu Mawar (Draf)"
    )
    centre = cell.rect().center()
    assert table.childAt(centre.x(), centre.y()) is cell
    assert cell.state().selected and cell.state().focused
    QAccessible.setActive(True)  # a screen reader on: the move posts a focus event too
    try:
        _press(qtbot, view, Qt.Key.Key_Right)
    finally:
        QAccessible.setActive(False)
    focused = table.focusChild()
    assert focused is not None and focused.text(QAccessible.Text.Name) == "Sabtu, 28 November 2026"
    assert not cell.state().selected


def test_the_posts_of_a_day_are_its_cells_children(app: QApplication, qtbot: QtBot) -> None:
    view = MonthView()
    qtbot.addWidget(view)
    friday = date(2026, 11, 27)
    chips = [
        _chip(ident, f"Posting {ident}", datetime(2026, 11, 27, 7 + ident, 0))
        for ident in range(1, 9)
    ]
    view.set_month(2026, 11, {friday: chips}, {}, today=friday)
    view.resize(980, 640)  # a cell holds a few chips, then "+N lainnya"
    show_focused(qtbot, view)
    cell = QAccessible.queryAccessibleInterface(view).child(32)
    assert cell.childCount() == 8
    first = cell.child(0)
    assert first.role() == QAccessible.Role.ListItem
    assert first.text(QAccessible.Text.Name) == "08.00 IG Posting 1 (Draf)"
    assert first.parent() is cell and cell.indexOfChild(first) == 0
    assert not first.state().invisible and cell.rect().contains(first.rect())
    last = cell.child(7)
    assert last.state().invisible and last.rect().isEmpty(), "behind +N lainnya"
    assert cell.focusChild() is None and cell.state().focused
    _press(qtbot, view, Qt.Key.Key_Down, control=True)  # the day's first post selected
    assert cell.focusChild() is first
    assert first.state().selected and first.state().focused
    assert not cell.state().focused


def test_a_day_cell_kept_by_a_screen_reader_outlives_its_view_safely(app: QApplication) -> None:
    view = MonthView()
    table = QAccessible.queryAccessibleInterface(view)
    kept = QAccessible.uniqueId(table.child(10))  # as a screen reader registers what it read
    del table
    view.deleteLater()
    del view
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    cell = QAccessible.accessibleInterface(kept)
    assert cell is not None
    assert not cell.isValid()
    assert cell.text(QAccessible.Text.Name) == ""
    assert cell.rect().isEmpty()
