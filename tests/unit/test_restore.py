"""Restoring a backup: checked before anything changes, the current state kept, swapped whole."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from sosmed_desktop.bootstrap import AppContext, bootstrap
from sosmed_desktop.db.migrate import head_revision
from sosmed_desktop.db.models import Post
from sosmed_desktop.errors import BackupUnusableError, DatabaseInUseError
from sosmed_desktop.services.backup import (
    backup_sqlite,
    list_backups,
    newest_sound_backup,
    quick_check,
    restore_backup,
    verify_backup,
)
from tests.unit.helpers import flip_page_headers, make_post, titles

pytestmark = pytest.mark.sqlite_only(
    "restoring swaps the SQLite file; a PostgreSQL database is restored on its server"
)


def context_titles(ctx: AppContext) -> list[str]:
    with ctx.uow() as uow:
        return sorted(uow.session.scalars(select(Post.title)))


def leftovers(folder: Path) -> list[str]:
    """Temporary files a restore may have left beside the database."""
    return sorted(p.name for p in folder.iterdir() if ".restore-" in p.name)


@pytest.fixture
def backed_up(ctx: AppContext) -> Path:
    """A backup holding one post, after which the live database got a second one."""
    make_post(ctx, "Sebelum cadangan")
    path = backup_sqlite(ctx.config.db_path, ctx.config.backups_dir, "manual")
    make_post(ctx, "Sesudah cadangan")
    return path


def test_restore_brings_back_the_backup_and_keeps_the_current_state(
    ctx: AppContext, backed_up: Path
) -> None:
    db = ctx.config.db_path
    ctx.dispose()
    steps: list[str] = []
    result = restore_backup(backed_up, db, ctx.config.backups_dir, on_step=steps.append)
    assert steps == ["verify", "copy", "keep", "swap"]
    assert result.revision == head_revision()
    assert result.set_aside is None
    assert titles(db) == ["Sebelum cadangan"]
    assert result.safety_backup is not None
    assert result.safety_backup.name.endswith("-pre-restore.db")
    assert titles(result.safety_backup) == ["Sebelum cadangan", "Sesudah cadangan"]
    assert quick_check(result.safety_backup) == []
    assert sorted(b.reason for b in list_backups(ctx.config.backups_dir)) == [
        "manual",
        "pre-restore",
    ]
    assert not Path(f"{db}-wal").exists() and not Path(f"{db}-shm").exists()
    assert leftovers(db.parent) == []
    reopened = bootstrap(ctx.config.data_dir)
    try:
        assert context_titles(reopened) == ["Sebelum cadangan"]
        make_post(reopened, "Setelah pemulihan")
        assert context_titles(reopened) == ["Sebelum cadangan", "Setelah pemulihan"]
    finally:
        reopened.dispose()


def test_commits_left_in_the_write_ahead_log_reach_the_safety_backup(
    ctx: AppContext, backed_up: Path
) -> None:
    """A process killed after its commit leaves the data in `-wal`: it must not be lost."""
    db = ctx.config.db_path
    ctx.dispose()
    writer = (
        "import os, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "conn.execute('PRAGMA journal_mode=WAL')\n"
        "conn.execute(\"UPDATE posts SET title = 'Hanya di WAL' \"\n"
        "             \"WHERE title = 'Sesudah cadangan'\")\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", writer, str(db)], check=True)
    assert Path(f"{db}-wal").stat().st_size > 0
    result = restore_backup(backed_up, db, ctx.config.backups_dir)
    assert result.safety_backup is not None
    assert titles(result.safety_backup) == ["Hanya di WAL", "Sebelum cadangan"]
    assert titles(db) == ["Sebelum cadangan"]
    assert not Path(f"{db}-wal").exists()


def test_a_database_in_use_is_not_replaced(ctx: AppContext, backed_up: Path) -> None:
    db = ctx.config.db_path
    assert context_titles(ctx) == ["Sebelum cadangan", "Sesudah cadangan"]  # a pooled connection
    with pytest.raises(DatabaseInUseError):
        restore_backup(backed_up, db, ctx.config.backups_dir)
    assert context_titles(ctx) == ["Sebelum cadangan", "Sesudah cadangan"]
    assert [b.path for b in list_backups(ctx.config.backups_dir)] == [backed_up]
    assert leftovers(db.parent) == []


def _damaged_backup(path: Path) -> None:
    flip_page_headers(path, (3,))


def _foreign(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE inventaris (id INTEGER)")
    conn.close()


def _too_new(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("spoil", "expected"),
    [
        (_damaged_backup, "damaged"),
        (lambda p: p.write_bytes(b""), "empty"),
        (lambda p: p.write_bytes(os.urandom(8192)), "not a SQLite file"),
        (lambda p: p.unlink(), "does not exist"),
        (_foreign, "not created by Sosmed Desktop"),
        (_too_new, "newer version"),
    ],
    ids=["flipped-bytes", "empty", "random", "missing", "foreign", "too-new"],
)
def test_an_unusable_backup_changes_nothing(
    ctx: AppContext, backed_up: Path, spoil, expected: str
) -> None:
    db = ctx.config.db_path
    ctx.dispose()
    before = db.read_bytes()
    spoil(backed_up)
    with pytest.raises(BackupUnusableError, match=expected) as info:
        restore_backup(backed_up, db, ctx.config.backups_dir)
    assert info.value.code == "backup_unusable"
    assert db.read_bytes() == before
    assert titles(db) == ["Sebelum cadangan", "Sesudah cadangan"]
    assert not list(ctx.config.backups_dir.glob("*pre-restore*"))
    assert leftovers(db.parent) == []


def test_integrity_check_not_only_quick_check_guards_a_restore(
    ctx: AppContext, backed_up: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sosmed_desktop.db import migrate

    seen: list[bool] = []
    real = migrate._inspect_open

    def spy(path: Path, thorough: bool, then: object) -> str | None:
        seen.append(thorough)
        return real(path, thorough, then)

    monkeypatch.setattr(migrate, "_inspect_open", spy)
    assert verify_backup(backed_up) == head_revision()
    assert seen == [True]


def test_a_damaged_database_is_set_aside_never_deleted(ctx: AppContext, backed_up: Path) -> None:
    db = ctx.config.db_path
    ctx.dispose()
    damaged = flip_page_headers(db)
    Path(f"{db}-wal").write_bytes(b"log of the damaged file")
    result = restore_backup(backed_up, db, ctx.config.backups_dir)
    assert result.safety_backup is None
    aside = result.set_aside
    assert aside is not None and aside.parent == db.parent
    assert aside.name.startswith("sosmed-damaged-") and aside.suffix == ".db"
    assert aside.read_bytes() == damaged
    assert Path(f"{aside}-wal").read_bytes() == b"log of the damaged file"
    assert not Path(f"{db}-wal").exists()
    assert titles(db) == ["Sebelum cadangan"]
    assert all(b.reason != "damaged" for b in list_backups(ctx.config.backups_dir))


def test_restore_into_a_folder_without_database(ctx: AppContext, backed_up: Path) -> None:
    ctx.dispose()
    fresh = ctx.config.data_dir.parent / "baru" / "sosmed.db"
    result = restore_backup(backed_up, fresh, fresh.parent / "backups")
    assert (result.safety_backup, result.set_aside) == (None, None)
    assert titles(fresh) == ["Sebelum cadangan"]


def test_an_older_backup_is_upgraded_when_opened(ctx: AppContext, tmp_path: Path) -> None:
    """Restoring the copy made before a migration: the next start migrates it again."""
    from alembic import command

    from sosmed_desktop.db.engine import build_engine
    from sosmed_desktop.db.migrate import alembic_config

    old = tmp_path / "lama.db"
    engine = build_engine(f"sqlite:///{old}")
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    ctx.dispose()
    result = restore_backup(old, ctx.config.db_path, ctx.config.backups_dir)
    assert result.revision == "0001"
    reopened = bootstrap(ctx.config.data_dir)
    try:
        assert reopened.migration_backup is not None
        assert context_titles(reopened) == []
    finally:
        reopened.dispose()


def test_newest_sound_backup_skips_damaged_ones(ctx: AppContext) -> None:
    folder = ctx.config.backups_dir
    assert newest_sound_backup(folder) is None
    older = backup_sqlite(ctx.config.db_path, folder, "manual")
    newer = backup_sqlite(ctx.config.db_path, folder, "manual")
    assert newest_sound_backup(folder).path == newer  # type: ignore[union-attr]
    flip_page_headers(newer)
    assert newest_sound_backup(folder).path == older  # type: ignore[union-attr]
    flip_page_headers(older)
    assert newest_sound_backup(folder) is None
