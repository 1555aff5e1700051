"""Child process of ``bench/startup.py``: start the real app and report when it painted.

Goes through ``main.main()`` (argument parsing, ``ui.app.run_gui``, the window,
the background database open), so every import and every start-up step is in
the figures.  The parent passes its wall clock (``time.time()`` taken just
before it spawned this process) in ``SOSMED_BENCH_T0``; this process reports
``time.time()`` at each event, so the parent can subtract and get "time since
process start".

``MainWindow.__init__`` is wrapped to capture the window; event filters on the
window and on the calendar's views (the month grid, the week timeline, the
agenda table's viewport) see their paint events.  Once the calendar has been
filled (``month_loaded``) and the view showing it has painted, the app is asked
to quit.  The result is one line on stdout: ``BENCH_RESULT {json}``.

Usage: ``QT_QPA_PLATFORM=offscreen SOSMED_BENCH_T0=<time.time()> python
bench/_probe_app.py DATA_DIR``.  Set ``SOSMED_BENCH_PROFILE=FILE`` to write a
cProfile of everything up to the quit to FILE.
"""

from __future__ import annotations

import time

T_INTERPRETER = time.time()  # first line of our code: the interpreter is up

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESULT_PREFIX = "BENCH_RESULT "
VIEW_PAINT_WAIT_MS = 2_000  # after month_loaded, wait this long at most for the view's paint
WATCHDOG_MS = 120_000


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

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class Watcher(QObject):
        """Sees the window's and the calendar views' paint events."""

        def __init__(self, window, views) -> None:
            super().__init__()
            self.window = window
            self.views = views
            self.quitting = False

        def eventFilter(self, obj, event) -> bool:  # Qt's name
            kind = event.type()
            if obj is self.window:
                if kind == QEvent.Type.Show and "shown" not in marks:
                    marks["shown"] = time.time()
                elif kind == QEvent.Type.Paint and "first_paint" not in marks:
                    marks["first_paint"] = time.time()
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
                marks["calendar_painted"] = time.time()
                cpu["calendar_painted"] = time.process_time() * 1000
                self.quit()
            return False

        def month_loaded(self, rows: int) -> None:
            if "month_loaded" not in marks:
                marks["month_loaded"] = time.time()
                cpu["month_loaded"] = time.process_time() * 1000
                info["calendar_rows"] = rows
                QTimer.singleShot(VIEW_PAINT_WAIT_MS, self.quit)

        def context_ready(self) -> None:
            marks.setdefault("database_open", time.time())

        def quit(self) -> None:
            if not self.quitting:
                self.quitting = True
                QTimer.singleShot(0, QApplication.quit)

        def watchdog(self) -> None:
            info["error"] = "watchdog: the calendar was not filled in time"
            self.quit()

    original_init = ui.main_window.MainWindow.__init__
    keep: list[Watcher] = []

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
        self.context_ready.connect(watcher.context_ready)
        QTimer.singleShot(WATCHDOG_MS, watcher.watchdog)

    ui.main_window.MainWindow.__init__ = wrapped_init
    info["exit_code"] = app_main.main()
    marks["exited"] = time.time()
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
