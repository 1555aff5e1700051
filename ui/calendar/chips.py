"""Drawing one post as a chip (program colour bar, title, time, platform marks, status dot),
and dragging chips and dropping posts or files on a view.

Shared by the month and week views so a post looks and moves the same everywhere.
The title is what the officer scans a month for, so it comes first and gets the
room; the platforms are small coloured marks and the time is shown only where the
whole title fits beside it.  A month paints hundreds of chips on every repaint:
what a chip needs that does not depend on its size (colours, time text) is made
once, not per paint.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache, cached_property
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
        """ "09.30 IG·FB Title" — the whole chip in words (its tooltip; "↻" first for a
        post of a series)."""
        badges = "·".join(platform_short(code) for code in self.platforms)
        text = f"{self.time} {badges} {self.title}".replace("  ", " ")
        return f"{SERIES_MARK} {text}" if self.series else text

    @cached_property
    def heading(self) -> str:
        """The title as the chip shows it ("↻" first for a post of a series)."""
        return f"{SERIES_MARK} {self.title}" if self.series else self.title

    @cached_property
    def time(self) -> str:
        """The local time, e.g. "09.30"."""
        return time_text(self.local_time)

    @cached_property
    def status_colour(self) -> QColor:
        """The colour of the status dot."""
        return status_colour(self.status)

    @cached_property
    def mark_colours(self) -> tuple[QColor, ...]:
        """The colour of each platform's mark, in the chip's platform order."""
        return tuple(colour(PLATFORM_MARKS.get(code, DEFAULT_MARK)) for code in self.platforms)


PLATFORM_MARKS = {
    "instagram": "#c13584",
    "facebook": "#1877f2",
    "x": "#14171a",
    "tiktok": "#00a19b",
    "youtube": "#e62117",
    "whatsapp_channel": "#1fa855",
    "linkedin": "#7a5af8",
    "threads": "#8a8a8a",
    "website": "#b7791f",
}
"""The colour of each platform's small mark on a chip (its tooltip names them)."""
DEFAULT_MARK = "#9aa5b1"
MARK = 6  # side of a platform mark, px
MARK_STEP = MARK + 2
STATUS_RADIUS = 3.5
TIME_GAP = 6
LEFT = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
RIGHT = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight)


@cache
def colour(name: str, alpha: int = 255) -> QColor:
    """A QColor made once per colour name and opacity (painting makes none)."""
    made = QColor(name)
    made.setAlpha(alpha)
    return made


def chip_text(chip: Chip, metrics: QFontMetrics, width: int) -> tuple[str, str]:
    """(title, time) as a chip `width` px wide for text shows them: the title elided to
    fit, the time only when the whole title fits beside it (else "")."""
    title_width = metrics.horizontalAdvance(chip.heading)
    if title_width + TIME_GAP + metrics.horizontalAdvance(chip.time) <= width:
        return chip.heading, chip.time
    if title_width <= width:
        return chip.heading, ""
    return metrics.elidedText(chip.heading, Qt.TextElideMode.ElideRight, width), ""


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
    """Paint `chip` into `rect`: colour bar, title (elided), time if it fits, platform
    marks and the status dot at the right."""
    painter.save()
    name = chip.colour or "#5b6b7f"
    base = colour(name)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour(name, 60 if selected else 34))
    painter.drawRoundedRect(rect, 3, 3)
    painter.setBrush(base)
    painter.drawRect(QRectF(rect.left(), rect.top(), 3, rect.height()))
    middle = rect.center().y()
    right = rect.right() - 2 * STATUS_RADIUS - 4
    painter.setBrush(chip.status_colour)
    painter.drawEllipse(QRectF(right, middle - STATUS_RADIUS, 2 * STATUS_RADIUS, 2 * STATUS_RADIUS))
    marks = chip.mark_colours
    right -= 5 + len(marks) * MARK_STEP
    for index, mark in enumerate(marks):
        painter.setBrush(mark)
        painter.drawRoundedRect(
            QRectF(right + 2 + index * MARK_STEP, middle - MARK / 2, MARK, MARK), 1.5, 1.5
        )
    text_rect = QRectF(rect.left() + 7, rect.top(), right - rect.left() - 7, rect.height())
    title, time = chip_text(chip, painter.fontMetrics(), int(text_rect.width()))
    painter.setPen(colour("#c0392b" if chip.overdue else "#1c2b39"))
    painter.drawText(text_rect, LEFT, title)
    if time:
        painter.setPen(colour("#c0392b" if chip.overdue else "#5b6b7f"))
        painter.drawText(text_rect, RIGHT, time)
    if selected:
        painter.setPen(QPen(base, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
    painter.restore()
