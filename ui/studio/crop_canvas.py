"""The studio's crop canvas: the photo, the crop rectangle and its guides.

The rectangle is kept in upright-original pixels (as stored in the recipe); the
canvas shows a reduced copy and converts.  Dragging inside moves the crop,
dragging a corner resizes it with the preset's ratio (or freely); the outside
is dimmed, a rule-of-thirds grid and, for 9:16 stories, the bands the app covers
are drawn on top.  `crop_changed` is emitted when a drag ends (one undo step).

From the keyboard (the canvas takes focus and shows it with a frame): the arrow
keys move the crop by a hundredth of the photo (ten with Shift), + and − make it
larger or smaller around its centre, keeping the preset's ratio.  Keys held
down make one undo step, emitted when the key is let go.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from sosmed_desktop.domain.recipe import STORY_SAFE_FRACTION, Crop, fit_crop

HANDLE = 10
RESIZE_STEP = 1.05
"""How much + and − scale the crop per press."""


class CropCanvas(QWidget):
    """Shows a photo and lets the officer place the crop rectangle."""

    crop_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(420, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Crop"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(
            self.tr("Arrow keys move the crop (Shift: further); + and − make it larger or smaller")
        )
        self.pixmap: QPixmap | None = None
        self.full = (1, 1)
        self.crop = Crop(0, 0, 1, 1)
        self.ratio: float | None = None
        self.thirds = True
        self.story_bands: str = ""  # "", "horizontal" or "vertical"
        self._drag: tuple[str, QPointF, Crop] | None = None
        self._keyed_from: Crop | None = None

    def set_image(self, image: QImage, full_width: int, full_height: int) -> None:
        self.pixmap = QPixmap.fromImage(image)
        self.full = (full_width, full_height)
        self.update()

    def set_crop(self, crop: Crop, ratio: float | None, story_bands: str = "") -> None:
        self.crop, self.ratio, self.story_bands = crop, ratio, story_bands
        self._describe()
        self.update()

    def _describe(self) -> None:
        crop = self.crop
        self.setAccessibleDescription(
            self.tr("Crop {w}×{h} pixels from {x}, {y} of a {fw}×{fh} photo").format(
                w=crop.w, h=crop.h, x=crop.x, y=crop.y, fw=self.full[0], fh=self.full[1]
            )
        )

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
        if self.hasFocus():  # the keys act on the crop: say so around the canvas
            painter.setPen(QPen(QColor("#4c9aff"), 3))
            painter.drawRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5))
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

    # Keyboard ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        step = max(1, round(min(self.full) / 100))
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            step *= 10
        moves = {
            Qt.Key.Key_Left: (-step, 0),
            Qt.Key.Key_Right: (step, 0),
            Qt.Key.Key_Up: (0, -step),
            Qt.Key.Key_Down: (0, step),
        }
        sizes = {Qt.Key.Key_Plus: RESIZE_STEP, Qt.Key.Key_Equal: RESIZE_STEP,
                 Qt.Key.Key_Minus: 1 / RESIZE_STEP}  # fmt: skip
        if self.pixmap is None or (key not in moves and key not in sizes):
            super().keyPressEvent(event)
            return
        if self._keyed_from is None:
            self._keyed_from = self.crop
        if key in moves:
            self.crop = self.dragged(self.crop, "move", *moves[key])
        else:
            self.crop = self.scaled(self.crop, sizes[key])
        self._describe()
        self.update()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.isAutoRepeat() or self._keyed_from is None:
            super().keyReleaseEvent(event)
            return
        self._keys_done()

    def _keys_done(self) -> None:
        """The keys are let go (or the focus left while one was held): one undo step."""
        before, self._keyed_from = self._keyed_from, None
        if before is not None and self.crop != before:
            self.crop_changed.emit(self.crop)

    def scaled(self, before: Crop, factor: float) -> Crop:
        """The crop `factor` times as large around its centre, inside the photo."""
        w, h = max(16, round(before.w * factor)), max(16, round(before.h * factor))
        cx, cy = before.x + before.w / 2, before.y + before.h / 2
        grown = Crop(round(cx - w / 2), round(cy - h / 2), w, h)
        return fit_crop(grown, *self.full, self.ratio)  # inside the photo, the centre kept

    def focusInEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().focusOutEvent(event)
        self._keys_done()  # a key's release goes elsewhere now
        self.update()
