"""The headless commands, run in-process: arguments, exit codes and what they print."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from sosmed_desktop import cli as cli_mod
from sosmed_desktop.bootstrap import AppContext, bootstrap
from sosmed_desktop.cli import data_dir_of, parse
from sosmed_desktop.config import ENV_DATA_DIR
from sosmed_desktop.db.models import MediaAsset
from sosmed_desktop.services.backup import backup_sqlite, list_backups, quick_check
from sosmed_desktop.services.media.media import import_file
from sosmed_desktop.wording import EnglishWords, count
from tests.unit.commands import drop_app_log_handlers, run  # noqa: F401


def _error_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.strip()]


# --- argument parsing -----------------------------------------------------------------


@pytest.mark.parametrize("command", ["check", "backup", "seed-demo"])
def test_data_dir_before_or_after_the_sub_command(tmp_path: Path, command: str) -> None:
    before = parse(["--data-dir", str(tmp_path / "a"), command])
    after = parse([command, "--data-dir", str(tmp_path / "b")])
    assert before.command == after.command == command
    assert before.data_dir == str(tmp_path / "a")
    assert after.data_dir == str(tmp_path / "b")
    assert data_dir_of(before) == tmp_path / "a"
    assert data_dir_of(after) == tmp_path / "b"
    both = parse(["--data-dir", str(tmp_path / "a"), command, "--data-dir", str(tmp_path / "b")])
    assert data_dir_of(both) == tmp_path / "b"


def test_no_sub_command_means_gui(tmp_path: Path) -> None:
    args = parse(["--data-dir", str(tmp_path)])
    assert args.command is None
    assert getattr(args, "handler", None) is None
    assert data_dir_of(args) == tmp_path


def test_env_var_used_without_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "env"))
    assert data_dir_of(parse(["check"])) == tmp_path / "env"
    assert data_dir_of(parse(["check", "--data-dir", str(tmp_path / "opt")])) == tmp_path / "opt"


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        parse(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for command in ("check", "backup", "seed-demo", "--data-dir"):
        assert command in out


def test_unknown_command_exits_non_zero(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        parse(["frobnicate"])
    assert info.value.code != 0
    assert "frobnicate" in capsys.readouterr().err


# --- check ----------------------------------------------------------------------------


def test_check_never_creates_a_data_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "mistyped"
    assert run("check", "--data-dir", str(data)) == 1
    assert "does not exist" in capsys.readouterr().err
    assert not data.exists()
    data.mkdir()
    assert run("check", "--data-dir", str(data)) == 1
    assert "no Sosmed Desktop database" in capsys.readouterr().err
    assert list(data.iterdir()) == [], "nothing is created in the folder"


def test_check_on_a_fresh_database_passes(
    ctx: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("check", "--data-dir", str(ctx.config.data_dir)) == 0
    out, err = capsys.readouterr()
    assert "Check passed." in out
    assert "[FAIL]" not in out
    assert "error" not in err


@pytest.mark.sqlite_only(
    "the team database keeps the original; a file missing here is fetched again"
)
def test_check_with_missing_media_fails(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = data_dir
    photo = tmp_path / "foto.jpg"
    Image.new("RGB", (32, 32), (0, 120, 200)).save(photo, "JPEG")
    ctx = bootstrap(data)
    with ctx.uow() as uow:
        media_id = import_file(ctx.config, uow, photo).media_id
    with ctx.uow() as uow:
        asset = uow.session.get(MediaAsset, media_id)
        assert asset is not None
        stored = ctx.config.media_dir / asset.stored_name
    ctx.dispose()
    stored.unlink()
    assert run("--data-dir", str(data), "check") == 1
    out = capsys.readouterr().out
    assert "[FAIL]" in out
    assert "foto.jpg" in out
    assert "Check found problems." in out


# --- backup ---------------------------------------------------------------------------


@pytest.mark.sqlite_only("copies the SQLite file; a PostgreSQL server is backed up with pg_dump")
def test_backup_writes_a_verified_file(ctx: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    data = ctx.config.data_dir
    assert run("backup", "--data-dir", str(data)) == 0
    out = capsys.readouterr().out
    backups = list_backups(data / "backups")
    assert len(backups) == 1
    assert str(backups[0].path) in out
    assert "quick_check ok" in out
    assert quick_check(backups[0].path) == []


@pytest.mark.postgresql_only("what a team database answers")
def test_backup_and_restore_of_a_team_database_point_to_the_server_tools(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(ctx.config.data_dir)
    assert run("backup", "--data-dir", data) == 1
    out, err = capsys.readouterr()
    (line,) = _error_lines(err)
    assert out == "" and line.startswith("error: ") and "made on the server (pg_dump)" in line
    assert run("restore", str(tmp_path / "x.db"), "--data-dir", data) == 1
    assert "pg_restore" in " ".join(_error_lines(capsys.readouterr().err))
    assert list(ctx.config.backups_dir.iterdir()) == []


def test_backup_refuses_postgres(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    disposed: list[bool] = []

    class PostgresContext:
        is_sqlite = False
        sqlite_file = None

        def dispose(self) -> None:
            disposed.append(True)

    monkeypatch.setattr(cli_mod, "open_folder", lambda _args, **_kw: PostgresContext())
    assert run("backup", "--data-dir", str(tmp_path)) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("error:") and "pg_dump" in err
    assert len(err.strip().splitlines()) == 1
    assert disposed == [True]


def test_unreachable_postgres_server_is_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """psycopg's message spans several lines; the command still prints one."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(
        '{"database_url": "postgresql+psycopg://u:p@127.0.0.1:9/none?connect_timeout=1"}',
        encoding="utf-8",
    )
    assert run("backup", "--data-dir", str(data)) == 1
    lines = _error_lines(capsys.readouterr().err)
    assert len(lines) == 1, lines
    assert lines[0].startswith("error: ") and "127.0.0.1" in lines[0]
    assert not (data / "sosmed.db").exists()


