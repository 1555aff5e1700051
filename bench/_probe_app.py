"""Child process of ``bench/startup.py``: start the real app and report when it painted.

Goes through ``main.main()`` (argument parsing, ``ui.app.run_gui``, the window,
the background database open), so every import and every start-up step is in
the figures.  The parent passes its wall clock (``time.time()`` taken just
before it spawned this process) in ``SOSMED_BENCH_T0``; this process reports
``time.time()`` at each event, so the parent can subtract and get "time since
process start".

``MainWindow.__init__`` is wrapped to capture the window; event filters on the
window and on the calendar's views (the month grid, the week timeline, the
agenda table's viewport) see their paint events.  From the first paint on, a
5 ms timer on the GUI thread notes every gap between its ticks over
`STALL_MS`: the GUI thread was busy that long and the officer's key presses
waited (`stalls`, as [start, end] times).  The app runs on until the start-up
work is done — the services' month shown, the filter bar's choices, the
marked days, the reminders' first check (``all_done``) — and `SETTLE_MS`
longer, then quits.  The result is one line on stdout: ``BENCH_RESULT {json}``.

Usage: ``QT_QPA_PLATFORM=offscreen SOSMED_BENCH_T0=<time.time()> python
bench/_probe_app.py DATA_DIR``.  Set ``SOSMED_BENCH_PROFILE=FILE`` to write a
cProfile of everything up to the quit to FILE.  Set ``SOSMED_BENCH_STACKS=1`` to
sample what the GUI thread is doing while it stalls (every 5 ms, from a thread
of the probe's own) and report the most frequent stacks (``stall_stacks``).
"""

from __future__ import annotations

import time

T_INTERPRETER = time.time()  # first line of our code: the interpreter is up

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESULT_PREFIX = "BENCH_RESULT "
WATCHDOG_MS = 120_000
TICK_MS = 5
STALL_MS = 50  # a gap between ticks longer than this is a stall
SETTLE_MS = 1_000  # watched after the start-up work is done, for late stalls


class StallSampler(threading.Thread):
    """Samples every thread's stack whenever the GUI thread's ticks are late by more
    than a stall.

    A stall is either the GUI thread busy in our code, or the GUI thread waiting for
    Python's lock (GIL) while another thread holds it: the other threads' stacks
    tell which.  Stacks are cut to the application's own frames (and the innermost
    frame outside them, e.g. an import), so a stall reads as "which of our calls".
    """

    def __init__(self, watcher_ticks: list[float]) -> None:
        super().__init__(daemon=True)
        self.gui = threading.get_ident()
        self.ticks = watcher_ticks  # [last tick time], updated by the GUI thread
        self.counts: Counter[tuple[str, ...]] = Counter()
        self.running = True

    def run(self) -> None:
        me = threading.get_ident()
        while self.running:
            time.sleep(TICK_MS / 1000)
            last = self.ticks[0]
            if not last or (time.time() - last) * 1000 <= STALL_MS:
                continue
            for ident, frame in sys._current_frames().items():
                if ident != me:
                    who = "GUI thread" if ident == self.gui else "other thread"
                    self.counts[(who, *self._stack(frame))] += 1

    @staticmethod
    def _stack(frame) -> list[str]:
        stack: list[str] = []
        while frame is not None and len(stack) < 10:
            code = frame.f_code
            name = code.co_filename
            ours = str(ROOT) in name and "/bench/" not in name
            if ours or not stack:
                short = name.replace(str(ROOT) + "/", "")
                stack.append(f"{short}:{frame.f_lineno} {code.co_name}")
            frame = frame.f_back
        return stack

    def top(self, n: int = 12) -> list[tuple[int, list[str]]]:
        return [(count, list(stack)) for stack, count in self.counts.most_common(n)]


