"""Pieces every form dialog lays out the same way: heading, problem banner, Save/Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout

from ui.plain_text import plain_label


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
