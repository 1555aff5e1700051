"""Backups of the embedded database with SQLite's online backup API, and restoring one.

A live database file is never copied byte by byte (a copy taken mid-write is
useless); each backup is checked with ``quick_check`` before it counts.

A restore checks the backup completely (``integrity_check``, ours, a schema
this version knows, and exactly the tables, indexes, triggers and views this
version's migrations create at its revision: `db.schema_check`) before
anything changes, copies it beside the database,
keeps the current state (a "pre-restore" backup, or — when the current file is
damaged — the file itself moved aside, never deleted) and only then renames the
copy over the database.  The caller closes its connections first and opens the
database again afterwards (`bootstrap`), which also upgrades an older schema.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sosmed_desktop import clock
from sosmed_desktop.config import os_error_to_domain
from sosmed_desktop.db import schema_check
from sosmed_desktop.db.migrate import inspect_sqlite_file
from sosmed_desktop.errors import (
    BackupUnusableError,
    CorruptDatabaseError,
    DatabaseError,
    DatabaseInUseError,
    DatabaseTooNewError,
    DomainError,
    ForeignDatabaseError,
    database_error,
)
from sosmed_desktop.fileops import remove_file, replace_file

log = logging.getLogger(__name__)

BACKUP_PATTERN = re.compile(r"^sosmed-(\d{8}-\d{6})((?:-[a-z0-9-]+)?)\.db$")
SAME_SECOND_COUNTER = re.compile(r"-(\d+)$")
# Files that belong to a database and must travel with it (or stay with it).
SIDECARS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file in the backups folder."""

    path: Path
    created_at: datetime
    size_bytes: int
    reason: str = ""
    """Why it was made: "manual", "auto", "pre-migration", "pre-restore" ... ("" for none)."""


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: where the data came from and where the old state went."""

    source: Path
    revision: str | None
    safety_backup: Path | None = None
    """The state before the restore, as a backup (None when there was no database)."""
    set_aside: Path | None = None
    """The damaged database, kept under a new name beside it (None when it was sound)."""


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
            remove_file(partial)
    log.info("Backup written: %s", target)
    return target


def _claim_name(partial: Path, backups_dir: Path, reason: str) -> Path:
    """Give the finished copy a timestamped name, never replacing another backup."""
    stamp = clock.now().astimezone().strftime("%Y%m%d-%H%M%S")
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
            replace_file(partial, target)
        return target
    raise FileExistsError(f"no free backup name for {stamp}")


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """Backups in the folder, newest first (files with other names are ignored)."""
    found: list[tuple[datetime, int, int, BackupInfo]] = []
    for path in backups_dir.glob("sosmed-*.db"):
        match = BACKUP_PATTERN.match(path.name)
        if not match:
            continue
        created = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").astimezone()
        # Backups made within the same second carry a counter ("-1", "-2" ...).
        same_second = SAME_SECOND_COUNTER.search(match.group(2))
        counter = int(same_second.group(1)) if same_second else 0
        reason = SAME_SECOND_COUNTER.sub("", match.group(2)).lstrip("-")
        try:
            stat = path.stat()
        except OSError:  # removed meanwhile
            continue
        # Within one second the counter, then the time of writing, tell which is newer.
        info = BackupInfo(path, created, stat.st_size, reason)
        found.append((created, counter, stat.st_mtime_ns, info))
    found.sort(key=lambda item: item[:3], reverse=True)
    return [item[3] for item in found]


def newest_sound_backup(backups_dir: Path) -> BackupInfo | None:
    """The newest backup that passes ``quick_check`` and is a database of ours, if any
    (with the schema this version creates at its revision).

    Offered when the database is found damaged at start-up.
    """
    for info in list_backups(backups_dir):
        try:
            revision = inspect_sqlite_file(info.path)
            if revision is not None:
                _require_own_schema(info.path, revision)
                return info
        except DomainError as exc:
            log.warning("Backup %s not offered: %s", info.path.name, exc)
    return None


def verify_backup(path: Path) -> str | None:
    """Check a backup completely before it may replace anything; return its schema revision.

    Raises `BackupUnusableError` (with the reason) for a missing, empty, damaged
    or foreign file and for one made by a newer version.
    """
    try:
        if not path.is_file():
            raise BackupUnusableError(path=str(path), detail="the file does not exist")
        if path.stat().st_size == 0:
            raise BackupUnusableError(path=str(path), detail="the file is empty")
        revision = inspect_sqlite_file(path, thorough=True)
    except OSError as exc:
        raise BackupUnusableError(path=str(path), detail=exc.strerror or str(exc)) from exc
    except BackupUnusableError:
        raise
    except DomainError as exc:
        raise BackupUnusableError(path=str(path), detail=str(exc), reason=exc.code) from exc
    if revision is None:
        raise BackupUnusableError(path=str(path), detail="it holds no Sosmed Desktop data")
    _require_own_schema(path, revision)
    return revision


def _require_own_schema(path: Path, revision: str) -> None:
    """Refuse a backup whose schema is not what this version's migrations create.

    An extra trigger would run at the next ordinary write (`db.schema_check`).
    """
    try:
        differences = schema_check.sqlite_file_differences(path, revision)
    except sqlite3.Error as exc:
        raise BackupUnusableError(path=str(path), detail=str(exc)) from exc
    if differences:
        objects = schema_check.describe(differences)
        raise BackupUnusableError(
            code="backup_schema_differs",
            path=str(path),
            detail=f"its schema differs from what revision {revision} creates: {objects}",
            revision=revision,
            objects=objects,
        )


def restore_backup(
    source: Path,
    db_path: Path,
    backups_dir: Path,
    on_step: Callable[[str], None] | None = None,
) -> RestoreResult:
    """Replace the database at `db_path` with the backup `source`; return what was done.

    Every connection to `db_path` must be closed first (a restore refuses a
    database another program still has open).  Steps, reported to `on_step`:
    "verify", "copy", "keep" (the current state), "swap".  An error before the
    swap leaves the database as it was.
    """
    step = on_step or (lambda _name: None)
    step("verify")
    revision = verify_backup(source)
    tmp: Path | None = None
    try:
        step("copy")
        tmp = _copy_beside(source, db_path)
        step("keep")
        safety, aside = _keep_current(db_path, backups_dir)
        step("swap")
        replace_file(tmp, db_path)
        tmp = None
        _fsync_folder(db_path.parent)
    except OSError as exc:
        raise os_error_to_domain(exc, db_path.parent) from exc
    except sqlite3.Error as exc:
        raise database_error(exc, str(db_path)) from exc
    finally:
        if tmp is not None:
            remove_file(tmp)
    log.info("Database %s restored from %s (schema %s)", db_path, source, revision)
    return RestoreResult(source, revision, safety, aside)


def _copy_beside(source: Path, db_path: Path) -> Path:
    """The backup copied (backup API) to a temporary file beside the database, synced."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=db_path.parent, prefix=f".{db_path.name}.restore-")
    os.close(fd)
    tmp = Path(name)
    try:
        src = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True, timeout=15)
        try:
            dest = sqlite3.connect(tmp)
            try:
                src.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
        finally:
            src.close()
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        problems = quick_check(tmp)
        if problems:
            raise BackupUnusableError(path=str(source), detail=f"the copy failed: {problems[0]}")
    except BaseException:
        remove_file(tmp)
        raise
    return tmp


