"""A platform's photos as an ordered strip (the carousel), each showing the feed's crop.

Drag a thumbnail to reorder; drop files from the file manager or photos from
the media library to add them.  Each thumbnail dims what the photo's platform
recipe (`domain.platform_render.platform_recipe`: the platform's feed preset
for an unedited photo, or the framing the officer chose) cuts off — the very
crop the package image gets — so the officer sees a beheaded group photo
before the public does.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from sosmed_desktop.domain.platform_render import UNCROPPED, chosen_key, platform_recipe
from sosmed_desktop.domain.platforms import PlatformSpec
from sosmed_desktop.domain.recipe import Recipe, RecipeError, effective_crop
from sosmed_desktop.services.media.catalog import MediaSummary
from sosmed_desktop.services.posts.data import MediaItem
from ui.editor.thumbnails import EditorImages
from ui.plain_text import as_html

translate = QCoreApplication.translate

MEDIA_MIME = "application/x-sosmed-media-ids"
"""Drag format of photos from the media library: ids separated by commas."""
TILE = 104
ID_ROLE = Qt.ItemDataRole.UserRole + 1
RECIPE_ROLE = Qt.ItemDataRole.UserRole + 2


def crop_rect(image: QRectF, ratio: float) -> QRectF:
    """The centred part of `image` that a feed showing `ratio` (width / height) keeps."""
    if image.height() <= 0 or ratio <= 0:
        return QRectF(image)
    current = image.width() / image.height()
    if current > ratio:  # wider than the feed: the sides go
        width = image.height() * ratio
        return QRectF(image.center().x() - width / 2, image.top(), width, image.height())
    height = image.width() / ratio
    return QRectF(image.left(), image.center().y() - height / 2, image.width(), height)


def item_recipe(item: MediaItem, spec: PlatformSpec) -> Recipe | None:
    """The recipe the photo is rendered with on the platform (None: unreadable)."""
    try:
        return platform_recipe(item.recipe, spec)
    except RecipeError:
        return None


def kept_rect(image: QRectF, recipe: Recipe, summary: MediaSummary | None) -> QRectF:
    """The part of the photo drawn in `image` that `recipe` keeps."""
    if summary is None or not summary.width or not summary.height:
        return crop_rect(image, recipe.aspect) if recipe.aspect else QRectF(image)
    crop = effective_crop(recipe, summary.width, summary.height)
    sx, sy = image.width() / summary.width, image.height() / summary.height
    return QRectF(image.left() + crop.x * sx, image.top() + crop.y * sy, crop.w * sx, crop.h * sy)


def framing_label(item: MediaItem, spec: PlatformSpec) -> str:
    """How the photo is framed on the platform, for its badge."""
    key = chosen_key(item.recipe, spec)
    if key == UNCROPPED:
        return translate("MediaStrip", "Uncropped")
    preset = next((p for p in spec.presets if p.key == key), None)
    return preset.label if preset else translate("MediaStrip", "Studio crop")


def dropped_media_ids(mime: QMimeData) -> list[int]:
    """Library photo ids carried by a drag from the media library."""
    if not mime.hasFormat(MEDIA_MIME):
        return []
    raw = bytes(mime.data(MEDIA_MIME).data()).decode(errors="replace")
    return [int(part) for part in raw.split(",") if part.strip().isdigit()]


def _item_of(index: QModelIndex | QPersistentModelIndex) -> MediaItem:
    # Plain values in the item (not a Python object) so that Qt can serialise a drag.
    return MediaItem(int(index.data(ID_ROLE)), json.loads(index.data(RECIPE_ROLE) or "{}"))


class _CropDelegate(QStyledItemDelegate):
    def __init__(self, strip: MediaStrip) -> None:
        super().__init__(strip)
        self.strip = strip

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(TILE + 8, TILE + 8)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        item = _item_of(index)
        box = QRectF(option.rect).adjusted(4, 4, -4, -4)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(box, QColor("#e9edf2"))
        image = self.strip.loader.image(item.media_id)
        spec = self.strip.spec
        recipe = item_recipe(item, spec) if spec is not None else None
        if image is not None:
            scale = min(box.width() / image.width(), box.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            target.moveCenter(box.center())
            painter.drawImage(target, image)
            if recipe is not None:
                summary = self.strip.describe(item.media_id)
                self._paint_crop(painter, target, kept_rect(target, recipe, summary))
        else:
            painter.setPen(QColor("#5b6b7f"))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), "…")
        self._badge(painter, box, str(index.row() + 1), top=True)
        if spec is not None:
            self._badge(painter, box, framing_label(item, spec), top=False)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(QColor("#1f4e79"), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(box.adjusted(-1, -1, 1, 1))
        painter.restore()

    def _paint_crop(self, painter: QPainter, image: QRectF, kept: QRectF) -> None:
        shade = QColor(0, 0, 0, 130)
        left, top, right, bottom = image.left(), image.top(), image.right(), image.bottom()
        for part in (
            QRectF(left, top, image.width(), kept.top() - top),
            QRectF(left, kept.bottom(), image.width(), bottom - kept.bottom()),
            QRectF(left, kept.top(), kept.left() - left, kept.height()),
            QRectF(kept.right(), kept.top(), right - kept.right(), kept.height()),
        ):
            if part.width() > 0 and part.height() > 0:
                painter.fillRect(part, shade)
        pen = QPen(QColor("#ffffff"), 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(kept.adjusted(0.5, 0.5, -0.5, -0.5))

    def _badge(self, painter: QPainter, box: QRectF, text: str, *, top: bool) -> None:
        metrics = painter.fontMetrics()
        width = min(box.width() - 4, metrics.horizontalAdvance(text) + 8)
        height = metrics.height() + 2
        y = box.top() + 2 if top else box.bottom() - height - 2
        rect = QRectF(box.left() + 2, y, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(28, 43, 57, 190))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(QColor("#ffffff"))
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width - 6))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), shown)


class MediaStrip(QListWidget):
    """The ordered photos of one platform; emits what the officer did, changes nothing
    by itself except the order (which it reports as `reordered(old, new)`)."""

    reordered = Signal(tuple, tuple)
    files_dropped = Signal(list)
    media_dropped = Signal(list)
    items_changed = Signal()

    def __init__(
        self,
        loader: EditorImages,
        describe: Callable[[int], MediaSummary | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.loader = loader
        self.describe = describe
        self.spec: PlatformSpec | None = None
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAcceptDrops(True)
        self.setItemDelegate(_CropDelegate(self))
        self.setFixedHeight(TILE + 8 + self.horizontalScrollBar().sizeHint().height() + 6)
        self.setToolTip(
            translate(
                "MediaStrip",
                "Drag to reorder. Drop photos here to add them. The dimmed part is what the "
                "feed crops off.",
            )
        )
        # A method, not a lambda: the loader outlives this editor, and a connection to a
        # method goes when the strip does (a lambda's stayed, and kept the editor).
        loader.ready.connect(self._image_ready)

    def _image_ready(self, _media_id: int) -> None:
        self.viewport().update()

    def set_items(self, items: tuple[MediaItem, ...]) -> None:
        """Show `items` in order (signals nothing)."""
        current = self.currentRow()
        self.clear()
        for item in items:
            entry = QListWidgetItem()
            entry.setData(ID_ROLE, item.media_id)
            entry.setData(RECIPE_ROLE, json.dumps(item.recipe, sort_keys=True))
            summary = self.describe(item.media_id)
            if summary is not None:
                size = f"{summary.width or '?'}×{summary.height or '?'}"
                entry.setToolTip(as_html(f"{summary.title}\n{size}"))
                self.loader.request(item.media_id, summary.stored_name)
            entry.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            self.addItem(entry)
        if self.count():
            self.setCurrentRow(min(max(current, 0), self.count() - 1))
        self.items_changed.emit()

    def items(self) -> tuple[MediaItem, ...]:
        """The photos in their current order."""
        model = self.model()
        return tuple(_item_of(model.index(row, 0)) for row in range(self.count()))

    # Drag and drop ------------------------------------------------------------------
    def _external(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        mime = event.mimeData()
        return event.source() is not self and (mime.hasUrls() or mime.hasFormat(MEDIA_MIME))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._external(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._external(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if self._external(event):
            mime = event.mimeData()
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            ids = dropped_media_ids(mime)
            if ids:
                self.media_dropped.emit(ids)
            else:
                paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
                if paths:
                    self.files_dropped.emit(paths)
            return
        before = self.items()
        super().dropEvent(event)
        after = self.items()
        if before != after and len(before) == len(after):
            self.reordered.emit(before, after)
            self.items_changed.emit()
