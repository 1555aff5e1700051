#!/usr/bin/env python3
"""Reading the calendar's month while something else writes: does the read wait?

.venv/bin/python bench/reads_while_writing.py [--rounds N] [--hold-ms MS] [--postgres URL]

On the benchmark data folder (`bench/generate.py`, 10,000 posts) a writer
thread keeps writing as an import does: each transaction takes the write lock,
writes a row and holds the lock for ``--hold-ms`` before it commits, works
``--gap-ms`` without it (the next files), and begins the next.  Meanwhile the month the calendar
shows is read (`calendar.posts_between`) once in a read-only unit of work (what
`Operations.read` opens) and once in a writing one (the way every read ran
before reads stopped taking the lock), in alternating order, run by run.
Printed: median, p95 and max milliseconds of each, the paired ratio (writing ÷
read-only, per run), the reads refused with "database is locked" after the 15 s
lock timeout (a writer that lets go only briefly can starve a reader that asks
for the lock) and the load average.  With ``--postgres`` the same runs on
a PostgreSQL database (which must be empty: the folder is generated into it).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from datetime import datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from generate import generate  # noqa: E402

from sosmed_desktop import clock  # noqa: E402
from sosmed_desktop.bootstrap import AppContext, bootstrap  # noqa: E402
from sosmed_desktop.db.models import Tag  # noqa: E402
from sosmed_desktop.errors import DatabaseLockedError  # noqa: E402
from sosmed_desktop.services.calendar.calendar import CalendarFilter, posts_between  # noqa: E402

REFUSED: list[bool] = []
"""Reads refused with "database is locked" (True: read-only ones)."""


def month_range(ctx: AppContext) -> tuple[datetime, datetime]:
    """The six weeks the month view of today's month shows."""
    tz = ctx.config.tz
    first = clock.today(tz).replace(day=1)
    start = datetime.combine(first - timedelta(days=first.weekday()), clock_time(), tz)
    return start, start + timedelta(days=42)


def writer(
    ctx: AppContext, hold_s: float, gap_s: float, stop: threading.Event, counts: list[int]
) -> None:
    """Write, hold the lock, commit, work `gap_s` without it (the next files); again."""
    n = 0
    while not stop.is_set():
        with ctx.uow() as uow:
            uow.session.add(Tag(name=f"bench-{os.getpid()}-{n}"))
            uow.session.flush()
            stop.wait(hold_s)
            uow.commit()
        n += 1
        stop.wait(gap_s)
    counts.append(n)


def read_month(ctx: AppContext, read_only: bool, span: tuple[datetime, datetime]) -> float:
    """Milliseconds to read the month (a refusal after the lock timeout counts its wait)."""
    began = time.perf_counter()
    try:
        with ctx.uow(read_only=read_only) as uow:
            posts_between(uow, span[0], span[1], CalendarFilter())
    except DatabaseLockedError:
        REFUSED.append(read_only)
    return (time.perf_counter() - began) * 1000


def summary(name: str, values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    return (
        f"{name:<28} median {statistics.median(values):7.1f} ms   p95 {p95:7.1f} ms   "
        f"max {max(values):7.1f} ms"
    )


def run(data_dir: Path, rounds: int, hold_s: float, gap_s: float, label: str) -> None:
    ctx = bootstrap(data_dir)
    span = month_range(ctx)
    read_month(ctx, True, span)  # warm: mappers configured, caches filled
    stop, counts = threading.Event(), []
    REFUSED.clear()
    thread = threading.Thread(target=writer, args=(ctx, hold_s, gap_s, stop, counts), daemon=True)
    load_before = os.getloadavg()[0]
    thread.start()
    fast, locked, ratios = [], [], []
    try:
        for n in range(rounds):
            order = (True, False) if n % 2 == 0 else (False, True)
            got = {ro: read_month(ctx, ro, span) for ro in order}
            fast.append(got[True])
            locked.append(got[False])
            ratios.append(got[False] / got[True])
    finally:
        stop.set()
        thread.join()
        ctx.dispose()
    print(f"\n{label}: {rounds} paired runs, a writer holding the lock {hold_s * 1000:.0f} ms "
          f"per transaction, {gap_s * 1000:.0f} ms between ({counts[0]} transactions)")  # fmt: skip
    print(summary("read-only unit of work", fast))
    print(summary("writing unit of work (before)", locked))
    print(f"paired ratio writing ÷ read-only: median {statistics.median(ratios):.1f}×, "
          f"min {min(ratios):.1f}×, max {max(ratios):.1f}×")  # fmt: skip
    print(f"refused after the lock timeout: read-only {REFUSED.count(True)}, "
          f"writing {REFUSED.count(False)}")  # fmt: skip
    print(f"load average {load_before:.2f} → {os.getloadavg()[0]:.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--hold-ms", type=float, default=200.0)
    parser.add_argument("--gap-ms", type=float, default=20.0)
    parser.add_argument("--postgres", default="", help="an empty PostgreSQL database")
    args = parser.parse_args()
    hold, gap = args.hold_ms / 1000, args.gap_ms / 1000
    run(generate(quiet=True), args.rounds, hold, gap, "SQLite")
    if args.postgres:
        run(generate(quiet=True, database_url=args.postgres), args.rounds, hold, gap, "PostgreSQL")
    return 0


if __name__ == "__main__":
    sys.exit(main())
