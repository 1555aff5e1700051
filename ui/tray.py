"""The system tray icon: desktop notifications, and a home while the window is closed.

Where the desktop has no tray (some Linux desktops, the offscreen platform of
the tests) there is no icon: notifications then show in the window (bell,
status bar, taskbar alert) and closing the window quits as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from ui.sections import icon

BALLOON_MS = 15_000


def tray_available() -> bool:
    """Whether this desktop shows tray icons."""
    return QSystemTrayIcon.isSystemTrayAvailable()


class Tray(QObject):
    """The tray icon and its menu; `icon` is None where there is no tray."""

    show_requested = Signal()
    centre_requested = Signal()
    quit_requested = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.icon: QSystemTrayIcon | None = None
        if not tray_available():
            return
        self.icon = QSystemTrayIcon(icon("app"), self)
        self.icon.setToolTip("Sosmed Desktop")
        self.menu = QMenu(window)
        for text, signal in (
            (self.tr("Show Sosmed Desktop"), self.show_requested),
            (self.tr("Notifications…"), self.centre_requested),
        ):
            action = QAction(text, self.menu)
            action.triggered.connect(signal)
            self.menu.addAction(action)
        self.menu.addSeparator()
        quit_action = QAction(self.tr("Quit"), self.menu)
        quit_action.triggered.connect(self.quit_requested)
        self.menu.addAction(quit_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.centre_requested)
        self.icon.show()

    @property
    def available(self) -> bool:
        return self.icon is not None

    def notify(self, title: str, text: str) -> bool:
        """Show a desktop notification; False where the desktop cannot show one."""
        if self.icon is None or not QSystemTrayIcon.supportsMessages():
            return False
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, BALLOON_MS)
        return True

    def hide(self) -> None:
        """Remove the icon (at exit)."""
        if self.icon is not None:
            self.icon.hide()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_requested.emit()
