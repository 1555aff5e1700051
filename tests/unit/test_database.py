"""The database layer: schema, pragmas, refusals that leave files untouched, migrations."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from alembic import command
from sqlalchemy import Engine, create_engine, func, inspect, select, text
from sqlalchemy.exc import DBAPIError, OperationalError, StatementError
from sqlalchemy.orm import sessionmaker

from sosmed_desktop.bootstrap import AppContext, bootstrap
from sosmed_desktop.config import Config
from sosmed_desktop.db import engine as engine_mod
from sosmed_desktop.db import migrate as migrate_mod
from sosmed_desktop.db.engine import build_engine, is_network_path
from sosmed_desktop.db.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    inspect_sqlite_file,
    upgrade,
)
from sosmed_desktop.db.models import AppMeta, AuditEntry, Department, Post, Tag, User
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    DatabaseTooNewError,
    DataDirError,
    DiskFullError,
    ForeignDatabaseError,
    NetworkPathError,
    ValidationError,
)
from sosmed_desktop.services import audit, profile
from sosmed_desktop.services.backup import list_backups, quick_check

WIB = ZoneInfo("Asia/Jakarta")
SQLITE_FILE = "about the SQLite file on disk; a PostgreSQL database lives on its server"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir() if p.is_file()}


# --- fresh database ---------------------------------------------------------------------


@pytest.fixture
def blank_engine(new_data_dir: Callable[..., Path]) -> Iterator[Engine]:
    """An engine on an empty database: in memory on SQLite, a new database on PostgreSQL."""
    url = Config.load(new_data_dir("blank", empty=True)).get("database_url") or "sqlite://"
    engine = build_engine(url)
    yield engine
    engine.dispose()


def test_fresh_bootstrap_creates_schema_at_head(new_data_dir: Callable[..., Path]) -> None:
    ctx = bootstrap(new_data_dir("fresh", empty=True))
    try:
        assert current_revision(ctx.engine) == head_revision()
        tables = set(inspect(ctx.engine).get_table_names())
        expected = {"posts", "media_assets", "audit_log", "platforms", "users", "alembic_version"}
        assert expected <= tables
        assert ctx.migration_backup is None
        assert list_backups(ctx.config.backups_dir) == []
    finally:
        ctx.dispose()


@pytest.mark.sqlite_only(SQLITE_FILE)
def test_fresh_sqlite_file_is_marked_as_ours(ctx: AppContext) -> None:
    assert inspect_sqlite_file(ctx.config.db_path) == head_revision()


@pytest.mark.postgresql_only("the session settings of a PostgreSQL connection")
def test_postgresql_sessions_run_in_utc_and_wait_for_locks(ctx: AppContext) -> None:
    with ctx.engine.connect() as conn:
        assert conn.exec_driver_sql("SHOW timezone").scalar() == "UTC"
        assert conn.exec_driver_sql("SHOW lock_timeout").scalar() == "15s"
        held = conn.exec_driver_sql(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = %(key)s "
            "AND pid = pg_backend_pid()",
            {"key": engine_mod.WRITE_LOCK_KEY},
        ).scalar()
        assert held == 1, "every transaction holds the write lock"


def test_reads_do_not_wait_for_a_writer(ctx: AppContext) -> None:
    """A read-only unit of work reads the last committed state while a writer holds the
    write lock (it would wait out the lock timeout, then fail, if it took the lock too)."""
    with ctx.uow() as uow:
        uow.session.add(Tag(name="banjir"))
        uow.commit()
    with ctx.uow() as writer:
        writer.session.add(Tag(name="kemarau"))
        writer.session.flush()  # the write lock held, the new row not committed
        with ctx.uow(read_only=True) as reader:
            assert reader.session.scalars(select(Tag.name)).all() == ["banjir"]
        writer.commit()
    with ctx.uow(read_only=True) as reader:
        assert sorted(reader.session.scalars(select(Tag.name))) == ["banjir", "kemarau"]
        with pytest.raises(RuntimeError):
            reader.commit()


@pytest.mark.postgresql_only("the server refuses a write in a READ ONLY transaction")
def test_a_read_only_unit_of_work_cannot_write_on_the_server(ctx: AppContext) -> None:
    with ctx.uow(read_only=True) as reader, pytest.raises(DBAPIError, match="read-only"):
        reader.session.add(Tag(name="banjir"))
        reader.session.flush()


@pytest.mark.sqlite_only("SQLite's pragmas")
def test_sqlite_pragmas_in_force(ctx: AppContext) -> None:
    with ctx.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() > 0


def test_foreign_keys_enforced(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        uow.session.add(Post(title="Yatim", author_id=424242))
        with pytest.raises(DBAPIError, match=r"(?i)foreign key"):
            uow.commit()


def test_utc_datetime_roundtrip_is_aware_utc(ctx: AppContext) -> None:
    local = datetime(2026, 8, 17, 7, 30, tzinfo=WIB)
    with ctx.uow() as uow:
        post = Post(title="Upacara HUT RI ke-81 🇮🇩", scheduled_at=local)
        uow.session.add(post)
        uow.commit()
        post_id = post.id
    with ctx.uow() as uow:
        loaded = uow.session.get(Post, post_id)
        assert loaded is not None
        assert loaded.scheduled_at == local
        assert loaded.scheduled_at.utcoffset().total_seconds() == 0
        assert loaded.scheduled_at.tzinfo is UTC
        assert loaded.scheduled_at.hour == 0
        raw = uow.session.execute(
            text("SELECT scheduled_at FROM posts WHERE id = :i"), {"i": post_id}
        ).scalar()
        assert str(raw).startswith("2026-08-17 00:30:00")


def test_naive_datetime_is_refused(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        uow.session.add(Post(title="Naif", scheduled_at=datetime(2026, 8, 17, 7, 30)))
        with pytest.raises(StatementError, match="naive"):
            uow.commit()
    with ctx.uow() as uow:
        assert uow.session.scalars(select(Post)).all() == []


def test_audit_log_is_append_only(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        audit.record(uow, "post", 1, "created", title="Pelayanan publik")
        uow.commit()
    with ctx.engine.connect() as conn:
        with pytest.raises(DBAPIError, match="append-only"):
            conn.execute(text("UPDATE audit_log SET action = 'forged'"))
        conn.rollback()
        with pytest.raises(DBAPIError, match="append-only"):
            conn.execute(text("DELETE FROM audit_log"))
        conn.rollback()
    with ctx.uow() as uow:
        entries = uow.session.scalars(select(AuditEntry)).all()
        assert [(e.action, e.details) for e in entries] == [
            ("created", {"title": "Pelayanan publik"})
        ]


# --- files that must be refused and left exactly as they were ---------------------------


@pytest.mark.sqlite_only(SQLITE_FILE)
def test_random_bytes_are_a_corrupt_database_left_untouched(data_dir: Path) -> None:
    data_dir.mkdir()
    db = data_dir / "sosmed.db"
    db.write_bytes(os.urandom(8192))
    before = sha(db)
    with pytest.raises(CorruptDatabaseError) as info:
        bootstrap(data_dir)
    assert info.value.code == "database_corrupt"
    assert sha(db) == before
    assert files_in(data_dir) == {"sosmed.db"}


@pytest.mark.sqlite_only(SQLITE_FILE)
def test_damaged_sqlite_file_is_corrupt_and_untouched(data_dir: Path) -> None:
    context = bootstrap(data_dir)
    with context.uow() as uow:
        for i in range(300):
            uow.session.add(Tag(name=f"tag-{i}-" + "x" * 60))
        uow.commit()
    context.dispose()
    db = data_dir / "sosmed.db"
    data = bytearray(db.read_bytes())
    page = 4096
    assert len(data) > 4 * page
    data[page : len(data)] = os.urandom(len(data) - page)  # keep only the header page
    db.write_bytes(bytes(data))
    before = sha(db)
    with pytest.raises(CorruptDatabaseError):
        bootstrap(data_dir)
    assert sha(db) == before


@pytest.mark.sqlite_only(SQLITE_FILE)
def test_foreign_sqlite_database_is_refused_untouched(data_dir: Path) -> None:
    data_dir.mkdir()
    db = data_dir / "sosmed.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE pegawai (nip TEXT PRIMARY KEY, nama TEXT)")
    conn.execute("INSERT INTO pegawai VALUES ('19800101', 'Siti')")
    conn.commit()
    conn.close()
    before = sha(db)
    with pytest.raises(ForeignDatabaseError):
        bootstrap(data_dir)
    assert sha(db) == before
    assert not (data_dir / "sosmed.db-wal").exists()
    assert files_in(data_dir) == {"sosmed.db"}
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


@pytest.mark.sqlite_only(SQLITE_FILE)
def test_database_from_newer_version_is_refused_untouched(data_dir: Path) -> None:
    bootstrap(data_dir).dispose()
    db = data_dir / "sosmed.db"
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = sha(db)
    with pytest.raises(DatabaseTooNewError) as info:
        bootstrap(data_dir)
    assert info.value.params["revision"] == "9999"
    assert sha(db) == before
    assert list_backups(data_dir / "backups") == []


def test_upgrade_refuses_a_foreign_database(blank_engine: Engine) -> None:
    with blank_engine.begin() as conn:
        conn.execute(text("CREATE TABLE other (id INTEGER)"))
    with pytest.raises(ForeignDatabaseError):
        upgrade(blank_engine)
    assert set(inspect(blank_engine).get_table_names()) == {"other"}


def test_upgrade_refuses_a_database_from_a_newer_version(blank_engine: Engine) -> None:
    upgrade(blank_engine)
    with blank_engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(DatabaseTooNewError):
        upgrade(blank_engine)
    assert current_revision(blank_engine) == "9999"


# --- migrations and the pre-migration backup ------------------------------------------


def test_fresh_create_does_not_call_backup_hook(blank_engine: Engine) -> None:
    calls: list[str] = []
    assert upgrade(blank_engine, before_upgrade=lambda: calls.append("backup")) is True
    assert calls == []
    assert current_revision(blank_engine) == head_revision()
    assert upgrade(blank_engine, before_upgrade=lambda: calls.append("backup")) is False
    assert calls == []


def test_database_downgraded_to_base_is_recreated_without_backup(ctx: AppContext) -> None:
    cfg = alembic_config()
    with ctx.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert current_revision(ctx.engine) is None
    assert inspect_sqlite_file(ctx.config.db_path) is None
    calls: list[str] = []
    assert upgrade(ctx.engine, before_upgrade=lambda: calls.append("backup")) is True
    assert calls == []
    assert current_revision(ctx.engine) == head_revision()


def test_hook_runs_when_existing_schema_is_behind(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(migrate_mod, "head_revision", lambda: "9999")
    calls: list[str] = []
    upgrade(ctx.engine, before_upgrade=lambda: calls.append("backup"))
    assert calls == ["backup"]


def test_failing_backup_hook_stops_the_migration(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(migrate_mod, "head_revision", lambda: "9999")
    ran: list[str] = []
    monkeypatch.setattr(command, "upgrade", lambda *a, **k: ran.append("upgrade"))

    def broken_backup() -> None:
        raise OSError("backup disk gone")

    with pytest.raises(OSError, match="backup disk gone"):
        upgrade(ctx.engine, before_upgrade=broken_backup)
    assert ran == []


EXTRA_REVISION = '''"""test-only revision adding one table"""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("extra_test", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("extra_test")
'''


@pytest.fixture
def newer_migrations(tmp_path: Path) -> Iterator[Path]:
    """A copy of the migrations folder with one more revision (9999) on top of the head."""
    target = tmp_path / "migrations"
    shutil.copytree(
        migrate_mod.MIGRATIONS_DIR, target, ignore=shutil.ignore_patterns("__pycache__")
    )
    text = EXTRA_REVISION.replace("{head}", head_revision())
    (target / "versions" / "9999_extra_test.py").write_text(text, encoding="utf-8")
    yield target


@pytest.mark.sqlite_only("the backup before a migration copies the SQLite file")
def test_upgrade_of_existing_database_makes_a_backup_first(
    data_dir: Path, newer_migrations: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped_head = head_revision()
    first = bootstrap(data_dir)
    with first.uow() as uow:
        profile.save_profile(
            uow, profile.Profile(officer_name="Rina", department_name="Dinas Kominfo")
        )
    first.dispose()

    shipped_head = head_revision()
    monkeypatch.setattr(migrate_mod, "MIGRATIONS_DIR", newer_migrations)
    steps: list[str] = []
    second = bootstrap(data_dir, on_progress=steps.append)
    try:
        assert "backup" in steps
        assert current_revision(second.engine) == "9999"
        assert "extra_test" in inspect(second.engine).get_table_names()
        backup = second.migration_backup
        assert backup is not None and backup.is_file()
        assert [b.path for b in list_backups(second.config.backups_dir)] == [backup]
        assert "pre-migration" in backup.name
        assert quick_check(backup) == []
        conn = sqlite3.connect(backup)
        try:
            version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            assert version == (shipped_head,)
            assert conn.execute("SELECT name FROM users").fetchall() == [("Rina",)]
        finally:
            conn.close()
        assert second.user_name == "Rina"
    finally:
        second.dispose()

    third = bootstrap(data_dir)
    try:
        assert third.migration_backup is None
        assert len(list_backups(third.config.backups_dir)) == 1
    finally:
        third.dispose()


@pytest.mark.postgresql_only("a team database is backed up on its server, not by the app")
def test_upgrade_of_a_postgresql_database_keeps_the_data_and_writes_no_file(
    data_dir: Path, newer_migrations: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = bootstrap(data_dir)
    with first.uow() as uow:
        profile.save_profile(
            uow, profile.Profile(officer_name="Rina", department_name="Dinas Kominfo")
        )
    first.dispose()
    monkeypatch.setattr(migrate_mod, "MIGRATIONS_DIR", newer_migrations)
    steps: list[str] = []
    second = bootstrap(data_dir, on_progress=steps.append)
    try:
        assert steps == ["migrate"]
        assert current_revision(second.engine) == "9999"
        assert "extra_test" in inspect(second.engine).get_table_names()
        assert second.migration_backup is None
        assert files_in(data_dir / "backups") == set()
        assert second.user_name == ""  # the shared app_meta names nobody: people sign in
    finally:
        second.dispose()


def test_second_bootstrap_of_current_database_makes_no_backup(data_dir: Path) -> None:
    bootstrap(data_dir).dispose()
    again = bootstrap(data_dir)
    try:
        assert again.migration_backup is None
        assert files_in(data_dir / "backups") == set()
    finally:
        again.dispose()


# --- network drives ---------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["\\\\server\\share\\x", "//server/share", "//nas/humas/sosmed.db"])
def test_unc_paths_are_network_paths(raw: str) -> None:
    assert is_network_path(Path(raw))


def test_local_path_is_not_network(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_mod, "_mount_fs_type", lambda _p: "ext4")
    assert not is_network_path(tmp_path / "sosmed.db")


@pytest.mark.parametrize("fs_type", ["nfs", "nfs4", "cifs", "smb3"])
def test_network_mount_is_detected_and_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fs_type: str
) -> None:
    monkeypatch.setattr(engine_mod, "_mount_fs_type", lambda _p: fs_type)
    db = tmp_path / "sosmed.db"
    assert is_network_path(db)
    with pytest.raises(NetworkPathError) as info:
        build_engine(f"sqlite:///{db.as_posix()}")
    assert info.value.code == "network_path"
    assert not db.exists()


def test_unc_database_url_is_refused() -> None:
    with pytest.raises(NetworkPathError):
        build_engine("sqlite://///server/share/sosmed.db")


@pytest.mark.sqlite_only("a SQLite file on a network drive is refused; a server is meant for that")
def test_bootstrap_on_network_mount_refuses_and_creates_no_database(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_mod, "_mount_fs_type", lambda _p: "cifs")
    with pytest.raises(NetworkPathError):
        bootstrap(data_dir)
    assert not (data_dir / "sosmed.db").exists()


def test_mount_table_parsing_picks_longest_mount(monkeypatch: pytest.MonkeyPatch) -> None:
    mounts = (
        "/dev/sda1 / ext4 rw 0 0\n"
        "server:/export /mnt/kantor nfs4 rw 0 0\n"
        "//nas/humas /mnt/kantor/data\\040humas cifs rw 0 0\n"
        "tmpfs /mnt/kantor/cache tmpfs rw 0 0\n"
        "garbage\n"
    )
    original = Path.read_text

    def fake_read_text(self: Path, *args: object, **kwargs: object) -> str:
        if str(self) == "/proc/mounts":
            return mounts
        return original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_text", fake_read_text)
    fs = engine_mod._mount_fs_type
    assert fs(Path("/home/rina/data")) == "ext4"
    assert fs(Path("/mnt/kantor/x.db")) == "nfs4"
    assert fs(Path("/mnt/kantor")) == "nfs4"
    assert fs(Path("/mnt/kantorlain/x.db")) == "ext4"
    assert fs(Path("/mnt/kantor/data humas/sosmed.db")) == "cifs"
    assert fs(Path("/mnt/kantor/cache/t.png")) == "tmpfs"


# --- locks ----------------------------------------------------------------------------


@pytest.fixture
def quick_lock_ctx(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    """A context whose connections give up on a lock after 0.2 s."""
    monkeypatch.setattr(engine_mod, "BUSY_TIMEOUT_MS", 200)
    context = bootstrap(data_dir)
    yield context
    context.dispose()


class OtherProgram:
    """Another program (or PC) holding the database's write lock until `release`."""

    def __init__(self, ctx: AppContext) -> None:
        self._sqlite: sqlite3.Connection | None = None
        self._engine: Engine | None = None
        if ctx.is_sqlite:
            self._sqlite = sqlite3.connect(ctx.config.db_path, isolation_level=None)
            self._sqlite.execute("BEGIN EXCLUSIVE")
        else:  # what every unit of work of another PC takes first (db/engine.py)
            self._engine = create_engine(ctx.engine.url)
            self._conn = self._engine.connect()
            self._conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({engine_mod.WRITE_LOCK_KEY})")

    def release(self) -> None:
        if self._sqlite is not None:
            if self._sqlite.in_transaction:
                self._sqlite.execute("ROLLBACK")
        else:
            self._conn.rollback()

    def close(self) -> None:
        self.release()
        if self._sqlite is not None:
            self._sqlite.close()
        else:
            self._conn.close()
            assert self._engine is not None
            self._engine.dispose()


