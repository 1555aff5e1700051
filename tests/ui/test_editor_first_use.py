"""A new post as the officer first meets it: typing is undone from the toolbar, and
the checks of an empty post do not claim an all-clear."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.editing import wait_checked, wait_loaded
from ui.main_window import MainWindow


def test_typing_in_a_caption_enables_the_toolbars_undo(workbench: MainWindow, qtbot: QtBot) -> None:
    assert workbench.editors is not None
    editor = wait_loaded(qtbot, workbench.editors.new_post())
    editor.show()
    caption = editor.captions.master.caption
    assert not editor.undo_action.isEnabled()
    caption.setFocus()
    qtbot.keyClicks(caption, "Ayo imunisasi")
    assert editor.undo_action.isEnabled()
    editor.undo_action.trigger()
    assert caption.toPlainText() == ""
    assert editor.redo_action.isEnabled()
    editor.redo_action.trigger()
    assert caption.toPlainText() == "Ayo imunisasi"


def test_typing_and_other_changes_are_undone_in_the_order_made(
    workbench: MainWindow, qtbot: QtBot
) -> None:
    """Ctrl+Z in the caption goes through the window's stack, which holds both."""
    assert workbench.editors is not None
    editor = wait_loaded(qtbot, workbench.editors.new_post())
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    caption = editor.captions.master.caption
    caption.setFocus()
    qtbot.keyClicks(caption, "Posyandu")
    editor.checks.boxes["non_partisan"].click()
    caption.setFocus()
    qtbot.keyClick(caption, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.checks.ticked() == ()
    assert caption.toPlainText() == "Posyandu"
    qtbot.keyClick(caption, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert caption.toPlainText() == ""
    assert editor.undo_stack.index() == 0
    undo = next(
        a for a in caption.context_menu(caption.rect().center()).actions()
        if a.objectName() == "edit-redo"
    )  # fmt: skip
    assert undo.isEnabled()
    undo.trigger()
    assert caption.toPlainText() == "Posyandu"
    assert editor.undo_stack.index() == 1


def test_an_empty_new_post_has_nothing_to_check_yet(workbench: MainWindow, qtbot: QtBot) -> None:
    assert workbench.editors is not None
    editor = wait_loaded(qtbot, workbench.editors.new_post())
    if "instagram" in editor.details.platforms():
        editor.details.platform_boxes["instagram"].click()  # it requires a photo: an error
    wait_checked(qtbot, editor)
    assert editor.checks.findings == []
    assert editor.checks.summary.text() == (
        "Belum ada yang diperiksa: tulis keterangan atau tambahkan foto."
    )
    editor.captions.master.caption.setPlainText("Ayo ke posyandu bulan ini.")
    wait_checked(qtbot, editor)
    assert "Belum ada yang diperiksa" not in editor.checks.summary.text()
