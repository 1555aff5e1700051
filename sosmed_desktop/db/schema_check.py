"""Is a database's schema exactly what this version's migrations create at its revision?

A valid database can still carry code: a trigger added to a backup (``AFTER
INSERT ON audit_log ... DELETE FROM post_variants``) fires at the next ordinary
write; a view or an extra table is a place to hide things.  So a backup is
compared with the schema the application's own migrations build at the same
revision before it may be restored, and the health check compares the live
database the same way.

The comparison is structural where the text could differ between library
versions (tables by their columns and foreign keys, indexes by their columns)
and textual (whitespace folded) for what carries code: triggers, views, the
definitions of virtual tables and, on PostgreSQL, functions.  The reference of
a revision is built once per process in a scratch database: SQLite in memory,
PostgreSQL in a scratch schema of the same database whose transaction is rolled
back.  Objects SQLite makes by itself (``sqlite_sequence``, ``sqlite_stat1``
of ANALYZE, the shadow tables of a full-text index) are left out.
"""

from __future__ import annotations

import functools
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

Snapshot = dict[tuple[str, str], Any]
"""(kind, name) -> what must be equal: ("trigger", "audit_log_no_update") -> its SQL."""

# Tables SQLite creates and fills itself.
SQLITE_OWN = frozenset({"sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3"})
SQLITE_OWN |= {"sqlite_stat4"}
FTS5_SHADOWS = ("data", "idx", "content", "docsize", "config")
LISTED = 8
"""Differences named in a message; the rest are counted."""


@dataclass(frozen=True)
class Difference:
    """One object that is extra, missing or defined differently."""

    change: str  # "extra", "missing", "different"
    kind: str  # "table", "column", "foreign key", "index", "trigger", "view", "function"
    name: str

    def __str__(self) -> str:
        return f"{self.change} {self.kind} {self.name}"


def describe(differences: list[Difference]) -> str:
    """The differences in one line: the first few named, the others counted."""
    named = ", ".join(str(d) for d in differences[:LISTED])
    more = len(differences) - LISTED
    return named + (f" and {more} more" if more > 0 else "")


def compare(actual: Snapshot, expected: Snapshot) -> list[Difference]:
    """What `actual` has that `expected` has not, lacks, or defines otherwise (sorted)."""
    found = [Difference("extra", kind, name) for kind, name in actual.keys() - expected.keys()]
    found += [Difference("missing", kind, name) for kind, name in expected.keys() - actual.keys()]
    found += [
        Difference("different", kind, name)
        for (kind, name) in actual.keys() & expected.keys()
        if actual[kind, name] != expected[kind, name]
    ]
    # The columns of an extra or missing table say nothing more.
    whole = {d.name for d in found if d.kind == "table" and d.change != "different"}
    found = [d for d in found if d.kind == "table" or d.name.split(".")[0] not in whole]
    order = {"extra": 0, "different": 1, "missing": 2}
    return sorted(found, key=lambda d: (order[d.change], d.kind, d.name))


def _fold(sql: str | None) -> str:
    return " ".join((sql or "").split())


# SQLite ----------------------------------------------------------------------------------


