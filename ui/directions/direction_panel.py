"""The side panel of one direction: what was asked, its posts, its files, its status."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.db.types import utcnow
from sosmed_desktop.domain.statuses import DIRECTION_TRANSITIONS, DirectionStatus
from sosmed_desktop.errors import NotFoundError
from ui.directions.labels import (
    OVERDUE_COLOUR,
    channel_label,
    direction_status_colour,
    direction_status_label,
    priority_label,
    size_text,
    status_action_label,
    when_text,
)
from ui.directions.post_picker import PostPicker
from ui.directions.widgets import (
    FILE_FILTER,
    PostList,
    facts_html,
    facts_label,
    heading,
    list_height,
)

if TYPE_CHECKING:
    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.services.attachments import AttachmentRef
    from sosmed_desktop.services.directions import DirectionRow, LinkedPost
    from ui.directions.desk import Desk


class DirectionPanel(QScrollArea):
    """Details of the selected direction with its actions; empty until one is chosen."""

    detail_loaded = Signal(int)
    edit_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk: Desk | None = None
        self.row: DirectionRow | None = None
        self.posts: list[LinkedPost] = []
        self.files: list[AttachmentRef] = []
        self._generation = 0
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.stack = QStackedWidget()
        self.placeholder = QLabel(self.tr("Select a direction to see its details."))
        self.placeholder.setObjectName("panelMuted")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self._details())
        self.setWidget(self.stack)

    # Construction ---------------------------------------------------------------------
    def _details(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 4, 6, 4)
        top = QHBoxLayout()
        self.badge = QLabel()
        self.badge.setObjectName("statusBadge")
        top.addWidget(self.badge)
        top.addStretch(1)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self.row and self.edit_requested.emit(self.row.id))
        self.status_button = QToolButton()
        self.status_button.setText(self.tr("Status"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = QMenu(self.status_button)
        self.status_button.setMenu(self.status_menu)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete)
        for button in (self.edit_button, self.status_button, self.delete_button):
            top.addWidget(button)
        layout.addLayout(top)

        self.content = QLabel()
        self.content.setWordWrap(True)
        self.content.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.content.setStyleSheet("font-size: 11pt; padding: 6px 0;")
        layout.addWidget(self.content)
        self.facts = facts_label()
        layout.addWidget(self.facts)

        layout.addWidget(heading(self.tr("Posts answering it")))
        self.post_list = PostList()
        list_height(self.post_list, 5)
        layout.addWidget(self.post_list)
        post_buttons = QHBoxLayout()
        self.link_button = QPushButton(self.tr("Link posts…"))
        self.link_button.clicked.connect(self.pick_posts)
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.unlink_button.clicked.connect(self.unlink_selected)
        self.post_list.itemSelectionChanged.connect(
            lambda: self.unlink_button.setEnabled(bool(self.post_list.selectedItems()))
        )
        post_buttons.addWidget(self.link_button)
        post_buttons.addWidget(self.unlink_button)
        post_buttons.addStretch(1)
        layout.addLayout(post_buttons)

        layout.addWidget(heading(self.tr("Attachments (memo photo, letter PDF)")))
        self.file_list = QListWidget()
        list_height(self.file_list, 3)
        self.file_list.itemDoubleClicked.connect(lambda _item: self.open_selected_file())
        layout.addWidget(self.file_list)
        file_buttons = QHBoxLayout()
        self.attach_button = QPushButton(self.tr("Attach file…"))
        self.attach_button.clicked.connect(self.attach_file)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_selected_file)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected_file)
        self.file_list.itemSelectionChanged.connect(self._file_selection_changed)
        for button in (self.attach_button, self.open_button, self.remove_button):
            file_buttons.addWidget(button)
        file_buttons.addStretch(1)
        layout.addLayout(file_buttons)
        layout.addStretch(1)
        return page

    def _file_selection_changed(self) -> None:
        chosen = bool(self.file_list.selectedItems())
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # Showing ----------------------------------------------------------------------------
    def show_row(self, row: DirectionRow | None) -> None:
        """Show `row` (None: the placeholder) and load its posts and files."""
        self.row = row
        self._generation += 1
        if row is None or self.desk is None:
            self.stack.setCurrentWidget(self.placeholder)
            return
        desk = self.desk
        self.stack.setCurrentIndex(1)
        colour = direction_status_colour(row.status).name()
        self.badge.setText(direction_status_label(row.status))
        self.badge.setStyleSheet(f"background: {colour};")
        self.content.setText(row.content)
        position = f"\n{row.given_by_position}" if row.given_by_position else ""
        given = self.tr("{when} via {channel}").format(
            when=when_text(row.given_at, desk.tz), channel=channel_label(row.channel)
        )
        due_caption = self.tr("Deadline")
        if row.due_at is None:
            due = escape(self.tr("none"))
        elif row.is_overdue(utcnow()):
            text = self.tr("{when} — overdue").format(when=when_text(row.due_at, desk.tz))
            due = f'<b style="color:{OVERDUE_COLOUR.name()}">{escape(text)}</b>'
        else:
            due = escape(when_text(row.due_at, desk.tz))
        self.facts.setText(
            facts_html(
                [
                    (self.tr("From"), row.given_by_name + position),
                    (self.tr("Given"), given),
                    (due_caption, due),
                    (self.tr("Priority"), priority_label(row.priority)),
                    (self.tr("Program"), row.program or self.tr("none")),
                ],
                raw=frozenset({due_caption}),
            )
        )
        self._build_status_menu(row.status)
        self._load_links(row.id)

    def _build_status_menu(self, status: str) -> None:
        self.status_menu.clear()
        try:
            targets = DIRECTION_TRANSITIONS[DirectionStatus(status)]
        except ValueError:
            targets = frozenset()
        for target in DirectionStatus:
            if target in targets:
                action = self.status_menu.addAction(status_action_label(target))
                action.setData(target.value)
                action.triggered.connect(lambda _=False, t=target.value: self.change_status(t))
        self.status_button.setEnabled(bool(targets))

    def _load_links(self, ident: int) -> None:
        from sosmed_desktop.services.attachments import direction_files
        from sosmed_desktop.services.directions import posts_of_direction

        assert self.desk is not None
        generation = self._generation

        def load(uow: UnitOfWork) -> tuple[list[LinkedPost], list[AttachmentRef]] | None:
            try:
                return posts_of_direction(uow, ident), direction_files(uow, ident)
            except NotFoundError:
                return None

        self.desk.run(load, lambda result: self._show_links(generation, ident, result))

    def _show_links(
        self,
        generation: int,
        ident: int,
        result: tuple[list[LinkedPost], list[AttachmentRef]] | None,
    ) -> None:
        if generation != self._generation or self.desk is None:
            return
        if result is None:
            self.show_row(None)
            return
        self.posts, self.files = result
        self.post_list.set_posts(
            self.posts, self.desk.tz, self.tr("No post yet. Link the posts that carry it out.")
        )
        self.file_list.clear()
        style = self.style()
        for ref in self.files:
            icon = style.standardIcon(
                QStyle.StandardPixmap.SP_FileIcon
                if ref.is_pdf
                else QStyle.StandardPixmap.SP_DesktopIcon
            )
            item = QListWidgetItem(icon, f"{ref.name}  ({size_text(ref.size_bytes)})")
            item.setData(Qt.ItemDataRole.UserRole, ref.media_id)
            self.file_list.addItem(item)
        if not self.files:
            empty = QListWidgetItem(self.tr("No files. Attach a photo or PDF of the memo."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.file_list.addItem(empty)
        self.unlink_button.setEnabled(False)
        self._file_selection_changed()
        self.detail_loaded.emit(ident)

    # Actions ----------------------------------------------------------------------------
    def change_status(self, target: str) -> None:
        from sosmed_desktop.services import directions

        if self.row is None or self.desk is None:
            return
        ident = self.row.id
        self.desk.change(
            status_action_label(target),
            lambda uow: directions.change_status(uow, ident, target),
            lambda uow, old: directions.revert_status(uow, ident, expected=target, previous=old),
            redo=lambda uow, _old: directions.change_status(uow, ident, target),
            announce=("direction", [ident]),
        )

    def pick_posts(self) -> PostPicker | None:
        """Open the post picker; the chosen posts are linked (undoable)."""
        if self.row is None or self.desk is None:
            return None
        picker = PostPicker(
            self.desk,
            self.tr("Link posts to the direction"),
            self.tr("Link"),
            {p.id for p in self.posts},
            self,
        )
        picker.chosen.connect(self.link_posts)
        picker.open()
        return picker

    def link_posts(self, post_ids: list[int]) -> None:
        from sosmed_desktop.services import directions

        if self.row is None or self.desk is None:
            return
        ident = self.row.id
        self.desk.change(
            self.tr("Link posts"),
            lambda uow: directions.link_posts(uow, ident, post_ids),
            lambda uow, added: directions.unlink_posts(uow, ident, added),
            redo=lambda uow, added: directions.link_posts(uow, ident, added),
            announce=("direction", [ident]),
        )

    def unlink_selected(self) -> None:
        from sosmed_desktop.services import directions

        ids = self.post_list.selected_ids()
        if self.row is None or self.desk is None or not ids:
            return
        ident = self.row.id
        self.desk.change(
            self.tr("Unlink posts"),
            lambda uow: directions.unlink_posts(uow, ident, ids),
            lambda uow, removed: directions.link_posts(uow, ident, removed),
            redo=lambda uow, removed: directions.unlink_posts(uow, ident, removed),
            announce=("direction", [ident]),
        )

    def attach_file(self) -> None:
        from sosmed_desktop.services import attachments

        if self.row is None or self.desk is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach a photo or PDF of the memo"),
            "",
            self.tr("Photos and PDF ({patterns});;All files (*)").format(patterns=FILE_FILTER),
        )
        if not name:
            return
        ident, config, path = self.row.id, self.desk.config, Path(name)
        self.desk.change(
            self.tr("Attach file"),
            lambda uow: attachments.attach_file_to_direction(config, uow, ident, path),
            lambda uow, ref: attachments.detach_from_direction(uow, ident, ref.media_id),
            redo=lambda uow, ref: attachments.attach_media_to_direction(uow, ident, ref.media_id),
            announce=("direction", [ident]),
        )

    def _selected_file(self) -> int | None:
        items = self.file_list.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def open_selected_file(self) -> None:
        """Open the attachment in the PC's viewer (photo viewer, PDF reader)."""
        from sosmed_desktop.services.attachments import file_path

        media_id = self._selected_file()
        if media_id is None or self.desk is None:
            return
        config = self.desk.config
        self.desk.run(
            lambda uow: file_path(config, uow, media_id),
            lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))),
        )

    def remove_selected_file(self) -> None:
        from sosmed_desktop.services import attachments

        media_id = self._selected_file()
        if self.row is None or self.desk is None or media_id is None:
            return
        ident = self.row.id
        self.desk.change(
            self.tr("Remove attachment"),
            lambda uow: attachments.detach_from_direction(uow, ident, media_id),
            lambda uow, _: attachments.attach_media_to_direction(uow, ident, media_id),
            announce=("direction", [ident]),
        )

    def delete(self) -> None:
        """Delete the direction after asking (its posts and files stay)."""
        from sosmed_desktop.services.directions import delete_direction

        if self.row is None or self.desk is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete direction"),
            self.tr(
                "Delete this direction from {name}? Its posts and files stay; this cannot "
                "be undone."
            ).format(name=self.row.given_by_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ident = self.row.id
        self.desk.run(
            lambda uow: delete_direction(uow, ident),
            announce=("direction", [ident]),
        )
