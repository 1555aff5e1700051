"""The database engines the core tests run on: SQLite always, PostgreSQL on request.

`SOSMED_TEST_POSTGRES` names a PostgreSQL server by a SQLAlchemy URL whose user
may create databases (``postgresql+psycopg://postgres@127.0.0.1:5432/postgres``).
When it is set, every test in ``tests/unit`` that uses a data folder (the
fixtures `data_dir`, `new_data_dir`, `ctx`) runs twice: ``[sqlite]`` and
``[postgresql]``.  A PostgreSQL test gets a database of its own, cloned from a
template that was migrated once per session (``CREATE DATABASE ... TEMPLATE``
takes a few hundredths of a second on a RAM disk; migrating takes several times that), and
dropped afterwards.  With ``CI=true`` the PostgreSQL variants exist even
without the variable and fail, so a CI machine cannot skip them silently.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

ENV_POSTGRES = "SOSMED_TEST_POSTGRES"
SQLITE = "sqlite"
POSTGRESQL = "postgresql"


def postgres_url() -> str:
    """The server named by the environment ('' when none is)."""
    return os.environ.get(ENV_POSTGRES, "").strip()


def engines_under_test() -> list[str]:
    """SQLite, plus PostgreSQL when a server is named or CI must not go without one."""
    if postgres_url() or os.environ.get("CI", "").lower() == "true":
        return [SQLITE, POSTGRESQL]
    return [SQLITE]


def write_database_url(folder: Path, url: str) -> None:
    """A data folder whose settings point at `url` (what the officer sets in Settings)."""
    folder.mkdir(parents=True, exist_ok=True)
    settings = {"database_url": url}
    (folder / "settings.json").write_text(json.dumps(settings), encoding="utf-8")


class PostgresServer:
    """Throwaway databases on one server: a migrated template, a clone per test."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        if self.url.get_backend_name() != POSTGRESQL:
            raise ValueError(f"{ENV_POSTGRES} must be a postgresql+psycopg:// URL, not {url!r}")
        self._admin: Engine = create_engine(
            self.url, isolation_level="AUTOCOMMIT", poolclass=NullPool
        )
        self._prefix = f"sosmed_test_{os.getpid()}"
        self._counter = itertools.count(1)
        self._template = ""
        self._strategy = ""
        self._locale = ""

    def _execute(self, sql: str) -> None:
        with self._admin.connect() as conn:
            conn.execute(text(sql))

    def check(self) -> str:
        """The server's version; raises when it cannot be reached."""
        with self._admin.connect() as conn:
            version = int(conn.execute(text("SHOW server_version_num")).scalar_one())
            icu = conn.execute(
                text("SELECT count(*) FROM pg_collation WHERE collname = 'id-ID-x-icu'")
            ).scalar_one()
        # Copying the files is quicker than logging every page into the WAL (15+).
        self._strategy = " STRATEGY FILE_COPY" if version >= 150000 else ""
        # Sort text the way an Indonesian office server would (case and accents folded),
        # not in SQLite's code-point order, so no test can lean on the binary order.
        self._locale = " ENCODING 'UTF8'"
        if version >= 150000 and icu:
            self._locale += " LOCALE_PROVIDER icu ICU_LOCALE 'id-ID'"
        return str(version)

    def url_of(self, database: str) -> str:
        return self.url.set(database=database).render_as_string(hide_password=False)

    def prepare_template(self) -> str:
        """Create and migrate the template database on first use."""
        if self._template:
            return self._template
        from sosmed_desktop.bootstrap import bootstrap

        name = f"{self._prefix}_template"
        self._execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self._execute(f"CREATE DATABASE {name} TEMPLATE template0{self._locale}")
        folder = Path(tempfile.mkdtemp(prefix="sosmed-template-"))
        try:
            write_database_url(folder, self.url_of(name))
            bootstrap(folder).dispose()
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        self._template = name
        return name

    def create_database(self) -> str:
        """A fresh database at the schema head with the platforms loaded; its URL."""
        template = self.prepare_template()
        name = f"{self._prefix}_{next(self._counter)}"
        self._execute(f"CREATE DATABASE {name} TEMPLATE {template}{self._strategy}")
        return self.url_of(name)

    def create_empty_database(self) -> str:
        """A database without any table (a team's new, empty database); its URL."""
        name = f"{self._prefix}_{next(self._counter)}"
        self._execute(f"CREATE DATABASE {name} TEMPLATE template0{self._locale}")
        return self.url_of(name)

    def drop_database(self, url: str) -> None:
        """Drop a database made here, closing what a test left connected."""
        name = make_url(url).database
        self._execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def close(self) -> None:
        """Drop every database of this run (the template too) and let the admin engine go."""
        with self._admin.connect() as conn:
            names = conn.execute(
                text("SELECT datname FROM pg_database WHERE starts_with(datname, :prefix)"),
                {"prefix": f"{self._prefix}_"},
            ).scalars()
            for name in list(names):
                conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        self._admin.dispose()


class DataFolders:
    """Makes data folders on the engine under test and drops their databases afterwards.

    On SQLite a folder is just a path (the database file is created by the first
    bootstrap, as for an officer).  On PostgreSQL the folder gets a settings
    file naming a fresh database: migrated (from the template) by default, or
    empty (no tables) with ``empty=True`` for the tests of a first migration.
    """

    def __init__(self, root: Path, server: PostgresServer | None) -> None:
        self.root = root
        self.server = server
        self._urls: list[str] = []

    def make(self, name: str = "data", *, empty: bool = False) -> Path:
        folder = self.root / name
        if self.server is not None:
            make = self.server.create_empty_database if empty else self.server.create_database
            url = make()
            self._urls.append(url)
            write_database_url(folder, url)
        return folder

    def drop_all(self) -> None:
        if self.server is not None:
            for url in self._urls:
                self.server.drop_database(url)
        self._urls.clear()


def folders_for(request: pytest.FixtureRequest, root: Path) -> DataFolders:
    """Data folders under `root` on the engine the requesting test (or fixture) runs on."""
    engine = request.getfixturevalue("db_engine")
    server = request.getfixturevalue("postgres_server") if engine == POSTGRESQL else None
    return DataFolders(root, server)


def describe(url: URL | str) -> str:
    """A URL fit for a test report (no password)."""
    return make_url(url).render_as_string(hide_password=True)
