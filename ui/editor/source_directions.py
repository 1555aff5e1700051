"""The "Directions this post answers" half of the editor's Sources tab.

A link between a post and a direction is not part of the post's content (it
is no `PostInput` field and an approval does not cover it), so it is saved at
once, exactly as the Arahan & Data page does, and announced on the data bus
so that page, its counts and the reminders follow.  A post that was never
saved has nothing to link yet: the button then reads "Save and link
direction…", saves the post first and opens the picker once that succeeded.

Linking and unlinking are still undoable with the editor's Undo: the step
(`LinkCommand`) reverses the database change through the same services.  If
the direction was deleted meanwhile, the service's error is shown and nothing
changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoCommand
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
from sosmed_desktop.errors import DomainError, NotFoundError
from ui.directions.labels import (
    OVERDUE_COLOUR,
    direction_status_colour,
    direction_status_label,
    when_text,
)
from ui.directions.widgets import heading
from ui.editor.source_pickers import DirectionPicker
from ui.error_dialog import report_unexpected
from ui.errors import show_error
from ui.plain_text import as_html
from ui.tasks import run_task

if TYPE_CHECKING:
    from sosmed_desktop.services.directions import DirectionRow
    from ui.editor.window import PostEditor

ID_ROLE = Qt.ItemDataRole.UserRole


class LinkCommand(QUndoCommand):
    """Undo and redo of a link change already saved when the command was pushed."""

    def __init__(
        self, text: str, section: DirectionsSection, post_id: int, ids: list[int], link: bool
    ) -> None:
        super().__init__(text)
        self.section, self.post_id, self.ids, self.link = section, post_id, ids, link
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push() calls redo(); the change is done already
            self._pushed = True
            return
        self.section.change_links(self.post_id, self.ids, self.link)

    def undo(self) -> None:
        self.section.change_links(self.post_id, self.ids, not self.link)


class DirectionsSection(QWidget):
    """Who asked for this post: the directions it answers, link and unlink."""

    shown = Signal()
    picker_opened = Signal(object)  # DirectionPicker
    links_changed = Signal(list)

    FROM, CONTENT, STATUS, DUE = range(4)

    def __init__(self, editor: PostEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.rows: list[DirectionRow] = []
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Directions this post answers")))
        self.list = QTreeWidget()
        self.list.setObjectName("postDirections")
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
        editor = self.editor
        saved = editor.post_id is not None
        self.link_button.setText(
            self.tr("Link direction…") if saved else self.tr("Save and link direction…")
        )
        self.link_button.setEnabled(editor.ready and not editor.busy)
        self.unlink_button.setEnabled(saved and not editor.busy and bool(self.selected_ids()))
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
        post_id, ctx = self.editor.post_id, self.editor.ctx
        self._generation += 1
        generation = self._generation
        if post_id is None:
            self._show(generation, [])
            return

        def load() -> list[DirectionRow]:
            from sosmed_desktop.services.directions import directions_for_post

            with ctx.uow() as uow:
                return directions_for_post(uow, post_id)

        run_task(load, lambda rows: self._show(generation, rows), owner=self)

    def _show(self, generation: int, rows: list[DirectionRow]) -> None:
        if generation != self._generation:
            return
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
        editor = self.editor
        if not editor.ready or editor.busy:
            return None
        if editor.post_id is None:
            editor.save(then=self.pick_directions)
            return None
        picker = DirectionPicker(editor.ctx, {r.id for r in self.rows}, editor)
        picker.chosen.connect(self.link)
        picker.open()
        self.picker_opened.emit(picker)
        return picker

    def link(self, direction_ids: list[int]) -> None:
        """Link this post to the directions (saved now, undoable)."""
        if self.editor.post_id is not None:
            self.change_links(self.editor.post_id, direction_ids, True, self.tr("Link direction"))

    def unlink_selected(self) -> None:
        ids = self.selected_ids()
        if ids and self.editor.post_id is not None:
            self.change_links(self.editor.post_id, ids, False, self.tr("Unlink direction"))

    def change_links(
        self, post_id: int, direction_ids: list[int], link: bool, undo_text: str | None = None
    ) -> None:
        """Link or unlink in the background; with `undo_text`, the change becomes an undo step."""
        ctx = self.editor.ctx

        def work() -> tuple[list[int], list[int]]:
            from sosmed_desktop.services.directions import link_posts, unlink_posts

            change: Callable = link_posts if link else unlink_posts
            changed, gone = [], []
            with ctx.uow() as uow:
                for direction_id in direction_ids:
                    try:
                        if change(uow, direction_id, [post_id]):
                            changed.append(direction_id)
                    except NotFoundError as exc:
                        if exc.params.get("what") != "direction":
                            raise  # the post itself is gone: one error for all
                        gone.append(direction_id)
            return changed, gone

        def done(result: tuple[list[int], list[int]]) -> None:
            changed, gone = result
            if changed:
                self.editor.bus.announce("direction", changed)
                if undo_text is not None:
                    self.editor.undo_stack.push(
                        LinkCommand(undo_text, self, post_id, changed, link)
                    )
                self.editor.reload_history()
            self.reload()
            self.links_changed.emit(changed)
            if gone:
                show_error(
                    self.editor,
                    NotFoundError(code="direction_deleted", what="direction", ident=gone[0]),
                )

        def failed(exc: BaseException, details: str) -> None:
            self.reload()
            if isinstance(exc, DomainError):
                show_error(self.editor, exc)
            else:
                report_unexpected(exc, details)

        run_task(work, done, failed, owner=self)
