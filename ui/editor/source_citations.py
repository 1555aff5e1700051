"""The "Data cited" half of the editor's Sources tab, and inserting a citation.

What a post cites is part of what the editor saves (`PostInput.data_note_ids`),
so citing is an edit like any other: it makes the editor dirty, is saved with
the post and is undone on the editor's own undo stack.  Inserting a data note
is one undo step there ("Insert data note"): undoing it stops citing the note
and takes the inserted text out of the caption again, if it is still there as
inserted.  The caption's own Ctrl+Z (Qt's text undo) only removes the text;
the citation then stays listed here until "Remove citation".  Removing a
citation leaves the caption text alone: the officer may have reworded it.

A note is read again when it is chosen, since it may have been changed or
deleted (on the Arahan & Data page, or by a colleague on a shared database)
while the picker was open; a deleted note is refused with a clear message and
nothing is inserted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QTextCursor, QUndoCommand
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.domain.figures import format_citation
from sosmed_desktop.errors import NotFoundError
from sosmed_desktop.services.directions.data_notes import Freshness
from ui.directions.labels import STALE_COLOUR
from ui.directions.widgets import heading
from ui.editor.captions import CaptionEdit, PlatformTab
from ui.editor.source_pickers import NotePicker, stale_text, warning_icon
from ui.operations import Latest
from ui.plain_text import as_html

if TYPE_CHECKING:
    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.services.directions.data_notes import DataNoteRow
    from ui.editor.host import EditorHost

ID_ROLE = Qt.ItemDataRole.UserRole
MISSING_COLOUR = QColor("#c0392b")


def qt_length(text: str) -> int:
    """Length in Qt's text positions (UTF-16 units)."""
    return len(text.encode("utf-16-le")) // 2


