"""Where the current time comes from: the PC's clock, or one a test installs.

Everything in one process shares one present, so the clock is installed once per
process: the application runs on `SystemClock`; the test suite installs a clock
that starts at a fixed moment (`StartingAt`), so no test depends on the day it
runs.  Every "now" in the core and the ui comes from `now()` / `today()` (the ORM's
column defaults too); services still take the time as an argument where a caller
must decide it.  Code that waits on the PC's clock (the scheduler's trigger times)
converts between the two (`ui/reminders/scheduler.py`).  This module stays free of heavy
imports: the window uses it before the database opens.
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Protocol


class Clock(Protocol):
    """A source of the current time."""

    def now(self) -> datetime:
        """The current time, aware."""
        ...


class SystemClock:
    """The PC's clock, in UTC."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class StartingAt:
    """A clock that reads `start` when made and then runs on at the real pace.

    Time still passes (timeouts, "a moment ago", ordering of saves), but the date
    is the one chosen, whatever the PC's calendar says.
    """

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("the start of a clock must be aware")
        self._start = start.astimezone(UTC)
        self._origin = time.monotonic()

    def now(self) -> datetime:
        return self._start + timedelta(seconds=time.monotonic() - self._origin)


_current: Clock = SystemClock()


def install(clock: Clock) -> Clock:
    """Make `clock` the process's clock; returns the one it replaces (to put back)."""
    global _current
    previous, _current = _current, clock
    return previous


def current() -> Clock:
    """The process's clock (to hand to code that takes a `Clock`)."""
    return _current


def now() -> datetime:
    """The current time, aware, in UTC."""
    return _current.now().astimezone(UTC)


def today(tz: tzinfo) -> date:
    """Today's date on the wall calendar of `tz`."""
    return now().astimezone(tz).date()


class ProcessClock:
    """A `Clock` that always reads the process's clock, whichever is installed."""

    def now(self) -> datetime:
        return now()
