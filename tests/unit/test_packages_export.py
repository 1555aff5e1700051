"""Exporting post packages: layout, manifest, metadata-free images, the PDF, atomic writing."""

from __future__ import annotations

import hashlib
import io
import json
import threading
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import update

from sosmed_desktop.bootstrap import AppContext, bootstrap
from sosmed_desktop.db.models import Approval, AuditEntry
from sosmed_desktop.domain.captions import caption_stats
from sosmed_desktop.domain.platforms import load_spec_file
from sosmed_desktop.errors import ConflictError, ValidationError
from sosmed_desktop.services.audit import post_history
from sosmed_desktop.services.packages import exporting as packages_export
from sosmed_desktop.services.packages.media import ExportCancelled
from sosmed_desktop.services.posts import board, posts, workflow
from tests.unit.packaging import (
    CAPTION_FB,
    CAPTION_IG,
    HEAD,
    approved_post,
    approved_video_post,
    members,
)
from tests.unit.posting import WIB, count

SPECS = {s.code: s for s in load_spec_file()}
ROOT = "2026-12-05_0900_dinas-kesehatan_posyandu-balita-sukamaju"


@pytest.fixture
def post_id(ctx: AppContext, tmp_path: Path) -> int:
    return approved_post(ctx, tmp_path / "photos")


def test_package_layout_and_manifest(ctx: AppContext, post_id: int, tmp_path: Path) -> None:
    result = packages_export.export_post(ctx, post_id, tmp_path / "out")
    assert result.path == tmp_path / "out" / f"{ROOT}.zip"
    with zipfile.ZipFile(result.path) as archive:
        names = sorted(archive.namelist())
    assert names == sorted(
        f"{ROOT}/{inner}"
        for inner in (
            "manifest.json", "preview.html", "persetujuan.pdf", "instagram/caption.txt",
            "instagram/01.jpg", "instagram/02.jpg", "facebook/caption.txt", "facebook/01.jpg",
        )
    )  # fmt: skip
    files = members(result.path)
    assert files["instagram/caption.txt"].decode("utf-8") == CAPTION_IG
    assert files["facebook/caption.txt"].decode("utf-8") == CAPTION_FB
    manifest = json.loads(files["manifest.json"])
    assert manifest["format_version"] == 1
    with ctx.uow() as uow:
        detail = posts.get_post(uow, post_id)
    assert manifest["post"]["id"] == post_id
    assert manifest["post"]["uuid"] == detail.uuid
    assert manifest["post"]["title"] == "Posyandu Balita Sukamaju"
    assert manifest["schedule"] == {
        "utc": "2026-12-05T02:00:00Z",
        "local": "2026-12-05T09:00:00+07:00",
        "time_zone": "Asia/Jakarta",
    }
    assert [p["code"] for p in manifest["platforms"]] == ["instagram", "facebook"]
    assert manifest["platforms"][0]["media_files"] == ["instagram/01.jpg", "instagram/02.jpg"]
    # The caption's length as the editor's counter and the content checks count it.
    assert manifest["platforms"][0]["caption_length"] == {
        "count": caption_stats(CAPTION_IG, SPECS["instagram"]).characters,
        "limit": 2200,
        "counting": "graphemes",
    }
    approval = manifest["approval"]
    assert (approval["reviewer_name"], approval["reviewer_position"]) == HEAD
    assert approval["content_hash"] == detail.content_hash
    assert manifest["data_sources"][0]["citation"] == (
        "Cakupan imunisasi dasar lengkap: 92,4% (Januari–Mei 2026)\n"
        "Sumber: Dinas Kesehatan, per 20 Juni 2026"
    )
    assert manifest["directions"][0]["given_by_name"] == "H. Dani Ramdan"
    assert set(manifest["files"]) == set(files) - {"manifest.json"}
    for inner, digest in manifest["files"].items():
        assert hashlib.sha256(files[inner]).hexdigest() == digest
    # The unedited photo on both platforms: each platform's feed preset (1:1, 4:5).
    sizes = {}
    for inner in ("instagram/02.jpg", "facebook/01.jpg"):
        with Image.open(io.BytesIO(files[inner])) as image:
            sizes[inner] = image.size
    assert sizes == {"instagram/02.jpg": (1080, 1080), "facebook/01.jpg": (1080, 1350)}


def test_rendered_images_carry_no_metadata(ctx: AppContext, post_id: int, tmp_path: Path) -> None:
    files = members(packages_export.export_post(ctx, post_id, tmp_path / "out").path)
    for inner in ("instagram/01.jpg", "instagram/02.jpg", "facebook/01.jpg"):
        data = files[inner]
        with Image.open(io.BytesIO(data)) as image:
            assert image.format == "JPEG"
            assert not image.getexif()
            assert not {"exif", "xmp", "icc_profile", "comment", "photoshop"} & set(image.info)
        for marker in (b"Exif\x00", b"http://ns.adobe.com/xap", b"ICC_PROFILE", b"rahasia",
                       b"samsung", b"Photoshop 3.0"):  # fmt: skip
            assert marker not in data
    with Image.open(io.BytesIO(files["instagram/01.jpg"])) as first:
        assert first.size == (432, 540)  # the studio recipe was applied


