"""Qt's own dialogs and menus speak Indonesian (resources/translations/qt_extra_id.ts).

Qt ships no Indonesian catalogue.  Whether ours covers what the officer reads is
judged against Qt itself: the same kind of dialog or menu opened with no
translation gives the English labels, and none of them may remain in Indonesian.
A label a newer Qt adds is caught the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.services.media.media import IMAGE_EXTENSIONS
from tests.ui.editing import wait_loaded
from ui.backups.dialog import BackupsDialog
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.media.page import MediaPage
from ui.packages.ics_dialog import IcsDialog
from ui.packages.page import PackagesPage

# The same in both languages.
SHARED = {"OK"}


@contextmanager
def in_english(app: QApplication) -> Iterator[None]:
    install_translators(app, "en")
    try:
        yield
    finally:
        install_translators(app, "id")


def widget_labels(root: QWidget) -> set[str]:
    """What an officer reads on `root`: title, labels, buttons, tooltips, its menus'
    entries, column titles and the file dialog's list of file types."""
    texts = {root.windowTitle()}
    for widget in root.findChildren(QWidget):
        texts.add(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
    texts.update(action.text() for action in root.findChildren(QAction))
    for view in root.findChildren(QTreeView):
        model = view.model()
        texts.update(str(model.headerData(c, view.header().orientation())) for c in range(4))
    types = root.findChild(QComboBox, "fileTypeCombo")
    if types is not None:
        texts.update(types.itemText(i) for i in range(types.count()))
    return {text for text in texts if text} - SHARED


def english_file_dialog_labels(app: QApplication) -> set[str]:
    """Qt's English labels of its open, save and folder dialogs."""
    found: set[str] = set()
    with in_english(app):
        for mode in ("open", "save", "folder"):
            dialog = QFileDialog()
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
            if mode == "save":
                dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            if mode == "folder":
                dialog.setFileMode(QFileDialog.FileMode.Directory)
            found |= widget_labels(dialog)
            dialog.deleteLater()
    return found


class OpenedDialog:
    """The file dialog a step of the app opened, read while it was open."""

    def __init__(self, dialog: QFileDialog) -> None:
        self.labels = widget_labels(dialog)
        self.filters = dialog.nameFilters()


def file_dialog_of(step: Callable[[], object]) -> OpenedDialog:
    """Run `step`, read the file dialog it opens, and cancel it."""
    opened: list[OpenedDialog] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog) and not opened:
            opened.append(OpenedDialog(dialog))
            dialog.reject()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(20)
    try:
        step()
    finally:
        timer.stop()
    assert opened, "no file dialog was opened"
    return opened[0]


def test_every_file_dialog_the_app_opens_is_indonesian(
    app: QApplication, workbench: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    english = english_file_dialog_labels(app)
    assert {"Look in:", "&Look in:", "Files of type:", "&Choose", "Date Modified"} & english
    editor = wait_loaded(qtbot, workbench.editors.new_post())
    packages = workbench.page("packages")
    assert isinstance(packages, PackagesPage)
    with qtbot.waitSignal(workbench.page("media").ids_loaded, timeout=5000):  # type: ignore[attr-defined]
        workbench.show_section("media")
    media = workbench.page("media")
    assert isinstance(media, MediaPage)
    backups = BackupsDialog(workbench)
    qtbot.addWidget(backups)
    ics = IcsDialog(ctx, workbench)
    qtbot.addWidget(ics)
    steps: dict[str, Callable[[], object]] = {
        "editor photos": editor.captions.platform_tabs["facebook"].add_files.click,
        "media files": media.import_button.click,
        "media folder": media.folder_button.click,
        "package import": packages.panel.choose_packages,
        "export folder": packages.panel.choose_target,
        "calendar file": ics.choose_file,
        "backup file": backups.restore_from_file,
    }
    left = {}
    for name, step in steps.items():
        opened = file_dialog_of(step)
        if opened.labels & english:
            left[name] = sorted(opened.labels & english)
    assert left == {}


def test_the_photo_dialog_offers_every_image_the_importer_accepts(
    workbench: MainWindow, qtbot: QtBot
) -> None:
    editor = wait_loaded(qtbot, workbench.editors.new_post())
    opened = file_dialog_of(editor.captions.platform_tabs["facebook"].add_files.click)
    patterns = opened.filters[0].split("(")[1].rstrip(")").split()
    assert patterns == [f"*{suffix}" for suffix in IMAGE_EXTENSIONS]
    assert {"*.heic", "*.heif"} <= set(patterns)


def context_menu_labels(widget: QWidget) -> set[str]:
    """The entries of the menu a right click on `widget` shows (and its submenus)."""
    seen: set[str] = set()

    def read(menu: QMenu) -> None:
        for action in menu.actions():
            seen.add(action.text().split("\t")[0])  # without the shortcut
            if action.menu() is not None:
                read(action.menu())

    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        menu = widget.createStandardContextMenu()
        read(menu)
        menu.deleteLater()
    else:  # a spin box builds its menu in its event handler and runs it at once

        def look() -> None:
            popup = QApplication.activePopupWidget()
            if isinstance(popup, QMenu):
                read(popup)
                popup.close()

        QTimer.singleShot(50, look)
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), QPoint(5, 5))
        QApplication.sendEvent(widget, event)
    return {text for text in seen if text}


def menus_and_boxes(qtbot: QtBot) -> set[str]:
    line, text, plain = QLineEdit("kata"), QTextEdit("kata"), QPlainTextEdit("kata")
    spin, when = QSpinBox(), QDateTimeEdit()
    box = QMessageBox(QMessageBox.Icon.Warning, "Judul", "Teks")
    box.setDetailedText("Rincian")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    found: set[str] = set()
    for widget in (line, text, plain, spin, when):
        qtbot.addWidget(widget)
        widget.show()
        found |= context_menu_labels(widget)
    asking = QInputDialog()  # the studio asks for names and choices with one
    for dialog in (box, asking):
        qtbot.addWidget(dialog)
        dialog.show()
        found |= widget_labels(dialog) - {"Judul", "Teks"}  # the box's own words
    return found


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # the menus' popups
def test_context_menus_and_qt_dialogs_are_indonesian(app: QApplication, qtbot: QtBot) -> None:
    with in_english(app):
        english = menus_and_boxes(qtbot)
    assert {"Cu&t", "Select All", "&Step up", "Show Details...", "&Yes", "Cancel"} <= english
    indonesian = menus_and_boxes(qtbot)
    assert indonesian & english == set()
    assert {"Po&tong", "Pilih Semua", "&Naikkan", "Tampilkan Rincian...", "&Ya"} <= indonesian
