"""What the side panels of a direction and of a data note have in common.

Both show a placeholder until a record is chosen, then its details, and load
what hangs off it (linked posts, files) in the background; a newer selection
wins over a load still running.  The actions they share (choose posts, link
and unlink them with undo, attach and open a file, delete after asking) are
helpers here; each panel keeps its own fields, words and services.  Every
read and change goes through the workbench's operations (`ui/operations.py`);
a change is an undo step on the page's stack.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import (
    QBoxLayout,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.directions.post_picker import PostPicker
from ui.directions.widgets import FILE_FILTER, PostList, heading, list_height
from ui.operations import Latest
from ui.plain_text import ask

if TYPE_CHECKING:
    from sosmed_desktop.config import Config
    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.services.directions.attachments import AttachmentRef
    from sosmed_desktop.services.directions.directions import LinkedPost
    from ui.workbench import Workbench

T = TypeVar("T")
LinkChange = Callable[["UnitOfWork", int, list[int]], Any]


def or_none(work: Callable[[UnitOfWork], T]) -> Callable[[UnitOfWork], T | None]:
    """`work` reading one record, or None when the record was deleted meanwhile."""
    from sosmed_desktop.errors import NotFoundError

    def read(uow: UnitOfWork) -> T | None:
        try:
            return work(uow)
        except NotFoundError:
            return None

    return read


class RecordPanel(QScrollArea):
    """Details of the selected record with its actions; the placeholder until one is chosen.

    A subclass fills the layout `_details_page` gives it, shows a row in
    `_fill(row, bench)` and names what to load beside it in `_links_reader(ident)`
    / `_show_links(result, bench)` (the result is None when the record was deleted
    meanwhile).
    """

    detail_loaded = Signal(int)
    edit_requested = Signal(int)
    KIND = ""  # the kind of record shown ("direction", "data_note")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bench: Workbench | None = None
        self.undo_stack: QUndoStack | None = None
        self.row: Any = None
        self.posts: list[LinkedPost] = []
        self._links = Latest()
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setAccessibleName(self.tr("Details"))
        self.stack = QStackedWidget()
        self.placeholder = QLabel()
        self.placeholder.setObjectName("panelMuted")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack.addWidget(self.placeholder)
        self.setWidget(self.stack)

    def attach(self, bench: Workbench, undo_stack: QUndoStack) -> None:
        """Work with the open database; changes become undo steps on `undo_stack`."""
        self.bench = bench
        self.undo_stack = undo_stack

    # Construction ---------------------------------------------------------------------
    def _details_page(self, placeholder: str) -> QVBoxLayout:
        """Word the placeholder and add the details page; returns the page's layout to fill."""
        self.placeholder.setText(placeholder)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 4, 6, 4)
        self.stack.addWidget(page)
        return layout

    def _edit_and_delete(self, delete: Callable[[], None]) -> tuple[QPushButton, QPushButton]:
        """The panel's "Edit…" (asks the tab to open the form) and "Delete…" buttons."""
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self.row and self.edit_requested.emit(self.row.id))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(delete)
        return self.edit_button, self.delete_button

    def _posts_section(
        self,
        layout: QBoxLayout,
        title: str,
        rows: int,
        link: tuple[str, Callable[[], object]],
        unlink: tuple[str, Callable[[], None]],
    ) -> None:
        """The linked posts under `title`, with a button to add and one to remove posts."""
        layout.addWidget(heading(title))
        self.post_list = PostList()
        self.post_list.setAccessibleName(title)
        list_height(self.post_list, rows)
        layout.addWidget(self.post_list)
        buttons = QHBoxLayout()
        self.link_button = QPushButton(link[0])
        self.link_button.clicked.connect(link[1])
        self.unlink_button = QPushButton(unlink[0])
        self.unlink_button.clicked.connect(unlink[1])
        self.post_list.itemSelectionChanged.connect(
            lambda: self.unlink_button.setEnabled(bool(self.post_list.selectedItems()))
        )
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.unlink_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def _file_buttons(
        self,
        layout: QBoxLayout,
        attach_file: Callable[[], None],
        open_file: Callable[[], None],
        remove_file: Callable[[], None],
    ) -> None:
        """ "Attach file…", "Open" and "Remove" under the panel's attachments."""
        row = QHBoxLayout()
        self.attach_button = QPushButton(self.tr("Attach file…"))
        self.attach_button.clicked.connect(attach_file)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(open_file)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(remove_file)
        for button in (self.attach_button, self.open_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

    # Showing ----------------------------------------------------------------------------
    def show_row(self, row: Any) -> None:
        """Show `row` (None: the placeholder) and load what hangs off it."""
        self.row = row
        if row is None or self.bench is None:
            self._links.cancel()
            self.stack.setCurrentWidget(self.placeholder)
            return
        self.stack.setCurrentIndex(1)
        self._fill(row, self.bench)
        ident = row.id
        self.bench.ops.read(
            self,
            or_none(self._links_reader(ident)),
            lambda result: self._links_arrived(ident, result),
            latest=self._links,
        )

    def _fill(self, row: Any, bench: Workbench) -> None:
        raise NotImplementedError

    def _links_reader(self, ident: int) -> Callable[[UnitOfWork], Any]:
        raise NotImplementedError

    def _show_links(self, result: Any, bench: Workbench) -> None:
        raise NotImplementedError

    def _links_arrived(self, ident: int, result: Any) -> None:
        if self.bench is None:
            return
        self._show_links(result, self.bench)
        if self.row is not None and self.row.id == ident:  # not cleared: the record is there
            self.detail_loaded.emit(ident)

    # Actions ----------------------------------------------------------------------------
    def _change(
        self,
        text: str,
        first: Callable[[UnitOfWork, int], T],
        undo: Callable[[UnitOfWork, int, T], Any],
        *,
        redo: Callable[[UnitOfWork, int, T], Any] | None = None,
    ) -> None:
        """Change the record shown as one undo step (`Operations.undoable`); each step
        gets the record's id, undo and redo also what the first step returned."""
        if self.row is None or self.bench is None or self.undo_stack is None:
            return
        ident = self.row.id
        self.bench.ops.undoable(
            self,
            self.undo_stack,
            text,
            lambda uow: first(uow, ident),
            lambda uow, result: undo(uow, ident, result),
            redo=None if redo is None else lambda uow, result: redo(uow, ident, result),
        )

    def _pick_posts(
        self, title: str, verb: str, chosen: Callable[[list[int]], None]
    ) -> PostPicker | None:
        """Open the post picker over the open posts; `chosen` gets the ids picked."""
        if self.row is None or self.bench is None:
            return None
        picker = PostPicker(self.bench, title, verb, {p.id for p in self.posts}, self)
        picker.chosen.connect(chosen)
        picker.open()
        return picker

    def _relink(
        self, text: str, apply: LinkChange, revert: LinkChange, post_ids: list[int]
    ) -> None:
        """Link or unlink posts as one undo step: `apply` returns the posts it changed,
        which `revert` changes back (and redo applies again)."""
        if post_ids:
            self._change(text, lambda uow, ident: apply(uow, ident, post_ids), revert, redo=apply)

    def _attach_file(
        self,
        title: str,
        attach: Callable[[Config, UnitOfWork, int, Path], AttachmentRef],
        undo: Callable[[UnitOfWork, int, AttachmentRef], Any],
        redo: Callable[[UnitOfWork, int, AttachmentRef], Any],
    ) -> None:
        """Ask for a photo or PDF (`title`) and attach it to the record shown (undoable)."""
        if self.row is None or self.bench is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            title,
            "",
            self.tr("Photos and PDF ({patterns});;All files (*)").format(patterns=FILE_FILTER),
        )
        if not name:
            return
        config, path = self.bench.config, Path(name)
        self._change(
            self.tr("Attach file"),
            lambda uow, ident: attach(config, uow, ident, path),
            undo,
            redo=redo,
        )

    def _open_attachment(self, media_id: int | None) -> None:
        """Open an attachment in the PC's viewer (photo viewer, PDF reader)."""
        from sosmed_desktop.services.directions.attachments import file_path

        if media_id is None or self.bench is None:
            return
        config = self.bench.config
        self.bench.ops.read(
            self,
            lambda uow: file_path(config, uow, media_id),
            lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))),
        )

    def _remove_attachment(
        self,
        media_id: int | None,
        detach: Callable[[UnitOfWork, int, int], Any],
        attach: Callable[[UnitOfWork, int, int], Any],
    ) -> None:
        """Take attachment `media_id` off the record shown (undoable; the file stays stored)."""
        if media_id is not None:
            self._change(
                self.tr("Remove attachment"),
                lambda uow, ident: detach(uow, ident, media_id),
                lambda uow, ident, _: attach(uow, ident, media_id),
            )

    def _delete_after_asking(
        self, title: str, question: str, delete: Callable[[UnitOfWork, int], Any]
    ) -> None:
        """Delete the record shown once the officer said yes to `question`."""
        if self.row is None or self.bench is None:
            return
        if not ask(self, title, question):  # the question names the record
            return
        ident = self.row.id
        self.bench.ops.write(self, lambda uow: delete(uow, ident))
