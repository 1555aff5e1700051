"""Windows open inside the screen: the editor on a 1366×768 laptop, a remembered
main window that no longer fits."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sosmed_desktop.bootstrap import AppContext
from tests.ui.editing import wait_loaded
from ui.main_window import MainWindow
from ui.placement import FRAME, client_rect

LAPTOP = QRect(0, 0, 1366, 768)


def test_a_tall_window_and_its_frame_stay_on_a_768_pixel_screen() -> None:
    rect = client_rect(LAPTOP, QSize(1280, 780))
    assert rect.width() == 1280
    assert rect.top() - FRAME.top() >= 0
    assert rect.bottom() + FRAME.bottom() <= LAPTOP.bottom()


def test_cascaded_windows_stay_inside_the_area_below_a_top_panel() -> None:
    area = QRect(0, 32, 1366, 736)  # a panel at the top of the screen
    for offset in (0, 28, 140, 600):
        rect = client_rect(area, QSize(1280, 780), offset)
        assert area.contains(rect.marginsAdded(FRAME))


def test_the_editor_opens_within_the_screen(workbench: MainWindow, qtbot: QtBot) -> None:
    assert workbench.editors is not None
    area = workbench.screen().availableGeometry()
    assert area.height() == 768
    for _ in range(3):
        editor = wait_loaded(qtbot, workbench.editors.new_post())
        assert area.contains(editor.geometry().marginsAdded(FRAME)), editor.geometry()


def test_a_remembered_place_off_the_screen_is_not_kept(
    app: QApplication, ctx: AppContext, qtbot: QtBot
) -> None:
    first = MainWindow(ctx.config, ctx.log_file)
    qtbot.addWidget(first)
    first.setGeometry(QRect(900, 500, 1200, 700))  # from a larger monitor
    first.save_state()
    assert isinstance(first.settings.value("window/geometry"), QByteArray)
    second = MainWindow(ctx.config, ctx.log_file)
    qtbot.addWidget(second)
    area = second.screen().availableGeometry()
    assert area.contains(second.geometry().marginsAdded(FRAME)), second.geometry()
    assert second.width() == 1200
    assert second.height() < 700
