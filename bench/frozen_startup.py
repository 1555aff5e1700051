"""Start-up of the frozen build beside the source run, measured the same way.

Each run starts the window in a fresh process on the same data folder (the
sample department of ``seed-demo``), offscreen, alternating source
(``.venv/bin/python main.py``) and frozen (``dist/SosmedDesktop/SosmedDesktop``),
and reads two lines of the application's own start-up record in the log:

* "Main window shown" -- the window's first paint;
* "Start-up complete" -- the calendar's first data shown (database open, month read);

each as time from just before the process was spawned (the log's timestamps
have millisecond resolution).  The window is then closed with SIGTERM.  Prints
median and minimum per figure, the load average, and the build's size; asserts
nothing (benchmarks are not tests).

Run: ``.venv/bin/python bench/frozen_startup.py [--runs 7]`` after ``python3 dev.py build``.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "SosmedDesktop"
MARKS = (("Main window shown", "first paint"), ("Start-up complete", "calendar filled"))
TIMEOUT_S = 120


def _logged_at(line: str) -> float:
    """The time of a log line ("2026-12-07 01:57:55,070 INFO ...")."""
    stamp = datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S,%f")
    return stamp.timestamp()


def one_start(command: list[str], data: Path) -> dict[str, float]:
    """Seconds from spawn to each mark of one start."""
    log = data / "logs" / "sosmed.log"
    log.write_text("", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an officer's PC keeps its bytecode
    (data / "ui.ini").unlink(missing_ok=True)  # the default window size each time
    spawned = time.time()
    process = subprocess.Popen(
        [*command, "--data-dir", str(data)], env=env, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL, cwd=ROOT,
    )  # fmt: skip
    found: dict[str, float] = {}
    try:
        deadline = time.monotonic() + TIMEOUT_S
        while len(found) < len(MARKS) and time.monotonic() < deadline:
            for line in log.read_text("utf-8", errors="replace").splitlines():
                for text, label in MARKS:
                    if text in line and label not in found:
                        found[label] = _logged_at(line) - spawned
            time.sleep(0.01)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
    if len(found) < len(MARKS):
        raise RuntimeError(f"{command[0]} did not finish starting")
    return found


def folder_size(path: Path) -> int:
    """Bytes in `path`, symbolic links not followed (the build links libraries on Linux)."""
    if path.is_symlink() or not path.is_dir():
        return path.lstat().st_size
    return sum(f.lstat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    frozen_exe = DIST / ("SosmedDesktop.exe" if sys.platform == "win32" else "SosmedDesktop")
    if not frozen_exe.is_file():
        sys.exit(f"{frozen_exe} is missing: python3 dev.py build")
    commands = {
        "source": [sys.executable, str(ROOT / "main.py")],
        "frozen": [str(frozen_exe)],
    }
    results: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
    loads = []
    with tempfile.TemporaryDirectory(prefix="sosmed-startup-") as scratch:
        data = Path(scratch) / "data"
        subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "seed-demo", "--data-dir", str(data)],
            check=True, capture_output=True, cwd=ROOT,
        )  # fmt: skip
        for command in commands.values():  # one warm-up start each, not counted
            one_start(command, data)
        for _run in range(args.runs):
            for name, command in commands.items():
                loads.append(os.getloadavg()[0])
                results[name].append(one_start(command, data))
    print(f"Start-up, {args.runs} runs each (alternating, after one warm-up start each),")
    print(f"offscreen, sample department; load average (1 min) during the runs: "
          f"{min(loads):.2f}–{max(loads):.2f}, median {statistics.median(loads):.2f}")  # fmt: skip
    print(f"{'':10}{'first paint (median / min)':>30}{'calendar filled (median / min)':>34}")
    for name, runs in results.items():
        cells = []
        for _text, label in MARKS:
            values = [r[label] * 1000 for r in runs]
            cells.append(f"{statistics.median(values):7.0f} / {min(values):5.0f} ms")
        print(f"{name:10}{cells[0]:>30}{cells[1]:>34}")
    size = folder_size(DIST)
    internal = DIST / "_internal"
    biggest = sorted(
        ((folder_size(p), p.name) for p in internal.iterdir()),
        reverse=True,
    )[:5]
    print(f"\nBuild folder {DIST.relative_to(ROOT)}: {size / 1e6:.0f} MB "
          f"({', '.join(f'{n} {s / 1e6:.0f} MB' for s, n in biggest)})")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