def sqlite_snapshot(conn: sqlite3.Connection) -> Snapshot:
    """The schema of an open SQLite database (a read-only connection is enough)."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    virtual = {
        name for kind, name, _t, sql in rows if kind == "table" and _fold(sql).upper().startswith(
            "CREATE VIRTUAL TABLE"
        )
    }  # fmt: skip
    shadows = {f"{table}_{suffix}" for table in virtual for suffix in FTS5_SHADOWS}
    snapshot: Snapshot = {}
    for kind, name, table, sql in rows:
        if name in SQLITE_OWN or (kind == "index" and table in shadows):
            continue
        if kind == "table":
            if name in virtual:
                snapshot["table", name] = _fold(sql)
            elif name in shadows:
                snapshot["table", name] = "shadow"  # made by the index itself
            else:
                snapshot["table", name] = "table"
                snapshot.update(_sqlite_table(conn, name))
        elif kind == "index":
            snapshot["index", name] = _sqlite_index(conn, table, name)
        else:  # trigger, view
            snapshot[kind, name] = (table, _fold(sql))
    return snapshot


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _sqlite_table(conn: sqlite3.Connection, table: str) -> Snapshot:
    parts: Snapshot = {}
    for _cid, column, kind, notnull, default, pk, hidden in conn.execute(
        f"PRAGMA table_xinfo({_quote(table)})"
    ):
        parts["column", f"{table}.{column}"] = (kind.upper(), notnull, default, pk, hidden)
    for row in conn.execute(f"PRAGMA foreign_key_list({_quote(table)})"):
        _id, seq, target, source, to, on_update, on_delete, match = row
        parts["foreign key", f"{table}.{source}#{seq}"] = (target, to, on_update, on_delete, match)
    return parts


def _sqlite_index(conn: sqlite3.Connection, table: str, name: str) -> tuple[Any, ...]:
    flags = next(
        (row[2:] for row in conn.execute(f"PRAGMA index_list({_quote(table)})") if row[1] == name),
        (),
    )
    columns = tuple(row[2] for row in conn.execute(f"PRAGMA index_info({_quote(name)})"))
    return table, tuple(flags), columns


@functools.lru_cache(maxsize=4)
def expected_sqlite(revision: str) -> Snapshot:
    """What the migrations create on SQLite at `revision` (built in memory, kept)."""
    from sosmed_desktop.db.engine import build_engine
    from sosmed_desktop.db.migrate import migrate_new

    engine = build_engine("sqlite://")
    try:
        migrate_new(engine, revision)
        with engine.connect() as conn:
            return sqlite_snapshot(conn.connection.driver_connection)
    finally:
        engine.dispose()


def sqlite_differences(conn: sqlite3.Connection, revision: str) -> list[Difference]:
    """How the SQLite database on `conn`, at `revision`, differs from the reference."""
    return compare(sqlite_snapshot(conn), expected_sqlite(revision))


def sqlite_file_differences(path: Path, revision: str) -> list[Difference]:
    """`sqlite_differences` of a database file, opened read-only (a backup)."""
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return sqlite_differences(conn, revision)
    finally:
        conn.close()


# PostgreSQL -------------------------------------------------------------------------------

_PG_COLUMNS = (
    "SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, c.character_maximum_length "
    "FROM information_schema.columns c JOIN information_schema.tables t "
    "ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
    "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'"
)
_PG_FOREIGN_KEYS = (
    "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
    "WHERE contype = 'f' AND connamespace = current_schema()::regnamespace"
)
_PG_INDEXES = (
    "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
)
_PG_TRIGGERS = (
    "SELECT c.relname, t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t "
    "JOIN pg_class c ON c.oid = t.tgrelid "
    "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace"
)
_PG_VIEWS = "SELECT viewname, definition FROM pg_views WHERE schemaname = current_schema()"
# Objects of an extension (unaccent's functions in the schema it was created in) are its own.
_NOT_EXTENSION = "NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = {oid} AND d.deptype = 'e')"
_PG_FUNCTIONS = (
    "SELECT p.oid::regprocedure::text, p.prosrc FROM pg_proc p "
    "WHERE p.pronamespace = current_schema()::regnamespace AND "
    + _NOT_EXTENSION.format(oid="p.oid")
)
_PG_TABLES = (
    "SELECT c.relname, c.relkind FROM pg_class c WHERE c.relnamespace = "
    "current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'f', 'm', 'S') AND "
    + _NOT_EXTENSION.format(oid="c.oid")
)
_PG_KINDS = {"r": "table", "p": "table", "f": "foreign table", "m": "view", "S": "sequence"}


def postgres_snapshot(conn: Connection) -> Snapshot:
    """The schema of the connection's current schema on PostgreSQL (its name left out)."""
    schema = conn.exec_driver_sql("SELECT current_schema()").scalar_one()

    def plain(text: str) -> str:
        # The reference lives in a scratch schema and calls unaccent in public.
        for prefix in (f"{schema}.", f'"{schema}".', "public."):
            text = text.replace(prefix, "")
        return _fold(text)

    def rows(sql: str) -> list[Any]:
        return list(conn.exec_driver_sql(sql))

    snapshot: Snapshot = {}
    for name, relkind in rows(_PG_TABLES):
        snapshot[_PG_KINDS[relkind], name] = relkind
    for table, column, kind, nullable, length in rows(_PG_COLUMNS):
        snapshot["column", f"{table}.{column}"] = (kind, nullable, length)
    for table, name, definition in rows(_PG_FOREIGN_KEYS):
        snapshot["foreign key", f"{plain(table)}.{name}"] = plain(definition)
    for table, name, definition in rows(_PG_INDEXES):
        snapshot["index", name] = (table, plain(definition))
    for table, name, definition in rows(_PG_TRIGGERS):
        snapshot["trigger", name] = (table, plain(definition))
    for name, definition in rows(_PG_VIEWS):
        snapshot["view", name] = plain(definition)
    for name, source in rows(_PG_FUNCTIONS):
        snapshot["function", plain(name)] = plain(source)
    return snapshot


def expected_postgres(conn: Connection, revision: str) -> Snapshot:
    """What the migrations create on this PostgreSQL server at `revision`.

    Built in a scratch schema inside a transaction that is rolled back, so the
    server is left as it was (the connection's user needs the right to create a
    schema, as the migrations do).  Not kept: another server may differ.
    """
    from sosmed_desktop.db.migrate import upgrade_on

    scratch = f"sosmed_reference_{uuid.uuid4().hex[:12]}"
    with conn.begin() as transaction:
        try:
            conn.exec_driver_sql(f"CREATE SCHEMA {scratch}")
            # Only the scratch schema: Alembic must not find the live alembic_version.
            conn.exec_driver_sql(f"SET LOCAL search_path TO {scratch}")
            upgrade_on(conn, revision)
            return postgres_snapshot(conn)
        finally:
            transaction.rollback()


def postgres_differences(engine: Engine, revision: str) -> list[Difference]:
    """How the live PostgreSQL database at `revision` differs from the reference."""
    with engine.connect() as conn:
        with conn.begin():
            actual = postgres_snapshot(conn)
        expected = expected_postgres(conn, revision)
    return compare(actual, expected)
