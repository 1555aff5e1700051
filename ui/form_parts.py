"""Pieces every form dialog lays out the same way: heading, problem banner, Save/Cancel,
and the one question asked before closing unsaved work."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
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