@pytest.fixture
def exclusive_lock(quick_lock_ctx: AppContext) -> Iterator[OtherProgram]:
    """Another program holding the write lock on the database."""
    other = OtherProgram(quick_lock_ctx)
    yield other
    other.close()


def test_locked_database_surfaces_as_domain_error_on_commit(
    quick_lock_ctx: AppContext, exclusive_lock: OtherProgram
) -> None:
    with quick_lock_ctx.uow() as uow:
        uow.session.add(Tag(name="banjir"))
        with pytest.raises(DatabaseLockedError) as info:
            uow.commit()
    assert info.value.code == "database_locked"
    exclusive_lock.release()
    with quick_lock_ctx.uow() as uow:
        uow.session.add(Tag(name="banjir"))
        uow.commit()
    with quick_lock_ctx.uow() as uow:
        assert uow.session.scalars(select(Tag.name)).all() == ["banjir"]


def test_locked_database_during_flush_is_a_domain_error(
    quick_lock_ctx: AppContext, exclusive_lock: OtherProgram
) -> None:
    """Services flush before commit (to get ids); a lock there must not escape raw."""
    with (
        pytest.raises(DatabaseLockedError),
        quick_lock_ctx.uow() as uow,
    ):
        profile.save_profile(
            uow, profile.Profile(officer_name="Rina", department_name="Dinas Kominfo")
        )
    exclusive_lock.release()
    with quick_lock_ctx.uow() as uow:
        assert uow.session.scalars(select(User)).all() == []


