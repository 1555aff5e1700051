"""Undo for the editor's own actions (platforms, program, time, photos, checklist).

Text fields keep Qt's own undo; everything else the officer changes in the
editor is a `ValueCommand`: it remembers the old and the new value and a
function that puts a value back into the form.  Consecutive changes of the
same field (the time spinning up, say) merge into one step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

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
