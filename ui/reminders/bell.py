"""The status bar's bell: how many reminders are unread, and the way to the centre.

In its own small module because the window builds it before its first paint (the
status bar has its full height from the start, so nothing above it is laid out and
painted again when the reminders start); the reminders hub enables it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QToolButton, QWidget

from ui.sections import icon


class NotificationBell(QToolButton):
    """A bell in the status bar showing how many reminders are unread."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationBell")
        self.setIcon(icon("reminders"))
        self.setIconSize(QSize(18, 18))
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAccessibleName(self.tr("Notifications"))
        self.count = 0
        self.set_count(0)

    def set_count(self, count: int) -> None:
        """Show `count` unread reminders (nothing when there are none)."""
        self.count = count
        self.setText(str(count) if count else "")
        self.setProperty("unread", count > 0)
        self.style().unpolish(self)
        self.style().polish(self)
        words = self.tr("%n unread reminder(s)", "", count) if count else self.tr("Notifications")
        self.setToolTip(words)
        self.setAccessibleDescription(words)
