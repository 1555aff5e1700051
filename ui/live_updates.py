"""Live refresh in the GUI: others' changes onto the data bus, the server's state in the
status bar.

`LiveUpdates` runs the core's `ChangeWatcher` (its own thread) and carries what
it reports to the GUI thread by queued signals: each change of another PC or
of a headless command is announced on the bus (`DataBus.announce_remote`), so
the pages refresh as they do after the officer's own changes.  While the
database server cannot be reached, `ServerIndicator` says so in the status bar;
the watcher retries with a growing wait and the indicator goes once the server
answers again.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from sosmed_desktop.services.team.live import ChangeWatcher, RemoteChange
from ui import errors
from ui.bus import DataBus

if TYPE_CHECKING:
    from sosmed_desktop.bootstrap import AppContext

log = logging.getLogger(__name__)


class ServerIndicator(QLabel):
    """ "Server not connected — retrying…" in the status bar, hidden while all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverIndicator")
        self.setText("⚠ " + self.tr("Server not connected — retrying…"))
        self.setToolTip(
            self.tr(
                "The database server cannot be reached. What you type is kept on this PC; "
                "saving works again as soon as the server answers."
            )
        )
        self.setStyleSheet("color: #9a3412; font-weight: 600; padding: 0 10px;")
        self.hide()

    def set_reachable(self, ok: bool) -> None:
        self.setVisible(not ok)


class LiveUpdates(QObject):
    """The change watcher of one open database, bridged to the GUI thread."""

    changes_arrived = Signal(object)
    reachability_changed = Signal(bool)

    INTERVAL_S = 2.0
    """How often SQLite's data_version is read, or the log polled without LISTEN."""

    def __init__(self, ctx: AppContext, bus: DataBus, indicator: ServerIndicator) -> None:
        super().__init__(bus)
        self.bus = bus
        self.indicator = indicator
        self.changes_arrived.connect(self._announce)
        self.reachability_changed.connect(indicator.set_reachable)
        self.watcher = ChangeWatcher(
            ctx, self.changes_arrived.emit, self.reachability_changed.emit, interval=self.INTERVAL_S
        )
        errors.on_unreachable(self._operation_failed)

    def start(self) -> None:
        self.watcher.start()

    def stop(self) -> None:
        """Before the database is closed or replaced."""
        errors.on_unreachable(self._operation_failed, remove=True)
        self.watcher.stop()

    def _announce(self, changes: list[RemoteChange]) -> None:
        for change in changes:
            log.info("Changed elsewhere by %r: %s", change.user_name, change.changes)
            self.bus.announce_remote(change)

    def _operation_failed(self) -> None:
        """An operation met a server that went away: show it now, let the watcher retry."""
        self.indicator.set_reachable(False)
        self.watcher.reachable = False
        self.watcher.check_now()


def start_live_updates(ctx: AppContext, bus: DataBus, status_bar: QStatusBar) -> LiveUpdates:
    """Watch `ctx`'s database; the indicator joins the status bar (once per window)."""
    indicator = status_bar.findChild(ServerIndicator)
    if indicator is None:
        indicator = ServerIndicator()
        status_bar.addPermanentWidget(indicator)
    indicator.set_reachable(True)
    live = LiveUpdates(ctx, bus, indicator)
    live.start()
    return live
