"""The reminder and backup scheduler: APScheduler 3 in the Qt event loop, fed by the table.

The reminders table (`sosmed_desktop.services.reminders.reminders`) is the only truth.
APScheduler holds nothing but wake-up times in memory, rebuilt from that table
after every check: no pickled jobs, no persistent job store, nothing another
process could share.

Threads: a job runs on APScheduler's single worker thread (so two checks never
run at once) and does its database work through the core, which opens its own
unit of work (`reminders.check`); it touches no widget and no bus, and hands its
outcome (or its failure) to the GUI thread by a queued signal.  Everything else
here (starting, stopping, asking for a check, rebuilding wake-ups, listening to
the bus, announcing what a check changed) runs on the GUI thread.

Jobs:
- ``reminders:recheck`` every 10 minutes (and once at start): report missed
  reminders, derive reminders from the data, fire what is due, rebuild the
  wake-ups.  It also covers what lies beyond the 24-hour horizon of wake-ups,
  a new day's agenda, and a PC clock that jumped or a PC that slept.
- ``reminder:<id>`` at each reminder's time within the next 24 hours: a check.
  `misfire_grace_time` is the reminders' grace period: a wake-up that comes
  later than that (the PC slept) is skipped, and the next check reports the
  reminder as missed instead of firing it late.  `coalesce` folds repeats.
- ``backup:auto`` every 30 minutes: a verified backup when data changed.
- ``reminders:check`` at once after a change of reminders (this PC's changes of
  posts and directions are followed by the core as they are made, and what that
  changed in reminders is announced), after everything changed (another data
  folder, a restore), after another PC or a headless command changed posts or
  directions (reminders belong to their owner: this PC brings its own in line),
  and after the reminder settings were saved.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.base import STATE_STOPPED
from apscheduler.schedulers.qt import QtScheduler
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger
from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal

from sosmed_desktop.clock import Clock, ProcessClock
from sosmed_desktop.db.change_kinds import Kind
from sosmed_desktop.domain.reminders import DEFAULT_GRACE
from sosmed_desktop.errors import DatabaseLockedError, DomainError
from sosmed_desktop.services import autobackup
from sosmed_desktop.services.reminders import reminders
from ui.bus import DataBus

if TYPE_CHECKING:
    from sosmed_desktop.bootstrap import AppContext

log = logging.getLogger(__name__)

HORIZON = timedelta(hours=24)
"""Wake-ups are scheduled this far ahead; the recheck covers what lies beyond."""
RECHECK = timedelta(minutes=10)
RETRY_AFTER_LOCK = timedelta(seconds=30)
MAX_TIMER_MS = 2**31 - 1
"""QTimer's longest interval (about 24.8 days)."""
CHECK_ON = frozenset({Kind.REMINDER, Kind.ALL})
"""Changes after which a check runs at once, wherever they were made."""
CHECK_ON_REMOTE = frozenset({Kind.POST, Kind.DIRECTION})
"""Changes after which a check runs at once when another PC (or a command) made them."""


class _QtTimerScheduler(QtScheduler):
    """QtScheduler with a timer it owns.

    APScheduler 3.11's QtScheduler keeps the return value of the static
    ``QTimer.singleShot``, which is None in PySide6: it can neither stop nor
    replace a pending wake-up, so every added job leaves another timer behind
    and one can fire after shutdown.  One QTimer object, restarted, fixes both.
    """

    def __init__(self, parent: QObject, **options: object) -> None:
        self._qtimer = QTimer(parent)
        self._qtimer.setSingleShot(True)
        self._qtimer.setTimerType(Qt.TimerType.PreciseTimer)  # coarse: off by 5 %
        self._qtimer.timeout.connect(self._process_jobs)
        super().__init__(**options)

    def _start_timer(self, wait_seconds: float | None) -> None:
        self._qtimer.stop()
        if wait_seconds is not None:
            self._qtimer.start(min(max(int(wait_seconds * 1000), 0), MAX_TIMER_MS))

    def _stop_timer(self) -> None:
        self._qtimer.stop()

    def wakeup(self) -> None:
        if QThread.currentThread() is self._qtimer.thread():
            self._start_timer(0)
        else:  # a timer is started only in its own thread
            QTimer.singleShot(0, self._qtimer, lambda: self._start_timer(0))

    def _process_jobs(self) -> None:
        if self.state == STATE_STOPPED:
            return
        super()._process_jobs()