# --- failures: one line on stderr, exit 1 ---------------------------------------------


@pytest.mark.parametrize("command", ["check", "backup"])
def test_corrupt_database_gives_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db = data / "sosmed.db"
    garbage = os.urandom(4096)
    db.write_bytes(garbage)
    assert run(command, "--data-dir", str(data)) == 1
    out, err = capsys.readouterr()
    lines = _error_lines(err)
    assert len(lines) == 1, err
    assert lines[0].startswith("error:")
    assert "damaged" in lines[0]
    assert out == ""
    assert db.read_bytes() == garbage
    assert list((data / "backups").iterdir()) == []


def test_foreign_database_gives_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    conn = sqlite3.connect(data / "sosmed.db")
    conn.execute("CREATE TABLE inventaris (id INTEGER)")
    conn.close()
    assert run("--data-dir", str(data), "check") == 1
    lines = _error_lines(capsys.readouterr().err)
    assert len(lines) == 1
    assert lines[0].startswith("error:") and "not created by Sosmed Desktop" in lines[0]


def test_unusable_data_dir_gives_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder", encoding="utf-8")
    assert run("check", "--data-dir", str(blocker / "data")) == 1
    lines = _error_lines(capsys.readouterr().err)
    assert len(lines) == 1
    assert lines[0].startswith("error:")
    assert str(blocker / "data") in lines[0]


# --- import-media ---------------------------------------------------------------------


