"""Running one use case the way every front end runs it: recorded, with reminders following.

`perform(ctx, work)` runs `work(uow)` in one unit of work; `perform_ctx(ctx, work)`
runs a use case that takes the application context and opens units of work
itself, from any thread (a package import, a media import, the demo data).
Either way every commit is recorded, and when the commits touched posts or
directions the reminders of the person working here are brought in line at
once, in a short unit of work of their own (`reminder_follow`).  The result
carries the value and everything committed, reminders included, so that the
window can announce it (`ui/operations.py`).  The command line uses the same
two functions.

When the use case fails after some of its commits (a media import stopped by a
full disk), the reminders still follow what was committed, and the error is
raised as it was.  Whoever needs those partial changes runs the use case on a
recording context (`AppContext.recording`): its recorder has them.

A failure of the follow-up itself (the database busy) costs no change: it is
logged, and the scheduler's next check (within ten minutes, or at start)
brings the reminders in line.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from sosmed_desktop import clock
from sosmed_desktop.db.change_kinds import Changes
from sosmed_desktop.errors import DomainError
from sosmed_desktop.services.reminders import follow as reminder_follow
from sosmed_desktop.services.reminders import reminders

if TYPE_CHECKING:
    from sosmed_desktop.bootstrap import AppContext
    from sosmed_desktop.db.uow import UnitOfWork

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class Performed(Generic[T]):
    """What a use case returned, and everything its commits (and the reminders) changed."""

    value: T
    changes: Changes


def perform(ctx: AppContext, work: Callable[[UnitOfWork], T]) -> Performed[T]:
    """Run `work` in one unit of work of `ctx` (it commits when it decides to)."""

    def in_unit(recording: AppContext) -> T:
        with recording.uow() as uow:
            return work(uow)

    return perform_ctx(ctx, in_unit)


def perform_ctx(ctx: AppContext, work: Callable[[AppContext], T]) -> Performed[T]:
    """Run `work` with a context that records every commit of its units of work."""
    recording, recorder = ctx.recording()
    try:
        value = work(recording)
    except BaseException:
        try:
            _follow(recording, recorder.changes)
        except Exception:  # the use case's own error is the one to report
            log.exception("Reminders not brought in line after a failed use case")
        raise
    _follow(recording, recorder.changes)
    return Performed(value, recorder.changes)


def _follow(ctx: AppContext, changes: Changes) -> None:
    """Bring the reminders in line with `changes` (a busy database: logged, left to the
    scheduler's next check)."""
    if not reminder_follow.follows(changes):
        return
    try:
        prefs = reminders.prefs_from_config(ctx.config)
        with ctx.uow() as uow:
            reminder_follow.follow_changes(uow, changes, prefs, clock.now())
    except DomainError as exc:
        log.warning("Reminders left to the next check after %s: %s", changes, exc)
