"""Reminders that follow a change at once, from what the change's commits recorded.

A rescheduled, approved, exported or trashed post, a new due date of a direction:
the reminders of the person working here are brought in line right after the
change (`services/perform.py` calls `follow_changes` for every use case it
runs), not at the scheduler's next check.  What another PC changed reaches this
PC's reminders through its scheduler, which checks on every remote record.
"""

from __future__ import annotations

from datetime import datetime

from sosmed_desktop.db.change_kinds import Changes, Kind
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.reminders import ReminderPrefs
from sosmed_desktop.services.reminders.sync import SyncSummary, sync_for_post, sync_reminders

PER_POST_LIMIT = 20
"""Beyond this many posts one pass over the whole table is cheaper than one per post."""


def follows(changes: Changes) -> bool:
    """Whether reminders may depend on what `changes` touched (posts or directions)."""
    return changes.touches(Kind.POST) or changes.touches(Kind.DIRECTION)


def follow_changes(
    uow: UnitOfWork, changes: Changes, prefs: ReminderPrefs, now: datetime
) -> SyncSummary:
    """Bring the reminders in line with `changes`; commits (when there is anything to do).

    The posts named get their own reminders and today's and tomorrow's agenda
    synchronised; a change of any post, of directions (due dates) or of
    everything synchronises the whole table.
    """
    if not follows(changes):
        return SyncSummary()
    post_ids = changes.ids(Kind.POST)
    if post_ids is None or len(post_ids) > PER_POST_LIMIT or changes.touches(Kind.DIRECTION):
        return sync_reminders(uow, now, prefs)
    summary = SyncSummary()
    for post_id in sorted(post_ids):
        summary += sync_for_post(uow, post_id, prefs, now)
    uow.commit()
    return summary
