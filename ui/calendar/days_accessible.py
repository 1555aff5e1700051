"""The month grid and the week as tables of days for screen readers (Qt's
accessibility tree).

`MonthView` and `WeekView` paint their days, so Qt alone would expose one
nameless client area each.  `install` registers a factory that gives every such
view an interface of role Table with a Cell child per painted day (42 in the
month, 7 in the week): each cell reads its long date as its name and its marks
and posts (`day_speech.day_words`) as its description, has the day's place on
screen, and is selected (and focused, while the view has focus) when it is the
selected day.  Screen readers walk the cells with their table commands; the
views also keep a name and description of the focused day (`_describe`) for
readers that only follow focus.

A view offers what the table reads through `DaysView`: its days in order, where
each is drawn, its marks and chips, the selected day and post, and the day
under a point.

The cells are created once per interface and kept by it: Qt holds plain
pointers to them, so Python must not collect them while the table lives.  Qt
deletes the table with its view but keeps cells a screen reader registered; such
a cell then reports itself invalid and empty instead of reaching a deleted view.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect, QRectF
from PySide6.QtGui import QAccessible, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget

from ui.calendar.day_speech import day_words
from ui.calendar.month_view import MonthView
from ui.calendar.week_view import WeekView
from ui.i18n import long_date

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sosmed_desktop.domain.commemorative import CalendarMark
    from ui.calendar.chips import Chip


class DaysView(Protocol):
    """What a view of painted days tells its table."""

    selected_day: date
    selected_post: int | None

    def visible_days(self) -> list[date]: ...
    def day_rect(self, day: date) -> QRectF: ...
    def day_at(self, pos: QPoint) -> date | None: ...
    def marks_on(self, day: date) -> list[CalendarMark]: ...
    def chips_on(self, day: date) -> list[Chip]: ...
    def hasFocus(self) -> bool: ...
    def mapToGlobal(self, pos: QPoint) -> QPoint: ...
    def mapFromGlobal(self, pos: QPoint) -> QPoint: ...


class _DayCell(QAccessibleInterface):
    """One painted day of the view."""

    def __init__(self, table: DaysTable, index: int) -> None:
        super().__init__()
        self.table = table
        self.index = index

    def live_view(self) -> DaysView | None:
        """The view, or None once it (and the table) were deleted."""
        if not shiboken6.isValid(self.table) or not self.table.isValid():
            return None
        return self.table.view()

    def day(self, view: DaysView) -> date:
        days = view.visible_days()
        return days[min(self.index, len(days) - 1)]

    def isValid(self) -> bool:
        return self.live_view() is not None

    def object(self) -> QObject | None:  # a painted cell has no object of its own
        return None

    def window(self) -> QWindow | None:
        return self.table.window() if self.live_view() is not None else None

    def relations(self, match=QAccessible.RelationFlag.AllRelations) -> Sequence:
        return []

    def focusChild(self) -> QAccessibleInterface | None:
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        return None

    def parent(self) -> QAccessibleInterface | None:
        return self.table if self.live_view() is not None else None

    def child(self, index: int) -> QAccessibleInterface | None:
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def text(self, kind: QAccessible.Text) -> str:
        view = self.live_view()
        if view is None:
            return ""
        day = self.day(view)
        if kind == QAccessible.Text.Name:
            return long_date(day)
        if kind == QAccessible.Text.Description:
            selected = view.selected_post if day == view.selected_day else None
            return day_words(view.marks_on(day), view.chips_on(day), selected)
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        """Read only."""

    def rect(self) -> QRect:
        view = self.live_view()
        if view is None:
            return QRect()
        cell = view.day_rect(self.day(view)).toRect()
        return QRect(view.mapToGlobal(cell.topLeft()), cell.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.Cell

    def state(self) -> QAccessible.State:
        view = self.live_view()
        state = QAccessible.State()
        if view is None:
            state.invalid = True
            return state
        state.focusable = True
        state.selectable = True
        chosen = self.day(view) == view.selected_day
        state.selected = chosen
        state.focused = chosen and view.hasFocus()
        return state


class DaysTable(QAccessibleWidget):
    """A view of painted days as a table of its days."""

    def __init__(self, view: QObject) -> None:
        super().__init__(view, QAccessible.Role.Table)
        self.cells = [_DayCell(self, index) for index in range(len(self.view().visible_days()))]

    def view(self) -> DaysView:
        return self.widget()  # type: ignore[return-value]

    def childCount(self) -> int:
        return len(self.cells)

    def child(self, index: int) -> QAccessibleInterface | None:
        return self.cells[index] if 0 <= index < len(self.cells) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return child.index if isinstance(child, _DayCell) else -1

    def focusChild(self) -> QAccessibleInterface | None:
        view = self.view()
        return self.cells[selected_index(view)] if view.hasFocus() else None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        view = self.view()
        day = view.day_at(view.mapFromGlobal(QPoint(x, y)))
        days = view.visible_days()
        return self.child(days.index(day)) if day in days else None


def selected_index(view: DaysView) -> int:
    """The cell of the selected day (the first or last when it is not shown)."""
    days = view.visible_days()
    if view.selected_day in days:
        return days.index(view.selected_day)
    return 0 if view.selected_day < days[0] else len(days) - 1


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    return DaysTable(obj) if isinstance(obj, MonthView | WeekView) else None


@cache
def install() -> None:
    """Give every month and week view its table of days (once per process)."""
    QAccessible.installFactory(_factory)