def test_approval_sheet_text(ctx: AppContext, post_id: int, tmp_path: Path) -> None:
    files = members(packages_export.export_post(ctx, post_id, tmp_path / "out").path)
    reader = PdfReader(io.BytesIO(files["persetujuan.pdf"]))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    for expected in (
        "DINAS KESEHATAN",
        "LEMBAR PERSETUJUAN UNGGAHAN MEDIA SOSIAL",
        "Posyandu Balita Sukamaju",
        "Sabtu, 5 Desember 2026 pukul 09.00 WIB",
        "Instagram, Facebook",
        "Ayo ke posyandu! Timbang si kecil setiap bulan.",
        "Cakupan imunisasi dasar lengkap: 92,4%",
        "Sumber: Dinas Kesehatan, per 20 Juni 2026",
        "Gencarkan ajakan ke posyandu bulan ini",
        "H. Dani Ramdan, Bupati Bekasi",
        "dr. Ahmad Fauzi",
        "Kepala Dinas Kesehatan",
        "Silakan tayang",
        "( dr. Ahmad Fauzi )",
    ):
        assert expected in text, expected
    assert "🙏" not in text  # the font has no emoji: left out instead of an empty box
    images = [image for page in reader.pages for image in page.images]
    assert len(images) == 3  # one thumbnail per render: the plain photo is cropped 1:1 and 4:5


def test_preview_is_self_contained(ctx: AppContext, post_id: int, tmp_path: Path) -> None:
    html = members(packages_export.export_post(ctx, post_id, tmp_path / "out").path)[
        "preview.html"
    ].decode("utf-8")
    assert "Content-Security-Policy" in html
    assert "<script" not in html and "<link" not in html
    assert "http://" not in html and "https://" not in html
    assert html.count('src="data:image/jpeg;base64,') == 3
    assert 'id="instagram"' in html and 'id="facebook"' in html
    assert "Timbang si kecil" in html
    assert '<span class="tag">#BekasiSehat</span>' in html


def test_export_is_recorded_and_leaves_the_board(
    ctx: AppContext, post_id: int, tmp_path: Path
) -> None:
    with ctx.uow() as uow:
        assert [c.post.id for c in board.board(uow).approved] == [post_id]
        assert [r.id for r in packages_export.approved_not_exported(uow)] == [post_id]
    result = packages_export.export_post(ctx, post_id, tmp_path / "out")
    with ctx.uow() as uow:
        assert board.board(uow).approved == []
        assert packages_export.approved_not_exported(uow) == []
        history = post_history(uow, post_id)
        records = packages_export.export_history(uow)
    assert history[-1].action == "exported"
    assert history[-1].details["file"] == str(result.path)
    assert [(r.post_id, r.path, r.exists) for r in records] == [(post_id, result.path, True)]


def test_all_approved_skips_exported_and_refuses_nothing(ctx: AppContext, tmp_path: Path) -> None:
    first = approved_post(ctx, tmp_path / "a", title="Posyandu Satu")
    second = approved_post(
        ctx, tmp_path / "b", title="Posyandu Dua", when=datetime(2026, 12, 6, 9, 0, tzinfo=WIB),
        cite=False,
    )  # fmt: skip
    packages_export.export_post(ctx, first, tmp_path / "out")
    progress: list[tuple[int, int]] = []
    report = packages_export.export_all_approved(
        ctx, tmp_path / "out", on_progress=lambda d, t: progress.append((d, t))
    )
    assert [r.post_id for r in report.written] == [second]
    assert report.failed == []
    assert progress[-1][0] == progress[-1][1] == 4  # three media files and the zip
    again = packages_export.export_all_approved(ctx, tmp_path / "out")
    assert again.written == [] and again.failed == []


@pytest.mark.parametrize("change", ["not_approved", "approval_mismatch"])
def test_approval_bound_refusal(ctx: AppContext, post_id: int, tmp_path: Path, change: str) -> None:
    with ctx.uow() as uow:
        detail = posts.get_post(uow, post_id)
    if change == "not_approved":
        with ctx.uow() as uow:
            workflow.withdraw_approval(uow, post_id, "periksa lagi")
    else:  # an approval whose hash no longer matches (e.g. written by an older version,
        # in a statement the commit hook does not see: the export's own check still holds)
        assert detail.current_approval is not None
        with ctx.uow() as uow:
            uow.session.execute(
                update(Approval)
                .where(Approval.id == detail.current_approval.id)
                .values(content_hash="0" * 64)
            )
            uow.commit()
    history = count(ctx, AuditEntry)
    with pytest.raises(ConflictError) as caught:
        packages_export.export_post(ctx, post_id, tmp_path / "out")
    assert caught.value.code == change
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []
    assert count(ctx, AuditEntry) == history


