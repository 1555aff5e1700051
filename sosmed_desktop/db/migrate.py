"""Opening a database safely: inspect it, back it up, then bring its schema up to date.

A SQLite file is first inspected read-only (is it a database at all? ours? from a
newer version? damaged?) so that nothing in a file we must refuse is changed —
not even its journal mode.  An existing database is copied with SQLite's online
backup API before any migration touches it.

Alembic is imported only when a migration must actually run: on an ordinary
start the revisions are read from the migration files' source (without running
them) and the database's revision with plain SQL, which keeps start-up fast.
SQLAlchemy too is imported only by the functions that use an engine, so that
the GUI can start the file's inspection (`FileCheck`) before it imports SQLAlchemy.
"""

from __future__ import annotations

import ast
import contextlib
import functools
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sosmed_desktop.db.engine import is_network_path
from sosmed_desktop.errors import (
    CorruptDatabaseError,
    DatabaseTooNewError,
    ForeignDatabaseError,
    database_error,
)
from sosmed_desktop.fileops import remove_file

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig
    from sqlalchemy import Connection, Engine

    from sosmed_desktop.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATION_LOCK_KEY = 0x50534D44  # any constant shared by every copy of the app
APPLICATION_ID = 0x534F5344  # "SOSD" in the SQLite header marks our files (set by 0001)
# CPython 3.11's ast.parse fails ("AST constructor recursion depth mismatch") when two
# threads parse at once — a health check beside a start-up, say; one at a time.
_PARSING = threading.Lock()
# Alembic's `context` and `op` are module-wide proxies: two migrations running at once in
# one process (a health check's reference schema in each of two threads) would send each
# other's statements to the wrong connection.  One Alembic run at a time.
_ALEMBIC = threading.Lock()
AfterCheck = Callable[[sqlite3.Connection, "str | None"], None]
"""Work on the read-only connection of a file that passed its check (`FileCheck`)."""


def alembic_config() -> AlembicConfig:
    """An Alembic configuration built in code (no alembic.ini to lose)."""
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def revision_graph() -> dict[str, str | None]:
    """Each shipped revision and the one it revises, read from the files' source.

    Parsing the files costs tens of milliseconds and every start asks more than
    once (inspection, upgrade), so the graph is kept per set of files: a file
    added or changed (by name, size or modification time) is read again.
    """
    paths = sorted((MIGRATIONS_DIR / "versions").glob("*.py"))
    files = tuple((str(path), *_stamp(path)) for path in paths)
    return dict(_graph_of(files))


