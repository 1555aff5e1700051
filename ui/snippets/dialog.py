"""The "Hashtag groups & snippets" dialog: the two saved lists, kept by the officer.

Reached from the editor's Insert menu ("Manage…") and from Edit in the main
window.  Each list adds, edits, deletes (after a confirmation) and reorders its
entries; every change runs through `services/posts/snippets.py` in the background, its
record is announced on the bus (``Kind.LIBRARY``: open editors refresh their
Insert menu, this dialog reloads) and it is an undo step of the dialog (Undo /
Redo, Ctrl+Z).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.db.change_kinds import Kind
from sosmed_desktop.errors import DomainError
from sosmed_desktop.services.posts.snippets import (
    GROUP,
    SNIPPET,
    EntryKind,
    Library,
    SavedEntry,
    delete_entry,
    load_library,
    move_entry,
    save_entry,
)
from ui import errors
from ui.bus import DataBus
from ui.form_parts import undo_close_row
from ui.operations import Latest, Operations
from ui.plain_text import make_plain
from ui.snippets.commands import ChangeCommand, Entry, Identities, State, entries
from ui.snippets.item_dialog import ItemDialog
from ui.snippets.list_panel import ListPanel

if TYPE_CHECKING:
    from sosmed_desktop.bootstrap import AppContext
    from sosmed_desktop.db.uow import UnitOfWork


class LibraryDialog(QDialog):
    """Both lists side by side, with undo for every change."""

    loaded = Signal()
    changed = Signal()
    """A change, an undo or a redo was saved."""
    item_dialog_opened = Signal(object)

    def __init__(self, ctx: AppContext, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.ops = Operations(lambda: ctx, bus)
        self.identities = Identities()
        self.stack = QUndoStack(self)
        self.busy = 0
        self._lists = Latest()
        self._select: tuple[EntryKind, int] | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Hashtag groups & snippets"))
        self.resize(920, 540)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Saved here, inserted into a caption with Insert in the post editor's toolbar "
                "(Ctrl+Shift+H), at the cursor. The Insert menu lists them in this order."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        layout.addWidget(intro)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        self.groups = ListPanel(GROUP)
        self.snippets = ListPanel(SNIPPET)
        self.panels = {GROUP: self.groups, SNIPPET: self.snippets}
        for panel in self.panels.values():
            panel.add_requested.connect(lambda panel=panel: self.edit(panel.kind, None))
            panel.edit_requested.connect(lambda entry: self.edit(entry.kind, entry))
            panel.delete_requested.connect(self.delete)
            panel.move_requested.connect(self.move)
            columns.addWidget(panel, 1)
        layout.addLayout(columns, 1)

        bottom, self.undo_button, self.redo_button = undo_close_row(self, self.undo, self.redo)
        layout.addLayout(bottom)
        self.stack.indexChanged.connect(self._update_undo)
        self._update_undo()
        bus.data_changed.connect(self._on_data_changed)
        self.finished.connect(self._stop)
        self.reload()

    def _stop(self) -> None:
        """Closed: no more reloading (the dialog is deleted soon)."""
        self.bus.data_changed.disconnect(self._on_data_changed)

    # Loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read both lists in the background; the newest answer wins."""
        self.ops.read(self, load_library, self._loaded, latest=self._lists)

    def _loaded(self, contents: Library) -> None:
        chosen = self._select
        self._select = None
        for kind, rows in entries(contents).items():
            select = chosen[1] if chosen and chosen[0] == kind else None
            self.panels[kind].show_entries(rows, select)
        self.loaded.emit()

    def _on_data_changed(self, kind: str, _ids: list) -> None:
        if kind in (Kind.LIBRARY, Kind.ALL):
            self.reload()

    # Running changes ----------------------------------------------------------------------
    def run(
        self,
        work: Callable[[UnitOfWork], Any],
        done: Callable[[Any], None] | None = None,
        *,
        failed: Callable[[], None] | None = None,
        form: QWidget | None = None,
    ) -> None:
        """Run one change in the background (its record reloads the lists everywhere).

        A refusal is shown over `form` when the change came from one (it stays
        open with what was typed), and the lists are read again as they are now.
        """

        def finished(value: Any) -> None:
            self._set_busy(-1)
            if done is not None:
                done(value)
            self.changed.emit()

        def refused(exc: BaseException) -> bool:
            self._set_busy(-1)
            if failed is not None:
                failed()
            self.reload()
            if form is None or not isinstance(exc, DomainError):
                return False
            errors.show_error(form, exc)
            return True

        self._set_busy(1)
        self.ops.write(self, work, finished, on_error=refused)

    def _set_busy(self, step: int) -> None:
        self.busy += step
        for panel in self.panels.values():
            panel.set_enabled(not self.busy)
        self._update_undo()

    def _update_undo(self) -> None:
        free = not self.busy
        self.undo_button.setEnabled(free and self.stack.canUndo())
        self.redo_button.setEnabled(free and self.stack.canRedo())
        self.undo_button.setToolTip(self.stack.undoText())
        self.redo_button.setToolTip(self.stack.redoText())

    def undo(self) -> None:
        if not self.busy and self.stack.canUndo():
            self.stack.undo()

    def redo(self) -> None:
        if not self.busy and self.stack.canRedo():
            self.stack.redo()

    def _push(
        self, text: str, kind: EntryKind, entry_id: int, old: State | None, new: State | None
    ) -> None:
        token = self.identities.token(kind, entry_id)
        self.stack.push(ChangeCommand(self, text, kind, token, old, new))
        if new is None:
            self.identities.gone(token)

    # The officer's changes ------------------------------------------------------------------
    def edit(self, kind: EntryKind, entry: Entry | None) -> ItemDialog:
        """Open the form of a new (`entry` None) or an existing entry."""
        form = ItemDialog(kind, entry, self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.submitted.connect(lambda name, content: self._save(form, entry, name, content))
        self.item_dialog_opened.emit(form)
        form.open()
        return form

    def _save(self, form: ItemDialog, entry: Entry | None, name: str, content: str) -> None:
        kind = form.kind
        entry_id = entry.id if entry else None
        index = entry.state.index if entry else len(self.panels[kind].rows)

        def saved(result: SavedEntry) -> None:
            new = State(result.name, result.content, index)
            if entry is None:
                text = self.tr("Add “{name}”").format(name=result.name)
                self._push(text, kind, result.id, None, new)
            elif new != entry.state:
                text = self.tr("Change “{name}”").format(name=result.name)
                self._push(text, kind, result.id, entry.state, new)
            self._select = (kind, result.id)
            form.accept()

        self.run(
            lambda uow: save_entry(uow, kind, entry_id, name, content),
            saved,
            failed=lambda: form.set_busy(False),
            form=form,
        )

    def delete(self, entry: Entry) -> None:
        """Delete an entry after the officer confirmed it (undoable here)."""
        box = make_plain(QMessageBox(self))  # the question names the entry
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete"))
        if entry.kind == GROUP:
            box.setText(self.tr("Delete the hashtag group “{name}”?").format(name=entry.state.name))
        else:
            box.setText(self.tr("Delete the snippet “{name}”?").format(name=entry.state.name))
        box.setInformativeText(self.tr("Undo in this window brings it back."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if QMessageBox.StandardButton(box.exec()) != QMessageBox.StandardButton.Yes:
            return
        kind = entry.kind
        text = self.tr("Delete “{name}”").format(name=entry.state.name)
        self.run(
            lambda uow: delete_entry(uow, kind, entry.id),
            lambda _: self._push(text, kind, entry.id, entry.state, None),
        )

    def move(self, entry: Entry, offset: int) -> None:
        """Move an entry one place up (-1) or down (1)."""
        kind = entry.kind
        old = entry.state
        new = State(old.name, old.content, old.index + offset)
        text = self.tr("Move “{name}”").format(name=old.name)

        def moved(_: object) -> None:
            self._push(text, kind, entry.id, old, new)
            self._select = (kind, entry.id)

        self.run(lambda uow: move_entry(uow, kind, entry.id, new.index), moved)
