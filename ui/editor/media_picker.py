"""Choosing photos already in the media library for a post (most recent first)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.services.media.catalog import MediaSummary
from ui.editor.thumbnails import EditorImages
from ui.plain_text import as_html

if TYPE_CHECKING:
    from ui.operations import Operations

ICON = 120


class MediaPicker(QDialog):
    """A grid of library photos; several can be chosen, in the order clicked."""

    def __init__(
        self, ops: Operations, loader: EditorImages, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.loader = loader
        self._summaries: dict[int, MediaSummary] = {}
        self.setWindowTitle(self.tr("Photos from the media library"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        self.hint = QLabel(self.tr("Loading the library…"))
        layout.addWidget(self.hint)
        self.grid = QListWidget()
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setIconSize(QSize(ICON, ICON))
        self.grid.setGridSize(QSize(ICON + 24, ICON + 40))
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.grid.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.grid, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        loader.ready.connect(self._thumbnail_ready)
        from sosmed_desktop.services.media.catalog import recent_media

        ops.read(self, recent_media, self._show)

    def _show(self, summaries: list[MediaSummary]) -> None:
        self.grid.clear()
        for summary in summaries:
            self._summaries[summary.id] = summary
            item = QListWidgetItem(summary.title)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setToolTip(as_html(f"{summary.original_name}\n{summary.width}×{summary.height}"))
            self.grid.addItem(item)
            self.loader.request(summary.id, summary.stored_name)
            self._thumbnail_ready(summary.id)
        self.hint.setText(
            self.tr("Click the photos to add, in order.")
            if summaries
            else self.tr("The media library is empty: add photos with “Add photos…”.")
        )

    def _thumbnail_ready(self, media_id: int) -> None:
        image = self.loader.image(media_id)
        if image is None:
            return
        for row in range(self.grid.count()):
            item = self.grid.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == media_id:
                item.setIcon(QIcon(QPixmap.fromImage(image)))

    def chosen(self) -> list[int]:
        """Ids of the chosen photos, in the order they were selected."""
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.grid.selectedItems()]

    def summaries(self) -> dict[int, MediaSummary]:
        return dict(self._summaries)
