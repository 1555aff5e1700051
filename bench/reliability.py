"""Reliability figures: kills survived, data lost, and what backup, check and restore cost.

Part 1 runs the crash harness of the test suite (`tests/reliability/harness.py`)
with more kills than CI does: the write paths in a child process, SIGKILLed at
random moments, each kill followed by `check` and a comparison with every save
the child confirmed.  Part 2 times backup, the full check and a restore on the
large benchmark database (`bench/generate.py`: 10,000 posts, 5,000 media rows),
on a copy.  It prints figures; nothing is asserted.

Run: ``.venv/bin/python bench/reliability.py [--kills N] [--lanes N] [--skip-timing]``
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.generate import generate  # noqa: E402
from sosmed_desktop.bootstrap import bootstrap  # noqa: E402
from sosmed_desktop.services.backup import backup_sqlite, restore_backup  # noqa: E402
from sosmed_desktop.services.check import run_check  # noqa: E402
from tests.reliability.harness import CrashStats, crash_loop  # noqa: E402


def crash_figures(kills: int, lanes: int) -> None:
    per_lane = -(-kills // lanes)
    stats = CrashStats()
    with (
        tempfile.TemporaryDirectory(prefix="sosmed-crash-") as tmp,
        ThreadPoolExecutor(lanes) as pool,
    ):
        futures = [
            pool.submit(crash_loop, Path(tmp) / f"lane-{lane}", per_lane, 1000 + lane)
            for lane in range(lanes)
        ]
        for future in futures:
            stats.merge(future.result())
    print(f"Crash harness: {lanes} data folders side by side, {per_lane} kills each")
    print(f"  kills                          {stats.kills}")
    print(f"  kills survived                 {stats.survived}")
    print(f"  confirmed saves (last check)   {stats.confirmed}")
    print(f"  confirmed saves lost           {stats.lost}")
    print(f"  children failing on their own  {stats.child_errors}")
    print(f"  warnings left (orphans, temps) {stats.warnings}")
    print(f"  kills by operation             {dict(sorted(stats.kills_during.items()))}")
    print(f"  time                           {stats.seconds:.1f} s "
          f"({stats.seconds / max(1, per_lane):.2f} s per kill and lane)")  # fmt: skip
    for failure in stats.failures[:10]:
        print(f"  FAILURE: {failure}")


def timed(label: str, work) -> object:
    began = time.perf_counter()
    result = work()
    print(f"  {label:<34} {time.perf_counter() - began:6.2f} s")
    return result


def timing_figures() -> None:
    source = generate(quiet=True)
    with tempfile.TemporaryDirectory(prefix="sosmed-restore-") as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(source, data)
        db = data / "sosmed.db"
        print(f"Backup, check and restore on {source.name} ({db.stat().st_size / 1e6:.1f} MB)")
        ctx = bootstrap(data)
        backups = data / "backups"
        path = timed("backup (backup API + quick_check)", lambda: backup_sqlite(db, backups))
        report = timed("check (integrity_check, media)", lambda: run_check(ctx))
        failing = sum(1 for f in report.findings if not f.ok)  # type: ignore[attr-defined]
        print(f"  {'check: failing findings':<34} {failing} (the rows have no files)")
        ctx.dispose()
        timed(
            "restore (verify, keep, swap)",
            lambda: restore_backup(path, db, backups),  # type: ignore[arg-type]
        )
        timed("open again (bootstrap)", lambda: bootstrap(data).dispose())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000, help="kills in total (default 1000)")
    parser.add_argument("--lanes", type=int, default=2, help="data folders side by side")
    parser.add_argument("--skip-timing", action="store_true", help="only the crash harness")
    args = parser.parse_args(argv)
    crash_figures(args.kills, args.lanes)
    if not args.skip_timing:
        timing_figures()
    return 0


if __name__ == "__main__":
    sys.exit(main())