def _stamp(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_mtime_ns, stat.st_size


@functools.lru_cache(maxsize=8)
def _graph_of(files: tuple[tuple[str, int, int], ...]) -> dict[str, str | None]:
    graph: dict[str, str | None] = {}
    for name, _mtime, _size in files:
        source = Path(name).read_text(encoding="utf-8")
        # Alembic writes the identifiers above the functions: parse that head
        # first (the schema's operations below make up most of the source).
        head, _sep, _rest = source.partition("\ndef ")
        try:
            values = _revision_values(head)
        except SyntaxError:  # cut inside a string: a "def" at a line start in a docstring
            values = {}
        if "revision" not in values:
            values = _revision_values(source)
        if isinstance(values.get("revision"), str):
            graph[str(values["revision"])] = values.get("down_revision")  # type: ignore[assignment]
    return graph


def _revision_values(source: str) -> dict[str, object]:
    """The ``revision`` and ``down_revision`` assigned at the top level of `source`."""
    values: dict[str, object] = {}
    with _PARSING:
        tree = ast.parse(source)
    for node in tree.body:
        if isinstance(node, ast.AnnAssign):
            target, value = node.target, node.value
        elif isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        else:
            continue
        named = isinstance(target, ast.Name) and target.id in ("revision", "down_revision")
        if named and value is not None:
            values[target.id] = ast.literal_eval(value)  # type: ignore[union-attr]
    return values


def head_revision() -> str:
    """The newest schema revision this version of the app knows."""
    graph = revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have exactly one head, found {sorted(heads)}")
    return heads.pop()


def known_revisions() -> set[str]:
    """Every revision shipped with this version of the app."""
    return set(revision_graph())


def inspect_sqlite_file(path: Path, *, thorough: bool = False) -> str | None:
    """Check a SQLite file without changing it; return its schema revision.

    Returns None for a missing or empty file (a new database).  Raises a domain
    error for a damaged, foreign or newer file.  `thorough` runs the complete
    ``integrity_check`` (a backup about to be restored) instead of the faster
    ``quick_check`` of every start.
    """
    revision = _inspect_file(path, thorough)
    _check_revision_known(revision, str(path))
    return revision


class FileCheck:
    """`inspect_sqlite_file` started on a thread of its own; `result()` collects it.

    Most of the check is SQLite reading the whole file (``quick_check``) in C,
    without Python's interpreter lock, so the GUI lets it run while its opening
    thread imports SQLAlchemy, on the other core.  Comparing the revision with the
    shipped migrations (Python parsing their source) waits for `result()`.
    """

    def __init__(self, path: Path, then: AfterCheck | None = None) -> None:
        self.path = path
        self._then = then
        self._revision: str | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="database-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._revision = _inspect_file(self.path, then=self._then)
        except BaseException as exc:  # raised again by result(), in the caller's thread
            self._error = exc

    def result(self) -> str | None:
        """The file's revision, or the domain error `inspect_sqlite_file` would raise."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        _check_revision_known(self._revision, str(self.path))
        return self._revision


def start_file_check(config: Config, then: AfterCheck | None = None) -> FileCheck | None:
    """Start checking this data folder's own database file, for `bootstrap` to collect.

    `then` is called on the check's thread with the still open read-only
    connection and the file's revision once the file passed the check (the
    month shown at start-up is read there).  None for a database elsewhere (a
    configured URL) or a folder on a network drive: `bootstrap` then checks, or
    refuses, it itself as always.
    """
    if config.get("database_url") or is_network_path(config.db_path):
        return None
    return FileCheck(config.db_path, then)


def _inspect_file(path: Path, thorough: bool = False, then: AfterCheck | None = None) -> str | None:
    """`inspect_sqlite_file` without checking that the revision is a known one."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as fh:
        if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise CorruptDatabaseError(path=str(path), detail="not a SQLite file")
    # A read-only look at a WAL database creates -wal/-shm files; remove those we
    # created (never a journal that was already there) afterwards: an empty -wal,
    # and the -shm index once no -wal is left (no connection can be using it then:
    # an open WAL connection keeps its -wal).  A damaged header can leave a filled one.
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    created = [p for p in (wal, shm) if not p.exists()]
    try:
        return _inspect_open(path, thorough, then)
    finally:
        for sidecar in created:
            if not sidecar.exists():
                continue
            if sidecar.stat().st_size == 0 or (sidecar == shm and not wal.exists()):
                remove_file(sidecar)


def _inspect_open(path: Path, thorough: bool, then: AfterCheck | None) -> str | None:
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=15)
    except sqlite3.Error as exc:
        raise database_error(exc, str(path)) from exc
    conn.text_factory = lambda raw: raw.decode("utf-8", errors="replace")
    try:
        pragma = "integrity_check" if thorough else "quick_check"
        result = conn.execute(f"PRAGMA {pragma}").fetchall()
        if [row[0] for row in result] != ["ok"]:
            detail = "; ".join(str(row[0]) for row in result[:3])
            raise CorruptDatabaseError(path=str(path), detail=detail)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return None
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if "alembic_version" not in tables or application_id != APPLICATION_ID:
            raise ForeignDatabaseError(path=str(path))
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
        if then is not None:
            _run_after_check(then, conn, revision)
    except sqlite3.Error as exc:
        raise database_error(exc, str(path)) from exc
    except UnicodeDecodeError as exc:  # SQLite's message quotes a damaged name (not UTF-8)
        raise CorruptDatabaseError(path=str(path), detail="damaged text in the schema") from exc
    finally:
        conn.close()
    return revision


