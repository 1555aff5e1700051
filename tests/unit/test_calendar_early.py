"""The month read at start-up with `sqlite3` (before SQLAlchemy) is the services' month."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.config import load_config
from sosmed_desktop.db.migrate import head_revision, start_file_check
from sosmed_desktop.demo.seed import seed_demo
from sosmed_desktop.errors import CorruptDatabaseError
from sosmed_desktop.services.calendar import calendar
from sosmed_desktop.services.calendar.early import read_rows
from sosmed_desktop.services.posts import posts
from tests.unit.posting import WIB, add_program, post_input

SQLITE_FILE = "the early month reads the SQLite file with Python's sqlite3"
pytestmark = pytest.mark.sqlite_only(SQLITE_FILE)


def _read(ctx: AppContext, start: datetime, end: datetime, now: datetime) -> list:
    conn = sqlite3.connect(f"{ctx.sqlite_file.as_uri()}?mode=ro", uri=True)
    try:
        return read_rows(conn, start, end, now)
    finally:
        conn.close()


def test_every_month_of_the_demo_reads_as_the_services_read_it(ctx: AppContext) -> None:
    seed_demo(ctx)
    now = clock.now()
    today = now.astimezone(WIB).date()
    seen = 0
    for offset in range(-3, 4):
        first = (today.replace(day=1) + timedelta(days=31 * offset)).replace(day=1)
        start, end = calendar.month_bounds(first.year, first.month, WIB)
        with ctx.uow() as uow:
            expected = calendar.posts_between(uow, start, end, now=now)
        assert _read(ctx, start, end, now) == expected
        seen += len(expected)
    assert seen >= 30  # the demo's two months are among them


def test_tags_platforms_programs_trash_and_every_script(ctx: AppContext) -> None:
    program = add_program(ctx, "Gizi 🍚 سلام", "#f97316")
    when = datetime(2026, 12, 15, 9, tzinfo=WIB)
    with ctx.uow() as uow:
        tagged = posts.create_post(
            uow,
            post_input(
                title='Posyandu 🌟 日本語 "kutip" \'',
                when=when,
                platforms=("x", "instagram", "facebook"),
                program_id=program,
                tags=("zeta", "Alfa", "gizi-ñ", "日本"),
            ),
        ).id
        bare = posts.create_post(uow, post_input(title="tanpa program", when=when)).id
        gone = posts.create_post(uow, post_input(title="dibuang", when=when)).id
        uow.commit()
    with ctx.uow() as uow:
        posts.trash_post(uow, gone)
        uow.commit()
    start, end = calendar.month_bounds(2026, 12, WIB)
    now = datetime(2027, 1, 1, tzinfo=UTC)  # after them: overdue where not published
    with ctx.uow() as uow:
        expected = calendar.posts_between(uow, start, end, now=now)
    assert [row.id for row in expected] == [tagged, bare]
    assert _read(ctx, start, end, now) == expected
    assert _read(ctx, end, end + timedelta(days=31), now) == []


def test_the_file_check_hands_its_connection_and_revision_to_the_early_read(
    ctx: AppContext,
) -> None:
    with ctx.uow() as uow:
        posts.create_post(uow, post_input(title="Desember", when=datetime(2026, 12, 2, tzinfo=WIB)))
        uow.commit()
    ctx.dispose()
    config, _log = load_config(ctx.config.data_dir)
    start, end = calendar.month_bounds(2026, 12, WIB)
    seen: list[tuple[str | None, list[str]]] = []

    def then(conn: sqlite3.Connection, revision: str | None) -> None:
        seen.append((revision, [row.title for row in read_rows(conn, start, end)]))

    check = start_file_check(config, then)
    assert check is not None
    assert check.result() == head_revision()
    assert seen == [(head_revision(), ["Desember"])]


def test_a_failing_early_read_does_not_fail_the_check(
    ctx: AppContext, caplog: pytest.LogCaptureFixture
) -> None:
    ctx.dispose()
    config, _log = load_config(ctx.config.data_dir)

    def then(conn: sqlite3.Connection, _revision: str | None) -> None:
        conn.execute("SELECT nothing FROM nowhere")

    check = start_file_check(config, then)
    assert check is not None
    assert check.result() == head_revision()
    assert "after the database file's check failed" in caplog.text


def test_a_damaged_file_is_not_read_early(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "sosmed.db").write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    config, _log = load_config(data_dir)
    called: list[object] = []
    check = start_file_check(config, lambda *args: called.append(args))
    assert check is not None
    with pytest.raises(CorruptDatabaseError):
        check.result()
    assert called == []
