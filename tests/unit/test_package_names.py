"""Package names short enough for Windows' MAX_PATH after "Extract All" into Downloads."""

from __future__ import annotations

import dataclasses
import os
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from sosmed_desktop.bootstrap import AppContext, bootstrap
from sosmed_desktop.domain import package_format as fmt
from sosmed_desktop.services import profile
from sosmed_desktop.services.packages import exporting as packages_export
from sosmed_desktop.services.packages import importing as packages_import
from tests.unit.packaging import approved_post
from tests.unit.test_fileops import failing_first, sharing_violation

WHEN = datetime(2026, 12, 5, 9, 0)
LONG_DEPARTMENT = "Dinas Komunikasi, Informatika, Statistik dan Persandian Kabupaten Bekasi"
LONG_TITLE = (
    "Peringatan Hari Kesehatan Nasional ke-62: Gerakan Masyarakat Hidup Sehat "
    "di Seluruh Kecamatan dan Desa Se-Kabupaten Bekasi Tahun 2026"
)


@pytest.mark.parametrize(
    ("department", "title", "platforms"),
    [
        ("Dinas Kesehatan", "Posyandu Balita Sukamaju", ("instagram", "facebook")),
        (LONG_DEPARTMENT, LONG_TITLE, ("instagram", "whatsapp", "linkedin")),
        ("D", "x" * 300, ("p" * 40,)),
        ("Rumah Sakit Umum Daerah", "🙏🙏🙏", ()),
    ],
)
def test_names_stay_within_the_limits(department: str, title: str, platforms: tuple) -> None:
    root = fmt.folder_name(WHEN, department, title, platforms)
    assert len(f"{root}-99.zip") <= fmt.MAX_NAME_CHARS
    inner = [fmt.MANIFEST, fmt.PREVIEW, fmt.APPROVAL_SHEET]
    inner += [f"{code}/{fmt.CAPTION}" for code in platforms]
    assert all(len(f"{root}/{name}") <= fmt.MAX_ENTRY_CHARS for name in inner)
    assert fmt.split_member(f"{root}/{fmt.MANIFEST}") is not None  # the import accepts it


def test_a_short_name_is_kept_and_a_long_one_cut_at_a_word() -> None:
    assert (
        fmt.folder_name(WHEN, "Dinas Kesehatan", "Posyandu Balita Sukamaju", ("instagram",))
        == "2026-12-05_0900_dinas-kesehatan_posyandu-balita-sukamaju"
    )
    root = fmt.folder_name(WHEN, LONG_DEPARTMENT, LONG_TITLE, ("instagram",))
    assert root == "2026-12-05_0900_dinas-komunikasi_peringatan-hari-kesehatan-nasional-ke-62"
    assert fmt.slug("Hari Ulang Tahun", "x", limit=12) == "hari-ulang"
    assert fmt.slug("Pelantikanpejabatbaru", "x", limit=10) == "pelantikan"  # no word to cut at
    assert fmt.slug("🙏", "postingan") == "postingan"


def test_a_long_named_package_exports_and_imports(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    post_id = approved_post(ctx, tmp_path / "photos", title=LONG_TITLE)
    with ctx.uow() as uow:
        current = profile.get_profile(uow)
        profile.save_profile(uow, dataclasses.replace(current, department_name=LONG_DEPARTMENT))
    # Explorer's preview handler holds the new zip for a moment: the rename waits.
    monkeypatch.setattr("sosmed_desktop.fileops.time.sleep", lambda _s: None)
    monkeypatch.setattr(os, "replace", failing_first(os.replace, [sharing_violation(32)]))
    result = packages_export.export_post(ctx, post_id, tmp_path / "Downloads")
    assert len(result.path.name) <= fmt.MAX_NAME_CHARS
    with zipfile.ZipFile(result.path) as archive:
        names = archive.namelist()
    assert names and max(len(name) for name in names) <= fmt.MAX_ENTRY_CHARS
    assert names[0].startswith("2026-12-05_0900_dinas-komunikasi_peringatan-hari")
    other = bootstrap(tmp_path / "other PC")
    try:
        imported = packages_import.import_package(other, result.path)
        assert imported.created
    finally:
        other.dispose()
