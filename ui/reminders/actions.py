"""What the officer does with a reminder (snooze, done, seen), shared by the centre and the page.

Each action is a write through the workbench's operations (`ui/operations.py`):
it runs in the background, and what it changed in the reminders is announced
from its record, so the bell, the notification centre, the page and the
scheduler's wake-ups all follow.  A refused action (snoozing a reminder that was
done meanwhile) is worded over the widget that asked, and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ui.workbench import Workbench


class ReminderActions(QObject):
    """Snooze, done and mark-as-seen for reminders, asked for by `parent`."""

    def __init__(self, bench: Workbench, parent: QWidget) -> None:
        super().__init__(parent)
        self.bench = bench
        self.widget = parent

    def snooze_menu(
        self, reminder_id: Callable[[], int | None], owner: QWidget | None = None
    ) -> QMenu:
        """A menu of snooze choices for the reminder `reminder_id()` names.

        It belongs to `owner` (the widget whose button shows it), else to the widget
        the actions serve: a button's `setMenu` does not take the menu, and a menu
        kept by the centre outlived the card it was made for, at every reload.
        """
        menu = QMenu(owner if owner is not None else self.widget)
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
        from sosmed_desktop.services.reminders import reminders

        now, tz = self.bench.clock.now(), self.bench.tz
        self.bench.ops.write(
            self.widget, lambda uow: reminders.snooze_choice(uow, reminder_id, choice, now, tz)
        )

    def done(self, reminder_id: int) -> None:
        """The officer dealt with it."""
        from sosmed_desktop.services.reminders import reminders

        self.bench.ops.write(self.widget, lambda uow: reminders.done(uow, reminder_id))

    def mark_read(self, ids: list[int]) -> None:
        """The officer has seen these (the bell's count drops)."""
        if not ids:
            return
        from sosmed_desktop.services.reminders import reminders

        self.bench.ops.write(self.widget, lambda uow: reminders.mark_read(uow, ids))
