"""The one-way move of this PC's data (SQLite file and media folder) into an empty team database.

Steps, all in ONE transaction on the server, so that a failure or a cancel
leaves the target database as empty as it was:

1. Check the source: the data folder's SQLite file at this version's schema,
   and every original of the media library present in the media folder (a
   missing one is named and nothing is written).
2. Connect to the target, take the migration lock, refuse a database that holds
   any table (``migration_target_not_empty``).
3. Create the schema with the app's own Alembic migrations.
4. Copy every table in foreign-key order, in batches, keeping the ids.
5. Store every original in `media_blobs` (its SHA-256 checked on the way).
6. Move each id sequence past the highest copied id (inserts with explicit ids
   do not advance it), so the next new post gets a free id.
7. Verify: the row count of every table (and the stored originals) equal on
   both sides; otherwise roll back.

The SQLite file is only read (one read transaction: a consistent picture).
`on_progress(step, done, total)` reports each table (and ``media_blobs``);
`cancel` is checked between batches and files.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Table, func, inspect, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DataError, SQLAlchemyError

from sosmed_desktop.config import Config
from sosmed_desktop.db import blobs
from sosmed_desktop.db.engine import build_engine
from sosmed_desktop.db.migrate import (
    MIGRATION_LOCK_KEY,
    head_revision,
    inspect_sqlite_file,
    upgrade_on,
)
from sosmed_desktop.db.models import Base, MediaAsset
from sosmed_desktop.db.models_team import MediaBlob
from sosmed_desktop.errors import DomainError, database_error
from sosmed_desktop.services.media.originals import stored_path
from sosmed_desktop.services.team.server_connection import connect_engine, connection_error

log = logging.getLogger(__name__)

BATCH_ROWS = 500
SCHEMA_STEP, BLOBS_STEP, VERIFY_STEP = "schema", "media_blobs", "verify"
Progress = Callable[[str, int, int], None]


class MigrationError(DomainError):
    """The migration was refused or failed; the target database was left empty.

    Codes: ``migration_no_source``, ``migration_source_outdated``,
    ``migration_media_missing`` (`name`, `path`), ``migration_media_changed``
    (`name`), ``migration_target_not_empty`` (`tables`), ``migration_text_too_long``
    (`table`), ``migration_verify_failed`` (`table`, `source`, `target`).
    """

    code = "migration_refused"
    template = "The data was not moved to the team server: {detail}"


class MigrationCancelled(DomainError):
    """The officer cancelled; everything written was rolled back."""

    code = "migration_cancelled"
    template = "The move to the team server was cancelled; the server database is still empty"


@dataclass(frozen=True)
class TableCount:
    """Rows of one table (or ``media_blobs``: originals) on each side after the copy."""

    table: str
    source: int
    target: int


@dataclass
class MigrationReport:
    """What was moved, verified equal on both sides."""

    target: str
    counts: list[TableCount] = field(default_factory=list)
    media_files: int = 0
    media_bytes: int = 0
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        return sum(c.source for c in self.counts if c.table != BLOBS_STEP)


def copied_tables() -> list[Table]:
    """Every mapped table in foreign-key order, except the originals' chunks (step 5)."""
    return [t for t in Base.metadata.sorted_tables if t.name != MediaBlob.__tablename__]


def migrate_to_server(
    config: Config,
    target_url: str | URL,
    *,
    password: str | None = None,
    on_progress: Progress | None = None,
    cancel: threading.Event | None = None,
    batch_rows: int = BATCH_ROWS,
) -> MigrationReport:
    """Move this data folder's database and originals into the empty database at `target_url`.

    Raises `MigrationError`, `MigrationCancelled`, `ServerConnectionError` or a
    database error; in every such case the target holds no table afterwards.
    """
    started = time.perf_counter()
    progress = on_progress or (lambda _step, _done, _total: None)
    stop = cancel or threading.Event()
    source_file = config.db_path
    _check_source_file(source_file)
    source = build_engine(URL.create("sqlite", database=str(source_file)))
    target = connect_engine(target_url, password)
    report = MigrationReport(target=make_url(target_url).render_as_string(hide_password=True))
    host = target.url.host or ""
    try:
        with source.connect() as src:
            originals = _originals(config, src)
            try:
                tgt = target.connect()
            except SQLAlchemyError as exc:
                raise connection_error(exc, host) from exc
            with tgt:
                try:
                    with tgt.begin():
                        _prepare_target(tgt, progress)
                        _copy_tables(src, tgt, report, progress, stop, batch_rows)
                        _copy_originals(tgt, originals, report, progress, stop)
                        _advance_sequences(tgt)
                        _verify(src, tgt, report, progress)
                except DataError as exc:
                    raise _data_error(exc) from exc
                except SQLAlchemyError as exc:
                    raise database_error(exc, host) from exc
    finally:
        source.dispose()
        target.dispose()
    report.seconds = time.perf_counter() - started
    log.info(
        "Moved %d rows and %d originals (%d bytes) to %s in %.1f s",
        report.rows, report.media_files, report.media_bytes, report.target, report.seconds,
    )  # fmt: skip
    return report


def _check_source_file(path: Path) -> None:
    if not path.is_file():
        raise MigrationError(
            code="migration_no_source", path=str(path), detail=f"there is no database at {path}"
        )
    revision = inspect_sqlite_file(path)
    if revision != head_revision():
        raise MigrationError(
            code="migration_source_outdated",
            detail=f"the database {path} is at schema {revision}, not {head_revision()}: "
            "open it once with this version (start the application) first",
        )


