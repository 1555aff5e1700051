"""What the directions and data-notes widgets share: background work, undo, the zone.

Every change goes through `Desk.run` (one unit of work on the thread pool,
errors shown with the one error helper, the change announced once on the data
bus) or `Desk.change`, which also puts an undo step on the section's stack once
the change has succeeded.  Undo and redo run through the services too: if the
record changed meanwhile (deleted, moved on by someone else), the service's
error is shown and the data stays as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from sosmed_desktop.errors import DomainError, NotFoundError
from ui.error_dialog import report_unexpected
from ui.errors import show_error
from ui.tasks import run_task

if TYPE_CHECKING:
    from sosmed_desktop.config import Config
    from sosmed_desktop.db.uow import UnitOfWork
    from ui.pages.base import Workbench

T = TypeVar("T")
Announce = tuple[str, list[int]]


class Desk:
    """The workbench of the section plus its undo stack."""

    def __init__(self, bench: Workbench, stack: QUndoStack, parent: QWidget) -> None:
        self.bench = bench
        self.stack = stack
        self.parent = parent

    @property
    def config(self) -> Config:
        return self.bench.ctx.config

    @property
    def tz(self) -> ZoneInfo:
        return self.bench.ctx.config.tz

    def run(
        self,
        work: Callable[[UnitOfWork], T],
        on_done: Callable[[T], None] | None = None,
        *,
        announce: Announce | None = None,
        on_failed: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Run `work` in its own unit of work in the background."""
        ctx = self.bench.ctx

        def job() -> T:
            with ctx.uow() as uow:
                return work(uow)

        def done(value: T) -> None:
            if announce is not None:
                self.bench.bus.announce(*announce)
            if on_done is not None:
                on_done(value)

        def failed(exc: BaseException, details: str) -> None:
            if on_failed is not None:
                on_failed()
            if isinstance(exc, DomainError):
                show_error(parent or self.parent, exc)
            else:
                report_unexpected(exc, details)

        run_task(job, done, failed, owner=parent or self.parent)

    def fetch(self, work: Callable[[UnitOfWork], T], on_done: Callable[[T | None], None]) -> None:
        """Read one record in the background; a record deleted meanwhile arrives as None."""

        def job(uow: UnitOfWork) -> T | None:
            try:
                return work(uow)
            except NotFoundError:
                return None

        self.run(job, on_done)

    def report_gone(self, kind: str, ident: int, title: str, text: str) -> None:
        """Tell the officer a record asked for is gone, and let every view drop it."""
        QMessageBox.information(self.parent, title, text)
        self.bench.bus.announce(kind, [ident])

    def change(
        self,
        text: str,
        first: Callable[[UnitOfWork], T],
        undo: Callable[[UnitOfWork, T], Any],
        *,
        redo: Callable[[UnitOfWork, T], Any] | None = None,
        announce: Announce,
        on_done: Callable[[T], None] | None = None,
        on_failed: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Apply `first`; when it succeeded, offer its undo (and later redo) on the stack."""

        def applied(result: T) -> None:
            again = redo or (lambda uow, _result: first(uow))
            self.stack.push(ServiceCommand(self, text, result, undo, again, announce))
            if on_done is not None:
                on_done(result)

        self.run(first, applied, announce=announce, on_failed=on_failed, parent=parent)


class ServiceCommand(QUndoCommand):
    """An undo step for a change that was already applied when it was pushed."""

    def __init__(
        self,
        desk: Desk,
        text: str,
        result: Any,
        undo: Callable[[UnitOfWork, Any], Any],
        redo: Callable[[UnitOfWork, Any], Any],
        announce: Announce,
    ) -> None:
        super().__init__(text)
        self._desk = desk
        self._result = result
        self._undo = undo
        self._redo = redo
        self._announce = announce
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push() calls redo(); the change is done already
            self._pushed = True
            return
        result = self._result
        self._desk.run(lambda uow: self._redo(uow, result), announce=self._announce)

    def undo(self) -> None:
        result = self._result
        self._desk.run(lambda uow: self._undo(uow, result), announce=self._announce)