class _FakeSession:
    def __init__(self, error: Exception) -> None:
        self.error = error
        self.rolled_back = 0

    def commit(self) -> None:
        raise self.error

    def rollback(self) -> None:
        self.rolled_back += 1

    def close(self) -> None:
        pass


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("database is locked", DatabaseLockedError),
        ("database table is locked", DatabaseLockedError),
        ("database is busy", DatabaseLockedError),
        ("database or disk is full", DiskFullError),
        ("disk I/O error", DataDirError),
        ("attempt to write a readonly database", DataDirError),
        ("database disk image is malformed", CorruptDatabaseError),
        ("no such table: posts", OperationalError),
    ],
)
def test_commit_maps_storage_errors(message: str, expected: type[Exception]) -> None:
    session = _FakeSession(OperationalError("COMMIT", {}, sqlite3.OperationalError(message)))
    uow = UnitOfWork(sessionmaker())
    uow.session = session  # type: ignore[assignment]
    with pytest.raises(expected):
        uow.commit()
    assert session.rolled_back == 1


def test_other_errors_leave_the_unit_of_work_unchanged(ctx: AppContext) -> None:
    with pytest.raises(KeyError), ctx.uow() as uow:
        uow.session.add(Tag(name="tidak-tersimpan"))
        uow.session.flush()
        raise KeyError("boom")
    with ctx.uow() as uow:
        assert uow.session.scalars(select(Tag)).all() == []