class ReminderScheduler(QObject):
    """Wakes the reminders service on time and runs the automatic backup.

    Signals arrive on the GUI thread: `fired` (reminders shown now),
    `missed` (a `MissedReport` of reminders that fell due while the app was
    closed), `unread_changed`, `backup_written`, `problem` (a message for the
    status bar) and `checked` (every check's outcome; tests wait for it).
    """

    fired = Signal(list)
    missed = Signal(object)
    unread_changed = Signal(int)
    backup_written = Signal(object)
    problem = Signal(object)
    checked = Signal(object)
    _outcome = Signal(object)
    _backup_done = Signal(object)
    _failure = Signal(object, str)

    def __init__(
        self,
        ctx: AppContext,
        bus: DataBus,
        clock: Clock | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bus = bus
        self.clock = clock or ProcessClock()
        self.tracker = autobackup.ChangeTracker()
        self._announcing = False
        self._scheduler = _QtTimerScheduler(
            self,
            timezone=UTC,
            executors={"default": ThreadPoolExecutor(max_workers=1)},
            job_defaults={"coalesce": True, "max_instances": 3},
        )
        self._outcome.connect(self._on_outcome)
        self._backup_done.connect(self.backup_written)
        self._failure.connect(self._on_failure)

    # Life cycle ------------------------------------------------------------------------
    def start(self) -> None:
        """Check at once (missed reminders are reported now), then keep watch."""
        self._scheduler.add_job(
            self._check,
            IntervalTrigger(seconds=RECHECK.total_seconds(), timezone=UTC),
            id="reminders:recheck",
            next_run_time=datetime.now(UTC),
            misfire_grace_time=None,  # after a sleep it must still run, once
        )
        if self.ctx.is_sqlite:
            self._scheduler.add_job(
                self._backup,
                IntervalTrigger(seconds=autobackup.INTERVAL.total_seconds(), timezone=UTC),
                id="backup:auto",
                misfire_grace_time=None,
            )
        self.bus.data_changed.connect(self._on_data_changed)
        self._scheduler.start()

    def stop(self) -> None:
        """Stop waking up; waits for a running check or backup to finish."""
        if self._scheduler.state != STATE_STOPPED:
            self.bus.data_changed.disconnect(self._on_data_changed)
            self._scheduler.shutdown(wait=True)

    @property
    def running(self) -> bool:
        return self._scheduler.state != STATE_STOPPED

    def job_ids(self) -> list[str]:
        """The ids of the jobs in memory (for tests and the log)."""
        return sorted(job.id for job in self._scheduler.get_jobs())

    def check_now(self) -> None:
        """Check at once (after a change or a settings change)."""
        self._add_date_job("reminders:check", self._check, datetime.now(UTC))

    def backup_at_exit(self) -> autobackup.AutoBackup | None:
        """The last automatic backup, made while the application closes (blocking)."""
        if not self.ctx.is_sqlite:
            return None
        config = self.ctx.config
        return autobackup.backup_if_changed(
            config.db_path, config.backups_dir, self.tracker, self.clock.now(), config.tz
        )

    # Jobs (APScheduler's worker thread) ----------------------------------------------
    def _check(self) -> None:
        try:
            prefs = reminders.prefs_from_config(self.ctx.config)
            outcome = reminders.check(self.ctx, self.clock.now(), prefs, HORIZON)
        except BaseException as exc:
            self._failure.emit(exc, traceback.format_exc())
            return
        self._outcome.emit(outcome)

    def _backup(self) -> None:
        config = self.ctx.config
        try:
            result = autobackup.backup_if_changed(
                config.db_path, config.backups_dir, self.tracker, self.clock.now(), config.tz
            )
        except BaseException as exc:
            self._failure.emit(exc, traceback.format_exc())
            return
        if result is not None:
            self._backup_done.emit(result)

    # GUI thread --------------------------------------------------------------------------
    def _on_outcome(self, outcome: reminders.CheckOutcome) -> None:
        if not self.running:
            return
        self._rebuild_wake_ups(outcome.wake_times)
        if outcome.missed.reminders:
            self.missed.emit(outcome.missed)
        if outcome.fired:
            self.fired.emit(outcome.fired)
        self.unread_changed.emit(outcome.unread)
        self._announcing = True  # the check's own changes call for no other check
        try:
            self.bus.announce_changes(outcome.changes)
        finally:
            self._announcing = False
        self.checked.emit(outcome)

    def _rebuild_wake_ups(self, wake_times: list[tuple[int, datetime]]) -> None:
        """One date job per reminder due within the horizon; the others are dropped."""
        wanted = {f"reminder:{rid}": self._run_date(when) for rid, when in wake_times}
        for job in self._scheduler.get_jobs():
            if job.id.startswith("reminder:") and job.id not in wanted:
                job.remove()
        for job_id, run_date in wanted.items():
            job = self._scheduler.get_job(job_id)
            if job is None or job.next_run_time != run_date:
                self._add_date_job(job_id, self._check, run_date)

    def _add_date_job(self, job_id: str, func: Callable[[], None], run_date: datetime) -> None:
        self._scheduler.add_job(
            func,
            DateTrigger(run_date=run_date, timezone=UTC),
            id=job_id,
            replace_existing=True,
            misfire_grace_time=int(DEFAULT_GRACE.total_seconds()),
        )

    def _run_date(self, when: datetime) -> datetime:
        """When APScheduler (which reads the PC's clock) should wake for `when`.

        The same instant with the system clock; with a test's clock, the same
        distance from now.
        """
        return datetime.now(UTC) + (when - self.clock.now())

    def _on_data_changed(self, kind: str, _ids: list) -> None:
        self.tracker.note()
        if self._announcing:
            return
        if kind in CHECK_ON or (self.bus.remote is not None and kind in CHECK_ON_REMOTE):
            self.check_now()

    def _on_failure(self, exc: BaseException, details: str) -> None:
        if isinstance(exc, DatabaseLockedError):
            log.warning("Reminder check postponed, the database is busy: %s", exc)
            retry = datetime.now(UTC) + RETRY_AFTER_LOCK
            if self.running:
                self._add_date_job("reminders:retry", self._check, retry)
            return
        if isinstance(exc, DomainError):
            log.warning("Scheduled work failed: %s", exc)
            self.problem.emit(exc)
            return
        from ui.error_dialog import report_unexpected

        report_unexpected(exc, details)
