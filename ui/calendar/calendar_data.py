"""What the calendar page computes from its rows: months, chips per day, how marks look.

Kept apart from the page (`ui/calendar/page.py`): plain functions of dates
and rows, with nothing of the page's state, tested on their own.  Which days are
marked is the core's answer (`services.calendar_marks.marks_between`).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sosmed_desktop.domain.commemorative import COLLECTIVE_LEAVE, CalendarMark, leading_kind
from ui.calendar.chips import Chip

if TYPE_CHECKING:
    from sosmed_desktop.services.calendar.calendar import PostRow


def add_months(day: date, step: int) -> date:
    """The same day `step` months later (clamped to the month's last day)."""
    index = day.year * 12 + day.month - 1 + step
    year, month = divmod(index, 12)
    month += 1
    next_first = date(year + (month == 12), month % 12 + 1, 1)
    return date(year, month, min(day.day, (next_first - timedelta(days=1)).day))


MARK_COLOURS = {COLLECTIVE_LEAVE: ("#a65f00", "#fff8e6")}
HOLIDAY_COLOURS = ("#c0392b", "#fff7f5")


def mark_colours(marks: list[CalendarMark]) -> tuple[str, str]:
    """(text, background) of a marked day: collective leave in amber, the rest in red."""
    return MARK_COLOURS.get(leading_kind(marks) or "", HOLIDAY_COLOURS)


def mark_names(marks: list[CalendarMark]) -> str:
    """The names of a day's marks as one line."""
    return " · ".join(m.name for m in marks)


def chips_by_day(rows: list[PostRow], tz: ZoneInfo) -> dict[date, list[Chip]]:
    """Group calendar rows into chips per local date (time order kept).

    A chip is overdue when its row is (`PostRow.overdue`, the rule the board uses).
    """
    grouped: dict[date, list[Chip]] = defaultdict(list)
    for row in rows:
        if row.scheduled_at is None:
            continue
        local = row.scheduled_at.astimezone(tz)
        colour, series = row.program_colour, row.series_uuid is not None
        grouped[local.date()].append(
            Chip(row.id, row.title, row.status, local, row.platforms, colour, row.overdue, series)
        )
    return dict(grouped)
