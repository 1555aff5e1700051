"""Backups of the embedded database with SQLite's online backup API.

A live database file is never copied byte by byte (a copy taken mid-write is
useless); each backup is checked with ``quick_check`` before it counts.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sosmed_desktop.config import os_error_to_domain
from sosmed_desktop.errors import DatabaseError, database_error

log = logging.getLogger(__name__)

BACKUP_PATTERN = re.compile(r"^sosmed-(\d{8}-\d{6})((?:-[a-z0-9-]+)?)\.db$")
SAME_SECOND_COUNTER = re.compile(r"-(\d+)$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file in the backups folder."""

    path: Path
    created_at: datetime
    size_bytes: int
    reason: str = ""
    """Why it was made: "manual", "auto", "pre-migration" ... ("" for none)."""


def quick_check(path: Path) -> list[str]:
    """Problems ``PRAGMA quick_check`` reports for a SQLite file (empty list: sound)."""
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def backup_sqlite(db_path: Path, backups_dir: Path, reason: str = "") -> Path:
    """Copy `db_path` into `backups_dir` with the online backup API; return the new file.

    The copy is written to a private temporary file and gets its final name only
    after it passed ``quick_check`` — by a hard link that never overwrites, so
    two backups started in the same second (GUI, scheduler, command line) each
    keep their own file and a failed backup never looks like a good one.
    """
    if not re.fullmatch(r"[a-z-]*", reason):
        raise ValueError(f"backup reason must be lowercase words with dashes: {reason!r}")
    partial: Path | None = None
    try:
        backups_dir.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=backups_dir, prefix=".backup-", suffix=".partial")
        os.close(fd)
        partial = Path(name)
        source = sqlite3.connect(f"{db_path.absolute().as_uri()}?mode=ro", uri=True, timeout=15)
        try:
            dest = sqlite3.connect(partial)
            try:
                source.backup(dest)
                # A copy is a single self-contained file: no -wal/-shm beside it.
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
        finally:
            source.close()
        problems = quick_check(partial)
        if problems:
            raise DatabaseError(detail=f"backup failed its check: {problems[0]}")
        target = _claim_name(partial, backups_dir, reason)
    except OSError as exc:
        raise os_error_to_domain(exc, backups_dir) from exc
    except sqlite3.Error as exc:
        raise database_error(exc, str(db_path)) from exc
    finally:
        if partial is not None:
            partial.unlink(missing_ok=True)
    log.info("Backup written: %s", target)
    return target


def _claim_name(partial: Path, backups_dir: Path, reason: str) -> Path:
    """Give the finished copy a timestamped name, never replacing another backup."""
    stamp = datetime.now(UTC).astimezone().strftime("%Y%m%d-%H%M%S")
    suffix = f"-{reason}" if reason else ""
    for counter in range(1000):
        extra = f"-{counter}" if counter else ""
        target = backups_dir / f"sosmed-{stamp}{suffix}{extra}.db"
        try:
            os.link(partial, target)
        except FileExistsError:
            continue
        except OSError:  # no hard links here (a FAT-formatted stick): plain rename
            if target.exists():
                continue
            os.replace(partial, target)
        return target
    raise FileExistsError(f"no free backup name for {stamp}")


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """Backups in the folder, newest first (files with other names are ignored)."""
    found: list[tuple[datetime, int, BackupInfo]] = []
    for path in backups_dir.glob("sosmed-*.db"):
        match = BACKUP_PATTERN.match(path.name)
        if not match:
            continue
        created = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").astimezone()
        # Backups made within the same second carry a counter ("-1", "-2" ...).
        same_second = SAME_SECOND_COUNTER.search(match.group(2))
        counter = int(same_second.group(1)) if same_second else 0
        reason = SAME_SECOND_COUNTER.sub("", match.group(2)).lstrip("-")
        found.append((created, counter, BackupInfo(path, created, path.stat().st_size, reason)))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [info for _created, _counter, info in found]
