"""Child process of ``bench/startup.py``: a bare PySide6 window, the yardstick.

Imports PySide6, creates a QApplication and an empty QMainWindow of the app's
default size, shows it and reports (``time.time()``) when its first paint event
arrives; then quits.  The parent's spawn time comes in ``SOSMED_BENCH_T0``.
The result is one line on stdout: ``BENCH_RESULT {json}``.

Usage: ``QT_QPA_PLATFORM=offscreen SOSMED_BENCH_T0=<time.time()> python
bench/_probe_bare.py [WIDTH HEIGHT]``.
"""

from __future__ import annotations

import time

T_INTERPRETER = time.time()  # first line of our code: the interpreter is up

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402

RESULT_PREFIX = "BENCH_RESULT "
DEFAULT_SIZE = (1280, 720)  # MainWindow's size when ui.ini has no geometry yet
WATCHDOG_MS = 60_000


def run(width: int, height: int) -> dict:
    """Open the bare window, return the event times (``time.time()`` values)."""
    marks: dict[str, float] = {"interpreter": T_INTERPRETER}
    info: dict[str, object] = {}
    cpu: dict[str, float] = {}  # the process's CPU time at first paint, in ms
    info["cpu_ms"] = cpu

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    marks["imports"] = time.time()

    class Watcher(QObject):
        """Sees the window's first show and paint events."""

        def __init__(self, window: QMainWindow) -> None:
            super().__init__()
            self.window = window

        def eventFilter(self, obj, event) -> bool:  # Qt's name
            if obj is self.window:
                kind = event.type()
                if kind == QEvent.Type.Show and "shown" not in marks:
                    marks["shown"] = time.time()
                elif kind == QEvent.Type.Paint and "first_paint" not in marks:
                    marks["first_paint"] = time.time()
                    cpu["first_paint"] = time.process_time() * 1000
                    size = self.window.size()
                    info["window_size"] = [size.width(), size.height()]
                    QTimer.singleShot(0, QApplication.quit)
            return False

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Bare")
    window.resize(width, height)
    watcher = Watcher(window)
    window.installEventFilter(watcher)
    marks["window_built"] = time.time()
    window.show()
    QTimer.singleShot(WATCHDOG_MS, QApplication.quit)
    info["exit_code"] = app.exec()
    marks["exited"] = time.time()
    return {"marks": marks, "info": info}


def main() -> int:
    """Run and print the result line."""
    width, height = (int(v) for v in sys.argv[1:3]) if len(sys.argv) >= 3 else DEFAULT_SIZE
    result = run(width, height)
    result["t0"] = float(os.environ.get("SOSMED_BENCH_T0", T_INTERPRETER))
    print(RESULT_PREFIX + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
