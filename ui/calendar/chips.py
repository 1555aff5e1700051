"""Drawing one post as a chip (program colour bar, time, platforms, title, status dot),
and dragging chips and dropping posts or files on a view.

Shared by the month and week views so a post looks and moves the same everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import cast

from PySide6.QtCore import QMimeData, QPoint, QRectF, Qt, SignalInstance
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDropEvent,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import QApplication, QWidget

from ui.i18n import time_text
from ui.labels import platform_short, status_colour

POST_MIME = "application/x-sosmed-post-id"
SERIES_MARK = "↻"


@dataclass(frozen=True)
class Chip:
    """What a view shows of a post, with its local (officer's zone) time."""

    id: int
    title: str
    status: str
    local_time: datetime
    platforms: tuple[str, ...]
    colour: str
    overdue: bool = False
    series: bool = False

    def label(self) -> str:
        """ "09.30 IG·FB Title" — the text on the chip ("↻" first for a post of a series)."""
        badges = "·".join(platform_short(code) for code in self.platforms)
        text = f"{time_text(self.local_time)} {badges} {self.title}".replace("  ", " ")
        return f"{SERIES_MARK} {text}" if self.series else text


def start_post_drag(source: QWidget, post_id: int) -> None:
    """Begin dragging a post (dropped on a day or time slot, it is rescheduled)."""
    mime = QMimeData()
    mime.setData(POST_MIME, str(post_id).encode())
    drag = QDrag(source)
    drag.setMimeData(mime)
    drag.exec(Qt.DropAction.MoveAction)


def dropped_post_id(mime: QMimeData) -> int | None:
    """The post id carried by a drop, if it is a post being moved."""
    if not mime.hasFormat(POST_MIME):
        return None
    try:
        return int(bytes(mime.data(POST_MIME).data()).decode())
    except ValueError:
        return None


def dropped_files(mime: QMimeData) -> list[str]:
    """Local file paths carried by a drop (from the file manager or the media library)."""
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []


def accepts_drop(mime: QMimeData) -> bool:
    """A post being moved, or files: what a calendar view takes."""
    return mime.hasFormat(POST_MIME) or mime.hasUrls()


class ChipDragDrop:
    """Dragging a chip out of a view and dropping posts or files on it (mixed into a view).

    The view remembers the pressed chip in `_press` and has the signals
    `post_moved(id, target)` and `files_dropped(target, paths)`, where the
    target is what the view drops on (a day, a moment).
    """

    _press: tuple[QPoint, Chip] | None
    post_moved: SignalInstance
    files_dropped: SignalInstance

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Start dragging the pressed chip once the mouse moved far enough."""
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        origin, chip = self._press
        if (
            event.position().toPoint() - origin
        ).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        start_post_drag(cast("QWidget", self), chip.id)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if accepts_drop(event.mimeData()):
            event.acceptProposedAction()

    def _drop_on(self, event: QDropEvent, target: object) -> None:
        """A post dropped on `target` is moved there; files dropped there start a post."""
        mime = event.mimeData()
        post_id, paths = dropped_post_id(mime), dropped_files(mime)
        if post_id is not None:
            event.acceptProposedAction()
            self.post_moved.emit(post_id, target)
        elif paths:
            event.acceptProposedAction()
            self.files_dropped.emit(target, paths)


def paint_chip(painter: QPainter, rect: QRectF, chip: Chip, selected: bool) -> None:
    """Paint `chip` into `rect` (elided to fit)."""
    painter.save()
    base = QColor(chip.colour or "#5b6b7f")
    fill = QColor(base)
    fill.setAlpha(60 if selected else 34)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, 3, 3)
    painter.setBrush(base)
    painter.drawRect(QRectF(rect.left(), rect.top(), 3, rect.height()))
    dot = status_colour(chip.status)
    painter.setBrush(dot)
    radius = 3.5
    painter.drawEllipse(
        QRectF(rect.right() - 2 * radius - 4, rect.center().y() - radius, 2 * radius, 2 * radius)
    )
    painter.setPen(QPen(QColor("#c0392b") if chip.overdue else QColor("#1c2b39")))
    text_rect = rect.adjusted(7, 0, -(2 * radius + 8), 0)
    metrics = QFontMetrics(painter.font())
    text = metrics.elidedText(chip.label(), Qt.TextElideMode.ElideRight, int(text_rect.width()))
    painter.drawText(
        text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text
    )
    if selected:
        painter.setPen(QPen(base, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
    painter.restore()
