"""Running slow work (disk, database, images) off the GUI thread: the engine under
`ui/operations.py`.

`run_task` hands a function to a QThreadPool (the global one unless given); its
result or exception comes back on the GUI thread through a queued signal of one
long-lived bridge object that lives on the GUI thread.

Widgets do not call it: they run their work through `ui/operations.py`, which
adds the parent widget, the error path and the announcement of what a write
changed (tests/unit/test_architecture.py keeps `run_task(` out of the rest of ui/).

Why one bridge and plain callables (issue 17, weeks in the tray): a `QRunnable`
started with auto-delete off belongs to the pool's C++ side from then on and was
never freed, and a signals object per task, wired to closures that named the task,
made a cycle through connections that Python's cycle collector cannot see.  Every
task then kept its callbacks and all they named (closed editor windows among them)
for as long as the app ran.  Now the callbacks wait in `_running`, on the GUI
thread, until the outcome arrives; the worker holds nothing of them once the work
returned, so the last reference to anything they name goes on the GUI thread.
"""

from __future__ import annotations

import functools
import itertools
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


@dataclass
class _Pending:
    """A task on its way: the work, and what to call with its outcome (GUI thread)."""

    fn: Callable[[], Any] | None
    on_result: Callable[[Any], None] | None
    on_error: Callable[[BaseException, str], None] | None
    alive: list[bool] = field(default_factory=lambda: [True])


class _Bridge(QObject):
    """Carries every task's outcome to the GUI thread (made there, by the first task)."""

    arrived = Signal(int, bool, object, str)  # key, succeeded, value or exception, details

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.arrived.connect(self.deliver)

    @Slot(int, bool, object, str)
    def deliver(self, key: int, ok: bool, outcome: Any, details: str) -> None:
        pending = _running.pop(key, None)
        if pending is None:
            return
        if ok:
            if pending.on_result is not None and pending.alive[0]:
                pending.on_result(outcome)
        elif not pending.alive[0]:
            log.info("Result of a task for a closed window dropped: %s", outcome)
        elif pending.on_error is not None:
            pending.on_error(outcome, details)
        else:
            from ui.error_dialog import report_unexpected

            report_unexpected(outcome, details)


_running: dict[int, _Pending] = {}
_keys = itertools.count()
_bridge: _Bridge | None = None


def _the_bridge() -> _Bridge:
    """The bridge, made on the GUI thread (`run_task` is only called there)."""
    global _bridge
    if _bridge is None or not shiboken6.isValid(_bridge):
        _bridge = _Bridge(QCoreApplication.instance())
    return _bridge


def _work(key: int, bridge: _Bridge) -> None:
    """The worker's part: run the task's function and send its outcome over."""
    pending = _running.get(key)
    fn = pending.fn if pending is not None else None
    if pending is not None:
        pending.fn = None  # nothing of the work stays behind once it ran
    del pending
    if fn is None:
        return
    try:
        value = fn()
    except BaseException as exc:
        del fn
        bridge.arrived.emit(key, False, exc, traceback.format_exc())
    else:
        del fn
        bridge.arrived.emit(key, True, value, "")


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
    key = next(_keys)
    pending = _Pending(fn, on_result, on_error)
    _running[key] = pending
    if owner is not None:
        alive = pending.alive
        owner.destroyed.connect(lambda *_: alive.__setitem__(0, False))
    (pool or QThreadPool.globalInstance()).start(functools.partial(_work, key, _the_bridge()))


def pending_tasks() -> int:
    """How many background tasks have not reported back yet (used by tests and exit)."""
    return len(_running)