def _text_between(edit: CaptionEdit, start: int, end: int) -> str:
    """The caption's text between two Qt positions (which count emoji twice)."""
    cursor = QTextCursor(edit.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText().replace("\u2029", "\n")


@dataclass(frozen=True)
class Insertion:
    """Text that came into a caption at `start` (a Qt position)."""

    edit: CaptionEdit
    start: int
    text: str

    def _cursor(self) -> QTextCursor:
        cursor = QTextCursor(self.edit.document())
        cursor.setPosition(min(self.start, self.edit.document().characterCount() - 1))
        return cursor

    def present(self) -> bool:
        """Whether the caption still holds the text where it was inserted."""
        cursor = self._cursor()
        end = self.start + qt_length(self.text)
        if end > self.edit.document().characterCount() - 1:
            return False
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText() == self.text.replace("\n", "\u2029")

    def remove(self) -> bool:
        """Take the text out again (if untouched); True if it was removed."""
        if not self.present():
            return False
        cursor = self._cursor()
        cursor.setPosition(self.start + qt_length(self.text), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        return True

    def put_back(self) -> None:
        self._cursor().insertText(self.text)


class CitationCommand(QUndoCommand):
    """Start (`add`) or stop citing a note, with the caption text an insertion brought.

    The change is already visible when the command is pushed; its first redo
    only records the citation.  `index` keeps the note's place in the list, so
    an undone removal restores exactly what was saved (the editor is clean again).
    """

    def __init__(
        self,
        text: str,
        section: CitationsSection,
        note_id: int,
        *,
        add: bool,
        index: int,
        changes_ids: bool = True,
        insertion: Insertion | None = None,
    ) -> None:
        super().__init__(text)
        self.section = section
        self.note_id, self.add, self.index = note_id, add, index
        self.changes_ids = changes_ids
        self.insertion = insertion
        self._first = True
        self._removed_text = False

    def redo(self) -> None:
        if self.insertion is not None and not self._first and self._removed_text:
            self.insertion.put_back()
        self._first = False
        if self.changes_ids:
            self.section.set_cited(self.note_id, self.add, self.index)

    def undo(self) -> None:
        if self.changes_ids:
            self.section.set_cited(self.note_id, not self.add, self.index)
        if self.insertion is not None:
            self._removed_text = self.insertion.remove()


class CitationsSection(QWidget):
    """The notes the post cites (stale ones marked), insert and remove."""

    shown = Signal()
    picker_opened = Signal(object)  # NotePicker
    inserted = Signal(int)

    def __init__(self, editor: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.rows: list[DataNoteRow] = []
        self.shown_ids: tuple[int, ...] | None = None
        self._notes = Latest()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Data cited")))
        self.list = QListWidget()
        self.list.setObjectName("citedNotes")
        self.list.setAccessibleName(self.tr("Data cited"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemSelectionChanged.connect(self.update_buttons)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.insert_button = QPushButton(self.tr("Insert data note…"))
        self.insert_button.setToolTip(
            self.tr("Insert a figure with its source at the caption cursor (Ctrl+Shift+D)")
        )
        self.insert_button.clicked.connect(self.pick_note)
        self.remove_button = QPushButton(self.tr("Remove citation"))
        self.remove_button.setToolTip(
            self.tr("Stop citing the selected note (the caption text stays as it is)")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.insert_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.hint = QLabel(
            self.tr(
                "Citations are saved with the post and listed in its package. A figure older "
                "than the limit in Settings is marked out of date."
            )
        )
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.update_buttons()

    # State -------------------------------------------------------------------------------
    def freshness(self) -> Freshness:
        config = self.editor.ctx.config
        return Freshness.now(config.stale_days, config.tz)

    def can_edit(self) -> bool:
        """Citing changes the content: not before loading, not once published (the
        editor then makes the captions read-only)."""
        return self.editor.state.ready and not self.editor.captions.master.caption.isReadOnly()

    def update_buttons(self) -> None:
        editable = self.can_edit()
        self.insert_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and bool(self.selected_ids()))

    def selected_ids(self) -> list[int]:
        return [i.data(ID_ROLE) for i in self.list.selectedItems() if i.data(ID_ROLE) is not None]

    def set_cited(self, note_id: int, cited: bool, index: int) -> None:
        """Cite `note_id` at `index` of the list, or stop citing it (an undo step's action)."""
        state = self.editor.state
        ids = [i for i in state.data_note_ids if i != note_id]
        if cited:
            ids.insert(min(index, len(ids)), note_id)
        state.data_note_ids = tuple(ids)
        self.editor.on_changed()
        self.refresh()

    # The list ----------------------------------------------------------------------------
    def refresh(self, *, force: bool = False) -> None:
        """Show the cited notes; only reloads when the ids changed (or `force`)."""
        ids = self.editor.state.data_note_ids
        if ids == self.shown_ids and not force:
            return
        self.shown_ids = ids
        fresh = self.freshness()

        def load(uow: UnitOfWork) -> list[DataNoteRow]:
            from sosmed_desktop.services.directions.data_notes import notes_by_ids

            return notes_by_ids(uow, ids, fresh)

        self.editor.ops.read(
            self,
            load,
            lambda rows: self._show(ids, rows, fresh.max_age_days),
            latest=self._notes,
        )

    def _show(self, ids: tuple[int, ...], rows: list[DataNoteRow], limit: int) -> None:
        selected = set(self.selected_ids())
        self.rows = rows
        found = {r.id: r for r in rows}
        self.list.clear()
        for note_id in ids:
            row = found.get(note_id)
            if row is None:
                item = QListWidgetItem(
                    warning_icon(),
                    self.tr(
                        "A data note cited here was deleted meanwhile. Remove the citation to "
                        "save the post."
                    ),
                )
                item.setForeground(QBrush(MISSING_COLOUR))
            else:
                text = format_citation(row)
                item = QListWidgetItem(text)
                item.setToolTip(as_html(row.title))
                if row.stale:
                    item.setText(text + "\n" + stale_text(row, limit))
                    item.setIcon(warning_icon())
                    item.setForeground(QBrush(STALE_COLOUR))
                    item.setToolTip(
                        self.tr("Look for newer figures before posting, or say how old they are.")
                    )
            item.setData(ID_ROLE, note_id)
            self.list.addItem(item)
            item.setSelected(note_id in selected)
        if not ids:
            empty = QListWidgetItem(
                self.tr("No data cited. Insert a data note where the caption states a figure.")
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        self.update_buttons()
        self.shown.emit()

    def has_problem(self) -> bool:
        """A stale or deleted note is cited (the tab shows a warning sign)."""
        present = {r.id for r in self.rows}
        return any(r.stale for r in self.rows) or any(
            i not in present for i in (self.shown_ids or ())
        )

    def select_note(self, note_id: int) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setSelected(item.data(ID_ROLE) == note_id)
            if item.isSelected():
                self.list.scrollToItem(item)

    # Inserting ---------------------------------------------------------------------------
    def pick_note(self) -> NotePicker | None:
        """Open the note picker; the chosen note's citation goes in at the caption cursor."""
        if not self.can_edit():
            return None
        picker = NotePicker(self.editor.ops, self.freshness(), self.editor.window())
        picker.chosen.connect(self._chosen)
        picker.open()
        self.picker_opened.emit(picker)
        return picker

    def _chosen(self, row: DataNoteRow) -> None:
        """Read the chosen note again (it may have changed or gone meanwhile), then insert."""
        fresh = self.freshness()

        def reread(uow: UnitOfWork) -> DataNoteRow:
            from sosmed_desktop.services.directions.data_notes import get_note

            try:
                return get_note(uow, row.id, fresh)
            except NotFoundError:
                raise NotFoundError(
                    code="data_note_deleted", what="data note", ident=row.id, title=row.title
                ) from None

        self.editor.ops.read(self, reread, self.insert_citation)

    def _target(self) -> CaptionEdit:
        """The caption `CaptionTabs.insert_text` will write into."""
        captions = self.editor.captions
        current = captions.currentWidget()
        edit = current.caption if isinstance(current, PlatformTab) else captions.master.caption
        return captions.master.caption if edit.isReadOnly() else edit

    def insert_citation(self, row: DataNoteRow) -> None:
        """Put the note's citation at the caption cursor as a paragraph of its own (a blank
        line from the text before and after it), and cite the note."""
        if not self.can_edit():
            return
        edit = self._target()
        cursor = edit.textCursor()
        before = _text_between(edit, 0, cursor.selectionStart())
        after = _text_between(edit, cursor.selectionEnd(), edit.document().characterCount() - 1)
        text = format_citation(row)
        if before.strip():
            text = "\n" * (2 - min(2, len(before) - len(before.rstrip("\n")))) + text
        if after.strip():
            text += "\n" * (2 - min(2, len(after) - len(after.lstrip("\n"))))
        self.editor.captions.insert_text(text, recorded=False)  # the command's own text
        inserted_at = edit.textCursor().position() - qt_length(text)
        ids = self.editor.state.data_note_ids
        self.editor.undo_stack.push(
            CitationCommand(
                self.tr("Insert data note"),
                self,
                row.id,
                add=True,
                index=len(ids),
                changes_ids=row.id not in ids,
                insertion=Insertion(edit, inserted_at, text),
            )
        )
        self.inserted.emit(row.id)

    def remove_selected(self) -> None:
        ids = self.editor.state.data_note_ids
        chosen = [i for i in self.selected_ids() if i in ids]
        if not chosen or not self.can_edit():
            return
        self.editor.undo_stack.beginMacro(self.tr("Remove citation"))
        for note_id in chosen:
            index = self.editor.state.data_note_ids.index(note_id)
            self.editor.undo_stack.push(
                CitationCommand(self.tr("Remove citation"), self, note_id, add=False, index=index)
            )
        self.editor.undo_stack.endMacro()

    # Citations changed elsewhere ---------------------------------------------------------
    def follow_database(self) -> None:
        """Take over citations added or removed on the Arahan & Data page meanwhile.

        Citing from there writes straight to the database without a new post
        version, so the editor would otherwise save them away
        (`EditorHost.adopt_citations` keeps the editor as dirty as it was).
        """
        editor, state = self.editor, self.editor.state
        post_id = state.post_id
        if post_id is None or not state.ready or state.busy:
            return

        def load(uow: UnitOfWork) -> set[int]:
            from sosmed_desktop.services.directions.data_notes import notes_cited_by

            return {n.id for n in notes_cited_by(uow, post_id)}

        def done(stored: set[int]) -> None:
            saved = state.saved_input
            if saved is None or state.post_id != post_id or state.busy:
                return
            known = set(saved.data_note_ids)
            added, removed = sorted(stored - known), known - stored
            if added or removed:
                editor.adopt_citations(added, removed)
                self.refresh()

        editor.ops.read(self, load, done)
