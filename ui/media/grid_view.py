"""The media page's thumbnail grid view, set up to stay quick with thousands of items.

Uniform cells laid out in batches let the view skip measuring every item, and
the view itself accepts no drops (the page takes dropped files as imports).
Kept apart from the page so its long list of view settings reads as one thing.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QListView

from ui.media.grid_model import ICON


def thumbnail_grid() -> QListView:
    """An icon-mode list view for `MediaGridModel`, with extended selection."""
    grid = QListView()
    grid.setObjectName("mediaGrid")
    grid.setViewMode(QListView.ViewMode.IconMode)
    grid.setMovement(QListView.Movement.Static)
    grid.setResizeMode(QListView.ResizeMode.Adjust)
    grid.setUniformItemSizes(True)
    grid.setLayoutMode(QListView.LayoutMode.Batched)
    grid.setBatchSize(200)
    grid.setIconSize(ICON)
    grid.setGridSize(QSize(ICON.width() + 22, ICON.height() + 40))
    grid.setSpacing(4)
    grid.setWordWrap(False)
    grid.setTextElideMode(Qt.TextElideMode.ElideRight)
    grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    grid.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
    grid.setAcceptDrops(False)
    grid.viewport().setAcceptDrops(False)
    return grid
