"""Backups, the health check and the media import they verify."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import AuditEntry, MediaAsset
from sosmed_desktop.errors import DatabaseError, DataDirError
from sosmed_desktop.imaging.safe_open import BadImageError
from sosmed_desktop.services import backup as backup_mod
from sosmed_desktop.services import profile
from sosmed_desktop.services.backup import backup_sqlite, list_backups, quick_check
from sosmed_desktop.services.check import run_check
from sosmed_desktop.services.media.media import file_sha256, import_file


def make_jpeg(path: Path, colour: tuple[int, int, int] = (200, 30, 30)) -> Path:
    Image.new("RGB", (64, 48), colour).save(path, "JPEG", quality=90)
    return path


def media_files(ctx: AppContext) -> list[Path]:
    return [p for p in ctx.config.media_dir.rglob("*") if p.is_file()]


def media_count(ctx: AppContext) -> int:
    with ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(MediaAsset)) or 0


def imported(ctx: AppContext, tmp_path: Path, name: str = "kegiatan.jpg") -> Path:
    """Import one small JPEG and return where the library stored it."""
    source = make_jpeg(tmp_path / name)
    with ctx.uow() as uow:
        result = import_file(ctx.config, uow, source)
    with ctx.uow() as uow:
        asset = uow.session.get(MediaAsset, result.media_id)
        assert asset is not None
        return ctx.config.media_dir / asset.stored_name


def findings(report: object) -> dict[str, list[object]]:
    found: dict[str, list[object]] = {}
    for f in report.findings:  # type: ignore[attr-defined]
        found.setdefault(f.code, []).append(f)
    return found


# --- backups ---------------------------------------------------------------------------

BACKUP_FILE = "a backup is a copy of the SQLite file; PostgreSQL is backed up on its server"


@pytest.mark.sqlite_only(BACKUP_FILE)
def test_backup_is_sound_and_holds_the_data(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        profile.save_profile(
            uow,
            profile.Profile(officer_name="Dewi Lestari", department_name="Dinas Pariwisata"),
        )
    path = backup_sqlite(ctx.config.db_path, ctx.config.backups_dir, "manual")
    assert path.parent == ctx.config.backups_dir
    assert path.name.startswith("sosmed-") and path.name.endswith("-manual.db")
    assert quick_check(path) == []
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT name FROM users").fetchall() == [("Dewi Lestari",)]
        assert conn.execute("SELECT name FROM departments").fetchall() == [("Dinas Pariwisata",)]
    finally:
        conn.close()
    assert [b.path for b in list_backups(ctx.config.backups_dir)] == [path]
    assert list_backups(ctx.config.backups_dir)[0].size_bytes == path.stat().st_size


@pytest.mark.sqlite_only(BACKUP_FILE)
def test_two_backups_in_the_same_second_do_not_overwrite(ctx: AppContext) -> None:
    first = backup_sqlite(ctx.config.db_path, ctx.config.backups_dir, "manual")
    second = backup_sqlite(ctx.config.db_path, ctx.config.backups_dir, "manual")
    third = backup_sqlite(ctx.config.db_path, ctx.config.backups_dir, "manual")
    assert len({first, second, third}) == 3
    assert first.is_file() and second.is_file() and third.is_file()
    assert {b.path for b in list_backups(ctx.config.backups_dir)} == {first, second, third}


def test_same_second_backups_are_listed_newest_first(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    names = [
        "sosmed-20260105-080000-manual-1.db",
        "sosmed-20260105-080000-manual.db",
        "sosmed-20260105-080000-manual-2.db",
        "sosmed-20260105-080000-1.db",
        "sosmed-20260105-080000.db",
        "sosmed-20260105-080001-pre-migration.db",
    ]
    for name in names:
        (folder / name).write_bytes(b"x")
    listed = [b.path.name for b in list_backups(folder)]
    assert listed[0] == "sosmed-20260105-080001-pre-migration.db"
    assert listed.index("sosmed-20260105-080000-manual-2.db") < listed.index(
        "sosmed-20260105-080000-manual-1.db"
    )
    assert listed.index("sosmed-20260105-080000-manual-1.db") < listed.index(
        "sosmed-20260105-080000-manual.db"
    )
    assert listed.index("sosmed-20260105-080000-1.db") < listed.index("sosmed-20260105-080000.db")


def test_list_backups_newest_first_ignoring_foreign_files(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    names = [
        "sosmed-20260105-080000-manual.db",
        "sosmed-20261231-235959.db",
        "sosmed-20260301-120000-pre-migration.db",
    ]
    for name in names:
        (folder / name).write_bytes(b"x")
    for foreign in [
        "catatan.txt",
        "sosmed-latest.db",
        "sosmed-20260101-000000-manual.partial",
        "sosmed-2026-01-01.db",
        "other-20260101-000000.db",
        "sosmed-20260101-000000-Manual Copy.db",
    ]:
        (folder / foreign).write_bytes(b"x")
    listed = [b.path.name for b in list_backups(folder)]
    assert listed == [
        "sosmed-20261231-235959.db",
        "sosmed-20260301-120000-pre-migration.db",
        "sosmed-20260105-080000-manual.db",
    ]


def test_list_backups_of_missing_folder_is_empty(tmp_path: Path) -> None:
    assert list_backups(tmp_path / "nowhere") == []


def test_backup_of_damaged_database_leaves_no_partial_file(tmp_path: Path) -> None:
    db = tmp_path / "rusak.db"
    db.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    folder = tmp_path / "backups"
    with pytest.raises(DatabaseError):
        backup_sqlite(db, folder, "manual")
    assert list(folder.iterdir()) == []


@pytest.mark.sqlite_only(BACKUP_FILE)
def test_backup_that_fails_its_check_leaves_no_file(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_mod, "quick_check", lambda _p: ["page 3 is never used"])
    with pytest.raises(DatabaseError, match="page 3"):
        backup_sqlite(ctx.config.db_path, ctx.config.backups_dir, "manual")
    assert list(ctx.config.backups_dir.iterdir()) == []


@pytest.mark.sqlite_only(BACKUP_FILE)
def test_backup_interrupted_mid_copy_leaves_no_file(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_connect = sqlite3.connect

    class Source:
        def __init__(self, conn: sqlite3.Connection) -> None:
            self.conn = conn

        def backup(self, dest: sqlite3.Connection) -> None:
            dest.execute("CREATE TABLE half (x)")
            dest.commit()
            raise sqlite3.OperationalError("disk I/O error")

        def close(self) -> None:
            self.conn.close()

    def connect(target: object, *args: object, **kwargs: object) -> object:
        conn = real_connect(target, *args, **kwargs)  # type: ignore[call-overload]
        return Source(conn) if "mode=ro" in str(target) else conn

    monkeypatch.setattr(backup_mod.sqlite3, "connect", connect)
    with pytest.raises(DataDirError, match="disk I/O"):
        backup_sqlite(ctx.config.db_path, ctx.config.backups_dir, "manual")
    assert list(ctx.config.backups_dir.iterdir()) == []


# --- media import ---------------------------------------------------------------------


def test_import_file_stores_file_under_hash(ctx: AppContext, tmp_path: Path) -> None:
    source = make_jpeg(tmp_path / "Rapat Koordinasi.jpg")
    with ctx.uow() as uow:
        result = import_file(ctx.config, uow, source)
    assert result.created
    with ctx.uow() as uow:
        asset = uow.session.get(MediaAsset, result.media_id)
        assert asset is not None
        assert asset.sha256 == file_sha256(source)
        assert (asset.width, asset.height, asset.extension) == (64, 48, "jpg")
        assert asset.original_name == "Rapat Koordinasi.jpg"
        stored = ctx.config.media_dir / asset.stored_name
        actions = uow.session.scalars(select(AuditEntry.action)).all()
    assert stored.read_bytes() == source.read_bytes()
    assert "imported" in actions


def test_import_same_file_twice_is_one_row(ctx: AppContext, tmp_path: Path) -> None:
    first_src = make_jpeg(tmp_path / "a.jpg")
    copy_src = tmp_path / "salinan.jpg"
    copy_src.write_bytes(first_src.read_bytes())
    with ctx.uow() as uow:
        first = import_file(ctx.config, uow, first_src)
    with ctx.uow() as uow:
        second = import_file(ctx.config, uow, copy_src)
    assert first.created and not second.created
    assert second.media_id == first.media_id
    assert media_count(ctx) == 1
    assert len(media_files(ctx)) == 1


@pytest.mark.parametrize(
    "content",
    [b"bukan gambar sama sekali", b"\xff\xd8\xff\xe0" + b"\x00" * 40, b"%PDF-1.7\n..."],
)
def test_non_image_is_refused_leaving_nothing(
    ctx: AppContext, tmp_path: Path, content: bytes
) -> None:
    source = tmp_path / "surat.jpg"
    source.write_bytes(content)
    with ctx.uow() as uow, pytest.raises(BadImageError) as info:
        import_file(ctx.config, uow, source)
    assert info.value.code == "bad_image"
    assert media_count(ctx) == 0
    assert media_files(ctx) == []


def test_truncated_jpeg_is_refused(ctx: AppContext, tmp_path: Path) -> None:
    good = make_jpeg(tmp_path / "utuh.jpg")
    cut = tmp_path / "terpotong.jpg"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with ctx.uow() as uow, pytest.raises(BadImageError):
        import_file(ctx.config, uow, cut)
    assert media_count(ctx) == 0
    assert media_files(ctx) == []


# --- the health check -----------------------------------------------------------------


def test_check_passes_on_fresh_database(ctx: AppContext) -> None:
    report = run_check(ctx)
    assert report.ok, report.findings
    codes = findings(report)
    assert {"schema", "media"} <= set(codes)
    assert "media_orphan" not in codes


@pytest.mark.sqlite_only("integrity_check reads the SQLite file; a server keeps its own pages")
def test_check_runs_sqlite_integrity_check(ctx: AppContext) -> None:
    report = run_check(ctx)
    assert [f.detail for f in report.findings if f.code == "integrity"] == ["integrity_check: ok"]


def test_check_passes_with_sound_media(ctx: AppContext, tmp_path: Path) -> None:
    imported(ctx, tmp_path)
    report = run_check(ctx)
    assert report.ok, report.findings
    assert "1 media files checked, 0 with problems" in findings(report)["media"][0].detail  # type: ignore[attr-defined]


@pytest.mark.sqlite_only(
    "the team database keeps the original; a file missing here is fetched again"
)
def test_check_fails_when_media_file_deleted(ctx: AppContext, tmp_path: Path) -> None:
    stored = imported(ctx, tmp_path)
    stored.unlink()
    report = run_check(ctx)
    assert not report.ok
    missing = findings(report)["media_missing"]
    assert len(missing) == 1
    assert "kegiatan.jpg" in missing[0].detail  # type: ignore[attr-defined]


def test_check_fails_when_media_file_altered(ctx: AppContext, tmp_path: Path) -> None:
    stored = imported(ctx, tmp_path)
    data = bytearray(stored.read_bytes())
    data[-10] ^= 0xFF
    stored.write_bytes(bytes(data))
    report = run_check(ctx)
    assert not report.ok
    assert len(findings(report)["media_changed"]) == 1
    assert "media_missing" not in findings(report)


def test_orphan_file_is_a_warning_not_a_failure(ctx: AppContext, tmp_path: Path) -> None:
    imported(ctx, tmp_path)
    orphan = ctx.config.media_dir / "ab" / ("ab" + "0" * 62 + ".jpg")
    orphan.parent.mkdir(parents=True, exist_ok=True)
    orphan.write_bytes(b"sisa impor yang terputus")
    (ctx.config.media_dir / ".import-123.tmp").write_bytes(b"temp")  # hidden temp: ignored
    report = run_check(ctx)
    assert report.ok, report.findings
    orphans = findings(report)["media_orphan"]
    assert len(orphans) == 1
    assert orphans[0].warning and orphans[0].ok  # type: ignore[attr-defined]
    assert str(orphan) in orphans[0].detail  # type: ignore[attr-defined]


def test_check_reports_schema_behind(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    from sosmed_desktop.services import check as check_mod

    monkeypatch.setattr(check_mod, "head_revision", lambda: "9999")
    report = run_check(ctx)
    assert not report.ok
    assert findings(report)["schema"][0].ok is False  # type: ignore[attr-defined]
