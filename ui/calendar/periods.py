"""The periods beside the one shown, read ahead: PgUp and PgDn show them at once.

After a period is shown with its marks, the page reads the period before and the
one after in the background and keeps them here; a switch to one of them renders
it without waiting for the database.  Kept only while nothing changed: any change
of posts, programs or marked days (here or on another PC) empties the store, and
an entry older than `MAX_AGE_S` is not used (a post's "overdue" depends on the
time it was read).
"""

from __future__ import annotations

import time as wall
from collections import OrderedDict
from collections.abc import Callable
from datetime import date, datetime, time
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.domain.commemorative import CalendarMark
    from sosmed_desktop.services.calendar.calendar import CalendarFilter, PostRow
    from ui.calendar.chips import Chip

    Marks = dict[date, list[CalendarMark]]
    Period = tuple[list[PostRow], Marks | None, dict[date, list[Chip]]]

MAX_AGE_S = 60.0
SIZE = 6  # the periods around the last few shown
READ_AHEAD_MS = 150
"""How long after a period is shown its neighbours are read."""

Key = tuple[date, date, object]


def period_reader(
    first: date, last: date, tz: ZoneInfo, filters: CalendarFilter | None, with_marks: bool
) -> Callable[[UnitOfWork], Period]:
    """The read of the posts (and marks) between the local dates [first, last), with
    their chips: made on the worker too (plain Python), not on the GUI thread, where
    a regency's 2,400 posts a month took 15–20 ms."""

    def read(uow: UnitOfWork) -> Period:
        from sosmed_desktop.services.calendar.calendar import posts_between
        from ui.calendar.calendar_data import chips_by_day

        start, end = (datetime.combine(day, time(), tz) for day in (first, last))
        rows = posts_between(uow, start, end, filters)
        marks = None
        if with_marks:
            from sosmed_desktop.services.calendar.marks import marks_between

            marks = marks_between(uow, first, last)
        return rows, marks, chips_by_day(rows, tz)

    return read


class PeriodStore:
    """The last few periods read ahead, by (first day, last day + 1, filters)."""

    def __init__(self) -> None:
        self._entries: OrderedDict[Key, tuple[float, Period]] = OrderedDict()
        self.generation = 0
        """Moves on at every `clear()`: a read issued before it is not kept."""

    def get(self, key: Key) -> Period | None:
        entry = self._entries.get(key)
        if entry is None or wall.monotonic() - entry[0] > MAX_AGE_S:
            return None
        return entry[1]

    def put(self, key: Key, period: Period, generation: int) -> None:
        """Keep `period`, read when `generation` was current (else it may be stale)."""
        if generation != self.generation:
            return
        self._entries[key] = (wall.monotonic(), period)
        self._entries.move_to_end(key)
        while len(self._entries) > SIZE:
            self._entries.popitem(last=False)

    def __contains__(self, key: Key) -> bool:
        return self.get(key) is not None

    def read_ahead(
        self, keys: list[Key], tz: ZoneInfo
    ) -> tuple[Callable[[UnitOfWork], list[Period]], Callable[[list[Period]], None]] | None:
        """The read of those of `keys` not kept yet, in one unit of work, and what keeps
        its result; None when every one is kept."""
        missing = [key for key in keys if key not in self]
        if not missing:
            return None
        generation = self.generation

        def read(uow: UnitOfWork) -> list[Period]:
            return [
                period_reader(first, last, tz, filters, True)(uow)
                for first, last, filters in missing
            ]

        def keep(periods: list[Period]) -> None:
            for key, period in zip(missing, periods, strict=True):
                self.put(key, period, generation)

        return read, keep

    def clear(self) -> None:
        self._entries.clear()
        self.generation += 1