def test_leaving_without_commit_rolls_back(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        uow.session.add(Tag(name="lupa-commit"))
        uow.session.flush()
    with ctx.uow() as uow:
        assert uow.session.scalars(select(Tag)).all() == []


# --- the officer's profile --------------------------------------------------------------

FULL_PROFILE = profile.Profile(
    officer_name="  Ni Luh Putu Ayu Ségara 🌺 ",
    officer_position="Pranata Humas Ahli Pertama",
    department_name="Dinas Komunikasi dan Informatika",
    department_short="Diskominfo",
    regency="Kabupaten Gianyar",
    head_name="I Made Wiryawan, S.Kom., M.Si.",
    head_position="Kepala Dinas",
)


def test_profile_roundtrip_with_indonesian_text_and_emoji(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        assert profile.get_profile(uow) == profile.Profile()
        assert not profile.get_profile(uow).complete
        profile.save_profile(uow, FULL_PROFILE)
    with ctx.uow() as uow:
        saved = profile.get_profile(uow)
        history = [(e.action, e.user_name) for e in uow.session.scalars(select(AuditEntry))]
    assert saved.officer_name == "Ni Luh Putu Ayu Ségara 🌺"
    assert saved.head_name == "I Made Wiryawan, S.Kom., M.Si."
    assert saved.department_short == "Diskominfo"
    assert saved.regency == "Kabupaten Gianyar"
    assert saved.complete
    assert history == [("profile_saved", "Ni Luh Putu Ayu Ségara 🌺")]


def test_profile_survives_restart_and_names_the_user(data_dir: Path) -> None:
    first = bootstrap(data_dir)
    with first.uow() as uow:
        profile.save_profile(uow, FULL_PROFILE)
    first.dispose()
    again = bootstrap(data_dir)
    try:
        # On a team database (shared app_meta) the person signs in instead.
        assert again.user_name == ("Ni Luh Putu Ayu Ségara 🌺" if again.is_sqlite else "")
        with again.uow() as uow:
            assert profile.get_profile(uow).department_name == FULL_PROFILE.department_name
    finally:
        again.dispose()


def test_saving_returns_the_name_as_stored_for_the_window_to_sign_with(ctx: AppContext) -> None:
    """The window sets its context's user name from this (on its own thread)."""
    typed = dataclasses.replace(FULL_PROFILE, officer_name="  Ayu Ségara 🌺 \t")
    with ctx.uow() as uow:
        name = profile.save_profile(uow, typed)
    with ctx.uow() as uow:
        assert name == profile.current_user_name(uow) == "Ayu Ségara 🌺"


def test_saving_again_updates_instead_of_duplicating(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        profile.save_profile(uow, FULL_PROFILE)
    changed = profile.Profile(officer_name="Ayu", department_name="Dinas Pariwisata")
    with ctx.uow() as uow:
        profile.save_profile(uow, changed)
    with ctx.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(User)) == 1
        assert uow.session.scalar(select(func.count()).select_from(Department)) == 1
        saved = profile.get_profile(uow)
    assert (saved.officer_name, saved.department_name, saved.regency) == (
        "Ayu",
        "Dinas Pariwisata",
        "",
    )


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        (profile.Profile(officer_name="", department_name="Diskominfo"), "profile_name_required"),
        (profile.Profile(officer_name=" \t ", department_name="Dinas"), "profile_name_required"),
        (profile.Profile(officer_name="Rina", department_name="  "), "profile_department_required"),
    ],
)
def test_incomplete_profile_is_refused_and_nothing_written(
    ctx: AppContext, typed: profile.Profile, code: str
) -> None:
    def counts() -> dict[type, int]:
        with ctx.uow() as uow:
            models = (User, Department, AppMeta, AuditEntry)
            return {m: uow.session.scalar(select(func.count()).select_from(m)) for m in models}

    before = counts()
    assert before[User] == before[Department] == before[AuditEntry] == 0
    with ctx.uow() as uow, pytest.raises(ValidationError) as info:
        profile.save_profile(uow, typed)
    assert info.value.code == code
    assert counts() == before


