"""Start-up benchmark: the app from process start until the officer can work, against
a bare window started in the same run.

For a generated data folder (10,000 posts, 5,000 media rows; see ``generate.py``)
this runs, alternately and each in a fresh process, a bare PySide6 window
(``_probe_bare.py``) and the real app (``_probe_app.py``, through ``main.main()``)
and takes, from process start (the parent's clock just before it spawns the
child):

* bare window first paint,
* app first paint                        -- goal: within 2x the bare window,
* posts visible (``month_loaded``)       -- goal: within 3x,
* usable: the database open (edits accepted) and no GUI stall over 50 ms from
  then on                                -- goal: within 4x,
* all start-up work done (the services' month, filter choices, marked days, the
  reminders' first check),
* the longest GUI stall after the first paint -- goal: under 50 ms.

Each ratio is taken per run (app run i / bare run i, run back to back) and the
median of those ratios is reported, with their range, the CPU ratios and the load
average before and after: pairing keeps a load that changes during the runs from
landing on one side only.  It prints figures; it asserts nothing (benchmarks are
not tests).

Run: ``.venv/bin/python bench/startup.py [--runs 5] [--importtime] [--profile]``
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

from generate import DEFAULT_MEDIA, DEFAULT_POSTS, generate  # noqa: E402

SCREEN = ROOT / "tests" / "offscreen-1366x768.json"
RESULT_PREFIX = "BENCH_RESULT "
CHILD_TIMEOUT_S = 300
STALL_MS = 50
GOALS = (  # (mark, label, goal as a ratio to the bare first paint; None: reported only)
    ("first_paint", "app first paint", 2.0),
    ("month_loaded", "posts visible", 3.0),
    ("usable", "usable (open, no stall after)", 4.0),
    ("all_done", "all start-up work done", None),
)
COLD_FACTOR = 1.25  # run 1 this much slower than the rest: call it cold

# Phases printed in the breakdown, in order: (mark, label).
APP_PHASES = (
    ("interpreter", "interpreter up (probe's first line)"),
    ("imports", "imports done (main, ui.app)"),
    ("window_init", "MainWindow.__init__ starts"),
    ("window_built", "MainWindow built"),
    ("shown", "window shown"),
    ("first_paint", "window first paint"),
    ("month_loaded", "posts visible (month_loaded)"),
    ("calendar_painted", "calendar view painted"),
    ("database_open", "database open (context_ready)"),
    ("month_reloaded", "the services' month shown"),
    ("usable", "usable (no stall over 50 ms after)"),
    ("all_done", "all start-up work done"),
)
BARE_PHASES = (
    ("interpreter", "interpreter up"),
    ("imports", "PySide6 imported"),
    ("window_built", "QApplication + window built"),
    ("shown", "window shown"),
    ("first_paint", "window first paint"),
)


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for a probe: offscreen on a 1366×768 screen (the tests' and an
    office laptop's) unless the caller chose a platform.

    Bytecode caching stays on (as on an officer's PC): with PYTHONDONTWRITEBYTECODE
    set, as some sandboxes do, every probe would recompile the project (~200 ms).
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={SCREEN}")
    env.update(extra or {})
    return env


def run_probe(
    script: str,
    args: list[str],
    *,
    python_flags: list[str] | None = None,
    extra_env: dict[str, str] | None = None,
) -> tuple[dict, str]:
    """Spawn a probe; return its result (times relative to spawn, in ms) and its stderr."""
    env = child_env(extra_env)
    cmd = [sys.executable, *(python_flags or []), str(BENCH / script), *args]
    t0 = time.time()
    env["SOSMED_BENCH_T0"] = repr(t0)
    proc = subprocess.run(
        cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=CHILD_TIMEOUT_S
    )
    for line in proc.stdout.splitlines():
        if line.startswith(RESULT_PREFIX):
            raw = json.loads(line[len(RESULT_PREFIX) :])
            break
    else:
        raise RuntimeError(
            f"{script} gave no result (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
        )
    ms = {key: (value - t0) * 1000 for key, value in raw["marks"].items()}
    info = raw["info"]
    stalls = [((a - t0) * 1000, (b - t0) * 1000) for a, b in info.get("stalls", [])]
    info["stalls"] = stalls
    if "database_open" in ms:
        ends = [end for start, end in stalls if end > ms["database_open"]]
        ms["usable"] = max([ms["database_open"], *ends])
    return {"ms": ms, "info": info}, proc.stderr


def _load() -> float:
    return os.getloadavg()[0]


def _fmt(ms: float | None) -> str:
    return "—" if ms is None else f"{ms:7.0f} ms"


def _stat(runs: list[dict], key: str) -> tuple[float | None, float | None]:
    values = [r["ms"][key] for r in runs if key in r["ms"]]
    if not values:
        return None, None
    return statistics.median(values), min(values)


def report(bare: list[dict], app: list[dict], data_dir: Path, meta: dict) -> None:
    """Print the summary table, the goals, the phase breakdown and a cold/warm note."""
    bare_med, bare_min = _stat(bare, "first_paint")
    rows = app[-1]["info"].get("calendar_rows", "?")
    size = app[-1]["info"].get("window_size")
    print()
    print(
        f"Sosmed Desktop start-up — {meta.get('posts', '?'):,} posts, "
        f"{meta.get('media', '?'):,} media rows ({rows} posts in the current month)"
    )
    print(
        f"{len(app)} runs each, alternating; QT_QPA_PLATFORM="
        f"{child_env().get('QT_QPA_PLATFORM')}; window {size}; "
        f"Python {sys.version.split()[0]}; data {data_dir}"
    )
    print("Times are from process start (the parent's clock just before spawning).")
    print(f"Load average (1 min) before the runs {meta['load_before']:.2f}, after {_load():.2f}.")
    print()
    header = f"{'':34}{'median':>10}{'min':>10}{'paired ratio: median':>22}{'range':>16}  goal"
    print(header)
    print("-" * len(header))
    print(f"{'bare PySide6 window, first paint':34}{_fmt(bare_med):>10}{_fmt(bare_min):>10}")
    for key, label, goal in GOALS:
        med, low = _stat(app, key)
        ratios = _paired(bare, app, key)
        if not ratios:
            print(f"{label:34}{_fmt(med):>10}{_fmt(low):>10}")
            continue
        r_med = statistics.median(ratios)
        verdict = "" if goal is None else f"≤ {goal:.0f}× " + ("met" if r_med <= goal else "MISSED")
        spread = f"{min(ratios):.2f}–{max(ratios):.2f}×"
        print(
            f"{label:34}{_fmt(med):>10}{_fmt(low):>10}{f'{r_med:.2f}×':>22}{spread:>16}  {verdict}"
        )
    stall_report(app)
    cpu_report(bare, app)
    print()
    print("Breakdown (medians, ms from process start)")
    for name, runs, phases in (("app", app, APP_PHASES), ("bare", bare, BARE_PHASES)):
        print(f"  {name}:")
        for key, label in phases:
            med, _ = _stat(runs, key)
            if med is not None:
                print(f"    {label:42}{med:8.0f}")
    cold_note(bare, app)


def _paired(bare: list[dict], app: list[dict], key: str) -> list[float]:
    """app run i's `key` / bare run i's first paint, for the runs that have both."""
    return [
        a["ms"][key] / b["ms"]["first_paint"]
        for b, a in zip(bare, app, strict=True)
        if key in a["ms"] and b["ms"].get("first_paint")
    ]


def stall_report(app: list[dict]) -> None:
    """The GUI thread's stalls after the first paint: the longest per run, and how many
    were over `STALL_MS`."""
    longest = [max((end - start for start, end in r["info"]["stalls"]), default=0.0) for r in app]
    over = [len(r["info"]["stalls"]) for r in app]
    verdict = "met" if statistics.median(longest) < STALL_MS else "MISSED"
    print(
        f"{'longest GUI stall after first paint':34}{statistics.median(longest):8.0f} ms "
        f"(median of the runs; per run {', '.join(f'{x:.0f}' for x in longest)})"
        f"  < {STALL_MS} ms {verdict}"
    )
    print(f"{'  stalls over 50 ms per run':34}{', '.join(str(n) for n in over)}")
    for number, run in enumerate(app, start=1):
        opened = run["ms"].get("database_open", float("inf"))
        where = [
            f"{start:.0f}–{end:.0f}{'*' if end > opened else ''}"
            for start, end in run["info"]["stalls"]
        ]
        print(f"{f'  run {number}, at (ms; * after open)':34}{', '.join(where) or '—'}")


def stacks_report(app: list[dict]) -> None:
    """The GUI thread's most frequent stacks while it stalled, over all runs (5 ms samples)."""
    counts: dict[tuple[str, ...], int] = {}
    for run in app:
        for count, stack in run["info"].get("stall_stacks", []):
            counts[tuple(stack)] = counts.get(tuple(stack), 0) + count
    print()
    print("What each thread was doing while the GUI thread stalled (5 ms samples, all runs):")
    for stack, count in sorted(counts.items(), key=lambda kv: -kv[1])[:16]:
        print(f"  {count:4} × {stack[0]}: {stack[1]}")
        for frame in stack[2:]:
            print(f"           {frame}")


