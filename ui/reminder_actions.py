"""What the officer does with a reminder (snooze, done, seen), shared by the centre and the page.

Each action runs in the background in its own unit of work and is announced
once as a "reminder" change, so the bell, the notification centre, the page and
the scheduler's wake-ups all follow.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget
from shiboken6 import isValid

from sosmed_desktop.errors import DomainError
from ui.errors import show_error
from ui.pages.base import Workbench
from ui.tasks import run_task


class ReminderActions(QObject):
    """Snooze, done and mark-as-seen for reminders, each announced as a "reminder" change."""

    def __init__(self, bench: Workbench, parent: QWidget) -> None:
        super().__init__(parent)
        self.bench = bench
        self.widget = parent

    def snooze_menu(self, reminder_id: Callable[[], int | None]) -> QMenu:
        """A menu of snooze choices for the reminder `reminder_id()` names."""
        menu = QMenu(self.widget)
        for choice, text in (
            ("10min", self.tr("In 10 minutes")),
            ("1hour", self.tr("In 1 hour")),
            ("tomorrow", self.tr("Tomorrow at 08:00")),
        ):
            action = QAction(text, menu)
            action.setData(choice)
            action.triggered.connect(
                lambda _=False, c=choice: self._snooze_chosen(reminder_id(), c)
            )
            menu.addAction(action)
        return menu

    def _snooze_chosen(self, reminder_id: int | None, choice: str) -> None:
        if reminder_id is not None:
            self.snooze(reminder_id, choice)

    def snooze(self, reminder_id: int, choice: str) -> None:
        """Bring the reminder back later ("10min", "1hour", "tomorrow" at 08:00 local)."""
        ctx, clock = self.bench.ctx, self.bench.clock

        def work() -> None:
            from sosmed_desktop.domain.reminders import snooze_until
            from sosmed_desktop.services import reminders

            now = clock.now()
            until = snooze_until(choice, now, ctx.config.tz)
            with ctx.uow() as uow:
                reminders.snooze(uow, reminder_id, until, now)

        self._run(work, [reminder_id])

    def done(self, reminder_id: int) -> None:
        """The officer dealt with it."""
        ctx = self.bench.ctx

        def work() -> None:
            from sosmed_desktop.services import reminders

            with ctx.uow() as uow:
                reminders.done(uow, reminder_id)

        self._run(work, [reminder_id])

    def mark_read(self, ids: list[int]) -> None:
        """The officer has seen these (the bell's count drops)."""
        if not ids:
            return
        ctx = self.bench.ctx

        def work() -> None:
            from sosmed_desktop.services import reminders

            with ctx.uow() as uow:
                reminders.mark_read(uow, ids)

        self._run(work, ids)

    def _run(self, work: Callable[[], None], ids: list[int]) -> None:
        def finished(_: object) -> None:
            if isValid(self):  # the window may have closed meanwhile
                self.bench.bus.announce("reminder", ids)

        def failed(exc: BaseException, details: str) -> None:
            if isinstance(exc, DomainError):
                if isValid(self):  # e.g. snoozing a reminder that was done meanwhile
                    show_error(self.widget, exc)
                    self.bench.bus.announce("reminder", ids)
                return
            from ui.error_dialog import report_unexpected

            report_unexpected(exc, details)

        run_task(work, finished, failed)
