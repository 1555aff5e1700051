#!/usr/bin/env python3
"""Reading the calendar's month while something else writes: does the read wait?

.venv/bin/python bench/reads_while_writing.py [--rounds N] [--hold-ms MS] [--postgres [URL]]
    [--readers 8] [--pairs 3] [--reads 15] [--pause-ms 200] [--skip-sqlite]

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
PostgreSQL: a throwaway server of its own (`bench/throwaway_postgres.py`), or the
database at the URL given (which must be empty: the folder is generated into it).

Then, on PostgreSQL, a team: ``--readers`` PCs (processes, each with its own engine
and connections, as separate PCs have) read the month and then run a search
(read-only units of work, a pause between reads) while one more PC edits captions
of posts in that month (holding the write lock ``--hold-ms`` per transaction).  The
phases alternate without and with the writer (off-on, on-off, ...: a load that
drifts falls on both sides); each read with the writer is paired with the same
reader's same read in the neighbouring phase without.  Printed per PC and for
all: median / p95 / max with and without the writer, the paired ratio, and the
load average after each phase.  On a 2-core machine eight readers share two cores
with the server, so the figures say whether reads wait for the writer, not how
fast eight real PCs would be.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from generate import generate  # noqa: E402
from throwaway_postgres import server  # noqa: E402

from sosmed_desktop import clock  # noqa: E402
from sosmed_desktop.bootstrap import AppContext, bootstrap  # noqa: E402
from sosmed_desktop.db.models import Tag  # noqa: E402
from sosmed_desktop.db.uow import UnitOfWork  # noqa: E402
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


def edit_posts(data_dir: Path, hold_s: float, gap_s: float, writing: Any, stop: Any,
               counts: Any) -> None:  # fmt: skip
    """Another PC's officer (a process of its own): while `writing` is set, change the
    caption of a post in the month the readers read (its search document is rebuilt at
    commit) and hold the write lock `hold_s`, commit, pause `gap_s`; again."""
    import random

    from sqlalchemy import select

    from sosmed_desktop.db.models import Post

    ctx = bootstrap(data_dir)
    span = month_range(ctx)
    with ctx.uow(read_only=True) as uow:
        ids = list(uow.session.scalars(select(Post.id).where(Post.scheduled_at.between(*span))))
    rng, n = random.Random(7), 0
    while not stop.is_set():
        if not writing.wait(0.05):
            continue
        with ctx.uow() as uow:
            post = uow.session.get(Post, rng.choice(ids))
            post.master_caption = f"{post.master_caption.split(' · ')[0]} · edit {n}"
            uow.session.flush()
            time.sleep(hold_s)
            uow.commit()
        n += 1
        time.sleep(gap_s)
    ctx.dispose()
    counts.value = n


def read_as_pc(data_dir: Path, reader: int, phases: int, reads: int, pause_s: float,
               barrier: Any, results: Any) -> None:  # fmt: skip
    """One officer's PC (a process, an engine of its own): in each phase `reads` times
    the calendar's month and then a search, each in a read-only unit of work (what
    `Operations.read` opens), a pause between; the milliseconds go to `results`."""
    import random

    from calendar_search import QUERIES

    from sosmed_desktop.services.search.search import search_all

    def timed(work: Callable[[UnitOfWork], object]) -> float:
        began = time.perf_counter()
        with ctx.uow(read_only=True) as uow:
            work(uow)
        return (time.perf_counter() - began) * 1000

    ctx = bootstrap(data_dir)
    span = month_range(ctx)
    rng = random.Random(reader)
    month = lambda uow: posts_between(uow, span[0], span[1], CalendarFilter())  # noqa: E731
    timed(month), timed(lambda uow: search_all(uow, "posyandu"))  # warm
    got = []
    for phase in range(-1, phases):  # phase -1 warms up (every query once), not counted
        barrier.wait()
        for i in range(reads):
            query = QUERIES[(reader * 7 + i) % len(QUERIES)]
            row = (phase, i, timed(month), timed(lambda uow, q=query: search_all(uow, q)))
            got += [row] if phase >= 0 else []
            time.sleep(pause_s * rng.uniform(0.5, 1.5))
        barrier.wait()
    ctx.dispose()
    results.put((reader, got))


def many_pcs(data_dir: Path, args: argparse.Namespace) -> None:
    """`args.readers` PCs read while one PC writes, against the same reads with no writer.

    Phases alternate writer off / on (off-on, then on-off, ...: a load that drifts
    falls on both sides); read i of a reader in a phase with the writer is paired
    with its read i in the neighbouring phase without."""
    import multiprocessing

    mp = multiprocessing.get_context("spawn")
    readers, phases = args.readers, 2 * args.pairs
    barrier, results = mp.Barrier(readers + 1, timeout=900), mp.Queue()  # a PC that died
    writing, stop, counts = mp.Event(), mp.Event(), mp.Value("i", 0)
    hold, gap = args.hold_ms / 1000, args.gap_ms / 1000
    writer_pc = mp.Process(target=edit_posts, args=(data_dir, hold, gap, writing, stop, counts))
    pause = args.pause_ms / 1000
    pcs = [
        mp.Process(
            target=read_as_pc, args=(data_dir, r, phases, args.reads, pause, barrier, results)
        )
        for r in range(readers)
    ]
    writer_pc.start()
    for pc in pcs:
        pc.start()
    on_phases = {2 * k + (k % 2 == 0) for k in range(args.pairs)}  # off-on, on-off, ...
    loads = [os.getloadavg()[0]]
    for phase in range(-1, phases):  # -1: the readers' warm-up, without the writer
        (writing.set if phase in on_phases else writing.clear)()
        barrier.wait()  # every reader begins the phase
        barrier.wait()  # every reader has finished it
        loads.append(os.getloadavg()[0])
    writing.clear()
    stop.set()
    got = dict(results.get() for _ in pcs)
    for pc in [*pcs, writer_pc]:
        pc.join()

    def split(rows: list[tuple[int, int, float, float]], column: int) -> tuple[list[float], ...]:
        """(with the writer, without it, paired ratios) of one column of `rows`."""
        by = {(row[0], row[1]): row[2 + column] for row in rows}
        on = [by[(p, i)] for p in sorted(on_phases) for i in range(args.reads)]
        off = [by[(p ^ 1, i)] for p in sorted(on_phases) for i in range(args.reads)]
        return on, off, [a / b for a, b in zip(on, off, strict=True)]

    print(f"\nPostgreSQL, {readers} PCs reading (a process and an engine each), one PC writing "
          f"(holds the lock {args.hold_ms:.0f} ms, {args.gap_ms:.0f} ms between: "
          f"{counts.value} transactions); {args.pairs} pairs of phases, {args.reads} reads "
          f"(month, then a search) per reader and phase, {args.pause_ms:.0f} ms pause")  # fmt: skip
    for column, what in ((0, "calendar month"), (1, "search")):
        print(f"{what}: ms with the writer / without it, paired ratio with ÷ without")
        every_on, every_off, every_ratio = [], [], []
        for reader in sorted(got):
            on, off, ratios = split(got[reader], column)
            every_on += on
            every_off += off
            every_ratio += ratios
            print(f"  PC {reader + 1}: {figures(on)}  |  {figures(off)}  |  "
                  f"ratio median {statistics.median(ratios):.2f}×")  # fmt: skip
        print(f"  all : {figures(every_on)}  |  {figures(every_off)}  |  "
              f"ratio median {statistics.median(every_ratio):.2f}× "
              f"(min {min(every_ratio):.2f}, max {max(every_ratio):.2f})")  # fmt: skip
    print("load average at the start, after the warm-up and after each phase: "
          + " ".join(f"{x:.2f}" for x in loads))  # fmt: skip


def figures(values: list[float]) -> str:
    """median / p95 / max, milliseconds."""
    ordered = sorted(values)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    return f"{statistics.median(values):6.1f} / {p95:6.1f} / {max(values):6.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--hold-ms", type=float, default=200.0)
    parser.add_argument("--gap-ms", type=float, default=20.0)
    parser.add_argument(
        "--postgres",
        nargs="?",
        const="",
        help="also on PostgreSQL: an empty database at this URL, or (no URL) a throwaway server",
    )
    parser.add_argument("--readers", type=int, default=8, help="PCs reading on PostgreSQL")
    parser.add_argument("--pairs", type=int, default=3, help="pairs of phases (writer off, on)")
    parser.add_argument("--reads", type=int, default=15, help="reads per reader and phase")
    parser.add_argument("--pause-ms", type=float, default=200.0, help="between a PC's reads")
    parser.add_argument("--skip-sqlite", action="store_true")
    args = parser.parse_args()
    hold, gap = args.hold_ms / 1000, args.gap_ms / 1000
    if not args.skip_sqlite:
        run(generate(quiet=True), args.rounds, hold, gap, "SQLite")
    if args.postgres is None:
        return 0
    with contextlib.ExitStack() as stack:
        url = stack.enter_context(server(args.postgres))
        folder = None
        if not args.postgres:  # a throwaway server: the folder lives as long as it does
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory())) / "data"
        data_dir = generate(quiet=True, database_url=url, data_dir=folder)
        run(data_dir, args.rounds, hold, gap, "PostgreSQL")
        if args.readers:
            many_pcs(data_dir, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