def _cpu(runs: list[dict], key: str) -> float | None:
    values = [r["info"].get("cpu_ms", {}).get(key) for r in runs]
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def cpu_report(bare: list[dict], app: list[dict]) -> None:
    """CPU time (all threads) up to each event: the work done, which other processes
    on a busy machine do not stretch as they stretch the wall-clock figures."""
    base = _cpu(bare, "first_paint")
    print()
    print("CPU time of the process (all threads) up to the event, medians:")
    print(f"  {'bare PySide6 window, first paint':34}{_fmt(base):>10}")
    for key, label in (
        ("first_paint", "app window, first paint"),
        ("first_paint_gui_thread", "  of it the GUI thread"),
        ("month_loaded", "posts visible"),
        ("database_open", "database open"),
        ("all_done", "all start-up work done"),
    ):
        value = _cpu(app, key)
        pairs = [
            a["info"]["cpu_ms"][key] / b["info"]["cpu_ms"]["first_paint"]
            for b, a in zip(bare, app, strict=True)
            if key in a["info"].get("cpu_ms", {}) and b["info"].get("cpu_ms", {}).get("first_paint")
        ]
        ratio = f"{statistics.median(pairs):.2f}× (paired)" if pairs else ""
        print(f"  {label:34}{_fmt(value):>10}  {ratio}")


