"""Automatic backups: only after changes, verified, and pruned by Anki's retention."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.services.autobackup import (
    AUTO_REASON,
    ChangeTracker,
    RetentionPolicy,
    backup_if_changed,
    plan_retention,
    prune_backups,
)
from sosmed_desktop.services.backup import BackupInfo, list_backups, quick_check
from tests.reminder_helpers import WIB, WIT, local

NOW = local(WIB, 2026, 6, 15, 12, 0)


def info(moment: datetime, reason: str = AUTO_REASON) -> BackupInfo:
    return BackupInfo(Path(f"{moment.isoformat()}.db"), moment, 1, reason)


def every(step: timedelta, count: int, start: datetime = NOW) -> list[BackupInfo]:
    """`count` backups going back from `start` every `step`."""
    return [info(start - step * i) for i in range(count)]


def local_days(backups: list[BackupInfo]) -> list[date]:
    return [b.created_at.astimezone(WIB).date() for b in backups]


def test_half_hourly_backups_over_a_year_keep_recent_then_12_10_9() -> None:
    backups = every(timedelta(minutes=30), 2 * 24 * 400)
    plan = plan_retention(backups, NOW, WIB)
    recent = [b for b in plan.keep if NOW - b.created_at < timedelta(days=2)]
    older = plan.keep[len(recent) :]
    assert len(recent) == 96
    assert len(older) == 12 + 10 + 9
    days = local_days(older)
    assert len(set(days)) == len(days), "one backup per day, week or month kept"
    daily, weekly, monthly = days[:12], days[12:22], days[22:]
    # 13 June is partly within the last two days: the daily copies start the day before.
    assert daily == [date(2026, 6, 12) - timedelta(days=i) for i in range(12)]
    assert [b.created_at.astimezone(WIB).hour for b in older[:12]] == [23] * 12, "newest of day"
    weeks = [d.isocalendar()[:2] for d in weekly]
    assert len(set(weeks)) == 10 and weekly[0] < daily[-1]
    assert all(later > earlier for later, earlier in pairwise(weeks))
    months = [(d.year, d.month) for d in monthly]
    assert len(set(months)) == 9 and monthly[0] < weekly[-1]
    assert len(plan.prune) == len(backups) - len(plan.keep)


def test_daily_backups_are_all_kept_while_few() -> None:
    backups = every(timedelta(days=1), 10)
    assert plan_retention(backups, NOW, WIB).prune == []


def test_a_single_old_backup_is_kept() -> None:
    old = [info(NOW - timedelta(days=900))]
    assert plan_retention(old, NOW, WIB).keep == old


def test_backups_stamped_in_the_future_by_a_wrong_clock_are_kept() -> None:
    future = every(timedelta(hours=1), 5, start=NOW + timedelta(days=30))
    plan = plan_retention(future + every(timedelta(hours=1), 5), NOW, WIB)
    assert plan.prune == []


def test_days_are_the_officers_days() -> None:
    # 23:30 WIB on 1 June is already 01:30 on 2 June in WIT: a different day there.
    late = info(local(WIB, 2026, 6, 1, 23, 30))
    early = info(local(WIB, 2026, 6, 1, 20, 0))
    now = local(WIB, 2026, 6, 20, 12, 0)
    policy = RetentionPolicy(daily=2, weekly=0, monthly=0)
    assert plan_retention([late, early], now, WIB, policy).prune == [early]
    assert plan_retention([late, early], now, WIT, policy).prune == []


def _touch(folder: Path, moment: datetime, reason: str) -> Path:
    stamp = moment.astimezone().strftime("%Y%m%d-%H%M%S")  # names use the PC's zone
    path = folder / f"sosmed-{stamp}-{reason}.db"
    path.write_bytes(b"")
    return path


def test_pruning_deletes_only_automatic_backups(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    old = NOW - timedelta(days=500)
    manual = _touch(folder, old, "manual")
    migration = _touch(folder, old, "pre-migration")
    autos = [_touch(folder, NOW - timedelta(days=400 + i), AUTO_REASON) for i in range(12)]
    recent = _touch(folder, NOW - timedelta(hours=1), AUTO_REASON)
    removed = prune_backups(folder, NOW, WIB, RetentionPolicy(daily=3, weekly=0, monthly=0))
    assert sorted(removed) == sorted(autos[3:])
    assert {b.path for b in list_backups(folder)} == {manual, migration, recent, *autos[:3]}
    assert {b.reason for b in list_backups(folder)} == {"manual", "pre-migration", "auto"}


def test_a_backup_that_cannot_be_deleted_is_left_for_next_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    for i in range(3):
        _touch(folder, NOW - timedelta(days=400 + i), AUTO_REASON)

    def refuse(self: Path, missing_ok: bool = False) -> None:
        raise PermissionError("in use by the antivirus")

    monkeypatch.setattr(Path, "unlink", refuse)
    assert prune_backups(folder, NOW, WIB, RetentionPolicy(daily=1, weekly=0, monthly=0)) == []
    assert len(list_backups(folder)) == 3


def test_change_tracker_counts_changes_made_during_a_backup() -> None:
    tracker = ChangeTracker()
    assert not tracker.dirty
    tracker.note()
    tracker.note()
    count = tracker.count
    tracker.note()  # while the backup runs
    tracker.saved(count)
    assert tracker.dirty
    tracker.saved(tracker.count)
    assert not tracker.dirty


@pytest.mark.sqlite_only("copies the SQLite file; a PostgreSQL server is backed up with pg_dump")
def test_backup_only_when_something_changed_then_verified_and_pruned(ctx: AppContext) -> None:
    tracker = ChangeTracker()
    folder = ctx.config.backups_dir
    assert backup_if_changed(ctx.config.db_path, folder, tracker, NOW, WIB) is None
    assert list_backups(folder) == []
    day = NOW - timedelta(days=800)
    old = [_touch(folder, day - timedelta(minutes=30 * i), AUTO_REASON) for i in range(15)]
    tracker.note()
    now = clock.now()
    result = backup_if_changed(ctx.config.db_path, folder, tracker, now, WIB)
    assert result is not None
    assert result.path.name.endswith("-auto.db")
    assert quick_check(result.path) == []
    conn = sqlite3.connect(result.path)
    try:
        assert conn.execute("SELECT count(*) FROM platforms").fetchone()[0] > 0
    finally:
        conn.close()
    assert sorted(result.pruned) == sorted(old[1:]), "the newest of that day stays"
    assert not tracker.dirty
    assert backup_if_changed(ctx.config.db_path, folder, tracker, now, WIB) is None