def _keep_current(db_path: Path, backups_dir: Path) -> tuple[Path | None, Path | None]:
    """Keep the state about to be replaced: a backup of a sound file, a damaged one set aside."""
    if not db_path.exists():
        return None, None
    try:
        inspect_sqlite_file(db_path)
    except CorruptDatabaseError:
        return None, _set_aside(db_path)
    except (ForeignDatabaseError, DatabaseTooNewError):
        pass  # sound, only not a file this version opens: backed up like any other
    _take_over(db_path)
    return backup_sqlite(db_path, backups_dir, "pre-restore"), None


def _take_over(db_path: Path) -> None:
    """Fold the write-ahead log into the file and end WAL mode, proving no one else has it open.

    Leaving WAL mode needs the only connection; SQLite then checkpoints and
    removes the ``-wal`` and ``-shm`` files itself, so no log of the old
    database can be replayed into the restored one, and none is deleted by hand.
    """
    conn = sqlite3.connect(db_path, timeout=1, isolation_level=None)
    try:
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise DatabaseInUseError(path=str(db_path)) from exc
        raise
    finally:
        conn.close()
    if mode != "delete" or any(Path(f"{db_path}{s}").exists() for s in SIDECARS[:2]):
        raise DatabaseInUseError(path=str(db_path))


def _set_aside(db_path: Path) -> Path:
    """Keep a damaged database (with its journal files) under a timestamped name beside it.

    The damaged file gets its new name by a hard link, so ``db_path`` never goes
    missing (a start in between would otherwise create an empty database); its
    ``-wal``/``-shm``/``-journal`` move with it, since they belong to it alone.
    """
    stamp = clock.now().astimezone().strftime("%Y%m%d-%H%M%S")
    for counter in range(1000):
        extra = f"-{counter}" if counter else ""
        aside = db_path.with_name(f"{db_path.stem}-damaged-{stamp}{extra}{db_path.suffix}")
        try:
            os.link(db_path, aside)
        except FileExistsError:
            continue
        except OSError:  # no hard links on this drive: a copy, then the original is replaced
            if aside.exists():
                continue
            shutil.copy2(db_path, aside)
            with aside.open("rb+") as fh:
                os.fsync(fh.fileno())
        break
    else:
        raise FileExistsError(f"no free name to set {db_path} aside")
    for suffix in SIDECARS:
        sidecar = Path(f"{db_path}{suffix}")
        if sidecar.exists():
            replace_file(sidecar, Path(f"{aside}{suffix}"))
    _fsync_folder(db_path.parent)
    log.warning("Damaged database kept as %s", aside)
    return aside


def _fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows has no directory handles)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
