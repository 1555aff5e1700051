"""The studio's crop canvas: the photo, the crop rectangle and its guides.

The rectangle is kept in upright-original pixels (as stored in the recipe); the
canvas shows a reduced copy and converts.  Dragging inside moves the crop,
dragging a corner resizes it with the preset's ratio (or freely); the outside
is dimmed, a rule-of-thirds grid and, for 9:16 stories, the bands the app covers
are drawn on top.  `crop_changed` is emitted when a drag ends (one undo step).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from sosmed_desktop.domain.recipe import STORY_SAFE_FRACTION, Crop, fit_crop

HANDLE = 10


class CropCanvas(QWidget):
    """Shows a photo and lets the officer place the crop rectangle."""

    crop_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(420, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Crop"))
        self.pixmap: QPixmap | None = None
        self.full = (1, 1)
        self.crop = Crop(0, 0, 1, 1)
        self.ratio: float | None = None
        self.thirds = True
        self.story_bands: str = ""  # "", "horizontal" or "vertical"
        self._drag: tuple[str, QPointF, Crop] | None = None

    def set_image(self, image: QImage, full_width: int, full_height: int) -> None:
        self.pixmap = QPixmap.fromImage(image)
        self.full = (full_width, full_height)
        self.update()

    def set_crop(self, crop: Crop, ratio: float | None, story_bands: str = "") -> None:
        self.crop, self.ratio, self.story_bands = crop, ratio, story_bands
        self.setAccessibleDescription(
            self.tr("Crop {w}×{h} pixels from {x}, {y} of a {fw}×{fh} photo").format(
                w=crop.w, h=crop.h, x=crop.x, y=crop.y, fw=self.full[0], fh=self.full[1]
            )
        )
        self.update()

    def set_thirds(self, on: bool) -> None:
        self.thirds = on
        self.update()

    # Geometry ------------------------------------------------------------------------
    def _frame(self) -> QRectF:
        """Where the photo is drawn, centred and fitted into the widget."""
        fw, fh = self.full
        scale = min((self.width() - 2 * HANDLE) / fw, (self.height() - 2 * HANDLE) / fh)
        w, h = fw * scale, fh * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def _scale(self) -> float:
        return self._frame().width() / self.full[0]

    def crop_rect(self) -> QRectF:
        frame, s = self._frame(), self._scale()
        c = self.crop
        return QRectF(frame.x() + c.x * s, frame.y() + c.y * s, c.w * s, c.h * s)

    # Painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#2b2f36"))
        if self.pixmap is None:
            painter.setPen(QColor("#c9d1da"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Loading photo…"))
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        frame = self._frame()
        painter.drawPixmap(frame, self.pixmap, QRectF(self.pixmap.rect()))
        rect = self.crop_rect()
        shade = QColor(0, 0, 0, 140)
        painter.fillRect(
            QRectF(frame.left(), frame.top(), frame.width(), rect.top() - frame.top()), shade
        )
        painter.fillRect(
            QRectF(frame.left(), rect.bottom(), frame.width(), frame.bottom() - rect.bottom()),
            shade,
        )
        painter.fillRect(
            QRectF(frame.left(), rect.top(), rect.left() - frame.left(), rect.height()), shade
        )
        painter.fillRect(
            QRectF(rect.right(), rect.top(), frame.right() - rect.right(), rect.height()), shade
        )
        if self.story_bands:
            band = QColor(220, 38, 38, 90)
            if self.story_bands == "horizontal":
                b = rect.height() * STORY_SAFE_FRACTION
                painter.fillRect(QRectF(rect.left(), rect.top(), rect.width(), b), band)
                painter.fillRect(QRectF(rect.left(), rect.bottom() - b, rect.width(), b), band)
            else:
                b = rect.width() * STORY_SAFE_FRACTION
                painter.fillRect(QRectF(rect.left(), rect.top(), b, rect.height()), band)
                painter.fillRect(QRectF(rect.right() - b, rect.top(), b, rect.height()), band)
        if self.thirds:
            painter.setPen(QPen(QColor(255, 255, 255, 150), 1))
            for i in (1, 2):
                x = rect.left() + rect.width() * i / 3
                y = rect.top() + rect.height() * i / 3
                painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
                painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.drawRect(rect)
        painter.setBrush(QColor("#ffffff"))
        for corner in (rect.topLeft(), rect.topRight(), rect.bottomLeft(), rect.bottomRight()):
            painter.drawRect(
                QRectF(corner.x() - HANDLE / 2, corner.y() - HANDLE / 2, HANDLE, HANDLE)
            )

    # Mouse ---------------------------------------------------------------------------
    def _hit(self, pos: QPointF) -> str:
        rect = self.crop_rect()
        corners = {
            "tl": rect.topLeft(),
            "tr": rect.topRight(),
            "bl": rect.bottomLeft(),
            "br": rect.bottomRight(),
        }
        for name, point in corners.items():
            if abs(pos.x() - point.x()) <= HANDLE and abs(pos.y() - point.y()) <= HANDLE:
                return name
        return "move" if rect.contains(pos) else ""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        what = self._hit(event.position()) if self.pixmap is not None else ""
        if what:
            self._drag = (what, event.position(), self.crop)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            hit = self._hit(event.position()) if self.pixmap is not None else ""
            cursors = {
                "move": Qt.CursorShape.SizeAllCursor,
                "tl": Qt.CursorShape.SizeFDiagCursor,
                "br": Qt.CursorShape.SizeFDiagCursor,
                "tr": Qt.CursorShape.SizeBDiagCursor,
                "bl": Qt.CursorShape.SizeBDiagCursor,
            }
            self.setCursor(cursors.get(hit, Qt.CursorShape.ArrowCursor))
            return
        what, start, before = self._drag
        s = self._scale()
        dx = (event.position().x() - start.x()) / s
        dy = (event.position().y() - start.y()) / s
        self.crop = self.dragged(before, what, dx, dy)
        self.update()

    def dragged(self, before: Crop, what: str, dx: float, dy: float) -> Crop:
        """The crop after dragging `what` (move or a corner) by dx, dy original pixels."""
        fw, fh = self.full
        if what == "move":
            x = min(max(0, round(before.x + dx)), fw - before.w)
            y = min(max(0, round(before.y + dy)), fh - before.h)
            return Crop(x, y, before.w, before.h)
        left, top = before.x, before.y
        right, bottom = before.x + before.w, before.y + before.h
        if "l" in what:
            left = min(max(0, left + dx), right - 16)
        else:
            right = max(min(fw, right + dx), left + 16)
        if "t" in what:
            top = min(max(0, top + dy), bottom - 16)
        else:
            bottom = max(min(fh, bottom + dy), top + 16)
        w, h = right - left, bottom - top
        if self.ratio is not None:
            w, h = (w, w / self.ratio) if w / h < self.ratio else (h * self.ratio, h)
            # Keep the corner opposite to the dragged one in place.
            left = right - w if "l" in what else left
            top = bottom - h if "t" in what else top
        resized = Crop(round(left), round(top), max(1, round(w)), max(1, round(h)))
        return fit_crop(resized, fw, fh, self.ratio)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            before = self._drag[2]
            self._drag = None
            if self.crop != before:
                self.crop_changed.emit(self.crop)
