"""Start-up work that waits until the page shown first has its data.

The calendar's month is the first thing the officer looks for; the work that does
not show it (the profile in the status bar, crash drafts, the reminders) waits
until it is there instead of competing with it for the database and for Python's
one running thread (the GIL).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, SignalInstance

log = logging.getLogger(__name__)

FIRST_DATA_WAIT_MS = 5_000
"""Start-up work waiting for the calendar's month starts anyway after this long."""


class FirstData(QObject):
    """Holds work back until the first data is shown, then runs it once, in order.

    `ready` says whether the data can still be used when it arrives (a database
    lost meanwhile runs nothing); `page_name` names the page shown, for the log.
    """

    def __init__(
        self, parent: QObject, ready: Callable[[], bool], page_name: Callable[[], str]
    ) -> None:
        super().__init__(parent)
        self.shown = False
        self._waiting: list[Callable[[], object]] = []
        self._ready = ready
        self._page_name = page_name

    def after(self, work: Callable[[], object]) -> None:
        """Run `work` once the first page has its data (at once if it has)."""
        if self.shown:
            work()
        else:
            self._waiting.append(work)

    def wait_for(self, loaded: SignalInstance | None) -> None:
        """Wait for `loaded` (the calendar's month; None: a page that loads by itself).

        A month that fails to load is reported by its page; the rest still starts
        after `FIRST_DATA_WAIT_MS`.
        """
        if loaded is None:
            QTimer.singleShot(0, self, self._arrived)
            return
        loaded.connect(self._loaded, Qt.ConnectionType.SingleShotConnection)
        QTimer.singleShot(FIRST_DATA_WAIT_MS, self, self._arrived)

    def _loaded(self, *_rows: object) -> None:
        # A zero timer: the month's view paints first (its update is already posted).
        QTimer.singleShot(0, self, self._arrived)

    def _arrived(self) -> None:
        if self.shown or not self._ready():
            return
        self.shown = True
        log.info("Start-up complete: page %s shown", self._page_name() or "-")
        waiting, self._waiting = self._waiting, []
        for work in waiting:
            work()
