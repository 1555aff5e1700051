"""Shared fixtures: a bootstrapped data folder per test on the engine under test, Qt offscreen.

The core tests (``tests/unit``) run on SQLite, and also on PostgreSQL when
``SOSMED_TEST_POSTGRES`` names a server (see `tests.engines`).  A test that is
about the SQLite file itself is marked ``@pytest.mark.sqlite_only("why")`` and
skipped, with that reason, on PostgreSQL.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable, Generator, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy.exc import SQLAlchemyError

from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext, bootstrap
from tests.engines import (
    ENV_POSTGRES,
    POSTGRESQL,
    SQLITE,
    PostgresServer,
    describe,
    engines_under_test,
    folders_for,
    postgres_url,
)
from tests.fixed_time import FIXED_NOW, start_clock
from tests.keyrings import MemoryKeyring

# An offscreen screen the size of the common office laptop (1366×768).
_SCREEN = Path(__file__).with_name("offscreen-1366x768.json")
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")
os.environ.pop("SOSMED_DATA_DIR", None)
os.environ.pop("SOSMED_DB_PASSWORD", None)
# Processes the tests start never reach the PC's real keyring either.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"


UNIT_TESTS = Path(__file__).with_name("unit")


def _sleep_that_survives_faketime() -> None:
    """Keep `time.sleep` working when CI runs the tests with the clock moved ahead.

    Debian's libfaketime (0.9.10) with ``FAKETIME_DONT_FAKE_MONOTONIC=1`` turns
    Python's `time.sleep` (an absolute deadline on the monotonic clock) into
    ``OSError: [Errno 22]``; waiting on an Event, which libfaketime leaves alone,
    sleeps just as long.  Only under faketime, and only when the bug is there.
    """
    if "faketime" not in os.environ.get("LD_PRELOAD", ""):
        return
    try:
        time.sleep(0.001)
    except OSError:

        def sleep(seconds: float) -> None:
            if seconds < 0:
                raise ValueError("sleep length must be non-negative")
            threading.Event().wait(seconds)

        time.sleep = sleep


_sleep_that_survives_faketime()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run each core test that uses a data folder once per engine under test."""
    engines = engines_under_test()
    in_unit = UNIT_TESTS in metafunc.definition.path.parents
    if in_unit and len(engines) > 1 and "db_engine" in metafunc.fixturenames:
        metafunc.parametrize("db_engine", engines, indirect=True, scope="module")


def _reason(marker: pytest.Mark) -> str:
    return str(marker.args[0] if marker.args else marker.kwargs.get("reason", ""))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip each engine's own tests on the other engine, with their reason."""
    for item in items:
        callspec = getattr(item, "callspec", None)
        engine = callspec.params.get("db_engine", SQLITE) if callspec else SQLITE
        only_sqlite = item.get_closest_marker("sqlite_only")
        only_postgresql = item.get_closest_marker("postgresql_only")
        if engine == POSTGRESQL and only_sqlite is not None:
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {_reason(only_sqlite)}"))
        if engine == SQLITE and only_postgresql is not None:
            reason = f"PostgreSQL only: {_reason(only_postgresql)}"
            if POSTGRESQL not in engines_under_test():
                reason += f" (set {ENV_POSTGRES} to run it)"
            item.add_marker(pytest.mark.skip(reason=reason))


_ENGINE_TIMES: dict[str, list[float]] = {}  # engine -> [tests, seconds]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None]:
    """Add up how long the core tests take on each engine (set-up and teardown included)."""
    start = time.perf_counter()
    yield
    callspec = getattr(item, "callspec", None)
    if callspec is not None and "db_engine" in callspec.params:
        totals = _ENGINE_TIMES.setdefault(callspec.params["db_engine"], [0, 0.0])
        totals[0] += 1
        totals[1] += time.perf_counter() - start


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _ENGINE_TIMES:
        parts = [f"{e}: {int(n)} tests in {s:.0f} s" for e, (n, s) in sorted(_ENGINE_TIMES.items())]
        terminalreporter.write_line("core tests per engine — " + "; ".join(parts))


@pytest.fixture(scope="session", autouse=True)
def session_clock() -> Iterator[None]:
    """The clock for fixtures wider than one test (a module's seeded data folder)."""
    previous = start_clock()
    yield
    clock.install(previous)


@pytest.fixture(scope="module", autouse=True)
def module_clock(session_clock: None) -> None:
    """Each module's fixtures start at `FIXED_NOW` too (however long the run so far)."""
    start_clock()


@pytest.fixture(autouse=True)
def fixed_now(module_clock: None) -> datetime:
    """Each test starts at `FIXED_NOW` (returned, aware) on a clock that then runs on.

    CI also runs the core tests with the PC's clock moved far ahead (`.ci/run`).
    """
    start_clock()
    return FIXED_NOW


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A fresh in-memory password store for each test (never the PC's real keyring)."""
    import keyring

    from sosmed_desktop.db import credentials

    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    credentials._SESSION.clear()


@pytest.fixture(scope="module")
def db_engine(request: pytest.FixtureRequest) -> str:
    """The engine under test: ``sqlite``, or ``postgresql`` for the second run of a core test."""
    engine = getattr(request, "param", SQLITE)
    if engine == POSTGRESQL:
        # The server (and its migrated template) is ready before any test's own fixtures
        # run, so no test's monkeypatching can reach the template's migration.
        request.getfixturevalue("postgres_server")
    return engine


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """The server named by SOSMED_TEST_POSTGRES; a test needing it fails without it."""
    url = postgres_url()
    if not url:
        pytest.fail(
            f"CI=true, so the core tests must run on PostgreSQL as well: set {ENV_POSTGRES} "
            "to a server URL (postgresql+psycopg://user@host:port/postgres)"
        )
    server = PostgresServer(url)
    try:
        server.check()
        server.prepare_template()
    except SQLAlchemyError as exc:
        pytest.fail(f"{ENV_POSTGRES}={describe(url)} cannot be used: {exc}")
    yield server
    server.close()


@pytest.fixture
def new_data_dir(
    db_engine: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[Callable[..., Path]]:
    """Makes data folders for one test: ``new_data_dir("receiver")``, ``empty=True``."""
    folders = folders_for(request, tmp_path)
    yield folders.make
    folders.drop_all()


@pytest.fixture
def data_dir(new_data_dir: Callable[..., Path]) -> Path:
    """A data folder for one test: not yet created on SQLite, a fresh database on PostgreSQL."""
    return new_data_dir("data")


@pytest.fixture
def ctx(data_dir: Path) -> Iterator[AppContext]:
    """A bootstrapped application context on a fresh database of the engine under test."""
    context = bootstrap(data_dir)
    yield context
    context.dispose()


_exit_status: list[int] = [0]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _exit_status[0] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave without the interpreter's final teardown once pytest has reported.

    Qt widgets and the QApplication that the GUI tests leave to that teardown
    are destroyed in an order Qt does not support, which can end the process
    with a segmentation fault after every result was written.  The exit status
    is pytest's own.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_exit_status[0])
