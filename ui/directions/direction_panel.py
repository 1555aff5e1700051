"""The side panel of one direction: what was asked, its posts, its files, its status."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.db.types import utcnow
from sosmed_desktop.domain.statuses import DIRECTION_TRANSITIONS, DirectionStatus
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
from ui.directions.record_panel import RecordPanel
from ui.directions.widgets import facts_html, facts_label, heading, list_height
from ui.plain_text import escape, plain_label

if TYPE_CHECKING:
    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.services.directions.attachments import AttachmentRef
    from sosmed_desktop.services.directions.directions import DirectionRow, LinkedPost
    from ui.directions.post_picker import PostPicker
    from ui.workbench import Workbench

Links = tuple[list["LinkedPost"], list["AttachmentRef"]]


class DirectionPanel(RecordPanel):
    """Details of the selected direction with its actions; empty until one is chosen."""

    KIND = "direction"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: DirectionRow | None = None
        self.files: list[AttachmentRef] = []
        self._details(self._details_page(self.tr("Select a direction to see its details.")))

    # Construction ---------------------------------------------------------------------
    def _details(self, layout: QVBoxLayout) -> None:
        top = QHBoxLayout()
        self.badge = QLabel()
        self.badge.setObjectName("statusBadge")
        top.addWidget(self.badge)
        top.addStretch(1)
        edit, delete = self._edit_and_delete(self.delete)
        self.status_button = QToolButton()
        self.status_button.setText(self.tr("Status"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = QMenu(self.status_button)
        self.status_button.setMenu(self.status_menu)
        for button in (edit, self.status_button, delete):
            top.addWidget(button)
        layout.addLayout(top)

        self.content = plain_label()
        self.content.setWordWrap(True)
        self.content.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.content.setStyleSheet("font-size: 11pt; padding: 6px 0;")
        layout.addWidget(self.content)
        self.facts = facts_label()
        layout.addWidget(self.facts)

        self._posts_section(
            layout,
            self.tr("Posts answering it"),
            5,
            (self.tr("Link posts…"), self.pick_posts),
            (self.tr("Unlink"), self.unlink_selected),
        )

        layout.addWidget(heading(self.tr("Attachments (memo photo, letter PDF)")))
        self.file_list = QListWidget()
        self.file_list.setAccessibleName(self.tr("Attachments (memo photo, letter PDF)"))
        list_height(self.file_list, 3)
        self.file_list.itemDoubleClicked.connect(lambda _item: self.open_selected_file())
        layout.addWidget(self.file_list)
        self._file_buttons(
            layout, self.attach_file, self.open_selected_file, self.remove_selected_file
        )
        self.file_list.itemSelectionChanged.connect(self._file_selection_changed)
        layout.addStretch(1)

    def _file_selection_changed(self) -> None:
        chosen = bool(self.file_list.selectedItems())
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # Showing ----------------------------------------------------------------------------
    def _fill(self, row: DirectionRow, bench: Workbench) -> None:
        colour = direction_status_colour(row.status).name()
        self.badge.setText(direction_status_label(row.status))
        self.badge.setStyleSheet(f"background: {colour};")
        self.content.setText(row.content)
        position = f"\n{row.given_by_position}" if row.given_by_position else ""
        given = self.tr("{when} via {channel}").format(
            when=when_text(row.given_at, bench.tz), channel=channel_label(row.channel)
        )
        due_caption = self.tr("Deadline")
        if row.due_at is None:
            due = escape(self.tr("none"))
        elif row.is_overdue(utcnow()):
            text = self.tr("{when} — overdue").format(when=when_text(row.due_at, bench.tz))
            due = f'<b style="color:{OVERDUE_COLOUR.name()}">{escape(text)}</b>'
        else:
            due = escape(when_text(row.due_at, bench.tz))
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

    def _links_reader(self, ident: int) -> Callable[[UnitOfWork], Links]:
        from sosmed_desktop.services.directions.attachments import direction_files
        from sosmed_desktop.services.directions.directions import posts_of_direction

        return lambda uow: (posts_of_direction(uow, ident), direction_files(uow, ident))

    def _show_links(self, result: Links | None, bench: Workbench) -> None:
        if result is None:
            self.show_row(None)
            return
        self.posts, self.files = result
        self.post_list.set_posts(
            self.posts, bench.tz, self.tr("No post yet. Link the posts that carry it out.")
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

    # Actions ----------------------------------------------------------------------------
    def change_status(self, target: str) -> None:
        from sosmed_desktop.services.directions import directions

        self._change(
            status_action_label(target),
            lambda uow, ident: directions.change_status(uow, ident, target),
            lambda uow, ident, old: directions.revert_status(
                uow, ident, expected=target, previous=old
            ),
            redo=lambda uow, ident, _old: directions.change_status(uow, ident, target),
        )

    def pick_posts(self) -> PostPicker | None:
        """Open the post picker; the chosen posts are linked (undoable)."""
        return self._pick_posts(
            self.tr("Link posts to the direction"), self.tr("Link"), self.link_posts
        )

    def link_posts(self, post_ids: list[int]) -> None:
        from sosmed_desktop.services.directions import directions

        self._relink(
            self.tr("Link posts"), directions.link_posts, directions.unlink_posts, post_ids
        )

    def unlink_selected(self) -> None:
        from sosmed_desktop.services.directions import directions

        ids = self.post_list.selected_ids()
        self._relink(self.tr("Unlink posts"), directions.unlink_posts, directions.link_posts, ids)

    def attach_file(self) -> None:
        from sosmed_desktop.services.directions import attachments

        self._attach_file(
            self.tr("Attach a photo or PDF of the memo"),
            attachments.attach_file_to_direction,
            lambda uow, ident, ref: attachments.detach_from_direction(uow, ident, ref.media_id),
            lambda uow, ident, ref: attachments.attach_media_to_direction(uow, ident, ref.media_id),
        )

    def _selected_file(self) -> int | None:
        items = self.file_list.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def open_selected_file(self) -> None:
        """Open the attachment in the PC's viewer (photo viewer, PDF reader)."""
        self._open_attachment(self._selected_file())

    def remove_selected_file(self) -> None:
        from sosmed_desktop.services.directions import attachments

        self._remove_attachment(
            self._selected_file(),
            attachments.detach_from_direction,
            attachments.attach_media_to_direction,
        )

    def delete(self) -> None:
        """Delete the direction after asking (its posts and files stay)."""
        from sosmed_desktop.services.directions.directions import delete_direction

        if self.row is None:
            return
        self._delete_after_asking(
            self.tr("Delete direction"),
            self.tr(
                "Delete this direction from {name}? Its posts and files stay; this cannot "
                "be undone."
            ).format(name=self.row.given_by_name),
            delete_direction,
        )
