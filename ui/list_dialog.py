"""What the dialogs that keep one of the department's lists share (programs, the
spell checker's words): opened over the window once the database is open, their own
undo stack with Undo / Redo / Close, the list read in the background (the newest
answer wins) and read again when the change record names what it shows.

A subclass lays out its own widgets between `__init__` and `finish`, and gives
`read` (the service that lists the rows), `show_rows`, `KINDS` and `update_buttons`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from ui.form_parts import undo_close_row
from ui.operations import Latest
from ui.plain_text import as_html

if TYPE_CHECKING:
    from sosmed_desktop.db.uow import UnitOfWork
    from ui.workbench import Workbench


class ListDialog(QDialog):
    """A list the department keeps, with its own undo steps."""

    loaded = Signal()
    changed = Signal()
    """A change, an undo or a redo was saved."""

    KINDS: ClassVar[tuple[str, ...]] = ()
    """The change-record kinds of what the list shows (besides "all")."""

    @classmethod
    def open_over(cls, bench: Workbench | None, parent: QWidget) -> Self | None:
        """Open the dialog over `parent` (nothing before the database is open)."""
        if bench is None:
            return None
        dialog = cls(bench, parent)
        dialog.open()
        return dialog

    def __init__(self, bench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bench = bench
        self.stack = QUndoStack(self)
        self._list = Latest()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.layout_ = QVBoxLayout(self)

    def finish(self) -> None:
        """After the subclass's widgets: the Undo / Redo / Close row, then the first read."""
        bottom, self.undo_button, self.redo_button = undo_close_row(
            self, self.stack.undo, self.stack.redo
        )
        self.layout_.addLayout(bottom)
        self.stack.indexChanged.connect(self.update_buttons)
        bus = self.bench.bus
        bus.data_changed.connect(self._on_data_changed)
        self.finished.connect(lambda _: bus.data_changed.disconnect(self._on_data_changed))
        self.update_buttons()
        self.reload()

    def read(self, uow: UnitOfWork) -> list[Any]:
        raise NotImplementedError

    def show_rows(self, rows: list[Any]) -> None:
        raise NotImplementedError

    def update_buttons(self) -> None:
        """Enable what applies to the selection; the undo buttons say what they undo."""
        self.undo_button.setEnabled(self.stack.canUndo())
        self.redo_button.setEnabled(self.stack.canRedo())
        self.undo_button.setToolTip(as_html(self.stack.undoText()))  # names inside
        self.redo_button.setToolTip(as_html(self.stack.redoText()))

    def reload(self) -> None:
        """Read the list in the background; the newest answer wins."""
        self.bench.ops.read(self, self.read, self._loaded, latest=self._list)

    def _loaded(self, rows: list[Any]) -> None:
        self.show_rows(rows)
        self.loaded.emit()

    def _on_data_changed(self, kind: str, _ids: list) -> None:
        if kind in (*self.KINDS, "all"):
            self.reload()
