"""Moving a post on the calendar as an undoable step.

The move is made first (in the background, through the page's operations);
only when it succeeded is the command pushed, so the undo history never holds
a move that did not happen.  Undo moves the post back, redo moves it again,
each through the same mover as the first move: a write (`Operations.write`)
that passes the version the calendar last saw, so a post changed elsewhere
meanwhile is reported instead of being overwritten.  Undo and redo must report
back like the first move (the page keeps the version each move returns, and
reloads after a refusal), which the steps of `Operations.undoable` do not: hence
this command of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

translate = QCoreApplication.translate

Mover = Callable[[int, datetime | None], None]


class RescheduleCommand(QUndoCommand):
    """A post moved from `old` to `new` (aware datetimes)."""

    def __init__(
        self, mover: Mover, post_id: int, title: str, old: datetime | None, new: datetime | None
    ) -> None:
        super().__init__(translate("Calendar", "Move “{title}”").format(title=title))
        self.mover = mover
        self.post_id = post_id
        self.old = old
        self.new = new
        self._done = True  # pushed after the move was made

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.mover(self.post_id, self.new)

    def undo(self) -> None:
        self.mover(self.post_id, self.old)
