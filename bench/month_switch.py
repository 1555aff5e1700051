#!/usr/bin/env python3
"""Month, week and agenda switching as the officer feels it: key press to the painted view.

.venv/bin/python bench/month_switch.py                    # 10,000 posts, 40 presses a view
.venv/bin/python bench/month_switch.py --posts 100000     # regency scale
.venv/bin/python bench/month_switch.py --presses 80
.venv/bin/python bench/month_switch.py --postgres --posts 100000   # a team server (throwaway)

The real main window (offscreen, on the tests' 1366×768 screen, Indonesian) opens on
a generated data folder (``generate.py``); once its start-up work is done, PgDn and
PgUp are pressed on the calendar (alternately a few forward and back, so every
press loads another period) in the month view and then in the week view.  A press
counts from the key event to the end of the view's first paint after the period's
posts arrived (``month_loaded``): the read on a worker thread (or none, when the
page read the period ahead), the hand-over to the GUI thread, the chips and the
paint.  Presses come `PACE_MS` apart, an officer paging through months.  The agenda
(the month as a table) is paged the same way, then scrolled with the mouse wheel
(three rows a notch, `SCROLLS` notches down and up again): a notch counts from the
wheel event to the end of the table's paint.

Beside each press the same view is repainted with the period it already shows
(`update()` → paint): the paint alone, in the same run, is the baseline its ratio is
paired with.  Prints median, p95 and maximum per view, the paired ratio, and the load
average before and after; the goal (issue 17) is p95 under 50 ms.  It asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
SCREEN = ROOT / "tests" / "offscreen-1366x768.json"
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

from generate import DEFAULT_MEDIA, DEFAULT_POSTS, generated  # noqa: E402
from PySide6.QtCore import QEventLoop, QPoint, QPointF, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QWheelEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from sosmed_desktop.bootstrap import bootstrap  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.calendar.month_view import MonthView  # noqa: E402
from ui.calendar.week_view import WeekView  # noqa: E402
from ui.i18n import install_translators  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

GOAL_MS = 50.0
TIMEOUT_MS = 30_000
PACE_MS = 300  # between presses (the repaint of the same period falls in between)
SCROLLS = 40  # wheel notches through the agenda of the fullest month


class PaintClock:
    """The end of each paint of the month and week views and the agenda's table."""

    def __init__(self) -> None:
        self.painted: list[float] = []
        for view_class in (MonthView, WeekView, QTableView):
            original = view_class.paintEvent

            def timed(view, event, original=original) -> None:
                original(view, event)
                self.painted.append(time.perf_counter())

            view_class.paintEvent = timed


def wait(condition, timeout_ms: int = TIMEOUT_MS) -> None:
    """Run the event loop until `condition()` holds."""
    deadline = time.perf_counter() + timeout_ms / 1000
    loop = QEventLoop()
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the calendar did not answer in time")
        QTimer.singleShot(1, loop.quit)
        loop.exec()


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def press(window: MainWindow, clock: PaintClock, view, key: Qt.Key) -> tuple[float, float]:
    """Milliseconds from pressing `key` on `view` to the end of its paint of the
    period the press loaded, and to the arrival of that period's posts."""
    page = window.calendar
    loaded: list[float] = []
    page.month_loaded.connect(lambda _rows: loaded.append(time.perf_counter()))
    start = time.perf_counter()
    QTest.keyClick(view, key)
    wait(lambda: loaded and any(t >= loaded[0] for t in clock.painted))
    page.month_loaded.disconnect()
    done = next(t for t in clock.painted if t >= loaded[0])
    return (done - start) * 1000, (loaded[0] - start) * 1000


