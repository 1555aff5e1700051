"""Slowing down repeated wrong passwords on one PC.

The first few attempts are free (a typo happens); after that each further
attempt waits twice as long as the previous one, up to a minute.  Kept per
process: whoever sits at the PC waits, and a correct sign-in resets it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

FREE_ATTEMPTS = 3
FIRST_WAIT_S = 2.0
MAX_WAIT_S = 60.0


class SignInThrottle:
    """Counts failed sign-ins and says how long to wait before the next attempt."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self.failures = 0
        self._blocked_until = 0.0

    def failed(self) -> float:
        """Count one failure; return the seconds to wait before the next attempt."""
        self.failures += 1
        extra = self.failures - FREE_ATTEMPTS
        wait = 0.0 if extra < 0 else min(FIRST_WAIT_S * 2**extra, MAX_WAIT_S)
        self._blocked_until = self._clock() + wait
        return wait

    def succeeded(self) -> None:
        self.failures = 0
        self._blocked_until = 0.0

    def remaining(self) -> float:
        """Seconds still to wait (0 when an attempt may be made now)."""
        return max(0.0, self._blocked_until - self._clock())
