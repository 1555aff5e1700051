"""Undo for the editor's own actions (platforms, program, time, photos, checklist).

Everything the officer changes in the editor but typed text is a `ValueCommand`:
it remembers the old and the new value and a function that puts a value back
into the form.  Consecutive changes of the same field (the time spinning up, say)
merge into one step.  What is typed in a caption is a `TypingCommand` on the
same stack, so the toolbar's Undo follows typing too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from ui.editor.captions import CaptionEdit

_merge_ids: dict[str, int] = {}


def merge_id(field: str) -> int:
    """A stable QUndoCommand id for a field whose changes merge."""
    return _merge_ids.setdefault(field, 1000 + len(_merge_ids))


class ValueCommand(QUndoCommand):
    """Set a field from `old` to `new`; undo sets it back."""

    def __init__(
        self,
        text: str,
        apply: Callable[[Any], None],
        old: Any,
        new: Any,
        *,
        merge_field: str | None = None,
    ) -> None:
        super().__init__(text)
        self._apply = apply
        self.old = old
        self.new = new
        self._id = merge_id(merge_field) if merge_field else -1

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def id(self) -> int:
        return self._id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ValueCommand) or other.id() != self._id or self._id < 0:
            return False
        self.new = other.new
        return True


TYPING_ID = merge_id("typing")


class TypingCommand(QUndoCommand):
    """What was typed into a caption, from the text `before` to the text `after`.

    Keys typed one after another merge into one step (as in Qt's own text undo);
    a paste, an inserted snippet or a spelling correction is a step of its own.
    It is pushed once the text has changed, so the redo that `QUndoStack.push`
    runs is skipped.  The caption document's own undo history is not used: other
    steps of the stack (a data note inserted, a platform that follows the master
    again) change the text too.
    """

    def __init__(
        self, text: str, edit: CaptionEdit, before: str, after: str, separate: bool
    ) -> None:
        super().__init__(text)
        self._edit = edit
        self.before, self.after, self.separate = before, after, separate
        self._pushed = False

    def redo(self) -> None:
        if self._pushed:
            self._edit.set_text_keeping_cursor(self.after)
        self._pushed = True

    def undo(self) -> None:
        self._edit.set_text_keeping_cursor(self.before)

    def id(self) -> int:
        return TYPING_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, TypingCommand) or other._edit is not self._edit:
            return False
        if self.separate or other.separate or other.before != self.after:
            return False
        self.after = other.after
        return True
