"""Running slow work (disk, database, images) off the GUI thread: the engine under
`ui/operations.py`.

`run_task` hands a function to a QThreadPool (the global one unless given); its
result or exception comes back on the GUI thread through a queued signal.  The
signals live on a separate QObject because a QRunnable is not a QObject.

Widgets do not call it: they run their work through `ui/operations.py`, which
adds the parent widget, the error path and the announcement of what a write
changed (tests/unit/test_architecture.py keeps `run_task(` out of the rest of ui/).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    result = Signal(object)
    error = Signal(object, str)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            value = self.fn()
        except BaseException as exc:
            self.signals.error.emit(exc, traceback.format_exc())
        else:
            self.signals.result.emit(value)


_running: set[_Task] = set()


def run_task(
    fn: Callable[[], Any],
    on_result: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException, str], None] | None = None,
    *,
    pool: QThreadPool | None = None,
    owner: QObject | None = None,
) -> None:
    """Run `fn()` in the background and call `on_result` or `on_error` on the GUI thread.

    Without `on_error` the exception goes to the application's unexpected-error
    handler, so nothing fails silently.  When the widget that asked (`owner`) was
    closed and deleted meanwhile, the result is dropped instead of touching it.
    """
    task = _Task(fn)
    task.setAutoDelete(False)
    _running.add(task)
    alive = [True]
    if owner is not None:
        owner.destroyed.connect(lambda *_: alive.__setitem__(0, False))

    def finished_ok(value: Any) -> None:
        _running.discard(task)
        if on_result is not None and alive[0]:
            on_result(value)

    def finished_error(exc: BaseException, details: str) -> None:
        _running.discard(task)
        if not alive[0]:
            log.info("Result of a task for a closed window dropped: %s", exc)
        elif on_error is not None:
            on_error(exc, details)
        else:
            from ui.error_dialog import report_unexpected

            report_unexpected(exc, details)

    task.signals.result.connect(finished_ok)
    task.signals.error.connect(finished_error)
    (pool or QThreadPool.globalInstance()).start(task)


def pending_tasks() -> int:
    """How many background tasks have not reported back yet (used by tests and exit)."""
    return len(_running)
