"""A database that carries code: restore refuses it, the health check reports it (issue 15).

A backup is a valid database of ours at a known revision, yet with one object
more (or less) than this version's migrations create: a trigger that rewrites
every post at the next ordinary write, a view, a table.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from sosmed_desktop.bootstrap import AppContext, bootstrap
from sosmed_desktop.db.models import Post
from sosmed_desktop.errors import BackupUnusableError
from sosmed_desktop.services.backup import backup_sqlite, newest_sound_backup, restore_backup
from sosmed_desktop.services.check import run_check
from tests.unit.helpers import make_post, titles

WIPE = (
    "CREATE TRIGGER audit_log_copy AFTER INSERT ON audit_log BEGIN "
    "DELETE FROM post_variants; UPDATE posts SET title = 'JUDUL PALSU'; END"
)
# (what is done to the backup, the words that must name it)
HOSTILE = {
    "extra-trigger": ([WIPE], "extra trigger audit_log_copy"),
    "extra-view": (["CREATE VIEW semua_akun AS SELECT * FROM users"], "extra view semua_akun"),
    "extra-table": (["CREATE TABLE muatan (kode TEXT)"], "extra table muatan"),
    "extra-index": (["CREATE INDEX ix_judul ON posts (title)"], "extra index ix_judul"),
    "extra-column": (["ALTER TABLE posts ADD COLUMN kode TEXT"], "extra column posts.kode"),
    "trigger-rewritten": (
        [
            "DROP TRIGGER post_search_post_delete",
            "CREATE TRIGGER post_search_post_delete AFTER DELETE ON posts BEGIN "
            "DELETE FROM post_variants; END",
        ],
        "different trigger post_search_post_delete",
    ),
    "guard-removed": (["DROP TRIGGER audit_log_no_delete"], "missing trigger audit_log_no_delete"),
}


def spoil(db: Path, statements: list[str]) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


@pytest.mark.sqlite_only("restoring swaps the SQLite file")
@pytest.mark.parametrize("case", HOSTILE)
def test_restore_refuses_a_backup_whose_schema_differs(ctx: AppContext, case: str) -> None:
    statements, named = HOSTILE[case]
    make_post(ctx, "Sebelum cadangan")
    backup = backup_sqlite(ctx.config.db_path, ctx.config.backups_dir, "manual")
    spoil(backup, statements)
    make_post(ctx, "Sesudah cadangan")
    db = ctx.config.db_path
    ctx.dispose()
    before = db.read_bytes()
    with pytest.raises(BackupUnusableError) as info:
        restore_backup(backup, db, ctx.config.backups_dir)
    assert info.value.code == "backup_schema_differs"
    assert named in info.value.params["objects"]
    assert named in str(info.value)
    assert db.read_bytes() == before
    assert titles(db) == ["Sebelum cadangan", "Sesudah cadangan"]
    assert not list(ctx.config.backups_dir.glob("*pre-restore*"))
    assert newest_sound_backup(ctx.config.backups_dir) is None


@pytest.mark.sqlite_only("restoring swaps the SQLite file")
def test_a_sound_backup_still_restores_and_is_offered(ctx: AppContext) -> None:
    make_post(ctx, "Sebelum cadangan")
    backup = backup_sqlite(ctx.config.db_path, ctx.config.backups_dir, "manual")
    ctx.dispose()
    assert newest_sound_backup(ctx.config.backups_dir).path == backup  # type: ignore[union-attr]
    restore_backup(backup, ctx.config.db_path, ctx.config.backups_dir)
    assert titles(ctx.config.db_path) == ["Sebelum cadangan"]


def _add_to_live(ctx: AppContext) -> None:
    """The wiping trigger (and on PostgreSQL its function) added to the live database."""
    with ctx.engine.begin() as conn:
        if ctx.is_sqlite:
            conn.exec_driver_sql(WIPE)
        else:
            conn.exec_driver_sql(
                "CREATE FUNCTION audit_log_copy() RETURNS trigger LANGUAGE plpgsql AS $$ "
                "BEGIN DELETE FROM post_variants; RETURN NULL; END $$"
            )
            conn.exec_driver_sql(
                "CREATE TRIGGER audit_log_copy AFTER INSERT ON audit_log "
                "FOR EACH ROW EXECUTE FUNCTION audit_log_copy()"
            )
        conn.exec_driver_sql("CREATE VIEW semua_akun AS SELECT * FROM users")


def test_check_passes_a_schema_as_created(ctx: AppContext) -> None:
    report = run_check(ctx)
    found = [f for f in report.findings if f.code == "schema_objects"]
    assert [f.ok for f in found] == [True]
    assert report.ok


def test_check_reports_objects_the_migrations_do_not_create(ctx: AppContext) -> None:
    make_post(ctx, "Tetap")
    _add_to_live(ctx)
    report = run_check(ctx)
    assert not report.ok
    (finding,) = [f for f in report.findings if f.code == "schema_objects"]
    assert not finding.ok
    assert "extra trigger audit_log_copy" in finding.detail
    assert "extra view semua_akun" in finding.detail
    if not ctx.is_sqlite:
        assert "extra function audit_log_copy()" in finding.detail
    with ctx.uow() as uow:  # the check changed nothing
        assert list(uow.session.scalars(select(Post.title))) == ["Tetap"]


def test_check_command_exits_one_naming_the_trigger(
    ctx: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    from sosmed_desktop.cli import parse, run_command

    _add_to_live(ctx)
    ctx.dispose()
    status = run_command(parse(["check", "--data-dir", str(ctx.config.data_dir)]))
    out = capsys.readouterr().out
    assert status == 1
    assert "[FAIL]" in out and "extra trigger audit_log_copy" in out
    reopened = bootstrap(ctx.config.data_dir)
    reopened.dispose()


def test_two_checks_at_once_build_their_reference_schemas_side_by_side() -> None:
    """Alembic's proxies are process-wide: two migrations at once must not cross."""
    from concurrent.futures import ThreadPoolExecutor

    from sosmed_desktop.db import schema_check
    from sosmed_desktop.db.engine import build_engine
    from sosmed_desktop.db.migrate import head_revision, migrate_new

    revision = head_revision()

    def build(_: int) -> int:
        engine = build_engine("sqlite://")
        try:
            migrate_new(engine, revision)
            with engine.connect() as conn:
                return len(schema_check.sqlite_snapshot(conn.connection.driver_connection))
        finally:
            engine.dispose()

    with ThreadPoolExecutor(2) as pool:
        sizes = list(pool.map(build, range(6)))
    assert len(set(sizes)) == 1 and sizes[0] > 100
