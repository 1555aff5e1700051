"""The month grid: six weeks of days, each with its posts as chips.

Painted directly (not one widget per post) so a month with hundreds of posts
stays fast; a change repaints only what it changed (the same month loaded
again repaints nothing, marks arriving repaint their days, a new selection its
two days), and a paint draws only the days in its region.

Interaction: click selects a day or post, double-click opens a post
or creates one on an empty day, drag a post to another day to reschedule it,
drop photos or files on a day to start a post with them, arrows move the
selected day, Ctrl+Down/Ctrl+Up select its posts, Enter opens the selected post
or starts one on the day.  A screen reader reads the focused day (`day_speech`)
and the grid as a table of days (`days_accessible`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QContextMenuEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from sosmed_desktop import clock
from sosmed_desktop.domain.commemorative import CalendarMark
from ui.calendar.calendar_data import mark_colours, mark_names
from ui.calendar.chips import Chip, ChipDragDrop, accepts_drop, paint_chip
from ui.calendar.day_speech import describe_day, step_post
from ui.labels import status_label

translate = QCoreApplication.translate

HEADER = 26
DAY_LINE = 20
CHIP_H = 18
CHIP_GAP = 2
WEEKS = 6


@dataclass(frozen=True)
class _Hit:
    day: date
    chip: Chip | None = None
    more: bool = False


def grid_start(year: int, month: int) -> date:
    """The Monday on or before the first of the month (first cell of the grid)."""
    first = date(year, month, 1)
    return first - timedelta(days=first.weekday())


class MonthView(ChipDragDrop, QWidget):
    """Six-week month grid of post chips."""

    post_activated = Signal(int)
    day_activated = Signal(object)
    post_moved = Signal(int, object)
    files_dropped = Signal(object, list)
    more_requested = Signal(object)
    selected_day_changed = Signal(object)
    day_menu_requested = Signal(object, QPoint)  # day, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = clock.now().astimezone().date()
        self.year, self.month = today.year, today.month
        self.today = today
        self._selected_day = today
        self.selected_post: int | None = None
        self._chips: dict[date, list[Chip]] = {}
        self._marks: dict[date, list[CalendarMark]] = {}
        self._press: tuple[QPoint, Chip] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.setMinimumSize(560, 360)
        self._describe()

    # Data -----------------------------------------------------------------------
    @property
    def selected_day(self) -> date:
        return self._selected_day

    @selected_day.setter
    def selected_day(self, day: date) -> None:
        before, self._selected_day = self._selected_day, day
        if day != before:
            self._update_days({before, day})

    def set_month(
        self,
        year: int,
        month: int,
        chips: dict[date, list[Chip]],
        marks: dict[date, list[CalendarMark]] | None = None,
        *,
        today: date,
    ) -> None:
        """Show a month with its chips per local date and its holiday/commemoration marks.

        `today` is the officer's date (their time zone, not the PC's).
        """
        marks = marks or {}
        if (year, month, chips, marks, today) == (
            self.year,
            self.month,
            self._chips,
            self._marks,
            self.today,
        ):
            self._describe()  # the selected day may have changed
            return  # the same month again (the services' load after the early one)
        self.year, self.month = year, month
        self._chips = chips
        self._marks = marks
        self.today = today
        if (self.selected_day.year, self.selected_day.month) != (year, month):
            self.selected_day = date(year, month, 1)
        self._describe()
        self.update()

    def set_marks(self, marks: dict[date, list[CalendarMark]]) -> None:
        """The holiday/commemoration marks of the month shown (when they come later):
        only the days whose marks changed are repainted."""
        changed = {
            day
            for day in marks.keys() | self._marks.keys()
            if marks.get(day) != self._marks.get(day)
        }
        self._marks = marks
        self._describe()
        self._update_days(changed)

    def _update_days(self, days: set[date]) -> None:
        """Repaint the cells of `days` that are on the grid."""
        shown = set(self.visible_days())
        for day in days & shown:
            self.update(self.cell_rect(day).toAlignedRect().adjusted(-1, -1, 1, 1))

    def visible_days(self) -> list[date]:
        """The days of the six weeks shown, Monday first (the screen reader's cells)."""
        start = grid_start(self.year, self.month)
        return [start + timedelta(days=index) for index in range(WEEKS * 7)]

    def day_rect(self, day: date) -> QRectF:
        return self.cell_rect(day)

    def day_at(self, pos: QPoint) -> date | None:
        found = self.hit(pos)
        return found.day if found is not None else None

    def marks_on(self, day: date) -> list[CalendarMark]:
        """The holidays and commemorations of `day`."""
        return self._marks.get(day, [])

    def chips_on(self, day: date) -> list[Chip]:
        """The chips shown on `day` (time order)."""
        return self._chips.get(day, [])

    # Geometry ---------------------------------------------------------------------
    def _cell_size(self) -> tuple[float, float]:
        return self.width() / 7, (self.height() - HEADER) / WEEKS

    def cell_rect(self, day: date) -> QRectF:
        """Where `day` is drawn (days of the six visible weeks only)."""
        index = (day - grid_start(self.year, self.month)).days
        width, height = self._cell_size()
        return QRectF((index % 7) * width, HEADER + (index // 7) * height, width, height)

    def _capacity(self) -> int:
        _, height = self._cell_size()
        return max(0, int((height - DAY_LINE - 4) // (CHIP_H + CHIP_GAP)))

    def _chip_rect(self, cell: QRectF, slot: int) -> QRectF:
        top = cell.top() + DAY_LINE + 2 + slot * (CHIP_H + CHIP_GAP)
        return QRectF(cell.left() + 3, top, cell.width() - 6, CHIP_H)

    def post_rect(self, chip: Chip) -> QRectF | None:
        """Where `chip` is drawn; None when it is hidden behind its day's "+N more"."""
        day = chip.local_time.date()
        shown, _hidden = self._layout(day)
        if chip not in shown:
            return None
        return self._chip_rect(self.cell_rect(day), shown.index(chip))

    def _layout(self, day: date) -> tuple[list[Chip], int]:
        """The chips that fit in the cell, and how many are hidden behind "+N"."""
        chips = self.chips_on(day)
        capacity = self._capacity()
        if len(chips) <= capacity:
            return chips, 0
        shown = max(0, capacity - 1)
        return chips[:shown], len(chips) - shown

    def hit(self, pos: QPoint) -> _Hit | None:
        """What is under a point: a day, a chip on it, or its "+N more" line."""
        width, height = self._cell_size()
        if pos.y() < HEADER or width <= 0 or height <= 0:
            return None
        column = min(6, int(pos.x() // width))
        row = min(WEEKS - 1, int((pos.y() - HEADER) // height))
        day = grid_start(self.year, self.month) + timedelta(days=row * 7 + column)
        cell = self.cell_rect(day)
        shown, hidden = self._layout(day)
        for slot, chip in enumerate(shown):
            if self._chip_rect(cell, slot).contains(pos):
                return _Hit(day, chip)
        if hidden and self._chip_rect(cell, len(shown)).contains(pos):
            return _Hit(day, more=True)
        return _Hit(day)

    # Painting -------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = event.rect()
        painter.fillRect(area, QColor("#ffffff"))
        if area.top() < HEADER:
            self._paint_header(painter)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        for day in self.visible_days():
            if self.cell_rect(day).toAlignedRect().adjusted(-1, -1, 1, 1).intersects(area):
                self._paint_day(painter, day, small)
        painter.end()

    def _paint_header(self, painter: QPainter) -> None:
        width, _ = self._cell_size()
        locale = QLocale()
        painter.setPen(QColor("#5b6b7f"))
        for column in range(7):
            name = locale.dayName(column + 1, QLocale.FormatType.ShortFormat)
            rect = QRectF(column * width, 0, width, HEADER)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), name)

    def _paint_day(self, painter: QPainter, day: date, small: QFont) -> None:
        cell = self.cell_rect(day)
        in_month = day.month == self.month
        marks = self._marks.get(day, [])
        mark_colour, mark_background = mark_colours(marks)
        background = QColor("#ffffff" if in_month else "#f4f6f9")
        if in_month and marks:
            background = QColor(mark_background)
        elif in_month and day.weekday() == 6:
            background = QColor("#fff7f5")
        painter.fillRect(cell, background)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("#e1e6ec")))
        painter.drawRect(cell)
        number_rect = QRectF(cell.left() + 4, cell.top() + 2, 22, DAY_LINE - 4)
        if day == self.today:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#1f4e79"))
            painter.drawEllipse(number_rect.adjusted(1, -1, 0, 1))
            painter.setPen(QColor("#ffffff"))
        else:
            painter.setPen(QColor("#1c2b39" if in_month else "#9aa5b1"))
        painter.drawText(number_rect, int(Qt.AlignmentFlag.AlignCenter), str(day.day))
        if marks:
            painter.save()
            painter.setFont(small)
            painter.setPen(QColor(mark_colour if in_month else "#d7a59f"))
            mark_rect = QRectF(cell.left() + 28, cell.top() + 2, cell.width() - 32, DAY_LINE - 4)
            text = painter.fontMetrics().elidedText(
                mark_names(marks), Qt.TextElideMode.ElideRight, int(mark_rect.width())
            )
            painter.drawText(mark_rect, int(Qt.AlignmentFlag.AlignVCenter), text)
            painter.restore()
        shown, hidden = self._layout(day)
        painter.save()
        painter.setFont(small)
        for slot, chip in enumerate(shown):
            paint_chip(painter, self._chip_rect(cell, slot), chip, chip.id == self.selected_post)
        if hidden:
            painter.setPen(QColor("#1f4e79"))
            more = translate("MonthView", "+%n more", "", hidden)
            painter.drawText(
                self._chip_rect(cell, len(shown)).adjusted(4, 0, 0, 0),
                int(Qt.AlignmentFlag.AlignVCenter),
                more,
            )
        painter.restore()
        if day == self.selected_day and self.hasFocus():
            painter.setPen(QPen(QColor("#1f4e79"), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(cell.adjusted(1, 1, -1, -1))

    # Mouse ------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        found = self.hit(event.position().toPoint())
        if found is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self._select(found.day, found.chip.id if found.chip else None)
        self._press = (event.position().toPoint(), found.chip) if found.chip else None
        if found.more:
            self.more_requested.emit(found.day)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        found = self.hit(event.position().toPoint())
        if found is None or found.more:
            return
        if found.chip is not None:
            self.post_activated.emit(found.chip.id)
        else:
            self.day_activated.emit(found.day)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        found = self.hit(event.pos())
        if found is not None and found.chip is None:
            self._select(found.day)
            self.day_menu_requested.emit(found.day, event.globalPos())

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.hit(event.pos())
            if found is not None and found.chip is not None:
                chip = found.chip
                QToolTip.showText(event.globalPos(), f"{chip.label()}\n{status_label(chip.status)}")
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # Drops ---------------------------------------------------------------------------------
    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        found = self.hit(event.position().toPoint())
        if found is not None and accepts_drop(event.mimeData()):
            self.selected_day = found.day
            self.update()
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        found = self.hit(event.position().toPoint())
        if found is not None:
            self._drop_on(event, found.day)

    # Keyboard -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
        }
        key = Qt.Key(event.key())
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and control:
            step = 1 if key == Qt.Key.Key_Down else -1
            chips = self.chips_on(self.selected_day)
            self._select(self.selected_day, step_post(chips, self.selected_post, step))
        elif key in steps:
            self._select(self.selected_day + timedelta(days=steps[key]))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.selected_post is not None:
                self.post_activated.emit(self.selected_post)
            else:
                self.day_activated.emit(self.selected_day)
        else:
            super().keyPressEvent(event)

    def _select(self, day: date, post: int | None = None) -> None:
        before, before_post = self.selected_day, self.selected_post
        self.selected_post = post
        if day != self.selected_day:
            self.selected_day = day
            self.selected_day_changed.emit(day)
        self._describe()
        days = {before, day}
        if before_post is not None and before_post != post:  # it may be on a third day
            days |= {
                d for d, chips in self._chips.items() if any(c.id == before_post for c in chips)
            }
        self._update_days(days)

    def _describe(self) -> None:
        day = self.selected_day
        name = translate("MonthView", "Month calendar")
        describe_day(self, name, day, self.marks_on(day), self.chips_on(day), self.selected_post)
        if self.hasFocus() and QAccessible.isActive():  # the reader moves to the day's cell
            event = QAccessibleEvent(self, QAccessible.Event.Focus)
            event.setChild((day - grid_start(self.year, self.month)).days)
            QAccessible.updateAccessibility(event)