def _run_after_check(then: AfterCheck, conn: sqlite3.Connection, revision: str | None) -> None:
    """Run `then`; its failure is logged, never taken for a fault of the file."""
    try:
        then(conn, revision)
    except Exception:
        log.warning("Work after the database file's check failed", exc_info=True)


def _check_revision_known(revision: str | None, where: str) -> None:
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNewError(path=where, revision=revision)


def current_revision(engine: Engine) -> str | None:
    """The schema revision recorded in the database (None when it has none)."""
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, before_upgrade: Callable[[], None] | None = None) -> bool:
    """Bring the schema to the head revision; return True if anything ran.

    `before_upgrade` runs only when an existing database is about to change
    (it makes the safety backup).  Runs in one transaction; on PostgreSQL an
    advisory lock keeps several PCs starting at once from migrating twice.
    """
    where = engine.url.render_as_string(hide_password=True)
    head = head_revision()
    with engine.connect() as conn, _migration_mode(conn), conn.begin():
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
        current = _revision_on(conn, where)
        if current == head:
            return False
        if current is not None and before_upgrade is not None:
            before_upgrade()
        _run_alembic_upgrade(conn)
        _check_references(conn)
    log.info("Database schema upgraded from %s to %s", current, head)
    return True


def migrate_new(engine: Engine, revision: str) -> None:
    """Create the schema of `revision` in the empty database of `engine`, as `upgrade` would.

    For the reference a database's schema is compared with (`db.schema_check`).
    """
    with engine.connect() as conn, _migration_mode(conn), conn.begin():
        _run_alembic_upgrade(conn, revision)
        _check_references(conn)


@contextlib.contextmanager
def _migration_mode(conn: Connection) -> Iterator[None]:
    """On SQLite: foreign keys off and the legacy table rename while migrating.

    SQLite rebuilds a table to alter it (copy, DROP, rename); with foreign keys
    on, the DROP would cascade-delete every child row.  The pragma only works
    outside a transaction, hence the raw call.  The rename must not check the
    search triggers whose bodies name the table being rebuilt (it is missing
    between DROP and rename): the legacy rename leaves those bodies alone, as
    Django does too.
    """
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute("PRAGMA legacy_alter_table=ON")
    try:
        yield
    finally:
        if sqlite:
            raw = conn.connection.driver_connection
            raw.execute("PRAGMA legacy_alter_table=OFF")
            raw.execute("PRAGMA foreign_keys=ON")


def _check_references(conn: Connection) -> None:
    """A SQLite migration must leave every reference intact (foreign keys were off)."""
    if conn.dialect.name == "sqlite":
        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"migration broke {len(broken)} references")


def _revision_on(conn: Connection, where: str) -> str | None:
    """The database's revision, refusing a foreign or newer database."""
    from sqlalchemy import inspect, text

    inspector = inspect(conn)
    if not inspector.has_table("alembic_version"):
        current = None
    else:
        current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if current is None and set(inspector.get_table_names()) - {"alembic_version"}:
        # An empty alembic_version table (a database downgraded to base) is ours.
        raise ForeignDatabaseError(path=where)
    _check_revision_known(current, where)
    return current


def upgrade_on(conn: Connection, revision: str = "head") -> None:
    """Run the migrations to `revision` on `conn`, inside the caller's transaction.

    For the migration of the local data to a new team database, whose schema,
    rows and originals are created in one transaction, and for the reference
    schema of a PostgreSQL database (`db.schema_check`).
    """
    _run_alembic_upgrade(conn, revision)


def _run_alembic_upgrade(conn: Connection, revision: str = "head") -> None:
    from alembic import command

    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    with _ALEMBIC:
        command.upgrade(cfg, revision)
