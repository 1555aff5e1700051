"""Automatic backups: every 30 minutes when something changed, and at exit, then pruned.

The schedule is Anki's: a backup only when data changed since the last one, and
a retention that keeps everything from the last two days, then one backup for
each of 12 days, 10 weeks and 9 months before that.  Only automatic backups are
pruned; manual and pre-migration copies are the officer's to delete.  Each copy
is made with the online backup API and checked (`services.backup`).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sosmed_desktop.fileops import remove_file
from sosmed_desktop.services.backup import BackupInfo, backup_sqlite, list_backups

log = logging.getLogger(__name__)

AUTO_REASON = "auto"
INTERVAL = timedelta(minutes=30)


@dataclass(frozen=True)
class RetentionPolicy:
    """How many automatic backups survive pruning."""

    recent: timedelta = timedelta(days=2)
    daily: int = 12
    weekly: int = 10
    monthly: int = 9


@dataclass(frozen=True)
class RetentionPlan:
    """Which backups stay and which go, newest first."""

    keep: list[BackupInfo]
    prune: list[BackupInfo]


def plan_retention(
    backups: list[BackupInfo],
    now: datetime,
    tz: ZoneInfo,
    policy: RetentionPolicy = RetentionPolicy(),
) -> RetentionPlan:
    """Decide which backups to keep; a pure function of their times.

    Going from the newest back: everything younger than `policy.recent` (or
    stamped in the future by a wrong clock) stays; after that the newest backup
    of each earlier day stays until `daily` days are covered, then the newest
    of each earlier ISO week until `weekly` weeks are, then of each earlier
    month.  Days, weeks and months are the officer's (`tz`).
    """
    keep: list[BackupInfo] = []
    prune: list[BackupInfo] = []
    left = {"daily": policy.daily, "weekly": policy.weekly, "monthly": policy.monthly}
    last: dict[str, object] = {"daily": None, "weekly": None, "monthly": None}
    for backup in sorted(backups, key=lambda b: b.created_at, reverse=True):
        day = backup.created_at.astimezone(tz).date()
        periods = {
            "daily": day,
            "weekly": day.isocalendar()[:2],
            "monthly": (day.year, day.month),
        }
        kept = now - backup.created_at < policy.recent
        tier = next((t for t in ("daily", "weekly", "monthly") if left[t] > 0), None)
        if not kept and tier is not None and periods[tier] != last[tier]:
            left[tier] -= 1
            kept = True
        if kept:
            keep.append(backup)
            last.update(periods)
        else:
            prune.append(backup)
    return RetentionPlan(keep, prune)


def prune_backups(
    backups_dir: Path,
    now: datetime,
    tz: ZoneInfo,
    policy: RetentionPolicy = RetentionPolicy(),
) -> list[Path]:
    """Delete the automatic backups the policy does not keep; return what was deleted.

    A file that cannot be deleted is logged and left; the next run tries again.
    """
    automatic = [b for b in list_backups(backups_dir) if b.reason == AUTO_REASON]
    removed = []
    for backup in plan_retention(automatic, now, tz, policy).prune:
        try:
            remove_file(backup.path, missing_ok=False)
        except OSError as exc:
            log.warning("Old backup %s not deleted: %s", backup.path, exc)
            continue
        removed.append(backup.path)
    if removed:
        log.info("Pruned %d old automatic backups", len(removed))
    return removed


class ChangeTracker:
    """Counts data changes since the last automatic backup; safe across threads.

    The interface notes every announced change; the backup job reads the count
    before copying and marks exactly that count as saved, so a change made while
    a backup runs still calls for the next one.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._count = 0
        self._saved = 0

    def note(self) -> None:
        """Something changed."""
        with self._lock:
            self._count += 1

    @property
    def count(self) -> int:
        with self._lock:
            return self._count

    @property
    def dirty(self) -> bool:
        """Whether anything changed since the last backup."""
        with self._lock:
            return self._count != self._saved

    def saved(self, count: int) -> None:
        """The changes up to `count` are in a backup."""
        with self._lock:
            self._saved = max(self._saved, count)


@dataclass(frozen=True)
class AutoBackup:
    """An automatic backup written, and the old ones it pruned."""

    path: Path
    pruned: list[Path]


def backup_if_changed(
    db_path: Path, backups_dir: Path, tracker: ChangeTracker, now: datetime, tz: ZoneInfo
) -> AutoBackup | None:
    """Back up (verified) and prune when data changed since the last time; else None."""
    if not tracker.dirty:
        return None
    count = tracker.count
    path = backup_sqlite(db_path, backups_dir, AUTO_REASON)
    tracker.saved(count)
    return AutoBackup(path, prune_backups(backups_dir, now, tz))
