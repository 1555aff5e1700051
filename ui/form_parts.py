"""Pieces every form dialog lays out the same way: heading, problem banner, Save/Cancel,
the Undo/Redo/Close row of a dialog with its own undo steps, and the one question asked
before closing unsaved work."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.plain_text import make_plain, plain_label


def heading(layout: QVBoxLayout, title: str, intro: str) -> None:
    """A dialog's large title and the wrapped paragraph under it (welcome, sign-in)."""
    label = QLabel(title)
    label.setObjectName("welcomeTitle")
    layout.addWidget(label)
    text = QLabel(intro)
    text.setWordWrap(True)
    layout.addWidget(text)


def error_banner() -> QLabel:
    """The red line under a form that says, in words, why it cannot be saved (hidden until then).

    Plain text: a message may quote what was typed or a file's name.
    """
    banner = plain_label()
    banner.setObjectName("errorBanner")
    banner.setWordWrap(True)
    banner.hide()
    return banner


def save_cancel(dialog: QDialog) -> tuple[QDialogButtonBox, QPushButton]:
    """Save (calls `dialog.save`) and Cancel; returns the box and its Save button."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.save)  # type: ignore[attr-defined]
    buttons.rejected.connect(dialog.reject)
    return buttons, buttons.button(QDialogButtonBox.StandardButton.Save)


def undo_close_row(
    dialog: QDialog, undo: Callable[[], object], redo: Callable[[], object]
) -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    """Undo and Redo on the left (also Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y in `dialog`), Close
    on the right; returns the row and the two buttons (the dialog enables them)."""
    row = QHBoxLayout()
    buttons = []
    translate = QCoreApplication.translate
    for text, slot, keys in (
        (translate("FormParts", "Undo"), undo, [QKeySequence(QKeySequence.StandardKey.Undo)]),
        (
            translate("FormParts", "Redo"),
            redo,
            [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")],
        ),
    ):
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False, slot=slot: slot())
        row.addWidget(button)
        buttons.append(button)
        action = QAction(dialog)
        action.setShortcuts(keys)
        action.triggered.connect(lambda _checked=False, slot=slot: slot())
        dialog.addAction(action)
    row.addStretch(1)
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    close.rejected.connect(dialog.reject)
    row.addWidget(close)
    return row, buttons[0], buttons[1]


def ask_save_discard(parent: QWidget, title: str, text: str) -> str:
    """Simpan / Buang / Batal before closing unsaved work: "save", "discard" or "cancel"."""
    box = make_plain(QMessageBox(parent))  # plain text: the question may name a post
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = QMessageBox.StandardButton(box.exec())
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"