def test_text_longer_than_its_column_is_refused_on_every_engine(ctx: AppContext) -> None:
    """SQLite would store it and PostgreSQL fail with a raw error; both refuse it cleanly."""
    too_long = profile.Profile(officer_name="R" * 121, department_name="Dinas Kominfo")
    models = (User, Department, AppMeta, AuditEntry)

    def counts() -> list[int]:
        with ctx.uow() as uow:
            return [uow.session.scalar(select(func.count()).select_from(m)) for m in models]

    before = counts()
    with ctx.uow() as uow, pytest.raises(ValidationError) as info:
        profile.save_profile(uow, too_long)
    assert info.value.code == "text_too_long"
    assert (info.value.params["field"], info.value.params["limit"]) == ("users.name", 120)
    assert counts() == before  # nothing written
    longest = profile.Profile(**{name: "x" * limit for name, limit in profile.LIMITS.items()})
    with ctx.uow() as uow:
        profile.save_profile(uow, longest)
    with ctx.uow() as uow:
        assert profile.get_profile(uow) == longest


def test_incomplete_profile_does_not_change_saved_one(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        profile.save_profile(uow, FULL_PROFILE)
    with ctx.uow() as uow, pytest.raises(ValidationError):
        profile.save_profile(uow, profile.Profile(officer_name="", department_name="X"))
    with ctx.uow() as uow:
        assert profile.get_profile(uow).officer_name == "Ni Luh Putu Ayu Ségara 🌺"


# --- leftovers of a crash and half-made files ------------------------------------------


@pytest.mark.sqlite_only(SQLITE_FILE)
def test_empty_database_file_is_treated_as_new(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "sosmed.db").write_bytes(b"")
    context = bootstrap(data_dir)
    try:
        assert current_revision(context.engine) == head_revision()
        assert context.migration_backup is None
    finally:
        context.dispose()


@pytest.mark.sqlite_only(SQLITE_FILE)
@pytest.mark.parametrize(
    "content",
    [
        b"SQLite format 3\x00" + b"\x00" * 84,
        b"SQLite format 3\x00" + b"\xff" * 200,
        b"SQLite format",
    ],
    ids=["header-only", "bad-header", "short"],
)
def test_truncated_or_mangled_header_is_corrupt(data_dir: Path, content: bytes) -> None:
    data_dir.mkdir()
    db = data_dir / "sosmed.db"
    db.write_bytes(content)
    with pytest.raises(CorruptDatabaseError):
        bootstrap(data_dir)
    assert db.read_bytes() == content


@pytest.mark.sqlite_only(SQLITE_FILE)
def test_commits_left_in_wal_after_a_crash_survive_upgrade_and_backup(
    data_dir: Path, tmp_path: Path, newer_migrations: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bootstrap(data_dir).dispose()
    live = sqlite3.connect(data_dir / "sosmed.db")
    live.execute("PRAGMA wal_autocheckpoint=0")
    live.execute("INSERT INTO tags (name) VALUES ('hanya-di-wal')")
    live.commit()
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in ("sosmed.db", "sosmed.db-wal"):  # the files a power cut leaves behind
        shutil.copy2(data_dir / name, crashed / name)
    live.close()

    monkeypatch.setattr(migrate_mod, "MIGRATIONS_DIR", newer_migrations)
    context = bootstrap(crashed)
    try:
        with context.uow() as uow:
            assert uow.session.scalars(select(Tag.name)).all() == ["hanya-di-wal"]
        backup = context.migration_backup
        assert backup is not None
        conn = sqlite3.connect(backup)
        try:
            assert conn.execute("SELECT name FROM tags").fetchall() == [("hanya-di-wal",)]
        finally:
            conn.close()
    finally:
        context.dispose()


def test_light_revision_scan_agrees_with_alembic() -> None:
    """The start-up scan of the migration files finds what Alembic itself finds."""
    from alembic.script import ScriptDirectory

    from sosmed_desktop.db.migrate import known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {rev.revision for rev in script.walk_revisions()}


def test_an_interrupted_first_migration_leaves_no_tables(
    new_data_dir: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """DDL runs in one transaction: a failure half-way leaves an empty, usable database."""
    from alembic.operations import Operations

    data_dir = new_data_dir("data", empty=True)
    real_create_table = Operations.create_table
    calls = {"n": 0}

    def failing_create_table(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 5:
            raise OSError("power cut")
        return real_create_table(self, *args, **kwargs)

    monkeypatch.setattr(Operations, "create_table", failing_create_table)
    with pytest.raises(OSError, match="power cut"):
        bootstrap(data_dir)
    engine = build_engine(Config.load(data_dir).database_url)
    try:
        assert inspect(engine).get_table_names() == []
    finally:
        engine.dispose()
    monkeypatch.undo()
    ctx = bootstrap(data_dir)
    assert current_revision(ctx.engine) == head_revision()
    ctx.dispose()


REBUILD_REVISION = '''"""test revision that rebuilds tables with children (as SQLite ALTERs do)"""
import sqlalchemy as sa
from alembic import op

revision = "9998"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("programs", recreate="always") as batch:
        batch.add_column(sa.Column("extra_flag", sa.Boolean(), server_default=sa.false()))
    with op.batch_alter_table("media_assets", recreate="always") as batch:
        batch.add_column(sa.Column("extra_note", sa.Text(), server_default=""))


def downgrade() -> None:
    pass
'''

CHILD_TABLES = (
    "posts",
    "post_variants",
    "variant_media",
    "approvals",
    "post_tags",
    "post_data_notes",
    "direction_posts",
    "media_assets",
)


def _counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in CHILD_TABLES}
        with_program = "SELECT count(*) FROM posts WHERE program_id IS NOT NULL"
        counts["posts with a program"] = conn.execute(with_program).fetchone()[0]
        return counts
    finally:
        conn.close()


@pytest.mark.sqlite_only("SQLite rebuilds a table to alter it; PostgreSQL alters in place")
def test_a_migration_that_rebuilds_tables_keeps_every_child_row(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite table rebuilds must not cascade-delete (or null) the rows that refer to them."""
    from sosmed_desktop.demo.seed import seed_demo

    first = bootstrap(data_dir)
    seed_demo(first)
    first.dispose()
    before = _counts(data_dir / "sosmed.db")
    assert all(before.values()), before

    target = tmp_path / "rebuild-migrations"
    shutil.copytree(
        migrate_mod.MIGRATIONS_DIR, target, ignore=shutil.ignore_patterns("__pycache__")
    )
    text = REBUILD_REVISION.replace("{head}", head_revision())
    (target / "versions" / "9998_rebuild_test.py").write_text(text, encoding="utf-8")
    monkeypatch.setattr(migrate_mod, "MIGRATIONS_DIR", target)
    second = bootstrap(data_dir)
    try:
        assert current_revision(second.engine) == "9998"
        with second.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        second.dispose()
    assert _counts(data_dir / "sosmed.db") == before


def test_inspecting_a_cut_off_wal_database_leaves_no_files(tmp_path: Path) -> None:
    """Found by the fuzz test: a header claiming WAL mode, then nothing, left a -shm behind."""
    db = tmp_path / "sosmed.db"
    db.write_bytes(b"SQLite format 3\x00\x10\x00\x02\x02")
    with pytest.raises(CorruptDatabaseError):
        inspect_sqlite_file(db)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sosmed.db"]


def test_inspecting_a_schema_with_damaged_text_is_a_clear_error(tmp_path: Path) -> None:
    """Found by the fuzz test: SQLite's error message quoted a table name that is not UTF-8,
    and Python's sqlite3 raised UnicodeDecodeError instead of a database error."""
    db = tmp_path / "sosmed.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE zzzz(x)")
    conn.close()
    damaged = db.read_bytes().replace(b"CREATE TABLE zzzz(x)", b"CREATE TABLX zzzz(x)")
    db.write_bytes(damaged.replace(b"zzzz", b"z\x80zz"))
    with pytest.raises(CorruptDatabaseError):
        inspect_sqlite_file(db)
