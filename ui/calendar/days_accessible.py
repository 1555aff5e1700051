"""The month grid and the week as tables of days for screen readers (Qt's
accessibility tree).

`MonthView` and `WeekView` paint their days, so Qt alone would expose one
nameless client area each.  `install` registers a factory that gives every such
view an interface of role Table with a Cell child per painted day (42 in the
month, 7 in the week): each cell reads its long date as its name and its marks
and posts (`day_speech.day_words`) as its description, has the day's place on
screen, and is selected (and focused, while the view has focus) when it is the
selected day.  A cell's children are its posts (ListItem: time, platforms,
title and status; invisible when hidden behind the month's "+N more"), the
selected post focused.  Screen readers walk the cells with their table commands; the
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

from ui.calendar.day_speech import day_words, post_words
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
    def post_rect(self, chip: Chip) -> QRectF | None: ...
    def hasFocus(self) -> bool: ...
    def mapToGlobal(self, pos: QPoint) -> QPoint: ...
    def mapFromGlobal(self, pos: QPoint) -> QPoint: ...


class _Painted(QAccessibleInterface):
    """Something painted inside a view of days: a day, or a post on it."""

    def __init__(self, table: DaysTable, index: int) -> None:
        super().__init__()
        self.table = table
        self.index = index

    def live_view(self) -> DaysView | None:
        """The view, or None once it (and the table) were deleted."""
        if not shiboken6.isValid(self.table) or not self.table.isValid():
            return None
        return self.table.view()

    def isValid(self) -> bool:
        return self.live_view() is not None

    def object(self) -> QObject | None:  # painted: no object of its own
        return None

    def window(self) -> QWindow | None:
        return self.table.window() if self.live_view() is not None else None

    def relations(self, match=QAccessible.RelationFlag.AllRelations) -> Sequence:
        return []

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        return None

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        """Read only."""

    def screen_rect(self, view: DaysView, area: QRectF | None) -> QRect:
        if area is None:
            return QRect()
        local = area.toRect()
        return QRect(view.mapToGlobal(local.topLeft()), local.size())


class _DayCell(_Painted):
    """One painted day of the view, with its posts as children."""

    def __init__(self, table: DaysTable, index: int) -> None:
        super().__init__(table, index)
        self.posts: list[_PostItem] = []  # kept: Qt holds plain pointers to them

    def day(self, view: DaysView) -> date:
        days = view.visible_days()
        return days[min(self.index, len(days) - 1)]

    def chips(self) -> list[Chip]:
        view = self.live_view()
        return view.chips_on(self.day(view)) if view is not None else []

    def focusChild(self) -> QAccessibleInterface | None:
        view = self.live_view()
        if view is None or self.day(view) != view.selected_day or not view.hasFocus():
            return None
        ids = [chip.id for chip in self.chips()]
        return self.child(ids.index(view.selected_post)) if view.selected_post in ids else None

    def parent(self) -> QAccessibleInterface | None:
        return self.table if self.live_view() is not None else None

    def child(self, index: int) -> QAccessibleInterface | None:
        if not 0 <= index < self.childCount():
            return None
        while len(self.posts) <= index:
            self.posts.append(_PostItem(self, len(self.posts)))
        return self.posts[index]

    def childCount(self) -> int:
        return len(self.chips())

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return child.index if isinstance(child, _PostItem) and child.cell is self else -1

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

    def rect(self) -> QRect:
        view = self.live_view()
        return self.screen_rect(view, view.day_rect(self.day(view))) if view else QRect()

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
        state.focused = chosen and view.hasFocus() and self.focusChild() is None
        return state


class _PostItem(_Painted):
    """One post of a day: its time, platforms, title and status."""

    def __init__(self, cell: _DayCell, index: int) -> None:
        super().__init__(cell.table, index)
        self.cell = cell

    def chip(self) -> Chip | None:
        chips = self.cell.chips()
        return chips[self.index] if self.index < len(chips) else None

    def focusChild(self) -> QAccessibleInterface | None:
        return None

    def parent(self) -> QAccessibleInterface | None:
        return self.cell if self.live_view() is not None else None

    def child(self, index: int) -> QAccessibleInterface | None:
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def text(self, kind: QAccessible.Text) -> str:
        chip = self.chip()
        return post_words(chip) if chip is not None and kind == QAccessible.Text.Name else ""

    def rect(self) -> QRect:
        view, chip = self.live_view(), self.chip()
        if view is None or chip is None:
            return QRect()
        return self.screen_rect(view, view.post_rect(chip))

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        view, chip = self.live_view(), self.chip()
        state = QAccessible.State()
        if view is None or chip is None:
            state.invalid = True
            return state
        state.selectable = True
        state.focusable = True
        state.invisible = view.post_rect(chip) is None  # behind the day's "+N more"
        chosen = chip.id == view.selected_post and self.cell.day(view) == view.selected_day
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
