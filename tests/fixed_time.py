"""The present of every test: a fixed moment, so no test depends on the day it runs.

`tests/conftest.py` starts the application's clock (`sosmed_desktop.clock`) here in
every test; a child process a test starts itself (the crash harness's workload)
calls `start_clock()` too.  Dates in tests are chosen around this moment.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sosmed_desktop import clock

FIXED_NOW = datetime(2026, 11, 27, 10, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
"""A Friday morning, WIB."""


def start_clock() -> clock.Clock:
    """Install a clock that reads `FIXED_NOW` now and then runs on; returns the previous one."""
    return clock.install(clock.StartingAt(FIXED_NOW))