def test_cli_import_media(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = data_dir
    good = tmp_path / "baik.jpg"
    Image.new("RGB", (32, 24), (9, 99, 9)).save(good)
    (tmp_path / "rusak.jpg").write_bytes(b"bukan gambar")
    assert run("import-media", "--data-dir", str(data), str(good)) == 0
    out = capsys.readouterr().out
    assert "added" in out and "baik.jpg" in out
    code = run("--data-dir", str(data), "import-media", str(good), str(tmp_path / "rusak.jpg"))
    captured = capsys.readouterr()
    assert code == 1
    assert "duplicate" in captured.out and "refused" in captured.out
    assert "rusak.jpg: not a supported image" in captured.out
    assert "2 files: 0 added, 1 duplicate" in captured.out
    assert captured.err.strip() == "error: 1 file refused"
    ctx = bootstrap(data)
    with ctx.uow() as uow:
        assert len(list(uow.session.scalars(select(MediaAsset)))) == 1
    ctx.dispose()


# --- restore --------------------------------------------------------------------------


def _titles(db: Path) -> list[str]:
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return sorted(r[0] for r in conn.execute("SELECT title FROM posts"))
    finally:
        conn.close()


def _with_backup(data: Path) -> Path:
    """A data folder whose only backup holds one post; the database has a second one."""
    from tests.unit.helpers import make_post

    ctx = bootstrap(data)
    make_post(ctx, "Di cadangan")
    path = backup_sqlite(ctx.config.db_path, ctx.config.backups_dir, "manual")
    make_post(ctx, "Hanya di basis data")
    ctx.dispose()
    return path


def test_restore_by_name_from_the_backups_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    backup = _with_backup(data)
    assert run("restore", backup.name, "--data-dir", str(data)) == 0
    out = capsys.readouterr().out
    assert f"Backup checked: {backup} (integrity_check ok, schema" in out
    assert "Current state saved as" in out and "-pre-restore.db" in out
    assert f"Restored {data / 'sosmed.db'} from {backup.name}." in out
    assert _titles(data / "sosmed.db") == ["Di cadangan"]
    safety = next(b for b in list_backups(data / "backups") if b.reason == "pre-restore")
    assert _titles(safety.path) == ["Di cadangan", "Hanya di basis data"]


def test_restore_over_a_damaged_database_keeps_it_aside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.unit.helpers import flip_page_headers

    data = tmp_path / "data"
    backup = _with_backup(data)
    damaged = flip_page_headers(data / "sosmed.db")
    assert run("--data-dir", str(data), "restore", str(backup)) == 0
    out = capsys.readouterr().out
    assert "Damaged database kept as" in out
    aside = next(data.glob("sosmed-damaged-*.db"))
    assert aside.read_bytes() == damaged
    assert _titles(data / "sosmed.db") == ["Di cadangan"]


def test_restore_of_a_damaged_backup_is_one_line_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.unit.helpers import flip_page_headers

    data = tmp_path / "data"
    backup = _with_backup(data)
    flip_page_headers(backup, (3,))
    before = (data / "sosmed.db").read_bytes()
    assert run("restore", str(backup), "--data-dir", str(data)) == 1
    out, err = capsys.readouterr()
    lines = _error_lines(err)
    assert len(lines) == 1 and lines[0].startswith("error: The backup")
    assert "cannot be restored" in lines[0]
    assert out == ""
    assert (data / "sosmed.db").read_bytes() == before
    assert [b.reason for b in list_backups(data / "backups")] == ["manual"]


@pytest.mark.sqlite_only(
    "a SQLite file in use cannot be swapped; PostgreSQL restores on its server"
)
def test_restore_refuses_a_database_that_is_open(
    ctx: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ctx.config.data_dir
    backup = backup_sqlite(ctx.config.db_path, ctx.config.backups_dir, "manual")
    with ctx.uow() as uow:  # leaves an open connection in the pool, like a running app
        uow.session.execute(select(MediaAsset)).all()
    assert run("restore", str(backup), "--data-dir", str(data)) == 1
    lines = _error_lines(capsys.readouterr().err)
    assert len(lines) == 1 and "still open in another program" in lines[0]


def test_restore_refuses_postgres(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(
        '{"database_url": "postgresql+psycopg://u@server/sosmed"}', encoding="utf-8"
    )
    assert run("restore", str(tmp_path / "x.db"), "--data-dir", str(data)) == 1
    lines = _error_lines(capsys.readouterr().err)
    assert len(lines) == 1 and "pg_restore" in lines[0]


def test_seed_demo_on_a_used_folder_counts_its_posts_in_good_english(
    ctx: AppContext, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without the ui's words (a script importing the core) the English detail: "1 post"."""
    from sosmed_desktop.services.posts import posts
    from tests.unit.posting import post_input

    with ctx.uow() as uow:
        posts.create_post(uow, post_input())
        uow.commit()
    assert run("seed-demo", "--data-dir", str(data_dir)) == 1
    assert "the database already has 1 post; sample data" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("number", "words"), [(0, "0 posts"), (1, "1 post"), (2, "2 posts"), (21, "21 posts")]
)
def test_counts_are_singular_for_one_only(number: int, words: str) -> None:
    assert count(number, "post") == words
    assert count(number, "new media file").endswith("file" if number == 1 else "files")


@pytest.mark.parametrize(
    ("number", "line"),
    [
        (0, "0 new media files, 2 already in the library."),
        (1, "1 new media file, 2 already in the library."),
        (3, "3 new media files, 2 already in the library."),
    ],
)
def test_english_words_count_the_command_line_sentences(number: int, line: str) -> None:
    """The sources' "%n file(s)" reads as English when no translator is installed."""
    source = "%n new media file(s), {reused} already in the library."
    assert EnglishWords().translate("Cli", source, "", number).format(reused=2) == line
    assert EnglishWords().translate("Cli", "Check passed.") == "Check passed."
