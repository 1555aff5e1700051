"""Opening a database safely: inspect it, back it up, then bring its schema up to date.

A SQLite file is first inspected read-only (is it a database at all? ours? from a
newer version? damaged?) so that nothing in a file we must refuse is changed —
not even its journal mode.  An existing database is copied with SQLite's online
backup API before any migration touches it.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from sosmed_desktop.errors import (
    CorruptDatabaseError,
    DatabaseTooNewError,
    ForeignDatabaseError,
)

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SQLITE_MAGIC = b"SQLite format 3\x00"


def alembic_config() -> AlembicConfig:
    """An Alembic configuration built in code (no alembic.ini to lose)."""
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The newest schema revision this version of the app knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every revision shipped with this version of the app."""
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def inspect_sqlite_file(path: Path) -> str | None:
    """Check a SQLite file without changing it; return its schema revision.

    Returns None for a missing or empty file (a new database).  Raises a domain
    error for a damaged, foreign or newer file.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as fh:
        if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise CorruptDatabaseError(path=str(path), detail="not a SQLite file")
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise CorruptDatabaseError(path=str(path), detail=str(exc)) from exc
    try:
        result = conn.execute("PRAGMA quick_check").fetchall()
        if [row[0] for row in result] != ["ok"]:
            detail = "; ".join(str(row[0]) for row in result[:3])
            raise CorruptDatabaseError(path=str(path), detail=detail)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise ForeignDatabaseError(path=str(path))
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(path=str(path), detail=str(exc)) from exc
    finally:
        conn.close()
    revision = row[0] if row else None
    _check_revision_known(revision, str(path))
    return revision


def _check_revision_known(revision: str | None, where: str) -> None:
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNewError(path=where, revision=revision)


def current_revision(engine: Engine) -> str | None:
    """The schema revision recorded in the database (None when it has none)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, before_upgrade: Callable[[], None] | None = None) -> bool:
    """Bring the schema to the head revision; return True if anything ran.

    `before_upgrade` runs only when an existing database is about to change
    (it makes the safety backup).
    """
    current = current_revision(engine)
    if current is None:
        with engine.connect() as conn:
            existing = set(inspect(conn).get_table_names())
        # An empty alembic_version table (a database downgraded to base) is ours.
        if existing - {"alembic_version"}:
            raise ForeignDatabaseError(path=engine.url.render_as_string(hide_password=True))
    _check_revision_known(current, engine.url.render_as_string(hide_password=True))
    if current == head_revision():
        return False
    if current is not None and before_upgrade is not None:
        before_upgrade()
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    log.info("Database schema upgraded from %s to %s", current, head_revision())
    return True
