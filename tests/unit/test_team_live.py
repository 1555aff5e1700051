"""Changes by others arrive without a restart; a server that goes away is a clear error.

A second application context on the same database stands for another PC (or
a headless command writing the same SQLite file).  Waits are on queues with a
deadline, never sleeps.
"""

from __future__ import annotations

import queue
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event, select, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from sosmed_desktop.bootstrap import AppContext, bootstrap
from sosmed_desktop.db.models_live import ChangeRecord
from sosmed_desktop.errors import (
    DatabaseError,
    DatabaseLockedError,
    DatabaseUnreachableError,
    ValidationError,
    database_error,
)
from sosmed_desktop.services.posts import posts
from sosmed_desktop.services.team import live
from tests.unit.posting import post_input, set_profile, snapshot

DEADLINE_S = 10


@pytest.fixture
def colleague(ctx: AppContext, data_dir: Path) -> Iterator[AppContext]:
    set_profile(ctx)
    other = bootstrap(data_dir)
    other.user_name = "Budi Santoso"
    yield other
    other.dispose()


@pytest.fixture
def reported(ctx: AppContext) -> Iterator[queue.Queue]:
    """The lists of others' changes a watcher on `ctx` reports, in order."""
    found: queue.Queue = queue.Queue()
    watcher = live.ChangeWatcher(ctx, found.put, interval=0.05)
    watcher.start()
    assert watcher.wait_started()
    yield found
    watcher.stop()


def test_every_commit_records_what_it_changed(ctx: AppContext) -> None:
    set_profile(ctx)
    with ctx.uow() as uow:
        post = posts.create_post(uow, post_input())
    with ctx.uow() as uow:
        row = uow.session.scalars(select(ChangeRecord).order_by(ChangeRecord.id.desc())).first()
        newest = live.last_change_id(uow)
        assert row is not None and row.id == newest
        assert row.changes["post"] == [post.id]
        assert (row.origin, row.user_name) == (ctx.origin, "Rina Marlina")
    # A refused save records nothing; reading records nothing.
    with ctx.uow() as uow, pytest.raises(ValidationError):
        posts.update_post(uow, post.id, post_input(title=""), post.version)
    with ctx.uow() as uow:
        posts.get_post(uow, post.id)
        assert live.last_change_id(uow) == newest


def test_a_change_by_another_pc_is_reported_and_own_changes_are_not(
    ctx: AppContext, colleague: AppContext, reported: queue.Queue
) -> None:
    with ctx.uow() as uow:
        mine = posts.create_post(uow, post_input(title="Punya Rina"))
    with colleague.uow() as uow:
        theirs = posts.create_post(uow, post_input(title="Punya Budi"))
    changes = reported.get(timeout=DEADLINE_S)
    assert [c.changes for c in changes] == [{"post": [theirs.id]}]
    assert changes[0].user_name == "Budi Santoso"
    with colleague.uow() as uow:
        posts.reschedule(uow, mine.id, None)
    changes = reported.get(timeout=DEADLINE_S)
    assert [c.changes for c in changes] == [{"post": [mine.id]}], "not Rina's own creation"
    assert reported.empty()


def test_no_change_is_missed_while_others_keep_writing(
    ctx: AppContext, colleague: AppContext, reported: queue.Queue
) -> None:
    """A colleague's commit landing while the watcher reads is reported, not stepped over."""
    made = []
    for n in range(40):
        with colleague.uow() as uow:
            made.append(posts.create_post(uow, post_input(title=f"Posting {n}")).id)
        with ctx.uow() as uow:  # own writes in between move the counter too
            posts.reschedule(uow, made[-1], None)
    seen: list[int] = []
    while len(seen) < len(made):
        seen += [pid for c in reported.get(timeout=DEADLINE_S) for pid in c.changes["post"]]
    assert seen == made


