"""`check` reports leftovers of interrupted work; `check --repair` fixes only what is safe."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select, text

from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.cli import parse, run_command
from sosmed_desktop.db.models import MediaAsset
from sosmed_desktop.imaging.thumbs import thumb_path
from sosmed_desktop.services.check import STALE_TEMP_SECONDS, repair, run_check
from sosmed_desktop.services.media.media import import_file
from tests.unit.helpers import write_photo

ORPHAN_SHA = "ab" + "0" * 62


def imported(
    ctx: AppContext, tmp_path: Path, name: str = "kegiatan.jpg", colour: str = "#1f4e79"
) -> tuple[Path, Path]:
    """Import a photo (of one `colour`); return its source and its stored original."""
    source = write_photo(tmp_path / name, colour)
    with ctx.uow() as uow:
        media_id = import_file(ctx.config, uow, source).media_id
    with ctx.uow() as uow:
        asset = uow.session.get(MediaAsset, media_id)
        assert asset is not None
        return source, ctx.config.media_dir / asset.stored_name


def leftovers(ctx: AppContext) -> dict[str, Path]:
    """What an interrupted import, thumbnail, backup and restore leave behind."""
    config = ctx.config
    orphan = config.media_dir / "ab" / f"{ORPHAN_SHA}.jpg"
    orphan.parent.mkdir(parents=True, exist_ok=True)
    orphan.write_bytes(b"foto yang impornya terputus")
    thumb = thumb_path(config.thumbs_dir, ORPHAN_SHA)
    thumb.parent.mkdir(parents=True, exist_ok=True)
    thumb.write_bytes(b"\xff\xd8 thumbnail \xff\xd9")
    files = {
        "orphan": orphan,
        "thumb": thumb,
        "import_tmp": config.media_dir / ".import-abc123.tmp",
        "thumb_tmp": thumb.parent / ".thumb-xyz.tmp",
        "backup_tmp": config.backups_dir / ".backup-q1w2.partial",
        "recent_tmp": config.media_dir / ".import-still-copying.tmp",
    }
    if ctx.sqlite_file is not None:  # only a SQLite file is restored by copying beside it
        files["restore_tmp"] = config.data_dir / ".sosmed.db.restore-e3r4"
    for key, path in files.items():
        if key.endswith("_tmp"):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(b"setengah")
            if key != "recent_tmp":
                old = clock.now().timestamp() - STALE_TEMP_SECONDS - 60
                os.utime(path, (old, old))
    return files


def by_code(report) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for finding in report.findings:
        found.setdefault(finding.code, []).append(finding.detail)
    return found


def test_leftovers_are_warnings_and_the_check_passes(ctx: AppContext, tmp_path: Path) -> None:
    imported(ctx, tmp_path)
    files = leftovers(ctx)
    report = run_check(ctx)
    assert report.ok, report.findings
    found = by_code(report)
    assert found["media_orphan"] == [f"file without a library entry: {files['orphan']}"]
    assert found["thumb_orphan"] == [f"thumbnail without a source: {files['thumb']}"]
    temps = " ".join(found["temp_leftover"])
    for key in files:
        if key.endswith("_tmp"):
            assert str(files[key]) in temps
    assert all(f.warning for f in report.findings if f.code.endswith(("orphan", "leftover")))


def test_repair_quarantines_orphans_and_deletes_only_what_is_safe(
    ctx: AppContext, tmp_path: Path
) -> None:
    _source, stored = imported(ctx, tmp_path)
    with ctx.uow() as uow:
        sha = uow.session.scalars(select(MediaAsset.sha256)).one()
    own_thumb = thumb_path(ctx.config.thumbs_dir, sha)
    assert own_thumb.is_file()
    files = leftovers(ctx)
    done = repair(ctx)
    codes = {(r.code, r.path) for r in done}
    moved = next(r for r in done if r.code == "quarantined")
    assert moved.path == files["orphan"] and moved.target is not None
    assert moved.target.read_bytes() == b"foto yang impornya terputus"
    assert moved.target.is_relative_to(ctx.config.data_dir / "quarantine")
    assert moved.target.parts[-3:] == ("media", "ab", f"{ORPHAN_SHA}.jpg")
    assert ("thumb_deleted", files["thumb"]) in codes
    for key in files.keys() - {"orphan", "thumb", "recent_tmp"}:
        assert ("temp_deleted", files[key]) in codes
        assert not files[key].exists()
    assert ("temp_kept", files["recent_tmp"]) in codes and files["recent_tmp"].exists()
    assert not files["orphan"].exists() and not files["thumb"].exists()
    assert stored.is_file() and own_thumb.is_file(), "the library's own files are untouched"
    after = by_code(run_check(ctx))
    assert "media_orphan" not in after and "thumb_orphan" not in after
    assert after["temp_leftover"] == [f"unfinished temporary file: {files['recent_tmp']}"]


@pytest.mark.sqlite_only(
    "the team database keeps the original; a file missing here is fetched again"
)
def test_a_missing_original_cannot_be_repaired_but_the_hint_works(
    ctx: AppContext, tmp_path: Path
) -> None:
    source, stored = imported(ctx, tmp_path)
    stored.unlink()
    report = run_check(ctx)
    assert not report.ok
    (missing,) = by_code(report)["media_missing"]
    assert "import the same file again" in missing and str(stored) in missing
    assert all(r.code != "quarantined" for r in repair(ctx))
    assert not run_check(ctx).ok
    with ctx.uow() as uow:  # what the hint says: the same photo, imported again
        assert not import_file(ctx.config, uow, source).created
    assert stored.is_file()
    assert run_check(ctx).ok


def test_repair_waits_for_an_import_that_is_committing(ctx: AppContext) -> None:
    """A file renamed into place whose row is not yet committed is not an orphan."""
    placed = threading.Event()
    sha = "cd" + "1" * 62
    target = ctx.config.media_dir / "cd" / f"{sha}.jpg"

    def importer() -> None:
        with ctx.uow() as uow:
            uow.session.execute(text("SELECT 1"))  # holds the write lock, like commit_staged
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(b"foto baru")
            placed.set()
            time.sleep(0.5)
            uow.session.add(
                MediaAsset(sha256=sha, original_name="baru.jpg", extension="jpg", size_bytes=9)
            )
            uow.commit()

    thread = threading.Thread(target=importer)
    thread.start()
    assert placed.wait(10)
    done = repair(ctx)
    thread.join()
    assert all(r.code != "quarantined" for r in done)
    assert target.is_file()


def test_cli_check_repair(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    imported(ctx, tmp_path)
    files = leftovers(ctx)
    data = str(ctx.config.data_dir)
    assert run_command(parse(["check", "--data-dir", data])) == 0
    out = capsys.readouterr().out
    assert f"[WARN] file without a library entry: {files['orphan']}" in out
    assert "[repair]" not in out and files["orphan"].exists()
    ctx.dispose()
    assert run_command(parse(["check", "--repair", "--data-dir", data])) == 0
    out = capsys.readouterr().out
    assert f"[repair] moved to quarantine: {files['orphan']} -> " in out
    assert f"[repair] deleted thumbnail without a source: {files['thumb']}" in out
    assert f"[repair] deleted unfinished temporary file: {files['backup_tmp']}" in out
    assert "Check passed." in out
    assert run_command(parse(["check", "--repair", "--data-dir", data])) == 0
    assert "left recent temporary file" in capsys.readouterr().out


@pytest.mark.sqlite_only(
    "the team database keeps the original; a file missing here is fetched again"
)
def test_cli_check_repair_with_a_missing_file_still_fails(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _source, stored = imported(ctx, tmp_path)
    stored.unlink()
    ctx.dispose()
    assert run_command(parse(["check", "--repair", "--data-dir", str(ctx.config.data_dir)])) == 1
    out = capsys.readouterr().out
    assert "[repair] nothing to repair" in out
    assert "[FAIL] media #1 kegiatan.jpg: missing" in out and "import the same file" in out
    assert "Check found problems." in out
