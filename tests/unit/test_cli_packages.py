"""The headless commands of packages, calendar file and report: output and exit codes."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.services import profile
from sosmed_desktop.services.posts import posts
from tests.unit.commands import drop_app_log_handlers, run  # noqa: F401
from tests.unit.packaging import approved_post
from tests.unit.posting import WIB

PAST = datetime(2026, 11, 26, 9, 0, tzinfo=WIB)  # the day before FIXED_NOW


def test_export_and_import_package(
    ctx: AppContext,
    new_data_dir: Callable[..., Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    post_id = approved_post(ctx, tmp_path / "photos")
    data, out = str(ctx.config.data_dir), tmp_path / "paket"
    ctx.dispose()
    assert run("export", "--post", str(post_id), "--out", str(out), "--data-dir", data) == 0
    printed = capsys.readouterr().out
    assert f"exported: post {post_id} (Posyandu Balita Sukamaju)" in printed
    assert "1 package written, 0 refused." in printed
    assert run("export", "--all-approved", "--out", str(out), "--data-dir", data) == 0
    assert "Nothing to export" in capsys.readouterr().out
    zips = sorted(out.glob("*.zip"))
    assert len(zips) == 1
    other = str(new_data_dir("diskominfo"))
    assert run("import-package", str(zips[0]), "--data-dir", other) == 0
    assert "as post 1 (Posyandu Balita Sukamaju) from Dinas Kesehatan" in capsys.readouterr().out
    assert run("import-package", str(zips[0]), "--data-dir", other) == 0
    assert "is already here; nothing was imported" in capsys.readouterr().out


def test_an_imported_package_gets_its_reminders_at_once(
    ctx: AppContext,
    new_data_dir: Callable[..., Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """No window (and no scheduler) runs: the command brings the reminders in line."""
    from sosmed_desktop.bootstrap import bootstrap
    from sosmed_desktop.db.models import Reminder
    from sosmed_desktop.services.packages.exporting import export_posts

    post_id = approved_post(ctx, tmp_path / "photos")
    (written,) = export_posts(ctx, [post_id], tmp_path / "paket").written
    other = new_data_dir("diskominfo")
    assert run("import-package", str(written.path), "--data-dir", str(other)) == 0
    capsys.readouterr()
    there = bootstrap(other)
    try:
        with there.uow() as uow:
            kinds = uow.session.scalars(select(Reminder.kind).where(Reminder.post_id == 1))
            assert sorted(kinds) == ["export_pending", "post_lead", "post_lead"]
    finally:
        there.dispose()


def test_export_refusal_exits_1(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(ctx.config.data_dir)
    ctx.dispose()
    assert run("export", "--post", "99", "--out", str(tmp_path / "o"), "--data-dir", data) == 1
    captured = capsys.readouterr()
    assert "refused: post 99" in captured.out
    assert captured.err.strip() == "error: 1 post could not be exported"


def test_import_refusal_is_one_line(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(ctx.config.data_dir)
    ctx.dispose()
    fake = tmp_path / "paket.zip"
    fake.write_bytes(b"bukan zip")
    assert run("import-package", str(fake), "--data-dir", data) == 1
    assert capsys.readouterr().err.strip() == (
        "error: The package paket.zip was refused: not a zip file (or a damaged one)"
    )


def test_export_ics_and_report(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    approved_post(ctx, tmp_path / "photos")
    data = str(ctx.config.data_dir)
    ctx.dispose()
    ics = tmp_path / "jadwal.ics"
    assert run("export-ics", "--out", str(ics), "--from", "2026-12-01", "--to", "2026-12-31",
               "--data-dir", data) == 0  # fmt: skip
    assert "Calendar written" in capsys.readouterr().out
    assert ics.read_bytes().count(b"BEGIN:VEVENT") == 1
    assert run("export-ics", "--out", str(ics), "--from", "1 Des", "--data-dir", data) == 1
    assert "is not YYYY-MM-DD" in capsys.readouterr().err
    pdf, csv = tmp_path / "laporan.pdf", tmp_path / "laporan.csv"
    assert run("report", "--month", "2026-12", "--out", str(pdf), "--data-dir", data) == 0
    assert "Report for 2026-12 written" in capsys.readouterr().out
    assert "LAPORAN BULANAN" in (PdfReader(pdf).pages[0].extract_text() or "")
    assert run("report", "--month", "2026-12", "--out", str(csv), "--data-dir", data) == 0
    assert csv.read_bytes().startswith(b"\xef\xbb\xbfBagian;Butir;Jumlah")
    assert run("report", "--month", "12-2026", "--out", str(csv), "--data-dir", data) == 1
    assert "is not YYYY-MM" in capsys.readouterr().err


def test_export_refuses_past_due_unless_allowed(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post_id = approved_post(ctx, tmp_path / "photos", cite=False)
    with ctx.uow() as uow:
        posts.reschedule(uow, post_id, PAST)
    data, out = str(ctx.config.data_dir), str(tmp_path / "paket")
    ctx.dispose()
    assert run("export", "--post", str(post_id), "--out", out, "--data-dir", data) == 1
    printed = capsys.readouterr()
    assert "has passed (--allow-past)" in printed.out
    assert "error: 1 post could not be exported" in printed.err
    argv = ("export", "--all-approved", "--allow-past", "--out", out, "--data-dir", data)
    assert run(*argv) == 0
    assert "1 package written, 0 refused." in capsys.readouterr().out
    assert len(list(Path(out).glob("*.zip"))) == 1
    with zipfile.ZipFile(next(Path(out).glob("*.zip"))) as archive:
        assert any(n.endswith("persetujuan.pdf") for n in archive.namelist())


def test_export_without_a_profile_is_one_line(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post_id = approved_post(ctx, tmp_path / "photos", cite=False)
    with ctx.uow() as uow:
        profile.save_profile(uow, replace(profile.get_profile(uow), regency="", head_name=""))
    data = str(ctx.config.data_dir)
    ctx.dispose()
    argv = ("export", "--post", str(post_id), "--out", str(tmp_path / "o"), "--data-dir", data)
    assert run(*argv) == 1
    printed = capsys.readouterr()
    assert printed.out == ""
    assert printed.err.count("\n") == 1
    assert "regency, head of department's name; fill it in under Settings > Profile" in printed.err
