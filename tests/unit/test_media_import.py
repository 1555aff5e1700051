"""Importing photos and videos: formats, dedupe, folders, cancel, and every bad file refused."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.change_kinds import Kind
from sosmed_desktop.db.models import MediaAsset
from sosmed_desktop.errors import DiskFullError
from sosmed_desktop.imaging.safe_open import BadImageError
from sosmed_desktop.imaging.thumbs import thumb_path
from sosmed_desktop.services.media import media
from sosmed_desktop.services.media.bulk_import import (
    ADDED,
    DUPLICATE,
    REFUSED,
    RESTORED,
    collect_files,
    import_files,
    import_paths,
)
from sosmed_desktop.services.media.library import trash_media
from tests import media_files as mf


def rows(ctx: AppContext) -> list[MediaAsset]:
    with ctx.uow() as uow:
        found = list(uow.session.scalars(select(MediaAsset).order_by(MediaAsset.id)))
        uow.session.expunge_all()  # keep the loaded values after the unit of work ends
        return found


def stored_files(ctx: AppContext) -> list[Path]:
    return sorted(p for p in ctx.config.media_dir.rglob("*") if p.is_file())


def thumbs(ctx: AppContext) -> list[Path]:
    return sorted(p for p in ctx.config.thumbs_dir.rglob("*") if p.is_file())


def assert_nothing_left(ctx: AppContext) -> None:
    assert rows(ctx) == []
    assert stored_files(ctx) == []
    assert thumbs(ctx) == []


def test_phone_photo_is_catalogued_upright_with_camera_date_and_gps(
    ctx: AppContext, tmp_path: Path
) -> None:
    source = mf.phone_photo(tmp_path / "IMG_20261102_084213.jpg")
    report = import_paths(ctx, [source])
    assert [o.status for o in report.outcomes] == [ADDED]
    (asset,) = rows(ctx)
    assert (asset.width, asset.height) == (300, 400)  # orientation 6: stored sideways
    assert asset.camera == "samsung SM-A546E"
    assert asset.taken_at is not None
    assert asset.taken_at.astimezone(ctx.config.tz).hour == 8
    assert asset.gps_lat == pytest.approx(-6.1764, abs=1e-3)
    assert asset.gps_lon == pytest.approx(107.1711, abs=1e-3)
    assert (ctx.config.media_dir / asset.stored_name).read_bytes() == source.read_bytes()
    assert thumb_path(ctx.config.thumbs_dir, asset.sha256).is_file()


@pytest.mark.parametrize(
    ("maker", "name", "kind", "extension", "mime"),
    [
        (mf.jpeg, "a.jpg", "image", "jpg", "image/jpeg"),
        (mf.heic, "iphone.heic", "image", "heic", "image/heic"),
        (lambda p: mf.video(p), "klip.mp4", "video", "mp4", "video/mp4"),
        (lambda p: mf.video(p, container="mov"), "klip.MOV", "video", "mov", "video/quicktime"),
    ],
)
def test_formats(
    ctx: AppContext, tmp_path: Path, maker, name: str, kind: str, extension: str, mime: str
) -> None:
    source = maker(tmp_path / name)
    report = import_paths(ctx, [source])
    assert [o.status for o in report.outcomes] == [ADDED], report.outcomes
    (asset,) = rows(ctx)
    assert (asset.kind, asset.extension, asset.mime) == (kind, extension, mime)
    assert asset.width and asset.height
    if kind == "video":
        assert asset.duration_s == pytest.approx(2.0, abs=0.2)
        assert (asset.width, asset.height) == (160, 120)
    assert thumb_path(ctx.config.thumbs_dir, asset.sha256).is_file()  # poster frame too


def test_png_webp_gif(ctx: AppContext, tmp_path: Path) -> None:
    from PIL import Image

    Image.new("RGBA", (40, 30), (0, 0, 0, 0)).save(tmp_path / "logo.png")
    Image.new("RGB", (40, 30), (9, 9, 9)).save(tmp_path / "web.webp")
    Image.new("P", (40, 30)).save(tmp_path / "anim.gif")
    report = import_paths(ctx, [tmp_path])
    assert sorted(o.status for o in report.outcomes) == [ADDED] * 3
    assert sorted(a.extension for a in rows(ctx)) == ["gif", "png", "webp"]


def test_same_photo_twice_is_stored_once(ctx: AppContext, tmp_path: Path) -> None:
    first = mf.jpeg(tmp_path / "a.jpg")
    copy = tmp_path / "salinan dari WA.jpg"
    copy.write_bytes(first.read_bytes())
    report = import_paths(ctx, [first, copy])
    assert sorted(o.status for o in report.outcomes) == [ADDED, DUPLICATE]
    assert len({o.media_id for o in report.outcomes}) == 1
    assert len(rows(ctx)) == 1
    assert len(stored_files(ctx)) == 1
    again = import_paths(ctx, [copy])
    assert again.outcomes[0].status == DUPLICATE
    assert len(stored_files(ctx)) == 1


def test_reimporting_a_trashed_photo_restores_it(ctx: AppContext, tmp_path: Path) -> None:
    source = mf.jpeg(tmp_path / "a.jpg")
    (media_id,) = import_paths(ctx, [source]).media_ids
    with ctx.uow() as uow:
        trash_media(uow, [media_id])
    report = import_paths(ctx, [source])
    assert report.outcomes[0].status == RESTORED
    assert rows(ctx)[0].deleted_at is None


def test_folders_recurse_and_skip_hidden_and_foreign_files(tmp_path: Path) -> None:
    (tmp_path / "acara" / "hari-2").mkdir(parents=True)
    (tmp_path / "acara" / ".thumbs").mkdir()
    wanted = [
        mf.jpeg(tmp_path / "acara" / "1.jpg"),
        mf.jpeg(tmp_path / "acara" / "hari-2" / "2.JPG"),
    ]
    mf.jpeg(tmp_path / "acara" / ".thumbs" / "x.jpg")
    (tmp_path / "acara" / "catatan.txt").write_text("bukan foto")
    (tmp_path / "acara" / ".DS_Store").write_bytes(b"x")
    assert collect_files([tmp_path / "acara"]) == wanted


def test_names_in_any_script(ctx: AppContext, tmp_path: Path) -> None:
    names = ["Rapat Bupati — ringkasan.jpg", "ꦥꦱꦂ.jpg", "会议.jpg", "пресс-релиз.jpg", "😀.jpg"]
    for i, name in enumerate(names):
        mf.jpeg(tmp_path / name, colour=(i * 40, 10, 10))
    report = import_paths(ctx, [tmp_path])
    assert [o.status for o in report.outcomes] == [ADDED] * len(names)
    assert sorted(a.original_name for a in rows(ctx)) == sorted(names)


@pytest.mark.skipif(sys.platform != "linux", reason="names that are not UTF-8 exist on Linux")
def test_file_name_that_is_not_utf8(ctx: AppContext, tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/foto-\xff\xfe.jpg"
    mf.jpeg(Path(os.fsdecode(raw)))
    report = import_paths(ctx, [tmp_path])
    assert report.outcomes[0].status == ADDED
    assert rows(ctx)[0].original_name == "foto-\ufffd\ufffd.jpg"


def content(data: bytes):
    def write(path: Path) -> Path:
        path.write_bytes(data)
        return path

    return write


BAD_FILES = {
    "empty": (content(b""), "kosong.jpg", "empty"),
    "text as jpeg": (content(b"bukan gambar"), "surat.jpg", "unsupported"),
    "pdf as png": (content(b"%PDF-1.7\n%..."), "undangan.png", "unsupported"),
    "jpeg header only": (content(b"\xff\xd8\xff\xe0" + b"\x00" * 40), "rusak.jpg", "unsupported"),
    "truncated": (mf.truncated, "terpotong.jpg", "damaged"),
    "tiff": (mf.tiff, "scan.tif", "unsupported"),
    "tiff named jpg": (mf.tiff, "scan.jpg", "unsupported"),
    "bomb": (mf.bomb, "bom.png", "too_large"),
    "bomb warning": (mf.warning_bomb, "besar.png", "too_large"),
    "text as mp4": (content(b"bukan video"), "video.mp4", "unsupported"),
    "jpeg as mov": (mf.jpeg, "klip.mov", "unsupported"),
}


def test_images_over_the_pixel_limit_are_refused_by_every_import_thread_at_once(
    tmp_path: Path,
) -> None:
    """A warnings filter is process-wide: threads entering and leaving one race on it.

    Each thread here opens a photo just over Pillow's limit while the others do the
    same; every one of them must be refused, whatever the others did to the filters.
    """
    from concurrent.futures import ThreadPoolExecutor

    from sosmed_desktop.imaging.safe_open import open_image

    source = mf.warning_bomb(tmp_path / "besar.png")

    def attempt(_: int) -> str:
        try:
            with open_image(source):
                return "opened"
        except BadImageError as exc:
            return exc.params["reason"]

    with ThreadPoolExecutor(max_workers=8) as pool:
        outcomes = set(pool.map(attempt, range(64)))
    assert outcomes == {"too_large"}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_file_is_refused_clearly_and_leaves_nothing(
    ctx: AppContext, tmp_path: Path, case: str
) -> None:
    maker, name, reason = BAD_FILES[case]
    source = maker(tmp_path / name)
    good = mf.jpeg(tmp_path / "baik.jpg")
    report = import_paths(ctx, [source, good])
    bad, ok = report.outcomes
    assert bad.status == REFUSED
    assert isinstance(bad.error, BadImageError)
    assert bad.error.code == "bad_image"
    assert bad.error.params["reason"] == reason
    assert bad.error.params["name"] == name
    assert name in str(bad.error)
    assert ok.status == ADDED  # the batch went on
    (asset,) = rows(ctx)
    assert asset.original_name == "baik.jpg"
    assert stored_files(ctx) == [ctx.config.media_dir / asset.stored_name]
    assert thumbs(ctx) == [thumb_path(ctx.config.thumbs_dir, asset.sha256)]


def test_files_for_a_post_keep_the_good_ones_and_name_the_bad_one(
    ctx: AppContext, tmp_path: Path
) -> None:
    """Photos dropped on a calendar day or into the editor: a bad file among good ones is
    refused by name, the good ones are stored (each once) and described for the editor,
    and the record of what changed names them."""
    from sosmed_desktop.services.perform import perform_ctx

    first = mf.jpeg(tmp_path / "apel pagi.jpg")
    bad = tmp_path / "rusak.jpg"
    bad.write_bytes(b"bukan foto")
    second = mf.jpeg(tmp_path / "senam.jpg", colour=(0, 0, 250))
    again = tmp_path / "salinan.jpg"
    again.write_bytes(first.read_bytes())
    performed = perform_ctx(ctx, lambda run: import_files(run, [first, bad, second, again]))
    imported = performed.value
    stored = rows(ctx)
    assert [a.original_name for a in stored] == ["apel pagi.jpg", "senam.jpg"]
    assert imported.ids == [a.id for a in stored]
    assert {i: s.title for i, s in imported.found.items()} == {
        stored[0].id: "apel pagi",
        stored[1].id: "senam",
    }
    (failure,) = imported.failures
    assert failure.code == "bad_image" and failure.params["name"] == "rusak.jpg"
    assert performed.changes.ids(Kind.MEDIA) == frozenset(imported.ids)
    assert len(stored_files(ctx)) == 2 and len(thumbs(ctx)) == 2  # nothing of the bad one
    assert not list(ctx.config.media_dir.glob(".import-*"))


def test_vanished_file(ctx: AppContext, tmp_path: Path) -> None:
    report = import_paths(ctx, [tmp_path / "sudah-dihapus.jpg"])
    (outcome,) = report.outcomes
    assert outcome.status == REFUSED
    assert outcome.error is not None and outcome.error.params["reason"] == "missing"
    assert_nothing_left(ctx)


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (FileNotFoundError(2, "No such file or directory"), "missing"),
        (PermissionError(13, "Permission denied"), "unreadable"),
    ],
)
def test_file_vanishing_or_locked_while_copied_leaves_nothing(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, reason: str
) -> None:
    source = mf.jpeg(tmp_path / "hilang.jpg")
    real_open = Path.open

    def fail(self: Path, mode: str = "r", *args, **kwargs):
        if self == source:
            raise error
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", fail)
    with ctx.uow() as uow, pytest.raises(BadImageError) as info:
        media.import_file(ctx.config, uow, source)
    assert info.value.params["reason"] == reason
    assert "hilang.jpg" in str(info.value)
    assert_nothing_left(ctx)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file(ctx: AppContext, tmp_path: Path) -> None:
    source = mf.jpeg(tmp_path / "terkunci.jpg")
    source.chmod(0)
    report = import_paths(ctx, [source])
    assert report.outcomes[0].error.params["reason"] == "unreadable"  # type: ignore[union-attr]
    assert_nothing_left(ctx)


def test_database_failure_removes_copy_and_thumbnail(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sosmed_desktop.services import audit

    def fail(*_args, **_kwargs):
        raise RuntimeError("database gone")

    monkeypatch.setattr(audit, "record", fail)
    with pytest.raises(RuntimeError):
        import_paths(ctx, [mf.jpeg(tmp_path / "a.jpg")])
    assert_nothing_left(ctx)


def test_cancel_stops_files_not_committed(ctx: AppContext, tmp_path: Path) -> None:
    """Files are committed a few at a time: a cancel keeps what was committed and
    removes what was staged but not yet committed, leaving no copy behind."""
    for i in range(24):
        mf.jpeg(tmp_path / f"{i:02}.jpg", colour=(i * 10, 0, 0))
    cancel = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int, _outcome) -> None:
        seen.append((done, total))
        cancel.set()  # at the first file reported

    report = import_paths(ctx, [tmp_path], workers=2, on_progress=progress, cancel=cancel)
    done = len(report.outcomes)
    assert report.cancelled and 1 <= done < 24 and report.not_started == 24 - done
    assert seen == [(n, 24) for n in range(1, done + 1)]
    assert len(rows(ctx)) == done and len(stored_files(ctx)) == done
    assert len(thumbs(ctx)) == done
    assert not list(ctx.config.media_dir.glob(".import-*"))


def test_refusals_are_reported_at_once_and_the_rest_commits_at_the_end(
    ctx: AppContext, tmp_path: Path
) -> None:
    for i in range(3):
        mf.jpeg(tmp_path / f"{i:02}.jpg", colour=(i * 60, 0, 0))
    (tmp_path / "zz-rusak.jpg").write_bytes(b"not a photo at all")
    seen: list[str] = []
    report = import_paths(
        ctx, [tmp_path], workers=1, on_progress=lambda d, t, o: seen.append(o.status)
    )
    assert seen == [REFUSED, ADDED, ADDED, ADDED]  # fewer than a batch: committed at the end
    assert report.count(ADDED) == 3 and len(rows(ctx)) == 3


def test_many_files_on_several_workers(ctx: AppContext, tmp_path: Path) -> None:
    for i in range(30):
        mf.jpeg(tmp_path / f"{i:02}.jpg", colour=(i * 8, 50, 0))
    (tmp_path / "dup.jpg").write_bytes((tmp_path / "00.jpg").read_bytes())
    report = import_paths(ctx, [tmp_path], workers=4)
    assert report.count(ADDED) == 30 and report.count(DUPLICATE) == 1
    assert len(rows(ctx)) == 30 and len(stored_files(ctx)) == 30 and len(thumbs(ctx)) == 30
    assert not list(ctx.config.media_dir.glob(".import-*"))


def test_a_failing_batch_leaves_none_of_its_files(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One transaction per batch: when it fails, every original and thumbnail it placed goes."""
    for i in range(5):
        mf.jpeg(tmp_path / f"{i:02}.jpg", colour=(i * 40, 0, 0))
    calls: list[int] = []
    real_record = media.audit.record

    def failing_record(uow, entity_type, entity_id, action, **details) -> None:
        calls.append(entity_id)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        real_record(uow, entity_type, entity_id, action, **details)

    monkeypatch.setattr(media.audit, "record", failing_record)
    with pytest.raises(DiskFullError):
        import_paths(ctx, [tmp_path], workers=1)
    assert rows(ctx) == [] and stored_files(ctx) == [] and thumbs(ctx) == []
    assert not list(ctx.config.media_dir.glob(".import-*"))
