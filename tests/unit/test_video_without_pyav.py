"""Videos on a PC without the optional video support (PyAV): read and cleaned from their boxes.

The test environment has PyAV, which makes the clips; `has_pyav` is switched off
to take the path an installation without the ``video`` extra takes, and PyAV
then checks what that path wrote.
"""

from __future__ import annotations

import struct
from datetime import datetime
from pathlib import Path

import av
import pytest

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.imaging import mp4, video
from sosmed_desktop.imaging.safe_open import BadImageError
from sosmed_desktop.services.media.bulk_import import import_paths
from sosmed_desktop.services.packages import exporting as packages_export
from tests import media_files as mf
from tests.unit.packaging import approved_video_post, members


@pytest.fixture
def without_pyav(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(video, "has_pyav", lambda: False)


def packets(path: Path) -> list[bytes]:
    with av.open(str(path)) as container:
        return [bytes(p) for p in container.demux(container.streams.video[0]) if p.size]


@pytest.mark.parametrize(("name", "container"), [("klip.mp4", "mp4"), ("klip.mov", "mov")])
def test_the_boxes_give_what_pyav_gives(tmp_path: Path, name: str, container: str) -> None:
    clip = mf.with_place(mf.video(tmp_path / f"src-{name}", container=container), tmp_path / name)
    with_av = video.probe_video(clip)
    from_boxes = video._probe_boxes(clip)
    assert (from_boxes.format, from_boxes.width, from_boxes.height) == (
        with_av.format,
        with_av.width,
        with_av.height,
    )
    assert from_boxes.duration_s == pytest.approx(with_av.duration_s, abs=0.07)
    assert (
        from_boxes.taken_at
        == with_av.taken_at
        == datetime.fromisoformat("2026-11-02T08:42:13+00:00")
    )


def test_the_copy_leaves_the_place_out_and_the_pictures_in(tmp_path: Path) -> None:
    clip = mf.with_place(mf.video(tmp_path / "src.mp4", container="mp4"), tmp_path / "lokasi.mp4")
    with av.open(str(clip)) as original:
        assert original.metadata["location"] == mf.PLACE
    copy = tmp_path / "bersih.mp4"
    mp4.copy_without_metadata(clip, copy)
    data = copy.read_bytes()
    assert b"udta" not in data and b"+106.8271" not in data
    with av.open(str(copy)) as cleaned:
        assert "location" not in cleaned.metadata and "creation_time" not in cleaned.metadata
        assert cleaned.streams.video[0].codec_context.width == 160
        frames = sum(1 for _ in cleaned.decode(video=0))
    assert frames == 30
    assert packets(copy) == packets(clip)


def test_media_data_before_the_movie_header_is_moved_correctly(tmp_path: Path) -> None:
    """PyAV writes ``mdat`` first; the copy puts ``moov`` first, so every offset moves."""
    clip = mf.with_place(mf.video(tmp_path / "src.mp4", container="mp4"), tmp_path / "a.mp4")
    with clip.open("rb") as fh:
        order = [box.kind for box in mp4._file_boxes(fh, clip.stat().st_size)]
    assert order.index(b"mdat") < order.index(b"moov")
    copy = tmp_path / "b.mp4"
    mp4.copy_without_metadata(clip, copy)
    with copy.open("rb") as fh:
        assert [b.kind for b in mp4._file_boxes(fh, copy.stat().st_size)] == [
            b"ftyp",
            b"moov",
            b"mdat",
        ]
    assert packets(copy) == packets(clip)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"bukan video sama sekali", "unsupported"),
        (struct.pack(">I4s", 64, b"ftyp") + b"isom", "unsupported"),  # a box past the end
        (struct.pack(">I4s", 16, b"ftyp") + b"isom" + b"\0" * 4, "unsupported"),  # no moov
    ],
)
def test_bad_files_are_refused_without_pyav(
    tmp_path: Path, without_pyav: None, content: bytes, reason: str
) -> None:
    path = tmp_path / "video.mp4"
    path.write_bytes(content)
    with pytest.raises(BadImageError) as caught:
        video.probe_video(path)
    assert caught.value.params["reason"] == reason


def test_a_truncated_video_is_refused(tmp_path: Path, without_pyav: None) -> None:
    clip = mf.video(tmp_path / "src.mp4", container="mp4")
    cut = tmp_path / "terpotong.mp4"
    cut.write_bytes(clip.read_bytes()[: clip.stat().st_size // 2])
    with pytest.raises(BadImageError):
        video.probe_video(cut)


def test_fragmented_videos_need_pyav(tmp_path: Path, without_pyav: None) -> None:
    clip = mf.video(tmp_path / "src.mp4", container="mp4")
    fragmented = mf.with_place(clip, tmp_path / "frag.mp4", fragmented=True)
    with pytest.raises(BadImageError) as caught:
        video.probe_video(fragmented)
    assert caught.value.params["reason"] == "no_video_support"
    with pytest.raises(BadImageError) as caught:
        video.copy_without_metadata(fragmented, tmp_path / "out.mp4")
    assert caught.value.params["reason"] == "no_video_support"


def test_import_without_pyav_catalogues_the_video_without_a_poster(
    ctx: AppContext, tmp_path: Path, without_pyav: None
) -> None:
    folder = tmp_path / "kamera"
    folder.mkdir()
    mf.video(folder / "klip.mp4", container="mp4")
    mf.video(folder / "klip2.mov", frames=20, container="mov")
    report = import_paths(ctx, [folder])
    assert [o.status for o in report.outcomes] == ["added", "added"]
    assert report.videos_without_poster == 2
    assert not list(ctx.config.thumbs_dir.rglob("*.jpg"))  # the grid shows the video symbol
    with pytest.raises(BadImageError) as caught:
        video.poster_frame(folder / "klip.mp4")
    assert caught.value.params["reason"] == "no_video_support"


def test_export_without_pyav_ships_the_video_without_its_place(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clip = mf.with_place(mf.video(tmp_path / "src.mp4", container="mp4"), tmp_path / "lokasi.mp4")
    post_id = approved_video_post(ctx, clip)
    monkeypatch.setattr(video, "has_pyav", lambda: False)
    files = members(packages_export.export_post(ctx, post_id, tmp_path / "out").path)
    shipped = tmp_path / "shipped.mp4"
    shipped.write_bytes(files["instagram/01.mp4"])
    with av.open(str(shipped)) as copied:
        assert "location" not in copied.metadata
    assert packets(shipped) == packets(clip)
    assert files["persetujuan.pdf"].startswith(b"%PDF-")