@pytest.mark.postgresql_only("LISTEN/NOTIFY and the fallback poll are the server's")
def test_a_dropped_listening_connection_falls_back_to_polling_and_listens_again(
    ctx: AppContext, colleague: AppContext
) -> None:
    found: queue.Queue = queue.Queue()
    watcher = live.ChangeWatcher(ctx, found.put, interval=0.05)
    watcher.start()
    assert watcher.wait_started()
    try:
        assert _wait(lambda: watcher.listening)
        _terminate(ctx, "LISTEN%")  # the listener's backend is ended by the server
        assert _wait(lambda: not watcher.listening)
        with colleague.uow() as uow:
            post = posts.create_post(uow, post_input(title="Saat tidak mendengar"))
        assert [c.changes for c in found.get(timeout=DEADLINE_S)] == [{"post": [post.id]}]
        assert _wait(lambda: watcher.listening), "listens again after the backoff"
        assert watcher.reachable
    finally:
        watcher.stop()


@pytest.mark.postgresql_only("pg_terminate_backend ends a session of the server")
def test_the_server_going_away_mid_save_is_a_clear_error_and_a_retry_succeeds(
    ctx: AppContext,
) -> None:
    set_profile(ctx)
    with ctx.uow() as uow:
        post = posts.create_post(uow, post_input(title="Sebelum"))
    before = snapshot(ctx)

    def kill_own_backend(session: Session, _context: object) -> None:
        pid = session.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
        with _admin(ctx) as admin:
            admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})

    event.listen(ctx.session_factory, "after_flush", kill_own_backend, once=True)
    with ctx.uow() as uow, pytest.raises(DatabaseUnreachableError) as lost:
        posts.update_post(uow, post.id, post_input(title="Sesudah"), post.version)
    assert lost.value.code == "database_unreachable"
    assert snapshot(ctx) == before, "nothing half-written"
    with ctx.uow() as uow:  # the dead pooled connection is replaced (pool_pre_ping)
        assert posts.get_post(uow, post.id).title == "Sebelum"
        saved = posts.update_post(uow, post.id, post_input(title="Sesudah"), post.version)
    assert saved.post.title == "Sesudah"


class _DriverError(Exception):
    def __init__(self, text: str, sqlstate: str | None = None) -> None:
        super().__init__(text)
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("message", "sqlstate"),
    [
        ("terminating connection due to administrator command", "57P01"),
        ("connection failure", "08006"),
        ("could not connect to server: Connection refused", None),
        ("server closed the connection unexpectedly", None),
        ("consuming input failed: server closed the connection unexpectedly", None),
        ("the connection is closed", None),
    ],
)
def test_connection_failures_become_the_unreachable_error(
    message: str, sqlstate: str | None
) -> None:
    error = database_error(_DriverError(message, sqlstate), "")
    assert isinstance(error, DatabaseUnreachableError)


def test_other_driver_errors_keep_their_meaning() -> None:
    assert isinstance(database_error(_DriverError("lock", "55P03"), ""), DatabaseLockedError)
    syntax = database_error(_DriverError('syntax error at or near "x"', "42601"), "")
    assert type(syntax) is DatabaseError
    assert isinstance(database_error(_DriverError("database is locked"), ""), DatabaseLockedError)


def _admin(ctx: AppContext):
    engine = create_engine(ctx.config.database_url, poolclass=NullPool)
    return engine.connect().execution_options(isolation_level="AUTOCOMMIT")


def _terminate(ctx: AppContext, query_like: str) -> None:
    with _admin(ctx) as admin:
        admin.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND query LIKE :q AND pid <> pg_backend_pid()"
            ),
            {"q": query_like},
        )


def _wait(condition, timeout: float = DEADLINE_S) -> bool:
    """Poll a condition on a thread's state (the watcher has no event for it)."""
    import threading

    done = threading.Event()
    for _ in range(int(timeout / 0.02)):
        if condition():
            return True
        done.wait(0.02)
    return condition()