def test_edited_after_approval_is_not_exported(
    ctx: AppContext, post_id: int, tmp_path: Path
) -> None:
    with ctx.uow() as uow:
        detail = posts.get_post(uow, post_id)
    data = detail.to_input()
    edited = type(data)(**{**data.__dict__, "master_caption": "Caption baru #BekasiSehat"})
    with ctx.uow() as uow:
        assert posts.update_post(uow, post_id, edited, detail.version).approval_withdrawn
    with pytest.raises(ConflictError, match="not approved"):
        packages_export.export_post(ctx, post_id, tmp_path / "out")


def test_undated_post_is_refused(ctx: AppContext, post_id: int, tmp_path: Path) -> None:
    with ctx.uow() as uow:
        posts.reschedule(uow, post_id, None)
    with pytest.raises(ValidationError) as caught:
        packages_export.export_post(ctx, post_id, tmp_path / "out")
    assert caught.value.code == "package_needs_schedule"


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*")) if folder.exists() else []


def test_failure_mid_export_leaves_nothing(
    ctx: AppContext, post_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    history = count(ctx, AuditEntry)

    def broken_sheet(*_args: object) -> bytes:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(packages_export, "approval_sheet", broken_sheet)
    with pytest.raises(Exception) as caught:
        packages_export.export_post(ctx, post_id, out)
    assert getattr(caught.value, "code", "") == "disk_full"
    assert _leftovers(out) == []
    assert count(ctx, AuditEntry) == history
    with ctx.uow() as uow:
        assert [r.id for r in packages_export.approved_not_exported(uow)] == [post_id]


def test_failure_at_commit_removes_the_renamed_zip(
    ctx: AppContext, post_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sosmed_desktop.db.uow import UnitOfWork

    def broken_commit(self: UnitOfWork) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(UnitOfWork, "commit", broken_commit)
    with pytest.raises(RuntimeError):
        packages_export.export_post(ctx, post_id, tmp_path / "out")
    assert _leftovers(tmp_path / "out") == []


def test_cancel_leaves_nothing(ctx: AppContext, post_id: int, tmp_path: Path) -> None:
    cancel = threading.Event()
    report = packages_export.export_posts(
        ctx, [post_id], tmp_path / "out", cancel=cancel, on_progress=lambda d, t: cancel.set()
    )
    assert report.cancelled and report.written == []
    assert _leftovers(tmp_path / "out") == []
    with pytest.raises(ExportCancelled):
        packages_export.export_post(ctx, post_id, tmp_path / "out", cancel=cancel)


def test_same_name_of_another_post_is_kept(ctx: AppContext, tmp_path: Path) -> None:
    first = approved_post(ctx, tmp_path / "a")
    second = approved_post(ctx, tmp_path / "b")  # same title and time
    out = tmp_path / "out"
    a = packages_export.export_post(ctx, first, out)
    b = packages_export.export_post(ctx, second, out)
    again = packages_export.export_post(ctx, first, out)
    assert (a.path.name, b.path.name) == (f"{ROOT}.zip", f"{ROOT}-2.zip")
    assert again.path == a.path  # a re-export replaces the post's own package
    assert sorted(p.name for p in out.iterdir()) == [f"{ROOT}-2.zip", f"{ROOT}.zip"]


def test_video_travels_without_its_metadata(
    ctx: AppContext, new_data_dir: Callable[..., Path], tmp_path: Path
) -> None:
    import av

    from sosmed_desktop.services.packages.importing import import_package
    from tests import media_files as mf

    clip = mf.with_place(mf.video(tmp_path / "klip.mp4", container="mp4"), tmp_path / "lokasi.mp4")
    with av.open(str(clip)) as original:
        assert original.metadata["location"] == mf.PLACE
    post_id = approved_video_post(ctx, clip)
    result = packages_export.export_post(ctx, post_id, tmp_path / "out")
    files = members(result.path)
    assert set(files) >= {"instagram/01.mp4", "instagram/caption.txt"}
    (tmp_path / "check.mp4").write_bytes(files["instagram/01.mp4"])
    with av.open(str(tmp_path / "check.mp4")) as copied:
        assert "location" not in copied.metadata
        assert copied.streams.video[0].codec_context.width == 160
    assert 'src="instagram/01.mp4"' in files["preview.html"].decode()
    other = bootstrap(new_data_dir("receiver"))
    try:
        outcome = import_package(other, result.path)
        with other.uow() as uow:
            detail = posts.get_post(uow, outcome.post_id)
        assert detail.variants[0].media[0].stored_name.endswith(".mp4")
    finally:
        other.dispose()