@dataclass(frozen=True)
class _Original:
    name: str
    sha256: str
    path: Path


def _originals(config: Config, src: Connection) -> list[_Original]:
    """Every original of the library, refusing (before anything is written) a missing file."""
    rows = src.execute(
        select(MediaAsset.original_name, MediaAsset.sha256, MediaAsset.extension).order_by(
            MediaAsset.id
        )
    )
    found = []
    for name, sha256, extension in rows:
        path = stored_path(config, sha256, extension)
        if not path.is_file():
            raise MigrationError(
                code="migration_media_missing",
                name=name,
                path=str(path),
                detail=f"the original of {name} is missing ({path}); "
                "run 'check' and import it again, or remove it from the library",
            )
        found.append(_Original(name, sha256, path))
    return found


def _prepare_target(tgt: Connection, progress: Progress) -> None:
    tgt.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
    tables = inspect(tgt).get_table_names()
    if tables:
        raise MigrationError(
            code="migration_target_not_empty",
            tables=len(tables),
            detail=f"the server database is not empty ({len(tables)} tables): "
            "the move needs a new, empty database",
        )
    progress(SCHEMA_STEP, 0, 1)
    upgrade_on(tgt)
    # A migration may add rows of its own; the copy brings the officer's instead.
    for table in reversed(copied_tables()):
        if tgt.scalar(select(func.count()).select_from(table)):
            tgt.execute(table.delete())
    progress(SCHEMA_STEP, 1, 1)


def _copy_tables(
    src: Connection,
    tgt: Connection,
    report: MigrationReport,
    progress: Progress,
    stop: threading.Event,
    batch_rows: int,
) -> None:
    for table in copied_tables():
        total = int(src.scalar(select(func.count()).select_from(table)) or 0)
        done = 0
        progress(table.name, done, total)
        if not total:
            continue
        result = src.execution_options(yield_per=batch_rows).execute(
            select(table).order_by(*table.primary_key.columns)
        )
        for batch in result.partitions():
            if stop.is_set():
                raise MigrationCancelled()
            tgt.execute(table.insert(), [dict(row._mapping) for row in batch])
            done += len(batch)
            progress(table.name, done, total)


def _copy_originals(
    tgt: Connection,
    originals: list[_Original],
    report: MigrationReport,
    progress: Progress,
    stop: threading.Event,
) -> None:
    total = len(originals)
    progress(BLOBS_STEP, 0, total)
    for done, original in enumerate(originals, start=1):
        if stop.is_set():
            raise MigrationCancelled()
        try:
            digest = blobs.write(tgt, original.sha256, original.path)
        except OSError as exc:
            raise MigrationError(
                code="migration_media_missing",
                name=original.name,
                path=str(original.path),
                detail=f"the original of {original.name} cannot be read ({original.path}): "
                f"{exc.strerror or exc}",
            ) from exc
        if digest != original.sha256:
            raise MigrationError(
                code="migration_media_changed",
                name=original.name,
                path=str(original.path),
                detail=f"the original of {original.name} was altered ({original.path}); "
                "run 'check'",
            )
        report.media_files += 1
        report.media_bytes += original.path.stat().st_size
        progress(BLOBS_STEP, done, total)


def _advance_sequences(tgt: Connection) -> None:
    """Each serial id's sequence to just past the highest id copied."""
    for table in copied_tables():
        columns = list(table.primary_key.columns)
        if len(columns) != 1 or columns[0].name != "id" or not columns[0].autoincrement:
            continue
        sequence = tgt.scalar(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table.name})
        if sequence is None:
            continue
        tgt.execute(
            text(
                f"SELECT setval(:seq, (SELECT COALESCE(MAX(id), 0) + 1 FROM {table.name}), false)"
            ),
            {"seq": sequence},
        )


def _verify(src: Connection, tgt: Connection, report: MigrationReport, progress: Progress) -> None:
    tables = copied_tables()
    progress(VERIFY_STEP, 0, len(tables) + 1)
    for index, table in enumerate(tables, start=1):
        counted = [
            int(conn.scalar(select(func.count()).select_from(table)) or 0) for conn in (src, tgt)
        ]
        report.counts.append(TableCount(table.name, *counted))
        progress(VERIFY_STEP, index, len(tables) + 1)
    stored = len(blobs.stored_hashes(tgt))
    report.counts.append(TableCount(BLOBS_STEP, report.media_files, stored))
    progress(VERIFY_STEP, len(tables) + 1, len(tables) + 1)
    for count in report.counts:
        if count.source != count.target:
            raise MigrationError(
                code="migration_verify_failed",
                table=count.table,
                source=count.source,
                target=count.target,
                detail=f"{count.table}: {count.source} rows here but {count.target} on the "
                "server; nothing was kept",
            )


def _data_error(exc: DataError) -> DomainError:
    """A value the server refuses (text longer than its column: SQLite stores it anyway)."""
    orig = getattr(exc, "orig", None)
    if getattr(orig, "sqlstate", None) == "22001":
        table = str(getattr(getattr(orig, "diag", None), "table_name", None) or "?")
        return MigrationError(
            code="migration_text_too_long",
            table=table,
            detail=f"a text in {table} is longer than the server allows: shorten it and try again",
        )
    return database_error(exc, "")