def run(data_dir: str) -> dict:
    """Start the app on `data_dir`, return the event times (``time.time()`` values)."""
    marks: dict[str, float] = {"interpreter": T_INTERPRETER}
    info: dict[str, object] = {}
    cpu: dict[str, float] = {}  # the process's CPU time (all threads) at some marks, in ms
    info["cpu_ms"] = cpu

    sys.path.insert(0, str(ROOT))
    sys.argv = [str(ROOT / "main.py"), "--data-dir", data_dir]
    import main as app_main  # the entry point and what it imports (sosmed_desktop.cli)
    import ui.app  # what main() imports before the GUI starts
    import ui.error_dialog
    import ui.main_window

    marks["imports"] = time.time()

    # An unexpected error would open a modal dialog (and the figures would look
    # normal): it is recorded and reported instead.
    def record_error(dialog) -> int:
        info.setdefault("error", "unexpected error: " + dialog.details.toPlainText()[-600:])
        return 0

    ui.error_dialog.ErrorDialog.exec = record_error
    sampled_tick = [0.0]
    sampler = StallSampler(sampled_tick) if os.environ.get("SOSMED_BENCH_STACKS") else None

    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    class Watcher(QObject):
        """Sees the window's and the calendar views' paint events."""

        def __init__(self, window, views) -> None:
            super().__init__()
            self.window = window
            self.views = views
            self.quitting = False
            self.waiting = {
                "calendar_painted",
                "choices_loaded",
                "marks_shown",
                "reminders_checked",
            }
            self.stalls: list[list[float]] = []
            info["stalls"] = self.stalls
            self.last_tick = 0.0
            self.ticker = QTimer(self)
            self.ticker.setTimerType(Qt.TimerType.PreciseTimer)
            self.ticker.setInterval(TICK_MS)
            self.ticker.timeout.connect(self.tick)

        def tick(self) -> None:
            now = time.time()
            if (now - self.last_tick) * 1000 > STALL_MS + TICK_MS:
                self.stalls.append([self.last_tick, now])
            self.last_tick = sampled_tick[0] = now

        def reached(self, mark: str) -> None:
            """A piece of start-up work is done; once all are, watch a little longer."""
            if mark in marks:
                return
            marks[mark] = time.time()
            self.waiting.discard(mark)
            if not self.waiting and "all_done" not in marks:
                marks["all_done"] = marks[mark]
                cpu["all_done"] = time.process_time() * 1000
                QTimer.singleShot(SETTLE_MS, self.quit)

        def eventFilter(self, obj, event) -> bool:  # Qt's name
            kind = event.type()
            if obj is self.window:
                if kind == QEvent.Type.Show and "shown" not in marks:
                    marks["shown"] = time.time()
                elif kind == QEvent.Type.Paint and "first_paint" not in marks:
                    marks["first_paint"] = self.last_tick = sampled_tick[0] = time.time()
                    self.ticker.start()
                    if sampler is not None:
                        sampler.start()
                    cpu["first_paint"] = time.process_time() * 1000
                    cpu["first_paint_gui_thread"] = time.thread_time() * 1000
                    size = self.window.size()
                    info["window_size"] = [size.width(), size.height()]
                    info["modules_at_first_paint"] = len(sys.modules)
                    info["packages_at_first_paint"] = sorted(
                        {name.split(".")[0] for name in list(sys.modules)}
                    )
            elif (
                obj in self.views
                and kind == QEvent.Type.Paint
                and "month_loaded" in marks
                and "calendar_painted" not in marks
            ):
                cpu["calendar_painted"] = time.process_time() * 1000
                self.reached("calendar_painted")
            return False

        def month_loaded(self, rows: int) -> None:
            if "month_loaded" not in marks:
                marks["month_loaded"] = time.time()
                cpu["month_loaded"] = time.process_time() * 1000
                info["calendar_rows"] = rows
            elif "database_open" in marks:  # the services' load, after the early month
                marks.setdefault("month_reloaded", time.time())

        def context_ready(self) -> None:
            marks.setdefault("database_open", time.time())
            cpu.setdefault("database_open", time.process_time() * 1000)

        def quit(self) -> None:
            if not self.quitting:
                self.quitting = True
                self.ticker.stop()  # the exit (its backup) is not start-up
                sampled_tick[0] = 0.0
                QTimer.singleShot(0, QApplication.quit)

        def watchdog(self) -> None:
            info["error"] = f"watchdog: start-up work not done: {sorted(self.waiting)}"
            self.quit()

    original_init = ui.main_window.MainWindow.__init__
    original_start_reminders = ui.main_window.MainWindow.start_reminders
    keep: list[Watcher] = []

    def wrapped_start_reminders(self) -> None:
        original_start_reminders(self)
        if self.reminders is not None and keep:
            watcher = keep[0]
            self.reminders.scheduler.checked.connect(
                lambda _outcome: watcher.reached("reminders_checked")
            )

    def wrapped_init(self, *args, **kwargs) -> None:
        marks["window_init"] = time.time()
        original_init(self, *args, **kwargs)
        marks["window_built"] = time.time()
        calendar = self.calendar
        views = [calendar.month_view, calendar.week_view, calendar.table.viewport()]
        watcher = Watcher(self, views)
        keep.append(watcher)
        self.installEventFilter(watcher)
        for view in views:
            view.installEventFilter(watcher)
        self.calendar.month_loaded.connect(watcher.month_loaded)
        self.calendar.choices_loaded.connect(lambda: watcher.reached("choices_loaded"))
        self.context_ready.connect(watcher.context_ready)
        QTimer.singleShot(WATCHDOG_MS, watcher.watchdog)

    from ui.calendar.page import CalendarPage

    original_show_marks = CalendarPage._show_marks

    def wrapped_show_marks(self, found) -> None:
        original_show_marks(self, found)
        if keep:
            keep[0].reached("marks_shown")

    CalendarPage._show_marks = wrapped_show_marks
    ui.main_window.MainWindow.__init__ = wrapped_init
    ui.main_window.MainWindow.start_reminders = wrapped_start_reminders
    info["exit_code"] = app_main.main()
    marks["exited"] = time.time()
    if sampler is not None:
        sampler.running = False
        info["stall_stacks"] = sampler.top()
    return {"marks": marks, "info": info}


def main() -> int:
    """Run, optionally under cProfile, and print the result line."""
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    data_dir = sys.argv[1]
    profile_to = os.environ.get("SOSMED_BENCH_PROFILE")
    if profile_to:
        import cProfile

        profiler = cProfile.Profile()
        result = profiler.runcall(run, data_dir)
        profiler.dump_stats(profile_to)
    else:
        result = run(data_dir)
    result["t0"] = float(os.environ.get("SOSMED_BENCH_T0", T_INTERPRETER))
    print(RESULT_PREFIX + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
