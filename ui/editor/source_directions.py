"""The "Directions this post answers" half of the editor's Sources tab.

A link between a post and a direction is not part of the post's content (it
is no `PostInput` field and an approval does not cover it), so it is saved at
once (`directions.change_post_links`), exactly as the Arahan & Data page does,
and its record is announced on the data bus so that page, its counts and the
reminders follow.  A post that was never
saved has nothing to link yet: the button then reads "Save and link
direction…", saves the post first and opens the picker once that succeeded.

Linking and unlinking are still undoable with the editor's Undo: the step
(`ServiceCommand`) reverses the database change through the same service.  A
direction deleted meanwhile is said so; the others change all the same.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.db.types import utcnow
from sosmed_desktop.errors import NotFoundError
from ui import errors
from ui.directions.labels import (
    OVERDUE_COLOUR,
    direction_status_colour,
    direction_status_label,
    when_text,
)
from ui.directions.widgets import heading
from ui.editor.source_pickers import DirectionPicker
from ui.operations import Latest, ServiceCommand
from ui.plain_text import as_html

if TYPE_CHECKING:
    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.services.directions.directions import DirectionRow, LinkChange
    from ui.editor.host import EditorHost

ID_ROLE = Qt.ItemDataRole.UserRole


class DirectionsSection(QWidget):
    """Who asked for this post: the directions it answers, link and unlink."""

    shown = Signal()
    picker_opened = Signal(object)  # DirectionPicker
    links_changed = Signal(list)

    FROM, CONTENT, STATUS, DUE = range(4)

    def __init__(self, editor: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.rows: list[DirectionRow] = []
        self._links = Latest()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Directions this post answers")))
        self.list = QTreeWidget()
        self.list.setObjectName("postDirections")
        self.list.setAccessibleName(self.tr("Directions this post answers"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setHeaderLabels([self.tr("From"), self.tr("Direction"), self.tr("Status"),
                                   self.tr("Due")])  # fmt: skip
        head = self.list.header()
        head.setStretchLastSection(False)
        for column in (self.FROM, self.STATUS, self.DUE):
            head.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(self.CONTENT, QHeaderView.ResizeMode.Stretch)
        self.list.itemSelectionChanged.connect(self.update_buttons)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.link_button = QPushButton()
        self.link_button.clicked.connect(self.pick_directions)
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.unlink_button.setToolTip(self.tr("This post no longer answers the selected direction"))
        self.unlink_button.clicked.connect(self.unlink_selected)
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.unlink_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.update_buttons()

    def update_buttons(self) -> None:
        state = self.editor.state
        saved = state.post_id is not None
        self.link_button.setText(
            self.tr("Link direction…") if saved else self.tr("Save and link direction…")
        )
        self.link_button.setEnabled(state.ready and not state.busy)
        self.unlink_button.setEnabled(saved and not state.busy and bool(self.selected_ids()))
        self.hint.setText(
            self.tr(
                "Links are saved at once (Undo reverses them) and show on the Arahan & Data page."
            )
            if saved
            else self.tr("A new post is saved first, then linked.")
        )

    def selected_ids(self) -> list[int]:
        return [i.data(0, ID_ROLE) for i in self.list.selectedItems() if i.data(0, ID_ROLE)]

    # The list ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Load the directions this post answers (none for a post not saved yet)."""
        post_id = self.editor.state.post_id
        if post_id is None:
            self._links.cancel()
            self._show([])
            return

        def load(uow: UnitOfWork) -> list[DirectionRow]:
            from sosmed_desktop.services.directions.directions import directions_for_post

            return directions_for_post(uow, post_id)

        self.editor.ops.read(self, load, self._show, latest=self._links)

    def _show(self, rows: list[DirectionRow]) -> None:
        selected = set(self.selected_ids())
        self.rows = rows
        self.list.clear()
        now, tz = utcnow(), self.editor.tz
        for row in rows:
            content = " ".join(row.content.split())
            due = when_text(row.due_at, tz) if row.due_at else "—"
            item = QTreeWidgetItem(
                [row.given_by_name, content, direction_status_label(row.status), due]
            )
            item.setData(0, ID_ROLE, row.id)
            leader = "\n".join(x for x in (row.given_by_name, row.given_by_position) if x)
            item.setToolTip(0, as_html(leader))
            item.setToolTip(self.CONTENT, as_html(row.content))
            item.setForeground(self.STATUS, direction_status_colour(row.status))
            if row.is_overdue(now):
                item.setForeground(self.DUE, OVERDUE_COLOUR)
                item.setToolTip(self.DUE, self.tr("Overdue"))
            self.list.addTopLevelItem(item)
            item.setSelected(row.id in selected)
        if not rows:
            empty = QTreeWidgetItem([self.tr("Not linked to a direction.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addTopLevelItem(empty)
            empty.setFirstColumnSpanned(True)
        self.update_buttons()
        self.shown.emit()

    # Linking -----------------------------------------------------------------------------
    def pick_directions(self) -> DirectionPicker | None:
        """Open the picker of open directions (saving a new post first)."""
        editor, state = self.editor, self.editor.state
        if not state.ready or state.busy:
            return None
        if state.post_id is None:
            editor.save(then=self.pick_directions)
            return None
        picker = DirectionPicker(editor.ops, editor.tz, {r.id for r in self.rows}, editor.window())
        picker.chosen.connect(self.link)
        picker.open()
        self.picker_opened.emit(picker)
        return picker

    def link(self, direction_ids: list[int]) -> None:
        """Link this post to the directions (saved now, undoable)."""
        self.change_links(direction_ids, True, self.tr("Link direction"))

    def unlink_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.change_links(ids, False, self.tr("Unlink direction"))

    def change_links(self, direction_ids: list[int], link: bool, undo_text: str) -> None:
        """Link or unlink in the background; what changed becomes one undo step."""
        from sosmed_desktop.services.directions.directions import change_post_links

        editor = self.editor
        post_id = editor.state.post_id
        if post_id is None:
            return

        def change(ids: list[int], on: bool) -> Callable[[UnitOfWork, object], LinkChange]:
            return lambda uow, _result: change_post_links(uow, post_id, ids, on)

        def done(result: LinkChange) -> None:
            self._changed(result)
            if result.changed:
                undo, redo = change(result.changed, not link), change(result.changed, link)
                command = ServiceCommand(
                    editor.ops, editor.window(), undo_text, result, undo, redo,
                    self._changed, self._changed,
                )  # fmt: skip
                editor.undo_stack.push(command)

        editor.ops.write(
            self,
            lambda uow: change_post_links(uow, post_id, direction_ids, link),
            done,
            on_error=lambda _exc: self.reload(),
        )

    def _changed(self, result: LinkChange) -> None:
        """A link change (or its undo or redo) was saved: show it, say what was gone."""
        self.editor.reload_history()
        self.reload()
        self.links_changed.emit(result.changed)
        if result.gone:
            errors.show_error(
                self.editor.window(),
                NotFoundError(code="direction_deleted", what="direction", ident=result.gone[0]),
            )