def repaint(clock: PaintClock, view) -> float:
    """Milliseconds from `update()` to the end of the paint (the same period again)."""
    clock.painted.clear()
    start = time.perf_counter()
    view.update()
    wait(lambda: bool(clock.painted))
    return (clock.painted[0] - start) * 1000


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(window: MainWindow, clock: PaintClock, view_name: str, presses: int) -> dict:
    """Alternate three presses forward and three back; each with a repaint beside it."""
    page = window.calendar
    page.set_view(view_name)
    views = {"month": page.month_view, "week": page.week_view, "agenda": page.table}
    view = views[view_name]
    view.setFocus()
    settle(300)
    switches, arrivals, paints, rows = [], [], [], []
    page.month_loaded.connect(rows.append)
    for number in range(presses):
        key = Qt.Key.Key_PageDown if (number // 3) % 2 == 0 else Qt.Key.Key_PageUp
        clock.painted.clear()
        switch, arrival = press(window, clock, view, key)
        switches.append(switch)
        arrivals.append(arrival)
        settle(PACE_MS // 3)  # the repaint before the page reads ahead (after 150 ms)
        paints.append(repaint(clock, view.viewport() if view_name == "agenda" else view))
        settle(PACE_MS - PACE_MS // 3)
    page.month_loaded.disconnect(rows.append)
    ratios = [s / p for s, p in zip(switches, paints, strict=True) if p > 0]
    return {
        "switch": switches,
        "arrival": arrivals,
        "paint": paints,
        "ratio": ratios,
        "posts": statistics.median(rows) if rows else 0,
    }


def scroll(window: MainWindow, clock: PaintClock, notches: int) -> dict:
    """Wheel notches down (and back up) the agenda: event to the end of the table's paint,
    each paired with a repaint of the same rows."""
    table = window.calendar.table
    viewport = table.viewport()
    centre = QPointF(viewport.width() / 2, viewport.height() / 2)
    moves, paints = [], []
    for number in range(notches):
        delta = -120 if number < notches // 2 else 120  # down, then back up
        event = QWheelEvent(
            centre,
            QPointF(viewport.mapToGlobal(centre.toPoint())),
            QPoint(),
            QPoint(0, delta),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        clock.painted.clear()
        start = time.perf_counter()
        QApplication.sendEvent(viewport, event)
        wait(lambda: bool(clock.painted))
        moves.append((clock.painted[0] - start) * 1000)
        settle(PACE_MS // 3)
        paints.append(repaint(clock, viewport))
        settle(PACE_MS // 3)
    rows = window.calendar.model.rowCount()
    ratios = [m / p for m, p in zip(moves, paints, strict=True) if p > 0]
    return {"switch": moves, "paint": paints, "ratio": ratios, "posts": rows}


def report(name: str, figures: dict) -> None:
    switch, paint = figures["switch"], figures["paint"]
    p95 = percentile(switch, 0.95)
    verdict = "met" if p95 < GOAL_MS else "MISSED"
    if name == "scroll":
        print(
            f"{name:6} {len(switch):3} wheel notches, {figures['posts']:.0f} rows: event → "
            f"painted median {statistics.median(switch):6.1f} ms, p95 {p95:6.1f}, max "
            f"{max(switch):6.1f}  (goal p95 < {GOAL_MS:.0f} ms: {verdict})"
        )
        print(
            f"{'':6} repaint of all its rows median {statistics.median(paint):5.1f} ms, p95 "
            f"{percentile(paint, 0.95):5.1f}; paired ratio notch/repaint median "
            f"{statistics.median(figures['ratio']):.2f}×"
        )
        return
    print(
        f"{name:6} {len(switch):3} presses, ~{figures['posts']:.0f} posts a period: "
        f"key press → painted median {statistics.median(switch):6.1f} ms, "
        f"p95 {p95:6.1f}, max {max(switch):6.1f}  (goal p95 < {GOAL_MS:.0f} ms: {verdict})"
    )
    arrival = figures["arrival"]
    print(
        f"{'':6} of it until the posts arrived (read on a worker, handed over) median "
        f"{statistics.median(arrival):5.1f} ms, p95 {percentile(arrival, 0.95):5.1f}"
    )
    print(
        f"{'':6} repaint alone median {statistics.median(paint):5.1f} ms, "
        f"p95 {percentile(paint, 0.95):5.1f}; paired ratio switch/repaint median "
        f"{statistics.median(figures['ratio']):.2f}×"
    )


def fullest_month(window: MainWindow) -> None:
    """Page the agenda to the month with the most posts of the three around (to scroll it)."""
    page = window.calendar
    counts = []
    for step in (0, 1, 1):
        rows: list[int] = []
        page.month_loaded.connect(rows.append)
        if step:
            page.shift(step)
        else:
            page.reload()
        wait(lambda rows=rows: bool(rows))
        page.month_loaded.disconnect(rows.append)
        counts.append(page.model.rowCount())
    back = len(counts) - 1 - counts.index(max(counts))
    if back:
        page.shift(-back)
        settle(1000)
    page.table.setFocus()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=DEFAULT_POSTS)
    parser.add_argument("--media", type=int, default=DEFAULT_MEDIA)
    parser.add_argument("--presses", type=int, default=40, help="presses per view")
    parser.add_argument("--database-url", default="", help="a PostgreSQL database to use")
    parser.add_argument("--postgres", action="store_true", help="on a throwaway server")
    args = parser.parse_args(argv)
    with generated(
        args.posts,
        args.media,
        database_url=args.database_url,
        postgres=args.postgres,
        quiet=True,
    ) as data_dir:
        return run(args, data_dir)


def run(args: argparse.Namespace, data_dir: Path) -> int:
    """Page the views of the real window on the generated `data_dir`."""
    load_before = os.getloadavg()[0]
    app = create_application([sys.argv[0]])
    install_translators(app, "id")
    clock = PaintClock()
    ctx = bootstrap(data_dir)
    (data_dir / "ui.ini").unlink(missing_ok=True)
    window = MainWindow(ctx.config, ctx.log_file)
    window.show()
    window.set_context(ctx)
    choices: list[bool] = []
    window.calendar.choices_loaded.connect(lambda: choices.append(True))
    wait(lambda: bool(choices))
    settle(1000)  # the marks and the rest of the start-up work
    size = window.calendar.month_view.size()
    engine = "SQLite" if ctx.is_sqlite else "PostgreSQL"
    print(
        f"Month and week switching — {args.posts:,} posts ({engine}); window {window.width()}×"
        f"{window.height()}, month grid {size.width()}×{size.height()}; "
        f"Python {sys.version.split()[0]}"
    )
    for view_name in ("month", "week", "agenda"):
        report(view_name, measure(window, clock, view_name, args.presses))
    fullest_month(window)
    report("scroll", scroll(window, clock, SCROLLS))
    print(f"Load average (1 min) before {load_before:.2f}, after {os.getloadavg()[0]:.2f}.")
    window.quit_app()
    ctx.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
