"""The headless commands as the officer (and CI) runs them: `python main.py SUBCOMMAND`."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from tests.e2e.conftest import (
    MainRunner,
    SeededTemplate,
    assert_one_error_line,
    describe,
    error_lines,
    media_files,
    row_counts,
    sha256_of,
)

BACKUP_LINE = re.compile(r"^Cadangan ditulis: (?P<path>.+) \([\d.]+ bita, quick_check ok\)$", re.M)


def _backup_path(stdout: str) -> Path:
    match = BACKUP_LINE.search(stdout)
    assert match, stdout
    return Path(match.group("path"))


# --- help and arguments -----------------------------------------------------------------


def test_help_lists_the_sub_commands(main_py: MainRunner) -> None:
    result = main_py("--help")
    assert result.returncode == 0, describe(result)
    for word in (
        "seed-demo", "check", "backup", "export", "import-package", "export-ics", "report",
        "--data-dir",
    ):  # fmt: skip
        assert word in result.stdout, word
    assert result.stderr == ""


def test_unknown_sub_command_is_refused(main_py: MainRunner, tmp_path: Path) -> None:
    result = main_py("frobnicate", "--data-dir", tmp_path / "data")
    assert result.returncode != 0, describe(result)
    assert "frobnicate" in result.stderr
    assert not (tmp_path / "data").exists()


# --- seed-demo, check, backup on a good folder -------------------------------------------


def test_seed_demo_fills_an_empty_folder(seeded_template: SeededTemplate) -> None:
    result, folder = seeded_template.result, seeded_template.path
    assert result.returncode == 0, describe(result)
    assert f"Data contoh ditambahkan ke {folder}" in result.stdout
    counts = row_counts(folder / "sosmed.db")
    assert counts["posts"] > 0
    assert counts["media_assets"] > 0
    assert re.search(rf"^\s*posting: {counts['posts']}$", result.stdout, re.M), result.stdout
    assert len(media_files(folder)) == counts["media_assets"]
    assert result.stderr.strip() == ""


@pytest.mark.parametrize("where", ["before", "after"])
def test_check_passes_after_seed_demo(main_py: MainRunner, seeded: Path, where: str) -> None:
    args = ["--data-dir", seeded, "check"] if where == "before" else ["check", "--data-dir", seeded]
    result = main_py(*args)
    assert result.returncode == 0, describe(result)
    assert result.stdout.rstrip().endswith("Pemeriksaan lulus."), result.stdout
    assert "[FAIL]" not in result.stdout
    assert result.stderr.strip() == ""


@pytest.mark.parametrize("where", ["before", "after"])
def test_backup_writes_a_verified_copy(main_py: MainRunner, seeded: Path, where: str) -> None:
    args = (
        ["--data-dir", seeded, "backup"] if where == "before" else ["backup", "--data-dir", seeded]
    )
    before = row_counts(seeded / "sosmed.db")
    result = main_py(*args)
    assert result.returncode == 0, describe(result)
    path = _backup_path(result.stdout)
    assert path.parent == seeded / "backups"
    assert path.is_file()
    assert re.fullmatch(r"sosmed-\d{8}-\d{6}-manual\.db", path.name), path.name
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    assert row_counts(path) == before


def test_backup_leaves_only_the_backup_file(main_py: MainRunner, seeded: Path) -> None:
    shutil.rmtree(seeded / "backups")
    result = main_py("backup", "--data-dir", seeded)
    assert result.returncode == 0, describe(result)
    path = _backup_path(result.stdout)
    assert sorted(p.name for p in (seeded / "backups").iterdir()) == [path.name]


def test_restore_brings_back_a_backup_and_check_repair_tidies_up(
    main_py: MainRunner, seeded: Path
) -> None:
    """Back up, work on, restore by name: the backup's data back, the later photo an orphan."""
    backed_up = main_py("backup", "--data-dir", seeded)
    assert backed_up.returncode == 0, describe(backed_up)
    backup = _backup_path(backed_up.stdout)
    before = row_counts(seeded / "sosmed.db")
    photo = main_py.home / "baru.jpg"
    Image.new("RGB", (40, 30), (5, 150, 90)).save(photo, "JPEG")
    imported = main_py("import-media", "--data-dir", seeded, photo)
    assert imported.returncode == 0, describe(imported)
    assert row_counts(seeded / "sosmed.db")["media_assets"] == before["media_assets"] + 1
    restored = main_py("restore", backup.name, "--data-dir", seeded)
    assert restored.returncode == 0, describe(restored)
    assert f"{seeded / 'sosmed.db'} dipulihkan dari {backup.name}." in restored.stdout
    assert "-pre-restore.db" in restored.stdout
    assert row_counts(seeded / "sosmed.db") == before
    checked = main_py("check", "--data-dir", seeded)
    assert checked.returncode == 0, describe(checked)
    assert "[WARN] berkas tanpa entri pustaka" in checked.stdout
    repaired = main_py("check", "--repair", "--data-dir", seeded)
    assert repaired.returncode == 0, describe(repaired)
    assert "[repair] dipindahkan ke karantina" in repaired.stdout
    assert "[WARN] berkas tanpa entri pustaka" not in repaired.stdout
    assert len(list((seeded / "quarantine").rglob("*.jpg"))) == 1


