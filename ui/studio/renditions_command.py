"""The one undo step of the image studio: replacing its list of renditions.

Every change in the studio (a crop, a slider, adding or removing a rendition,
applying a recipe) is expressed as "the list before, the list after", so one
command class undoes them all.  It lives apart from the dialog because it only
needs the dialog's `renditions`, `current` and `set_renditions`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from sosmed_desktop.domain.recipe import Recipe
    from ui.studio.studio_dialog import StudioDialog


class RenditionsCommand(QUndoCommand):
    """Replacing the list of renditions; slider moves of one kind merge into one step."""

    def __init__(
        self,
        dialog: StudioDialog,
        after: list[Recipe],
        text: str,
        key: str = "",
        current: int | None = None,
    ) -> None:
        super().__init__(text)
        self.dialog = dialog
        self.before = list(dialog.renditions)
        self.before_current = dialog.current
        self.after = list(after)
        self.after_current = dialog.current if current is None else current
        self.key = key

    def id(self) -> int:
        return hash((self.key, self.before_current)) & 0x7FFFFFFF if self.key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, RenditionsCommand) or other.key != self.key or not self.key:
            return False
        if other.before_current != self.before_current:
            return False
        self.after, self.after_current = other.after, other.after_current
        return True

    def redo(self) -> None:
        self.dialog.set_renditions(self.after, self.after_current)

    def undo(self) -> None:
        self.dialog.set_renditions(self.before, self.before_current)
