"""The week timeline: seven day columns, hours down the side, posts at their time.

Double-click an empty slot to create a post at that time; drag a post to
another day or time (snapped to 15 minutes) to reschedule it.  From the keyboard,
Left/Right move the focused day (framed), Ctrl+Down/Ctrl+Up select its posts and
Enter opens the selected post or starts one on the day at 09:00; a screen reader
reads the focused day (`day_speech`) and the week as a table of seven days
(`days_accessible`).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QWidget

from sosmed_desktop import clock
from sosmed_desktop.domain.commemorative import CalendarMark
from ui.calendar.calendar_data import mark_colours, mark_names
from ui.calendar.chips import Chip, ChipDragDrop, paint_chip
from ui.calendar.day_speech import describe_day, step_post
from ui.i18n import short_date

FIRST_HOUR = 5
LAST_HOUR = 23
HOUR_H = 44
HEADER = 8
GUTTER = 52
SNAP_MINUTES = 15


def _side_by_side(chips: dict[date, list[Chip]]) -> dict[int, tuple[int, int]]:
    """Each post's place among the posts at the same moment, and how many share it."""
    at: dict[datetime, list[int]] = {}
    for day_chips in chips.values():
        for chip in day_chips:
            at.setdefault(chip.local_time, []).append(chip.id)
    return {ident: (i, len(ids)) for ids in at.values() for i, ident in enumerate(ids)}


