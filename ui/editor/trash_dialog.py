"""The trash (File → Trash): posts moved there, most recent first, and restoring them.

Nothing is deleted for good from here: a post in the trash keeps its history
and approvals and comes back exactly as it was.  The selected posts come back
together (`posts.restore_posts`), or, when one of them cannot, none does and
the list is read again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.services.posts.posts import TrashRow, list_trash, restore_posts
from ui.bus import DataBus
from ui.i18n import short_date, time_text
from ui.labels import status_label
from ui.operations import Operations

if TYPE_CHECKING:
    from sosmed_desktop.bootstrap import AppContext


class TrashDialog(QDialog):
    """Trashed posts with a Restore button."""

    loaded = Signal(int)
    restored = Signal(int)

    def __init__(self, ctx: AppContext, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = ctx.config.tz
        self.ops = Operations(lambda: ctx, bus)
        self.setWindowTitle(self.tr("Trash"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.list = QTreeWidget()
        self.list.setHeaderLabels(
            [self.tr("Title"), self.tr("Status"), self.tr("Scheduled"), self.tr("Trashed")]
        )
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setColumnWidth(0, 280)
        self.list.setColumnWidth(1, 130)
        self.list.setColumnWidth(2, 130)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.clicked.connect(self.restore)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.ops.read(self, list_trash, self._show)

    def _when(self, value) -> str:
        if value is None:
            return ""
        local = value.astimezone(self.tz)
        return f"{short_date(local)} {time_text(local)}"

    def _show(self, rows: list[TrashRow]) -> None:
        self.list.clear()
        for row in rows:
            item = QTreeWidgetItem(
                [row.title, status_label(row.status), self._when(row.scheduled_at),
                 self._when(row.deleted_at)]
            )  # fmt: skip
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            self.list.addTopLevelItem(item)
        self.hint.setText(
            self.tr("Posts in the trash keep their history; restore brings them back.")
            if rows
            else self.tr("The trash is empty.")
        )
        self.restore_button.setEnabled(bool(rows))
        self.loaded.emit(len(rows))

    def restore(self) -> None:
        """Bring the selected posts back."""
        ids = [item.data(0, Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]
        if not ids:
            return

        def done(restored: list[int]) -> None:
            for post_id in restored:
                self.restored.emit(post_id)
            self.reload()

        self.ops.write(
            self, lambda uow: restore_posts(uow, ids), done, on_error=lambda _exc: self.reload()
        )
