"""The one way a widget runs an operation: in the background, owned, worded, announced.

A page asks its workbench's `Operations` (``bench.ops``, one per `Workbench`); the
main window (``window.ops``), each post editor and the dialogs opened without a
workbench hold their own, made from the same context and data bus::

    bench.ops.read(self, lambda uow: posts.get_post(uow, ident), self.show_post,
                   latest=self._loading)
    bench.ops.write(self, lambda uow: posts.reschedule(uow, ident, when), self.moved)

=============  =========================================================================
``read``       ``work(uow)`` in a read-only unit of work (it cannot commit)
``write``      ``work(uow)`` through the core's `perform`: what its commits changed is
               recorded, the reminders follow at once, and the record is announced on
               the data bus (`DataBus.announce_changes`) before ``done`` runs
``run_ctx``    ``work(ctx)`` for a use case that takes the context (package import and
               export, media import, demo data): recorded and announced like a write
``background`` ``work()`` without the database (files, images)
``undoable``   a write that becomes an undo step once it succeeded; undo and redo run
               through the services too
=============  =========================================================================

The rules every method keeps:

* ``parent`` is required: the widget that asked.  When it was deleted before the
  work finished, ``done`` and the error handler are not called (what was
  committed is still announced, so the other views refresh).
* One error path: a `DomainError` is shown with `ui.errors.show_error` over
  ``parent``, anything else opens the crash report.  ``on_error(exc)`` runs first:
  it returns True when it dealt with the error itself; anything else (None after
  re-enabling a button, say) has the error shown as usual.
* ``latest``: give the same `Latest` to every request that fills one view; only
  the reply to the newest request arrives (replies and errors of older ones are
  dropped), so no view shows a slow old answer over a new one.  A read with
  ``join=True`` completes the newest request instead of replacing it;
  ``latest.cancel()`` drops whatever is still on its way (the view was cleared).
* A write's ``work`` commits through its service (`uow.commit()`); what it does
  not commit is rolled back, as anywhere in the core.
* ``done`` and ``on_error`` run on the GUI thread; ``work`` runs on a worker
  thread and must not touch widgets.  ``run_ctx`` hands ``work`` a recording
  copy of the context: change the real context (``ctx.user_name`` ...) in
  ``done``, never in ``work``.
* No hand-written ``bus.announce`` after a write: the record says what changed.

The core is imported when an operation runs, not with this module: the window
is painted before SQLAlchemy loads.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from ui.tasks import run_task

if TYPE_CHECKING:
    from sosmed_desktop.bootstrap import AppContext
    from sosmed_desktop.db.change_kinds import Recorder
    from sosmed_desktop.db.uow import UnitOfWork
    from ui.bus import DataBus

log = logging.getLogger(__name__)
T = TypeVar("T")
R = TypeVar("R")
ErrorHandler = Callable[[BaseException], bool | None]
"""Deals with a failure itself (returns True) or leaves it to the usual path (None, False)."""


class Latest:
    """The newest request wins, for one view: replies to older requests are dropped.

    A request made with ``join=True`` (`Operations.read`) belongs to the newest
    request instead of replacing it: a second read that completes the same view.
    """

    def __init__(self) -> None:
        self._newest = 0

    def cancel(self) -> None:
        """Drop every reply still on its way (the view was cleared)."""
        self._newest += 1

    def _issue(self, join: bool) -> int:
        if not join:
            self._newest += 1
        return self._newest

    def _is_newest(self, token: int) -> bool:
        return token == self._newest


@dataclass(frozen=True)
class _Outcome(Generic[T]):
    """What the worker hands back: a value, or an error with its traceback."""

    value: T | None = None
    error: BaseException | None = None
    details: str = ""


def _outcome_of(job: Callable[[], T]) -> _Outcome[T]:
    try:
        return _Outcome(value=job())
    except BaseException as exc:  # handed to the GUI thread, shown there
        return _Outcome(error=exc, details=traceback.format_exc())


class Operations:
    """Runs the operations of one workbench (see the module's docstring for the rules)."""

    def __init__(self, context: Callable[[], AppContext], bus: DataBus) -> None:
        self._context = context  # read per operation: a restore replaces the context
        self.bus = bus

    def read(
        self,
        parent: QWidget,
        work: Callable[[UnitOfWork], T],
        done: Callable[[T], None],
        *,
        latest: Latest | None = None,
        join: bool = False,
        on_error: ErrorHandler | None = None,
    ) -> None:
        """Run `work` in a read-only unit of work; `done(value)` gets what it returned."""
        ctx = self._context()

        def job() -> T:
            with ctx.uow(read_only=True) as uow:
                return work(uow)

        self._start(parent, job, done, latest=latest, join=join, on_error=on_error)

    def write(
        self,
        parent: QWidget,
        work: Callable[[UnitOfWork], T],
        done: Callable[[T], None] | None = None,
        *,
        latest: Latest | None = None,
        on_error: ErrorHandler | None = None,
    ) -> None:
        """Run `work` in a unit of work (it commits); announce what it changed."""
        self._write(parent, work, done, latest=latest, on_error=on_error)

    def run_ctx(
        self,
        parent: QWidget,
        work: Callable[[AppContext], T],
        done: Callable[[T], None] | None = None,
        *,
        latest: Latest | None = None,
        on_error: ErrorHandler | None = None,
    ) -> None:
        """Run a use case that takes the context; announce what its commits changed."""
        self._run(parent, work, done, latest=latest, on_error=on_error)

    def background(
        self,
        parent: QWidget,
        work: Callable[[], T],
        done: Callable[[T], None] | None = None,
        *,
        latest: Latest | None = None,
        on_error: ErrorHandler | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        """Run `work` (no database) off the GUI thread: on `pool` when given (a restore
        waits for the shared pool's tasks, so it cannot be one of them)."""
        self._start(parent, work, done, latest=latest, on_error=on_error, pool=pool)

    def undoable(
        self,
        parent: QWidget,
        stack: QUndoStack,
        text: str,
        first: Callable[[UnitOfWork], R],
        undo: Callable[[UnitOfWork, R], object],
        *,
        redo: Callable[[UnitOfWork, R], object] | None = None,
        done: Callable[[R], None] | None = None,
        undone: Callable[[Any], None] | None = None,
        redone: Callable[[Any], None] | None = None,
        on_error: ErrorHandler | None = None,
    ) -> None:
        """Apply `first` as a write; once it succeeded, push an undo step named `text`.

        Undo calls ``undo(uow, result)`` with what `first` returned, redo calls
        ``redo(uow, result)`` (by default `first` again), each as a write that
        announces what it changed; ``undone`` / ``redone`` get what they returned.
        A step whose record moved on meanwhile (deleted, changed by someone else)
        fails with the service's error, shown over the widget that owns `stack`
        (its parent, which must be a widget).
        """
        owner = stack.parent()
        if not isinstance(owner, QWidget):
            raise TypeError("the undo stack of service steps needs a widget as its parent")

        def push(result: R) -> None:
            if not isValid(stack):  # its dialog was closed meanwhile: saved, nothing to undo in
                return
            again = redo or (lambda uow, _result: first(uow))
            stack.push(ServiceCommand(self, owner, text, result, undo, again, undone, redone))

        self._write(parent, first, done, on_error=on_error, on_success=push)

    # The engine --------------------------------------------------------------------------
    def _write(
        self,
        parent: QWidget,
        work: Callable[[UnitOfWork], T],
        done: Callable[[T], None] | None,
        **options: Any,
    ) -> None:
        def in_unit(ctx: AppContext) -> T:
            with ctx.uow() as uow:
                return work(uow)

        self._run(parent, in_unit, done, **options)

    def _run(
        self,
        parent: QWidget,
        work: Callable[[AppContext], T],
        done: Callable[[T], None] | None,
        **options: Any,
    ) -> None:
        recording, recorder = self._context().recording()

        def job() -> T:
            from sosmed_desktop.services.perform import perform_ctx

            return perform_ctx(recording, work).value

        self._start(parent, job, done, recorder=recorder, **options)

    def _start(
        self,
        parent: QWidget,
        job: Callable[[], T],
        done: Callable[[T], None] | None,
        *,
        latest: Latest | None = None,
        join: bool = False,
        on_error: ErrorHandler | None = None,
        recorder: Recorder | None = None,
        on_success: Callable[[T], None] | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        if not isinstance(parent, QWidget):
            raise TypeError("an operation needs the widget that asked for it as `parent`")
        token = latest._issue(join) if latest is not None else 0

        def arrived(outcome: _Outcome[T]) -> None:
            if recorder is not None:  # committed is committed, whoever asked
                self.bus.announce_changes(recorder.changes)
            if outcome.error is None and on_success is not None:
                on_success(outcome.value)  # type: ignore[arg-type]
            if not isValid(parent):
                log.info("Result for a closed window dropped: %s", outcome.error or "done")
            elif latest is not None and not latest._is_newest(token):
                log.debug("Reply to an older request dropped: %s", outcome.error or "done")
            elif outcome.error is not None:
                self._fail(parent, outcome.error, outcome.details, on_error)
            elif done is not None:
                done(outcome.value)  # type: ignore[arg-type]

        run_task(lambda: _outcome_of(job), arrived, pool=pool)

    @staticmethod
    def _fail(
        parent: QWidget, exc: BaseException, details: str, on_error: ErrorHandler | None
    ) -> None:
        if on_error is not None and on_error(exc) is True:
            return
        from ui import errors  # through the module: tests replace `errors.show_error`

        errors.show_failure(parent, exc, details)


class ServiceCommand(QUndoCommand):
    """An undo step for a change that was already applied when it was pushed."""

    def __init__(
        self,
        ops: Operations,
        owner: QWidget,
        text: str,
        result: Any,
        undo: Callable[[UnitOfWork, Any], object],
        redo: Callable[[UnitOfWork, Any], object],
        undone: Callable[[Any], None] | None = None,
        redone: Callable[[Any], None] | None = None,
    ) -> None:
        super().__init__(text)
        self._ops = ops
        self._owner = owner
        self._result = result
        self._undo, self._undone = undo, undone
        self._redo, self._redone = redo, redone
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push() calls redo(); the change is done already
            self._pushed = True
            return
        result = self._result
        self._ops.write(self._owner, lambda uow: self._redo(uow, result), self._redone)

    def undo(self) -> None:
        result = self._result
        self._ops.write(self._owner, lambda uow: self._undo(uow, result), self._undone)