def cold_note(bare: list[dict], app: list[dict]) -> None:
    """Say whether the first run was noticeably slower (disk cache, bytecode)."""
    if len(app) < 3:
        return
    notes = []
    for name, runs, key in (
        ("bare first paint", bare, "first_paint"),
        ("app first paint", app, "first_paint"),
        ("app calendar filled", app, "month_loaded"),
    ):
        first = runs[0]["ms"].get(key)
        rest = [r["ms"][key] for r in runs[1:] if key in r["ms"]]
        if first is None or not rest:
            continue
        warm = statistics.median(rest)
        if first > warm * COLD_FACTOR:
            notes.append(f"{name} {first:.0f} ms in run 1 vs {warm:.0f} ms after")
    print()
    if notes:
        print(
            "Cold vs warm: run 1 was slower (files not yet in the OS cache): "
            + "; ".join(notes)
            + ". The medians above are mostly warm starts; a first start after a "
            "reboot on an office PC's disk will be closer to (or slower than) run 1."
        )
    else:
        print(
            "Cold vs warm: run 1 was not noticeably slower than the rest (files were "
            "already cached); a first start after a reboot is not measured here."
        )


_IMPORT_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


def import_report(data_dir: Path, top: int = 15) -> None:
    """Run the app once with ``-X importtime``; print packages by self time, marking
    which were loaded before the first paint."""
    result, stderr = run_probe("_probe_app.py", [str(data_dir)], python_flags=["-X", "importtime"])
    before = set(result["info"].get("packages_at_first_paint", []))
    by_package: dict[str, int] = {}
    for line in stderr.splitlines():
        match = _IMPORT_LINE.match(line)
        if match:
            package = match.group(4).split(".")[0]
            by_package[package] = by_package.get(package, 0) + int(match.group(1))
    total = sum(by_package.values())
    print()
    print(f"Import time by top-level package (-X importtime, one run; total {total / 1000:.0f} ms)")
    print("  (importtime adds overhead; compare the packages, not the absolute figures)")
    for package, micros in sorted(by_package.items(), key=lambda kv: -kv[1])[:top]:
        when = "before first paint" if package in before else "after first paint"
        print(f"    {package:28}{micros / 1000:8.0f} ms   {when}")