def test_relative_data_folder_is_taken_from_the_working_directory(
    main_py: MainRunner, seeded: Path
) -> None:
    assert seeded.parent == main_py.home  # the processes run in main_py.home
    checked = main_py("check", "--data-dir", seeded.name)
    assert checked.returncode == 0, describe(checked)
    assert "Pemeriksaan lulus." in checked.stdout
    backed_up = main_py("backup", "--data-dir", seeded.name)
    assert backed_up.returncode == 0, describe(backed_up)
    assert _backup_path(backed_up.stdout).resolve().parent == seeded.resolve() / "backups"


def test_environment_variable_selects_the_folder(main_py: MainRunner, seeded: Path) -> None:
    env = main_py.env(SOSMED_DATA_DIR=str(seeded))
    checked = main_py("check", env=env)
    assert checked.returncode == 0, describe(checked)
    assert "Pemeriksaan lulus." in checked.stdout
    backed_up = main_py("backup", env=env)
    assert backed_up.returncode == 0, describe(backed_up)
    assert _backup_path(backed_up.stdout).parent == seeded / "backups"


def test_option_wins_over_environment_variable(
    main_py: MainRunner, seeded: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    env = main_py.env(SOSMED_DATA_DIR=str(elsewhere))
    result = main_py("check", "--data-dir", seeded, env=env)
    assert result.returncode == 0, describe(result)
    assert not elsewhere.exists()


@pytest.mark.skipif(sys.platform != "linux", reason="XDG_DATA_HOME is the Linux convention")
def test_default_folder_is_the_per_user_data_folder(main_py: MainRunner, tmp_path: Path) -> None:
    default = tmp_path / "xdg-data" / "SosmedDesktop"
    refused = main_py("check")
    assert refused.returncode == 1, describe(refused)
    assert not default.exists(), "check never creates a data folder"
    seeded = main_py("seed-demo")
    assert seeded.returncode == 0, describe(seeded)
    result = main_py("check")
    assert result.returncode == 0, describe(result)
    assert "Pemeriksaan lulus." in result.stdout
    assert (default / "sosmed.db").is_file()
    assert (default / "logs" / "sosmed.log").is_file()


# --- refusals that must leave the data alone ----------------------------------------------


def test_second_seed_demo_is_refused_and_changes_nothing(main_py: MainRunner, seeded: Path) -> None:
    db = seeded / "sosmed.db"
    before = row_counts(db)
    media_before = media_files(seeded)
    result = main_py("seed-demo", "--data-dir", seeded)
    line = assert_one_error_line(result)
    assert line == (
        "galat: Data contoh hanya dapat dimuat ke kalender yang masih kosong; kalender ini "
        "sudah berisi posting."
    ), line
    assert "Data contoh ditambahkan" not in result.stdout
    assert row_counts(db) == before
    assert media_files(seeded) == media_before


def test_commands_speak_english_when_the_folder_does(main_py: MainRunner, seeded: Path) -> None:
    """The folder's language setting, as the window reads it; counts in English plurals."""
    settings = seeded / "settings.json"
    settings.write_text(json.dumps({"language": "en"}), encoding="utf-8")
    refused = main_py("seed-demo", "--data-dir", seeded)
    assert refused.returncode == 1, describe(refused)
    assert error_lines(refused.stderr) == [
        "error: Sample data can only be loaded into an empty calendar; this one already has posts."
    ], describe(refused)
    checked = main_py("check", "--data-dir", seeded)
    assert re.search(r"^\[ok\] \d+ media files checked, 0 with problems$", checked.stdout, re.M)
    assert checked.stdout.rstrip().endswith("Check passed."), describe(checked)


def _media_names(db: Path) -> dict[str, str]:
    """sha256 -> original file name of every media row."""
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return dict(conn.execute("SELECT sha256, original_name FROM media_assets"))
    finally:
        conn.close()


@pytest.mark.parametrize("damage", ["deleted", "altered"])
def test_check_names_a_damaged_media_file(main_py: MainRunner, seeded: Path, damage: str) -> None:
    victim = media_files(seeded)[0]
    name = _media_names(seeded / "sosmed.db")[victim.stem]
    if damage == "deleted":
        victim.unlink()
        expected = f"{name}: hilang"
    else:
        victim.write_bytes(victim.read_bytes() + b"\0")
        expected = f"{name}: berubah"
    result = main_py("check", "--data-dir", seeded)
    assert result.returncode == 1, describe(result)
    fail_lines = [line for line in result.stdout.splitlines() if line.startswith("[FAIL]")]
    assert any(expected in line for line in fail_lines), result.stdout
    assert "1 bermasalah" in result.stdout
    assert result.stdout.rstrip().endswith("Pemeriksaan menemukan masalah."), result.stdout
    assert "Pemeriksaan lulus." not in result.stdout


def _scramble_whole_file(db: Path) -> None:
    db.write_bytes(os.urandom(db.stat().st_size))


def _scramble_after_first_page(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[:4096] + os.urandom(len(data) - 4096))


@pytest.mark.parametrize(
    "scramble", [_scramble_whole_file, _scramble_after_first_page], ids=["random", "header-kept"]
)
def test_check_refuses_a_corrupt_database_without_touching_it(
    main_py: MainRunner, seeded: Path, scramble: Callable[[Path], None]
) -> None:
    db = seeded / "sosmed.db"
    shutil.copy2(db, seeded / "sosmed-good-copy.db")
    scramble(db)
    digest = sha256_of(db)
    backups_before = sorted((seeded / "backups").iterdir())
    result = main_py("check", "--data-dir", seeded)
    line = assert_one_error_line(result)
    assert "rusak" in line, line
    assert str(db) in line, line
    assert "Pemeriksaan lulus." not in result.stdout
    assert sha256_of(db) == digest
    assert sorted((seeded / "backups").iterdir()) == backups_before


def test_check_refuses_a_database_from_a_newer_version(main_py: MainRunner, seeded: Path) -> None:
    db = seeded / "sosmed.db"
    conn = sqlite3.connect(db)
    try:
        with conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
    finally:
        conn.close()
    digest = sha256_of(db)
    backups_before = sorted((seeded / "backups").iterdir())
    result = main_py("check", "--data-dir", seeded)
    line = assert_one_error_line(result)
    assert "versi yang lebih baru" in line, line
    assert sha256_of(db) == digest
    assert sorted((seeded / "backups").iterdir()) == backups_before


@pytest.mark.parametrize("command", ["check", "backup", "seed-demo"])
def test_unusable_data_folder_is_explained(
    main_py: MainRunner, tmp_path: Path, command: str
) -> None:
    # Running as root ignores chmod, so "cannot write here" is a folder below a regular file.
    blocker = tmp_path / "afile"
    blocker.write_bytes(b"not a folder")
    target = blocker / "data"
    result = main_py(command, "--data-dir", target)
    line = assert_one_error_line(result)
    assert str(target) in line, line
    assert blocker.read_bytes() == b"not a folder"


def test_unusable_folder_from_environment_variable_is_explained(
    main_py: MainRunner, tmp_path: Path
) -> None:
    blocker = tmp_path / "afile"
    blocker.write_bytes(b"")
    result = main_py("check", env=main_py.env(SOSMED_DATA_DIR=str(blocker / "data")))
    line = assert_one_error_line(result)
    assert str(blocker / "data") in line, line


def test_packages_leave_and_arrive_as_processes(
    main_py: MainRunner, seeded: Path, tmp_path: Path
) -> None:
    out = tmp_path / "paket"
    exported = main_py("export", "--all-approved", "--out", out, "--data-dir", seeded)
    # The demo's approved post whose time has passed waits for --allow-past.
    assert exported.returncode == 1, describe(exported)
    assert "sudah lewat (--allow-past)" in exported.stdout
    assert "1 ditolak" in exported.stdout
    late = main_py("export", "--all-approved", "--allow-past", "--out", out, "--data-dir", seeded)
    assert late.returncode == 0 and "1 paket ditulis, 0 ditolak." in late.stdout, describe(late)
    zips = sorted(out.glob("*.zip"))
    assert len(zips) >= 2
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []
    again = main_py("export", "--all-approved", "--out", out, "--data-dir", seeded)
    assert "Tidak ada yang diekspor" in again.stdout, describe(again)
    receiver = tmp_path / "diskominfo"
    imported = main_py("import-package", zips[0], "--data-dir", receiver)
    assert imported.returncode == 0, describe(imported)
    assert "dari Dinas Kesehatan" in imported.stdout
    report = main_py("report", "--month", "2026-01", "--out", tmp_path / "r.pdf", "--data-dir",
                     receiver)  # fmt: skip
    assert report.returncode == 0, describe(report)
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF-")
