"""Helpers for the editor, calendar and board GUI tests."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ui.editor.window import PostEditor


def wait_loaded(qtbot: QtBot, editor: PostEditor) -> PostEditor:
    qtbot.waitUntil(lambda: editor.ready, timeout=5000)
    return editor


def wait_checked(qtbot: QtBot, editor: PostEditor) -> None:
    """Wait for the content checks of what is typed now."""
    editor.check_timer.stop()
    with qtbot.waitSignal(editor.checked, timeout=5000):
        editor.run_checks()


def answer_box(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    """Make every QMessageBox.exec answer `button`; returns the texts it was asked."""
    asked: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        asked.append(box.text())
        return button

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return asked


def accept_dialogs(monkeypatch, cls: type[QDialog], fill=None) -> list[QDialog]:
    """Accept dialogs of `cls` after `fill(dialog)`; returns the dialogs shown."""
    shown: list[QDialog] = []

    def fake_exec(dialog: QDialog) -> int:
        shown.append(dialog)
        if fill is not None:
            fill(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(cls, "exec", fake_exec)
    return shown


def open_board(window, qtbot: QtBot):  # type: ignore[no-untyped-def]
    """The "Draf & Persetujuan" page shown at 1366×768, freshly loaded."""
    from ui.board.page import BoardPage

    window.resize(1366, 768)
    window.show()
    window.show_section("approval")
    page = window.page_by_key["approval"]
    assert isinstance(page, BoardPage)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.reload()
    return page