def profile_report(data_dir: Path, top: int = 25) -> None:
    """Run the app once under cProfile (GUI thread only) and print the costliest calls."""
    import pstats

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "app.prof"
        run_probe("_probe_app.py", [str(data_dir)], extra_env={"SOSMED_BENCH_PROFILE": str(out)})
        print()
        print(f"cProfile of one app start (GUI thread, until quit), top {top} by cumulative time")
        stats = pstats.Stats(str(out))
        stats.sort_stats("cumulative").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    """Generate the data if needed, run the probes, print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each probe (default 5)")
    parser.add_argument("--posts", type=int, default=DEFAULT_POSTS)
    parser.add_argument("--media", type=int, default=DEFAULT_MEDIA)
    parser.add_argument("--fresh", action="store_true", help="regenerate the data folder")
    parser.add_argument(
        "--importtime", action="store_true", help="also show import cost per package"
    )
    parser.add_argument("--profile", action="store_true", help="also show a cProfile summary")
    parser.add_argument(
        "--stacks",
        action="store_true",
        help="also sample the GUI thread's stack during its stalls (most frequent stacks)",
    )
    args = parser.parse_args(argv)

    data_dir = generate(args.posts, args.media, fresh=args.fresh)
    for package in ("sosmed_desktop", "ui"):  # as an installed app has them: compiled
        compileall.compile_dir(ROOT / package, quiet=1)
    meta = json.loads((data_dir / "bench-meta.json").read_text(encoding="utf-8"))
    meta["load_before"] = _load()
    bare: list[dict] = []
    app: list[dict] = []
    for number in range(1, args.runs + 1):
        # Every app run starts without remembered window state, at the default size
        # (1280x720) that the bare window also uses.
        (data_dir / "ui.ini").unlink(missing_ok=True)
        bare.append(run_probe("_probe_bare.py", [])[0])
        stacks = {"SOSMED_BENCH_STACKS": "1"} if args.stacks else None
        app.append(run_probe("_probe_app.py", [str(data_dir)], extra_env=stacks)[0])
        print(
            f"run {number}/{args.runs}: bare {bare[-1]['ms']['first_paint']:.0f} ms, "
            f"app paint {app[-1]['ms'].get('first_paint', float('nan')):.0f} ms, "
            f"posts {app[-1]['ms'].get('month_loaded', float('nan')):.0f} ms, "
            f"usable {app[-1]['ms'].get('usable', float('nan')):.0f} ms, "
            f"all done {app[-1]['ms'].get('all_done', float('nan')):.0f} ms, "
            f"load {_load():.2f}",
            flush=True,
        )
        if "error" in app[-1]["info"]:
            print(f"  app probe: {app[-1]['info']['error']}")
    report(bare, app, data_dir, meta)
    if args.stacks:
        stacks_report(app)
    if args.importtime:
        import_report(data_dir)
    if args.profile:
        profile_report(data_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
