"""The month grid as a table of days for screen readers (Qt's accessibility tree).

`MonthView` paints its days, so Qt alone would expose one nameless client area.
`install` registers a factory that gives every month view an interface of role
Table with 42 Cell children, one per painted day: each cell reads its long date
as its name and its marks and posts (`day_speech.day_words`) as its description,
has the cell's place on screen, and is selected (and focused, while the view
has focus) when it is the selected day.  Screen readers walk the cells with
their table commands; the view also keeps a name and description of the focused
day (`MonthView._describe`) for readers that only follow focus.

The cells are created once per interface and kept by it: Qt holds plain
pointers to them, so Python must not collect them while the table lives.  Qt
deletes the table with its view but keeps cells a screen reader registered; such
a cell then reports itself invalid and empty instead of reaching a deleted view.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget

from ui.calendar.day_speech import day_words
from ui.calendar.month_view import WEEKS, MonthView, grid_start
from ui.i18n import long_date

if TYPE_CHECKING:
    from collections.abc import Sequence

DAYS = WEEKS * 7


class _DayCell(QAccessibleInterface):
    """One painted day of the grid."""

    def __init__(self, table: MonthTable, index: int) -> None:
        super().__init__()
        self.table = table
        self.index = index

    def live_view(self) -> MonthView | None:
        """The month view, or None once it (and the table) were deleted."""
        if not shiboken6.isValid(self.table) or not self.table.isValid():
            return None
        return self.table.view()

    def day(self, view: MonthView) -> date:
        return grid_start(view.year, view.month) + timedelta(days=self.index)

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
        cell = view.cell_rect(self.day(view)).toRect()
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


class MonthTable(QAccessibleWidget):
    """The month view as a table of its 42 days."""

    def __init__(self, view: MonthView) -> None:
        super().__init__(view, QAccessible.Role.Table)
        self.cells = [_DayCell(self, index) for index in range(DAYS)]

    def view(self) -> MonthView:
        widget = self.widget()
        assert isinstance(widget, MonthView)
        return widget

    def childCount(self) -> int:
        return DAYS

    def child(self, index: int) -> QAccessibleInterface | None:
        return self.cells[index] if 0 <= index < DAYS else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return child.index if isinstance(child, _DayCell) else -1

    def focusChild(self) -> QAccessibleInterface | None:
        view = self.view()
        return self.cells[selected_index(view)] if view.hasFocus() else None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        view = self.view()
        found = view.hit(view.mapFromGlobal(QPoint(x, y)))
        if found is None:
            return None
        return self.child((found.day - grid_start(view.year, view.month)).days)


def selected_index(view: MonthView) -> int:
    """The cell of the selected day (days of the six visible weeks only)."""
    index = (view.selected_day - grid_start(view.year, view.month)).days
    return min(DAYS - 1, max(0, index))


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    return MonthTable(obj) if isinstance(obj, MonthView) else None


@cache
def install() -> None:
    """Give every month view its table of days (once per process)."""
    QAccessible.installFactory(_factory)
