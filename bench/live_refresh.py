#!/usr/bin/env python3
"""How fast a change made on another PC reaches an open window, and what watching costs.

.venv/bin/python bench/live_refresh.py [--postgres [URL]] [--rounds N]

For SQLite (always) and PostgreSQL (with ``--postgres``: a throwaway server of its
own, `bench/throwaway_postgres.py`, or the server URL given, whose user may create
a database): a second application context on the same database commits a
post; the time until the first context's `ChangeWatcher` reports it is measured
with the GUI's interval (`ui.live_updates.LiveUpdates.INTERVAL_S`).  Also the cost of
one look: ``PRAGMA data_version`` (SQLite), and one poll of the change counter
through the pool (PostgreSQL's fallback while it cannot LISTEN).
"""

from __future__ import annotations

import argparse
import queue
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402

from bench.throwaway_postgres import server  # noqa: E402
from sosmed_desktop.bootstrap import AppContext, bootstrap  # noqa: E402
from sosmed_desktop.services.posts import posts  # noqa: E402
from sosmed_desktop.services.posts.data import PostInput, VariantInput  # noqa: E402
from sosmed_desktop.services.team import live  # noqa: E402
from tests.engines import write_database_url  # noqa: E402

INTERVAL_S = 2.0  # ui.live_updates.LiveUpdates.INTERVAL_S (not imported: no Qt here)


def latency(ctx: AppContext, other: AppContext, rounds: int) -> list[float]:
    """Seconds from another context's commit to the watcher's report, per round."""
    found: queue.Queue = queue.Queue()
    watcher = live.ChangeWatcher(ctx, found.put, interval=INTERVAL_S)
    watcher.start()
    watcher.wait_started()
    if not ctx.is_sqlite:
        deadline = time.monotonic() + 10
        while not watcher.listening and time.monotonic() < deadline:
            time.sleep(0.01)
    times = []
    try:
        for n in range(rounds):
            time.sleep(0.37)  # commits at varied points of the poll interval
            with other.uow() as uow:
                posts.create_post(
                    uow, PostInput(f"Dari PC lain {n}", None, variants=(VariantInput("instagram"),))
                )
                done = time.perf_counter()
            found.get(timeout=30)
            times.append(time.perf_counter() - done)
    finally:
        watcher.stop()
    return times


def look_cost(ctx: AppContext, n: int = 2000) -> float:
    """Microseconds per look: data_version (SQLite) or a change-counter poll (PostgreSQL)."""
    if ctx.is_sqlite:
        raw = ctx.engine.raw_connection()
        cursor = raw.cursor()
        start = time.perf_counter()
        for _ in range(n):
            cursor.execute("PRAGMA data_version").fetchone()
        cost = time.perf_counter() - start
        raw.close()
        return cost / n * 1e6
    n = 300
    start = time.perf_counter()
    for _ in range(n):
        with ctx.uow() as uow:
            live.last_change_id(uow)
    return (time.perf_counter() - start) / n * 1e6


def report(name: str, ctx: AppContext, other: AppContext, rounds: int) -> None:
    times = latency(ctx, other, rounds)
    cost = look_cost(ctx)
    mode = f"poll every {INTERVAL_S:.0f} s" if ctx.is_sqlite else "LISTEN/NOTIFY"
    median, worst = statistics.median(times) * 1000, max(times) * 1000
    print(
        f"{name:10} change from another PC seen after: median {median:7.1f} ms, "
        f"max {worst:7.1f} ms ({mode}, {rounds} rounds)"
    )
    what = "PRAGMA data_version" if ctx.is_sqlite else "poll of the change counter (fallback)"
    per_hour = cost * (3600 / INTERVAL_S) / 1e6
    print(f"{'':10} one look ({what}): {cost:8.1f} µs; {per_hour * 1000:.1f} ms of work per hour")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--postgres",
        nargs="?",
        const="",
        help="postgresql+psycopg://user@host:port/postgres; none: a throwaway server",
    )
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "sqlite"
        ctx = bootstrap(folder)
        other = bootstrap(folder)
        report("SQLite", ctx, other, args.rounds)
        ctx.dispose()
        other.dispose()
        if args.postgres is not None:
            with server(args.postgres) as url:
                on_postgres(url, Path(tmp), args.rounds)
    return 0


def on_postgres(server_url: str, tmp: Path, rounds: int) -> None:
    """The same in a database of its own on `server_url`, dropped afterwards."""
    name = f"sosmed_bench_live_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server_url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    try:
        folder = tmp / "pg"
        write_database_url(folder, admin.url.set(database=name).render_as_string(False))
        ctx = bootstrap(folder)
        other = bootstrap(folder)
        report("PostgreSQL", ctx, other, rounds)
        ctx.dispose()
        other.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


if __name__ == "__main__":
    sys.exit(main())