class WeekView(ChipDragDrop, QWidget):
    """One week, Monday to Sunday, 05:00–23:00 (put it in a scroll area)."""

    post_activated = Signal(int)
    slot_activated = Signal(object)
    post_moved = Signal(int, object)
    files_dropped = Signal(object, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = clock.now().astimezone().date()
        self.monday = today - timedelta(days=today.weekday())
        self.selected_day = today
        self._chips: dict[date, list[Chip]] = {}
        self._slots: dict[int, tuple[int, int]] = {}  # post id -> (place, of how many)
        self.marks: dict[date, list[CalendarMark]] = {}
        self.selected_post: int | None = None
        self._press: tuple[QPoint, Chip] | None = None
        self.tz: tzinfo | None = None
        self.header = WeekHeader(self)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(HEADER + (LAST_HOUR - FIRST_HOUR) * HOUR_H)
        self.setMinimumWidth(GUTTER + 7 * 80)
        self._describe()

    def set_week(
        self,
        monday: date,
        chips: dict[date, list[Chip]],
        marks: dict[date, list[CalendarMark]] | None = None,
    ) -> None:
        """Show the week starting `monday`."""
        self.monday = monday
        self._chips = chips
        self._slots = _side_by_side(chips)
        self.marks = marks or {}
        if not 0 <= (self.selected_day - monday).days < 7:
            today = clock.today(self.tz)
            self.selected_day = today if 0 <= (today - monday).days < 7 else monday
        self._describe()
        self.update()
        self.header.update()

    def set_marks(self, marks: dict[date, list[CalendarMark]]) -> None:
        """The holiday/commemoration marks of the week shown (when they come later)."""
        self.marks = marks
        self._describe()
        self.update()
        self.header.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.header.update()

    def column_width(self) -> float:
        """Width of one day column (the header lines up with it)."""
        return (self.width() - GUTTER) / 7

    def visible_days(self) -> list[date]:
        """Monday to Sunday (the screen reader's cells)."""
        return [self.monday + timedelta(days=index) for index in range(7)]

    def marks_on(self, day: date) -> list[CalendarMark]:
        return self.marks.get(day, [])

    def chips_on(self, day: date) -> list[Chip]:
        return self._chips.get(day, [])

    # Geometry ----------------------------------------------------------------------
    def day_rect(self, day: date) -> QRectF:
        """The column of `day`, below the header."""
        width = self.column_width()
        left = GUTTER + (day - self.monday).days * width
        return QRectF(left, HEADER, width, self.height() - HEADER)

    def post_rect(self, chip: Chip) -> QRectF | None:
        return self.chip_rect(chip)

    def day_at(self, pos: QPoint) -> date | None:
        moment = self.moment_at(pos)
        return moment.date() if moment is not None else None

    def y_for(self, moment: time) -> float:
        """Vertical position of a wall-clock time (clamped to the visible hours)."""
        hours = moment.hour + moment.minute / 60
        hours = min(max(hours, FIRST_HOUR), LAST_HOUR - 0.5)
        return HEADER + (hours - FIRST_HOUR) * HOUR_H

    def chip_rect(self, chip: Chip) -> QRectF:
        """Where a chip is drawn; posts at the same time share the column side by side."""
        day = chip.local_time.date()
        index, count = self._slots.get(chip.id, (0, 1))
        width = self.column_width()
        left = GUTTER + (day - self.monday).days * width + 2
        share = (width - 4) / count
        return QRectF(left + index * share, self.y_for(chip.local_time.time()), share - 1, 20)

    def moment_at(self, pos: QPoint) -> datetime | None:
        """The local date and time (snapped to 15 minutes) under a point."""
        if pos.x() < GUTTER or pos.y() < HEADER:
            return None
        column = min(6, int((pos.x() - GUTTER) // self.column_width()))
        minutes = int((pos.y() - HEADER) / HOUR_H * 60) + FIRST_HOUR * 60
        minutes = min(max(minutes, FIRST_HOUR * 60), LAST_HOUR * 60 - SNAP_MINUTES)
        minutes -= minutes % SNAP_MINUTES
        day = self.monday + timedelta(days=column)
        return datetime.combine(day, time(minutes // 60, minutes % 60))

    def chip_at(self, pos: QPoint) -> Chip | None:
        """The post under a point, if any."""
        for chips in self._chips.values():
            for chip in chips:
                if self.chip_rect(chip).contains(pos):
                    return chip
        return None

    # Painting -----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        width = self.column_width()
        locale = QLocale()
        today = clock.today(self.tz)
        for column in range(7):
            left = GUTTER + column * width
            painter.setPen(QPen(QColor("#e1e6ec")))
            painter.drawLine(int(left), 0, int(left), self.height())
        for hour in range(FIRST_HOUR, LAST_HOUR + 1):
            y = HEADER + (hour - FIRST_HOUR) * HOUR_H
            painter.setPen(QPen(QColor("#e1e6ec")))
            painter.drawLine(GUTTER, int(y), self.width(), int(y))
            painter.setPen(QColor("#5b6b7f"))
            label = locale.toString(time(hour, 0), QLocale.FormatType.ShortFormat)
            painter.drawText(
                QRectF(0, y - 8, GUTTER - 6, 16), int(Qt.AlignmentFlag.AlignRight), label
            )
        self._paint_now_line(painter, today, width)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        painter.setFont(small)
        area = QRectF(event.rect())  # in a scroll area: the hours on the screen
        for chips in self._chips.values():
            for chip in chips:
                rect = self.chip_rect(chip)
                if rect.intersects(area):
                    paint_chip(painter, rect, chip, chip.id == self.selected_post)
        if self.hasFocus():
            left = GUTTER + (self.selected_day - self.monday).days * width
            painter.setPen(QPen(QColor("#1f4e79"), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(left + 1, 1, width - 2, self.height() - 2))
        painter.end()

    def _paint_now_line(self, painter: QPainter, today: date, width: float) -> None:
        offset = (today - self.monday).days
        if not 0 <= offset < 7:
            return
        now = clock.now().astimezone(self.tz).time()
        y = self.y_for(now)
        left = GUTTER + offset * width
        painter.setPen(QPen(QColor("#c0392b"), 1.5))
        painter.drawLine(int(left), int(y), int(left + width), int(y))

    # Mouse and drops ------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        chip = self.chip_at(pos)
        moment = self.moment_at(pos)
        if moment is not None:
            self.selected_day = moment.date()
        self.selected_post = chip.id if chip else None
        self._press = (pos, chip) if chip else None
        self._describe()
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        chips = self._chips.get(self.selected_day, [])
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            offset = (self.selected_day - self.monday).days + (1 if key == Qt.Key.Key_Right else -1)
            self.selected_day = self.monday + timedelta(days=min(6, max(0, offset)))
            self.selected_post = None
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and control:
            step = 1 if key == Qt.Key.Key_Down else -1
            self.selected_post = step_post(chips, self.selected_post, step)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.selected_post is not None:
                self.post_activated.emit(self.selected_post)
            else:
                self.slot_activated.emit(self.selected_day)
            return
        else:
            super().keyPressEvent(event)
            return
        self._describe()
        self.update()

    def _describe(self) -> None:
        day = self.selected_day
        name = QCoreApplication.translate("WeekView", "Week calendar")
        describe_day(self, name, day, self.marks_on(day), self.chips_on(day), self.selected_post)
        if self.hasFocus() and QAccessible.isActive():  # the reader moves to the day's cell
            event = QAccessibleEvent(self, QAccessible.Event.Focus)
            event.setChild((day - self.monday).days)
            QAccessible.updateAccessibility(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        chip = self.chip_at(pos)
        if chip is not None:
            self.post_activated.emit(chip.id)
            return
        moment = self.moment_at(pos)
        if moment is not None:
            self.slot_activated.emit(moment)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.moment_at(event.position().toPoint()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        moment = self.moment_at(event.position().toPoint())
        if moment is not None:
            self._drop_on(event, moment)


class WeekHeader(QWidget):
    """The day names above the week timeline; stays in place while the hours scroll."""

    HEIGHT = 40

    def __init__(self, week: WeekView) -> None:
        super().__init__()
        self.week = week
        self.setFixedHeight(self.HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        week = self.week
        width = week.column_width()
        today = clock.today(week.tz)
        for column in range(7):
            day = week.monday + timedelta(days=column)
            left = GUTTER + column * width
            header = QRectF(left, 0, width, self.HEIGHT)
            if day == today:
                painter.fillRect(header, QColor("#e3ecf6"))
            day_marks = week.marks.get(day, [])
            painter.setPen(QColor(mark_colours(day_marks)[0] if day_marks else "#1c2b39"))
            title = short_date(day)
            painter.drawText(
                header.adjusted(0, 2, 0, -14), int(Qt.AlignmentFlag.AlignCenter), title
            )
            if week.marks.get(day):
                small = QFont(self.font())
                small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1.5))
                painter.save()
                painter.setFont(small)
                text = painter.fontMetrics().elidedText(
                    mark_names(week.marks[day]), Qt.TextElideMode.ElideRight, int(width - 4)
                )
                painter.drawText(
                    header.adjusted(2, 20, -2, 0), int(Qt.AlignmentFlag.AlignHCenter), text
                )
                painter.restore()
            painter.setPen(QPen(QColor("#e1e6ec")))
            painter.drawLine(int(left), 0, int(left), self.height())
        painter.end()
