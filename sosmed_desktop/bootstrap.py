"""Wiring: data folder, logging, engine, migrations and services, in one place.

Called by `main.py` (GUI and commands) and by the tests.  Nothing is built at
import time.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from sosmed_desktop import __version__
from sosmed_desktop.config import Config, load_config
from sosmed_desktop.db import change_log
from sosmed_desktop.db.change_kinds import Changes, Recorder
from sosmed_desktop.db.engine import (
    build_engine,
    is_network_path,
    sqlite_library_version,
    sqlite_path,
)
from sosmed_desktop.db.migrate import FileCheck, inspect_sqlite_file, upgrade
from sosmed_desktop.db.scoping import scope_by_department
from sosmed_desktop.db.text_limits import guard_text_lengths
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.permissions import Actor
from sosmed_desktop.domain.platforms import PlatformSpec, load_spec_file
from sosmed_desktop.errors import (
    CorruptDatabaseError,
    DataDirError,
    NetworkPathError,
    ValidationError,
    database_error,
)
from sosmed_desktop.logging_setup import LOG_FILE
from sosmed_desktop.services import backup, platforms, profile
from sosmed_desktop.services.posts import approval_guard
from sosmed_desktop.services.team.access import guard_writes

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    """Everything a use case needs: settings, engine and a unit-of-work factory."""

    config: Config
    engine: Engine
    session_factory: sessionmaker[Session]
    log_file: Path
    user_name: str = ""
    migration_backup: Path | None = field(default=None)
    actor: Actor | None = None
    """Who signed in on this PC for this process (team mode); never stored in the database."""
    sign_in_override: bool | None = None
    """Tests set this to try team mode's sign-in without a server."""
    origin: str = ""
    """Marks this context's records in the change log (`db/change_log.py`)."""
    change_sink: Callable[[Changes], None] | None = None
    """Gets what every commit of this context's units of work changed (see `recording`)."""

    def uow(self, *, read_only: bool = False) -> UnitOfWork:
        """A fresh unit of work (one per use case, one per thread); a `read_only` one
        cannot commit."""
        return UnitOfWork(
            self.session_factory,
            self.user_name,
            self.actor,
            sink=self.change_sink,
            read_only=read_only,
        )

    def recording(self) -> tuple[AppContext, Recorder]:
        """A copy of this context whose units of work report every commit to the
        recorder, from any thread (a use case that takes the context and commits from
        worker threads, such as the media import, is recorded whole).

        The copy is for one use case: signing in or out on it does not reach this
        context.  Commits still reach this context's own sink as well.
        """
        recorder = Recorder()
        outer = self.change_sink

        def sink(changes: Changes) -> None:
            recorder.add(changes)
            if outer is not None:
                outer(changes)

        return dataclasses.replace(self, change_sink=sink), recorder

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sign_in_required(self) -> bool:
        """Team mode: every person signs in (a shared PostgreSQL database).

        On one PC (SQLite) the officer of the profile works without signing in.
        """
        if self.sign_in_override is not None:
            return self.sign_in_override
        return not self.is_sqlite

    def sign_in(self, actor: Actor) -> None:
        """From now on every unit of work (and its audit lines) names `actor`."""
        self.actor = actor
        self.user_name = actor.name

    def sign_out(self) -> None:
        """Nobody is signed in any more (until the next sign-in)."""
        self.actor = None
        self.user_name = ""

    @property
    def sqlite_file(self) -> Path | None:
        """The embedded database file, or None on a PostgreSQL server."""
        return sqlite_path(self.config.database_url)

    def dispose(self) -> None:
        """Close every pooled connection (before exit or a restore)."""
        self.engine.dispose()


def _platform_specs(config: Config) -> tuple[PlatformSpec, ...]:
    """The officer's platform file if it is usable, else the bundled one (logged)."""
    override = config.get("platform_spec_file")
    if override:
        try:
            return load_spec_file(Path(override))
        except ValidationError as exc:
            log.warning("Platform file %s not used: %s", override, exc)
    return load_spec_file()


def _require_existing_database(data_dir: Path) -> None:
    """Refuse (before creating anything) a folder without a database to open as it is."""
    if not data_dir.is_dir():
        raise DataDirError(path=str(data_dir), detail="the folder does not exist")
    db_file = sqlite_path(Config.load(data_dir).database_url)
    if db_file is not None and not db_file.is_file():
        raise DataDirError(path=str(data_dir), detail="it holds no Sosmed Desktop database")


def bootstrap(
    data_dir: Path,
    *,
    config: Config | None = None,
    console_level: int | None = None,
    on_progress: Callable[[str], None] | None = None,
    upgrade_schema: bool = True,
    file_check: FileCheck | None = None,
) -> AppContext:
    """Open the data folder and its database, migrating (after a backup) when needed.

    Pass the `config` the caller already holds (the GUI) so that one object
    owns the settings file.  With ``upgrade_schema=False`` (the health check)
    nothing is created, migrated or synchronised: an existing database is only
    opened as it is.  A `file_check` the caller started earlier on the same file
    (`start_file_check`) stands for the inspection done here otherwise.
    """
    if not upgrade_schema:
        _require_existing_database(data_dir)
    if config is None:
        config, log_file = load_config(data_dir, console_level=console_level)
    else:  # the caller configured logging when it loaded the settings
        log_file = config.logs_dir / LOG_FILE
    log.info("Sosmed Desktop %s, data folder %s", __version__, data_dir)
    log.info("SQLite library %s", sqlite_library_version())
    url = config.database_url
    db_file = sqlite_path(url)
    if db_file is not None:
        if is_network_path(db_file):
            raise NetworkPathError(path=str(db_file))
        if file_check is not None and file_check.path == db_file:
            file_check.result()
        else:
            inspect_sqlite_file(db_file)
    engine = build_engine(url)
    session_factory = sessionmaker(engine, expire_on_commit=False)
    guard_text_lengths(session_factory)
    # first of the hooks on a write: a refused writer's flush or statement stops
    # before the approval guard or the change log has noted anything of it
    guard_writes(session_factory)
    scope_by_department(session_factory)
    # after the writer check (what the approval guard writes at the commit belongs
    # to a transaction already checked) and before the change log, which
    # announces what the approval guard writes
    approval_guard.install(session_factory)
    changes = change_log.install(session_factory)
    ctx = AppContext(config, engine, session_factory, log_file, origin=changes.origin)

    def backup_first() -> None:
        if db_file is not None:
            if on_progress:
                on_progress("backup")
            ctx.migration_backup = backup.backup_sqlite(
                db_file, config.backups_dir, "pre-migration"
            )

    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        if upgrade_schema:
            if on_progress:
                on_progress("migrate")
            upgrade(engine, before_upgrade=backup_first)
            with ctx.uow() as uow:
                platforms.sync_platforms_if_changed(uow, _platform_specs(config))
        if ctx.is_sqlite:  # a team database's app_meta is shared: there, sign-in tells
            with ctx.uow() as uow:
                ctx.user_name = profile.current_user_name(uow)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise database_error(exc, str(db_file or "")) from exc
    except (UnicodeDecodeError, ValueError) as exc:
        engine.dispose()
        raise CorruptDatabaseError(path=str(db_file or url), detail=str(exc)) from exc
    except BaseException:
        engine.dispose()
        raise
    return ctx
