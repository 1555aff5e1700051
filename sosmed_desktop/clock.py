"""Where the current time comes from: the PC's clock, or one a test moves.

Services take the time as an argument; only the edges (the scheduler, a page
acting on the officer's click) ask a clock, so a test can pass its own.  This
module stays free of heavy imports: the window uses it before the database opens.
"""

from __future__ import annotations

from datetime import UTC, datetime
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
