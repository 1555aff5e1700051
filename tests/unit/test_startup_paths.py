"""What every start does, made cheaper without doing less: the file check started early,
the platform sync skipped when nothing changed, no ORM work before the calendar's month."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from sosmed_desktop import bootstrap as bootstrap_mod
from sosmed_desktop.bootstrap import AppContext, bootstrap
from sosmed_desktop.config import Config, load_config
from sosmed_desktop.db import migrate as migrate_mod
from sosmed_desktop.db.migrate import FileCheck, head_revision, start_file_check
from sosmed_desktop.db.models import AppMeta, Platform
from sosmed_desktop.domain.platforms import load_spec_file, parse_spec
from sosmed_desktop.errors import CorruptDatabaseError, DatabaseTooNewError
from sosmed_desktop.services import platforms, profile

ROOT = Path(__file__).resolve().parents[2]
SQLITE_FILE_CHECK = "the early check reads the SQLite file; a server is checked by connecting"


# --- the database file's check, started before the window is built ---------------------


@pytest.mark.sqlite_only(SQLITE_FILE_CHECK)
def test_file_check_gives_the_revision_and_bootstrap_uses_it(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bootstrap(data_dir).dispose()
    config, _log = load_config(data_dir)
    check = start_file_check(config)
    assert check is not None and check.path == config.db_path
    assert check.result() == head_revision()

    def inspected_again(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("bootstrap inspected the file although it was checked")

    monkeypatch.setattr(bootstrap_mod, "inspect_sqlite_file", inspected_again)
    context = bootstrap(data_dir, config=config, file_check=check)
    context.dispose()


@pytest.mark.sqlite_only(SQLITE_FILE_CHECK)
def test_file_check_of_a_damaged_file_raises_in_the_collecting_thread(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    db = data_dir / "sosmed.db"
    content = b"this is not a database at all" * 100
    db.write_bytes(content)
    config, _log = load_config(data_dir)
    check = start_file_check(config)
    assert check is not None
    with pytest.raises(CorruptDatabaseError):
        bootstrap(data_dir, config=config, file_check=check)
    assert db.read_bytes() == content
    assert not Path(f"{db}-wal").exists()


@pytest.mark.sqlite_only(SQLITE_FILE_CHECK)
def test_file_check_refuses_a_newer_database_when_collected(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx.dispose()
    check = FileCheck(ctx.config.db_path)
    monkeypatch.setattr(migrate_mod, "known_revisions", lambda: {"0001"})
    with pytest.raises(DatabaseTooNewError):
        check.result()


@pytest.mark.sqlite_only(SQLITE_FILE_CHECK)
def test_no_early_check_for_a_configured_database_url(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    config = Config.load(data_dir)
    config.set("database_url", "postgresql+psycopg://officer@server/sosmed")
    assert start_file_check(config) is None


def test_a_check_of_another_file_is_not_taken_for_this_one(data_dir: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "other" / "sosmed.db"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(b"not a database" * 100)
    context = bootstrap(data_dir, file_check=FileCheck(elsewhere))  # checks its own file
    context.dispose()


def test_revision_graph_is_read_again_when_a_file_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    versions = tmp_path / "migrations" / "versions"
    versions.mkdir(parents=True)
    (versions / "0001_a.py").write_text('revision = "0001"\ndown_revision = None\n')
    (versions / "0002_b.py").write_text('revision = "0002"\ndown_revision = "0001"\n')
    monkeypatch.setattr(migrate_mod, "MIGRATIONS_DIR", tmp_path / "migrations")
    assert head_revision() == "0002"
    assert head_revision() == "0002"  # kept
    (versions / "0002_b.py").write_text('revision = "0003"\ndown_revision = "0001"\n')
    assert head_revision() == "0003"


# --- the platform table, synchronised only when the specs changed -----------------------


def test_platforms_are_synchronised_once_and_then_only_when_the_specs_change(
    ctx: AppContext,
) -> None:
    bundled = load_spec_file()
    with ctx.uow() as uow:
        assert platforms.synced_fingerprint(uow) == platforms.specs_fingerprint(bundled)
        assert not platforms.sync_platforms_if_changed(uow, bundled)
    fewer = parse_spec(
        {
            "format": 1,
            "platforms": [
                {
                    "code": "instagram",
                    "name": "Instagram",
                    "checked_on": "2026-11-01",
                    "caption_limit": 2000,
                    "presets": [{"key": "ig", "label": "1:1", "width": 1080, "height": 1080}],
                }
            ],
        }
    )
    with ctx.uow() as uow:
        assert platforms.sync_platforms_if_changed(uow, fewer)
    with ctx.uow() as uow:
        assert [p.code for p in platforms.list_platforms(uow)] == ["instagram"]
        assert platforms.synced_fingerprint(uow) == platforms.specs_fingerprint(fewer)


def test_a_direct_sync_is_recorded_so_the_next_start_restores_the_file(
    ctx: AppContext,
) -> None:
    """The fingerprint always names what the table holds, whoever synchronised it."""
    fewer = tuple(s for s in load_spec_file() if s.code == "x")
    with ctx.uow() as uow:
        platforms.sync_platforms(uow, fewer)
    ctx.dispose()
    again = bootstrap(ctx.config.data_dir)
    try:
        with again.uow() as uow:
            codes = [p.code for p in platforms.list_platforms(uow)]
        assert codes == [s.code for s in load_spec_file()]
    finally:
        again.dispose()


def test_a_changed_row_layout_changes_the_fingerprint(monkeypatch: pytest.MonkeyPatch) -> None:
    specs = load_spec_file()
    before = platforms.specs_fingerprint(specs)
    original = platforms._row_values

    def with_a_new_column(spec, position):  # a later version writes one more column
        return {**original(spec, position), "new_column": 1}

    monkeypatch.setattr(platforms, "_row_values", with_a_new_column)
    assert platforms.specs_fingerprint(specs) != before


def test_a_database_without_a_fingerprint_is_synchronised(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        uow.session.execute(
            AppMeta.__table__.delete().where(AppMeta.key == platforms.FINGERPRINT_KEY)
        )
        uow.session.execute(Platform.__table__.update().values(caption_limit=1))
        uow.commit()
    ctx.dispose()
    again = bootstrap(ctx.config.data_dir)
    try:
        with again.uow() as uow:
            limits = set(uow.session.scalars(select(Platform.caption_limit)))
        assert limits != {1}
    finally:
        again.dispose()


# --- who works here, read without the ORM ------------------------------------------------


def test_current_user_name(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        assert profile.current_user_name(uow) == ""
    with ctx.uow() as uow:
        profile.save_profile(uow, profile.Profile(officer_name="Rina", department_name="Dinas"))
    with ctx.uow() as uow:
        assert profile.current_user_name(uow) == "Rina"
    ctx.dispose()
    again = bootstrap(ctx.config.data_dir)
    # A team database's app_meta is shared by every PC: there the person signs in.
    assert again.user_name == ("Rina" if again.is_sqlite else "")
    again.dispose()


def test_a_start_runs_no_orm_query_before_the_month(data_dir: Path) -> None:
    """The first ORM query configures every mapper (tens of milliseconds): an ordinary
    start (database at head, platforms in step) and the month's posts need none."""
    bootstrap(data_dir).dispose()
    probe = (
        "import sys; from pathlib import Path; from datetime import datetime, UTC\n"
        "from sqlalchemy import inspect\n"
        "from sosmed_desktop.bootstrap import bootstrap\n"
        "from sosmed_desktop.db.models import Post\n"
        "from sosmed_desktop.services.calendar.calendar import posts_between\n"
        "ctx = bootstrap(Path(sys.argv[1]))\n"
        "start, end = datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC)\n"
        "with ctx.uow() as uow:\n"
        "    posts_between(uow, start, end)\n"
        "print(inspect(Post).configured)\n"
        "ctx.dispose()\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, str(data_dir)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert out.stdout.strip() == "False", out.stderr


def test_revision_is_found_after_a_docstring_that_looks_like_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    versions = tmp_path / "migrations" / "versions"
    versions.mkdir(parents=True)
    (versions / "0001_a.py").write_text(
        '"""A note that quotes code:\ndef upgrade():\n    pass\n"""\n'
        'revision = "0001"\ndown_revision = None\n\n\ndef upgrade() -> None:\n    pass\n'
    )
    (versions / "0002_b.py").write_text(
        'def helper():\n    return 1\n\n\nrevision = "0002"\ndown_revision = "0001"\n'
    )
    monkeypatch.setattr(migrate_mod, "MIGRATIONS_DIR", tmp_path / "migrations")
    assert migrate_mod.revision_graph() == {"0001": None, "0002": "0001"}
