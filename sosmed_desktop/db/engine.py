"""Engine construction: SQLite pragmas for durability, PostgreSQL for teams.

SQLite runs with WAL and ``synchronous=FULL`` (durable at each commit, even on
power loss), foreign keys on and a busy timeout so that the GUI, the scheduler
and background imports wait for each other instead of failing.

Both engines give the services the same ground rules: one writing transaction
at a time per database, a wait of at most `BUSY_TIMEOUT_MS` for it, reads that
wait for nobody, and times handled in UTC.  On SQLite a writer begins with
``BEGIN IMMEDIATE``; on PostgreSQL it first takes one transaction-level
advisory lock (`WRITE_LOCK_KEY`) with ``lock_timeout`` as the wait, and
sessions run in UTC.  A read-only unit of work (`READ_ONLY`) takes neither: it
reads one snapshot of what was committed (taken at its first read).  The services were
written for one writer at a time (check, then insert; list the files, then
judge them orphans); under PostgreSQL's default concurrent READ COMMITTED
transactions those sequences could interleave between two PCs.

A PostgreSQL URL comes from the settings without its password: the password is
looked up (keyring, environment, this session) when the engine is built
(`db.credentials`).

Neither engine puts a statement's parameters into its error messages
(``hide_parameters``): they are captions, names and notes, and an error's text
ends up in the log.

SQLAlchemy is imported where an engine is built, not with this module: the GUI
checks the database file's place (`is_network_path`) and starts its inspection
before it imports SQLAlchemy (see `migrate.start_file_check`).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sosmed_desktop.errors import NetworkPathError

if TYPE_CHECKING:
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 15_000
WRITE_LOCK_KEY = 0x50534D57  # PostgreSQL: the advisory lock every writing transaction takes
READ_ONLY = "sosmed_read_only"
"""The execution option of a read-only unit of work's connection: its transaction
takes no write lock (a deferred ``BEGIN`` on SQLite, a ``READ ONLY`` transaction
without the advisory lock on PostgreSQL), so reads never wait for writers."""
NETWORK_FS_TYPES = frozenset(
    {"nfs", "nfs4", "cifs", "smbfs", "smb3", "ncpfs", "afs", "9p", "fuse.sshfs", "davfs", "ceph"}
)


def is_network_path(path: Path) -> bool:
    """True for UNC paths, mapped network drives (Windows) and network mounts (Linux)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        return _windows_drive_is_remote(text)
    return _mount_fs_type(path) in NETWORK_FS_TYPES


def _windows_drive_is_remote(text: str) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(text)[0]
    if not drive:
        return False
    drive_remote = 4
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote


def _mount_fs_type(path: Path) -> str:
    """File system type of the mount holding `path`, from /proc/mounts (Linux)."""
    try:
        lines = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return ""
    best, fs_type = "", ""
    target = str(path.absolute())
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best):
            best, fs_type = mount_point, parts[2]
    return fs_type


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other engines and in-memory databases."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _set_sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy, not the driver, decide where transactions begin (see _begin):
    # the driver's own handling commits before DDL, which would make a migration
    # half-applied after a power cut.
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _begin(conn: Any) -> None:
    # IMMEDIATE takes the write lock up front, waiting (busy timeout) for another
    # writer.  A deferred transaction that read first and then writes after
    # someone else committed fails at once with "database is locked", which the
    # GUI, the scheduler and a background import writing together would hit.
    # A read-only unit of work never writes: a deferred transaction reads WAL's
    # last committed state without waiting for a writer.
    read_only = conn.get_execution_options().get(READ_ONLY, False)
    conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def _sqlite_engine(url: str, **kwargs: Any) -> Engine:
    from sqlalchemy import create_engine, event

    from sosmed_desktop.db import search_queue

    engine = create_engine(url, hide_parameters=True, **kwargs)
    event.listen(engine, "connect", _set_sqlite_pragmas)
    event.listen(engine, "begin", _begin)
    search_queue.install(engine)
    return engine


def build_engine(url: str) -> Engine:
    """An engine for `url`; refuses a SQLite file on a network drive."""
    from sqlalchemy.engine import make_url

    path = sqlite_path(url)
    if path is not None:
        if is_network_path(path):
            raise NetworkPathError(path=str(path))
        return _sqlite_engine(
            url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        )
    if make_url(url).get_backend_name() == "sqlite":  # in-memory database (tests)
        from sqlalchemy.pool import StaticPool

        return _sqlite_engine(url, connect_args={"check_same_thread": False}, poolclass=StaticPool)
    return _postgres_engine(url)


def _begin_postgres(conn: Any) -> None:
    # Held until commit or rollback; waits at most lock_timeout (then "lock
    # timeout", a DatabaseLockedError) like SQLite's busy timeout.  A read-only
    # unit of work reads a consistent snapshot instead, the server refusing any write.
    if conn.get_execution_options().get(READ_ONLY, False):
        conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
    else:
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


def _postgres_engine(url: str) -> Engine:
    from sqlalchemy import create_engine, event

    from sosmed_desktop.db.credentials import with_password

    # A server that does not answer within 10 s is reported, not waited for.
    # UTC sessions: SQL date functions then agree with SQLite's (naive UTC) values.
    options = f"-c lock_timeout={BUSY_TIMEOUT_MS} -c timezone=UTC"
    engine = create_engine(
        with_password(url),
        hide_parameters=True,
        pool_pre_ping=True,
        connect_args={"connect_timeout": 10, "options": options},
    )
    event.listen(engine, "begin", _begin_postgres)
    return engine


def sqlite_library_version() -> str:
    """Version of the SQLite library Python is linked against (logged at start-up)."""
    return sqlite3.sqlite_version
