"""Everything reminders add to the window, started once the database is open.

The hub owns the scheduler, the tray icon, the bell and the notification
centre, and connects them: a fired reminder becomes a desktop notification
(or, without a tray, a taskbar alert and a status-bar line) and a bell count;
reminders missed while the app was closed open the centre once, with a banner.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from sosmed_desktop.clock import Clock
from sosmed_desktop.errors import DomainError
from ui.autostart import Autostart, launch_command, supported
from ui.errors import describe
from ui.reminders.notifications import NotificationCentre
from ui.reminders.scheduler import ReminderScheduler
from ui.reminders.text import balloon_text
from ui.tray import Tray
from ui.workbench import Workbench

if TYPE_CHECKING:
    from sosmed_desktop.services import autobackup
    from sosmed_desktop.services.reminders.reminders import MissedReport
    from sosmed_desktop.services.reminders.rows import ReminderRow
    from ui.shell import WindowShell

log = logging.getLogger(__name__)


class ReminderHub(QObject):
    """Scheduler, tray, bell and notification centre of one main window."""

    def __init__(self, window: WindowShell, bench: Workbench, clock: Clock) -> None:
        super().__init__(window)
        self.window = window
        self.bench = bench
        self.config = bench.ctx.config
        self.scheduler = ReminderScheduler(bench.ctx, bench.bus, clock, self)
        self.tray = Tray(window)
        self.bell = window.status_line.bell  # the window's: it outlives a signed-out hub
        self.bell.setEnabled(True)
        self.bell.clicked.connect(self._bell_clicked)
        self._holds_bell = True
        self.centre: NotificationCentre | None = None
        self.last_balloon: tuple[str, str] | None = None

        self.scheduler.fired.connect(self._on_fired)
        self.scheduler.missed.connect(self._on_missed)
        self.scheduler.unread_changed.connect(self.bell.set_count)
        self.scheduler.backup_written.connect(self._on_backup)
        self.scheduler.problem.connect(lambda exc: window.show_status(describe(exc)))
        self.tray.show_requested.connect(window.bring_to_front)
        self.tray.centre_requested.connect(lambda: self.show_centre())
        self.tray.quit_requested.connect(window.quit_app)

    def start(self) -> None:
        """Start watching; refresh the login entry if the officer wants one."""
        self.scheduler.start()
        if self.config.get("start_with_login") and supported():
            try:
                Autostart().set_enabled(True, launch_command(self.config.data_dir))
            except DomainError as exc:
                log.warning("Login entry not refreshed: %s", exc)

    def stop(self) -> None:
        """Stop the scheduler (waiting for a running check), remove the tray icon and give
        the bell back to the window: empty and disabled (after a sign-out a new hub, for
        the next person, takes it)."""
        self.scheduler.stop()
        self.tray.hide()
        if self._holds_bell:  # stopped once (sign-out), then again at the exit
            self._holds_bell = False
            self.bell.clicked.disconnect(self._bell_clicked)
            self.scheduler.unread_changed.disconnect(self.bell.set_count)
            self.bell.set_count(0)
            self.bell.setEnabled(False)

    def _bell_clicked(self) -> None:
        self.show_centre()

    def backup_at_exit(self) -> autobackup.AutoBackup | None:
        """The exit backup, when data changed since the last one (after `stop`)."""
        try:
            return self.scheduler.backup_at_exit()
        except DomainError as exc:
            log.error("Backup at exit failed: %s", exc)
            return None

    # Keeping running -----------------------------------------------------------------
    def keeps_running(self) -> bool:
        """Whether closing the window should leave the app running in the tray."""
        return self.tray.available and bool(self.config.get("keep_running_in_tray"))

    def hidden_to_tray(self) -> None:
        """The window went to the tray: say so, the first time only."""
        if self.config.get("tray_hint_shown"):
            return
        self.notify(
            self.tr("Sosmed Desktop is still running"),
            self.tr(
                "Reminders keep coming while the window is closed. Quit from this icon's "
                "menu or with File → Quit; change this on the Reminders page."
            ),
        )
        self.config.set("tray_hint_shown", True)
        try:
            self.config.save()
        except DomainError as exc:
            log.warning("Could not remember that the tray hint was shown: %s", exc)

    # Notifications ---------------------------------------------------------------------
    def notify(self, title: str, text: str) -> None:
        """A desktop notification, or the window's own means where there is no tray."""
        self.last_balloon = (title, text)
        if not self.tray.notify(title, text):
            first = text.splitlines()[0].removeprefix("• ") if text else ""
            self.window.show_status(f"{title} — {first}" if first else title)
            QApplication.alert(self.window)

    def show_centre(self, missed: MissedReport | None = None) -> NotificationCentre:
        """Open (or bring forward) the notification centre."""
        if self.centre is None:
            self.centre = NotificationCentre(self.bench, self.window)
            self.centre.open_requested.connect(self.window.open_reminder)
            self.centre.show_all_requested.connect(lambda: self.window.show_section("reminders"))
        if missed is not None:
            self.centre.show_missed(missed)
        if self.window.isHidden():
            self.window.bring_to_front()
        self.centre.show()
        self.centre.raise_()
        self.centre.activateWindow()
        return self.centre

    def _on_fired(self, rows: list[ReminderRow]) -> None:
        title, text = balloon_text(rows, self.config.tz)
        self.notify(title, text)
        if self.centre is not None and self.centre.isVisible():
            self.centre.reload()

    def _on_missed(self, report: MissedReport) -> None:
        count = len(report.reminders)
        self.notify(
            self.tr("Missed reminders"),
            self.tr("%n reminder(s) fell due while Sosmed Desktop was not running.", "", count),
        )
        self.show_centre(report)

    def _on_backup(self, result: autobackup.AutoBackup) -> None:
        self.window.show_status(
            self.tr("Automatic backup written: {name}").format(name=result.path.name)
        )
