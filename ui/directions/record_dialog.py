"""What the direction form and the data note form have in common.

Each form saves by itself and stays open with everything typed when the save
fails, so an error never costs the officer their text.  A new record is
created in the background; a change of an existing one is an undo step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from ui.form_parts import error_banner, save_cancel

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from sosmed_desktop.db.uow import UnitOfWork
    from ui.workbench import Workbench


class RecordDialog(QDialog):
    """The form (`form`), a problem banner and Save / Cancel; emits `saved(id)` once stored.

    A subclass adds its rows to `form`, calls `_lay_out()`, fills the rows from
    `row` (None: a new record), checks what was typed in `save()` and hands it
    to `_store`.
    """

    saved = Signal(int)

    def __init__(
        self, bench: Workbench, undo_stack: QUndoStack, row: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bench = bench
        self.undo_stack = undo_stack
        self.row = row
        self.setMinimumWidth(560)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

    def _lay_out(self) -> None:
        """The filled form, then the problem banner and the buttons (in this focus order)."""
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.problem = error_banner()
        layout.addWidget(self.problem)
        buttons, self.save_button = save_cancel(self)
        layout.addWidget(buttons)

    def save(self) -> None:
        raise NotImplementedError

    def _completer(self, words: Iterable[str]) -> QCompleter:
        """Suggestions from `words`, matching anywhere in them, whatever the case."""
        completer = QCompleter(list(words), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        return completer

    def _say(self, text: str, focus: QWidget | None) -> None:
        """Show what is wrong and put the cursor where it can be put right."""
        self.problem.setText(text)
        self.problem.show()
        if focus is not None:
            focus.setFocus()

    def _store(
        self,
        data: Any,
        create: Callable[[UnitOfWork, Any], int],
        update: Callable[[UnitOfWork, int, Any], Any],
        edit_text: str,
    ) -> None:
        """Create the record from `data`, or change `row` to it (undoable), in the background."""
        self.problem.hide()
        self.save_button.setEnabled(False)

        def enable(_exc: BaseException) -> None:
            self.save_button.setEnabled(True)  # and the error is shown as usual

        ops = self.bench.ops
        if self.row is None:
            ops.write(self, lambda uow: create(uow, data), self._stored, on_error=enable)
            return
        ident, before = self.row.id, self.row.as_input()
        ops.undoable(
            self,
            self.undo_stack,
            edit_text,
            lambda uow: update(uow, ident, data),
            lambda uow, _: update(uow, ident, before),
            done=lambda _: self._stored(ident),
            on_error=enable,
        )

    def _stored(self, ident: int) -> None:
        self.saved.emit(ident)
        self.accept()
