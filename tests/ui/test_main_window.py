"""The main window: sections, menus, empty states, remembered layout."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sosmed_desktop.bootstrap import AppContext
from tests.ui.editing import accept_dialogs
from ui.main_window import MainWindow
from ui.media.page import MediaPage


def test_sidebar_lists_the_six_sections_in_indonesian(window: MainWindow) -> None:
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == [
        "Kalender",
        "Draf & Persetujuan",
        "Pustaka Media",
        "Arahan & Data",
        "Pengingat",
        "Paket",
    ]


def test_menus_are_translated(window: MainWindow) -> None:
    menus = [a.text().replace("&", "") for a in window.menuBar().actions() if a.isVisible()]
    assert menus == ["Berkas", "Sunting", "Tampilan", "Bantuan"]
    # The Team menu exists for a team database only (one PC: nobody signs in).
    assert window.team.menu.title().replace("&", "") == "Tim"
    assert window.commands.undo_action.text().replace("&", "").startswith("Urungkan")


def test_view_menu_shows_the_ampersand_of_page_names(window: MainWindow) -> None:
    """A page name's "&" is shown, not turned into a mnemonic ("Draf _Persetujuan")."""
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Tampilan")
    pages = [a.text() for a in view.actions()][:6]
    assert pages == [
        "Kalender",
        "Draf && Persetujuan",
        "Pustaka Media",
        "Arahan && Data",
        "Pengingat",
        "Paket",
    ]


def test_switching_sections_shows_their_empty_state(window: MainWindow, qtbot: QtBot) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.sidebar.setCurrentRow(2)
    page = window.pages.currentWidget()
    assert isinstance(page, MediaPage)
    qtbot.waitUntil(lambda: page.summary.text() != "")
    assert page.stack.currentWidget() is page.empty
    assert page.empty.title.text() == "Pustaka media masih kosong"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.calendar


def test_empty_calendar_says_so(window: MainWindow, qtbot: QtBot) -> None:
    assert "0 posting" in window.calendar.header.summary.text()
    with qtbot.waitSignal(window.calendar.month_loaded):
        window.calendar.set_view("agenda")
    assert window.calendar.agenda.currentWidget() is window.calendar.empty


def test_status_bar_names_database_and_profile(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: window.status_line.profile_label.text() != "")
    assert window.status_line.database_label.text() == "Basis data: SQLite"
    assert window.status_line.profile_label.text() == "Profil belum diisi"


def test_profile_not_set_opens_the_profile_settings(
    window: MainWindow, qtbot: QtBot, monkeypatch
) -> None:
    """After the welcome's "Later" the status bar's "Profil belum diisi" is a link."""
    from ui.settings.dialog import SettingsDialog

    shown = accept_dialogs(monkeypatch, SettingsDialog)
    qtbot.waitUntil(lambda: window.status_line.profile_label.text() == "Profil belum diisi")
    assert window.status_line.profile_label.font().underline()
    qtbot.mouseClick(window.status_line.profile_label, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    assert shown[0].tabs.currentWidget() is shown[0].profile_form


def test_layout_is_remembered(app: QApplication, ctx: AppContext, qtbot: QtBot) -> None:
    first = MainWindow(ctx.config, ctx.log_file)
    qtbot.addWidget(first)
    first.resize(1000, 640)
    first.sidebar.setCurrentRow(3)
    first.splitter.setSizes([260, 740])
    first.close()
    second = MainWindow(ctx.config, ctx.log_file)
    qtbot.addWidget(second)
    assert second.size().width() == 1000
    assert second.size().height() == 640
    assert second.sidebar.currentRow() == 3
    assert second.splitter.sizes()[0] == 260


def test_pages_are_built_on_first_view(window: MainWindow) -> None:
    """Only the shown page is built at start-up; others appear when first opened."""
    assert set(window.page_by_key) == {"calendar"}
    window.show_section("packages")
    assert "packages" in window.page_by_key
    assert window.pages.currentWidget() is window.page_by_key["packages"]
    assert window.pages.count() == len(window.sections)


def test_style_sheet_parses(app: QApplication, qtbot: QtBot) -> None:
    """A broken rule makes Qt drop the whole style sheet (and warn)."""
    from PySide6.QtWidgets import QLabel

    from ui.style import STYLE_SHEET

    label = QLabel("x")
    qtbot.addWidget(label)
    label.setStyleSheet(STYLE_SHEET)
    label.ensurePolished()
    assert STYLE_SHEET.count("{") == STYLE_SHEET.count("}")
