"""Cataloguing MP4 and MOV videos: duration, frame size and a poster frame.

Videos travel in packages unedited; the library only needs to describe them and
show a picture.  PyAV (FFmpeg's libraries, installed from wheels with pip) reads
the container; only the ISO media demuxer is accepted, so a file with a video
extension but any other content is refused instead of handed to a rarer
demuxer.  The frame size is checked against Pillow's pixel limit before any
frame is decoded, like a decompression bomb.

PyAV is the optional extra ``video`` (about 66 MB on Windows, GPL codecs
inside).  Without it the facts and the metadata-free copy come from the box
structure (`sosmed_desktop.imaging.mp4`), and there is no poster frame: that
needs a decoder, so `poster_frame` raises the reason ``no_video_support`` and
the library shows the video symbol instead.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from PIL import Image

from sosmed_desktop.imaging import mp4
from sosmed_desktop.imaging.safe_open import BadImageError, bad, os_failure

VIDEO_DEMUXER = "mov,mp4,m4a,3gp,3g2,mj2"
FORMAT_BY_EXTENSION = {".mp4": "MP4", ".m4v": "MP4", ".mov": "MOV"}
POSTER_AT_S = 1.0


@dataclass(frozen=True)
class VideoInfo:
    """What the library records about a video."""

    format: str
    width: int
    height: int
    duration_s: float
    taken_at: datetime | None


@cache
def has_pyav() -> bool:
    """Whether the optional video support (PyAV) is installed."""
    return importlib.util.find_spec("av") is not None


def no_video_support(path: Path, what: str) -> BadImageError:
    """The error for something only PyAV can do."""
    return bad(path, "no_video_support", f"{what} needs the optional video support (PyAV)")


def _open(path: Path):
    import av  # imported on first use: FFmpeg's libraries are large

    try:
        return av.open(str(path), format=VIDEO_DEMUXER, metadata_errors="ignore")
    except (FileNotFoundError, PermissionError, IsADirectoryError) as exc:
        raise os_failure(path, exc) from exc
    except (av.FFmpegError, OSError, ValueError) as exc:
        raise bad(path, "unsupported", "not a readable MP4 or MOV video") from exc


def probe_video(path: Path) -> VideoInfo:
    """Duration and frame size of an MP4/MOV file, or BadImageError."""
    if not has_pyav():
        return _probe_boxes(path)
    with _open(path) as container:
        streams = container.streams.video
        if not streams:
            raise bad(path, "unsupported", "the file holds no video")
        stream = streams[0]
        width, height = stream.codec_context.width, stream.codec_context.height
        if not width or not height:
            raise bad(path, "damaged", "the video has no frame size")
        _check_pixels(path, width, height)
        if container.duration is not None:
            duration = container.duration / 1_000_000
        elif stream.duration is not None and stream.time_base is not None:
            duration = float(stream.duration * stream.time_base)
        else:
            raise bad(path, "damaged", "the video has no duration")
        fmt = FORMAT_BY_EXTENSION.get(path.suffix.lower(), "MP4")
        taken = _creation_time(container.metadata.get("creation_time"))
        return VideoInfo(fmt, width, height, round(duration, 3), taken)


def _probe_boxes(path: Path) -> VideoInfo:
    """`probe_video` without PyAV: the facts read from the file's boxes."""
    try:
        facts = mp4.probe(path)
    except (FileNotFoundError, PermissionError, IsADirectoryError) as exc:
        raise os_failure(path, exc) from exc
    except (mp4.Mp4Error, OSError) as exc:
        raise bad(path, "unsupported", f"not a readable MP4 or MOV video: {exc}") from exc
    if facts.fragmented:
        raise no_video_support(path, "reading a fragmented video")
    if not facts.width or not facts.height:
        raise bad(path, "damaged", "the video has no frame size")
    _check_pixels(path, facts.width, facts.height)
    if facts.duration_s <= 0:
        raise bad(path, "damaged", "the video has no duration")
    fmt = FORMAT_BY_EXTENSION.get(path.suffix.lower(), "MP4")
    taken = facts.created if facts.created and facts.created.year >= 1971 else None
    return VideoInfo(fmt, facts.width, facts.height, round(facts.duration_s, 3), taken)


def _creation_time(raw: str | None) -> datetime | None:
    """The recording time phones write into the container (UTC, ISO 8601)."""
    if not raw:
        return None
    try:
        value = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return None
    if value.year < 1971:  # an unset clock: the container's epoch, not a real time
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def poster_frame(path: Path) -> Image.Image:
    """An upright RGB frame about one second in (or the first frame of a shorter video)."""
    if not has_pyav():
        raise no_video_support(path, "a poster frame")
    import av

    with _open(path) as container:
        if not container.streams.video:
            raise bad(path, "unsupported", "the file holds no video")
        stream = container.streams.video[0]
        _check_pixels(path, stream.codec_context.width, stream.codec_context.height)
        stream.thread_type = "AUTO"
        try:
            if container.duration and container.duration > POSTER_AT_S * 2_000_000:
                container.seek(int(POSTER_AT_S * 1_000_000))
            for frame in container.decode(stream):
                return frame.to_image().convert("RGB")
        except (av.FFmpegError, OSError, ValueError) as exc:
            raise bad(path, "damaged", f"damaged video: {exc}") from exc
    raise bad(path, "damaged", "the video has no frame to show")


def _check_pixels(path: Path, width: int, height: int) -> None:
    limit = Image.MAX_IMAGE_PIXELS
    if limit is not None and width * height > limit:
        raise bad(path, "too_large", "video frame too large (pixel limit)")


def copy_without_metadata(source: Path, target: Path) -> None:
    """Remux `source` into `target` (MP4) stream by stream, leaving container metadata out.

    Phones write the recording place (``location``, ISO 6709) and device names
    into the container; a package must not carry them.  The audio and video
    streams are copied bit for bit (no re-encoding), so this takes seconds.
    Without PyAV the boxes that hold the metadata are left out instead.
    """
    if not has_pyav():
        try:
            mp4.copy_without_metadata(source, target)
        except mp4.FragmentedError as exc:
            raise no_video_support(source, "copying a fragmented video") from exc
        except mp4.Mp4Error as exc:
            raise bad(source, "damaged", f"the video cannot be copied: {exc}") from exc
        return
    import av

    with _open(source) as inp:
        streams = [s for s in inp.streams if s.type in ("video", "audio")]
        if not any(s.type == "video" for s in streams):
            raise bad(source, "unsupported", "the file holds no video")
        try:
            with av.open(str(target), mode="w", format="mp4") as out:
                mapping = {s.index: out.add_stream_from_template(s) for s in streams}
                for out_stream in mapping.values():
                    out_stream.metadata.clear()
                for packet in inp.demux(streams):
                    if packet.dts is None:
                        continue
                    packet.stream = mapping[packet.stream.index]
                    out.mux(packet)
        except (av.FFmpegError, ValueError) as exc:
            raise bad(source, "damaged", f"the video cannot be copied: {exc}") from exc
