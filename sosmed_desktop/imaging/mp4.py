"""MP4 and MOV read and cleaned in pure Python, for PCs without PyAV (FFmpeg).

PyAV is an optional extra (``video``): about 66 MB on Windows, with GPL codecs
inside, used only for a video's facts, its poster frame and a metadata-free
copy.  Two of those need no decoder, only the box structure of the ISO base
media file format (ISO/IEC 14496-12, which QuickTime's MOV shares):

* `probe`: frame size (the video track's sample description), duration and
  recording time (``mvhd``), as PyAV's ``mov`` demuxer reports them;
* `copy_without_metadata`: the file rewritten as ``ftyp``, ``moov`` and the
  ``mdat`` media data, leaving out every ``udta``, ``meta`` and ``uuid`` box
  (where phones write the recording place, the device and XMP) and every other
  top-level box, with the creation and modification times set to zero; the
  chunk offsets (``stco``/``co64``) are moved to the new position of the data.
  The samples themselves are copied byte for byte.

Every box is bounds-checked against its parent, so a damaged or hostile file is
refused with `Mp4Error` before it is trusted.  Fragmented files (``moof``),
which only streaming tools write, are refused for the copy: their data offsets
live in each fragment.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import BinaryIO

MAX_BOXES = 10_000  # per level: real files have a handful
MAX_MOOV_BYTES = 256 * 1024 * 1024
CHUNK = 1 << 20
DESCEND = frozenset({b"moov", b"trak", b"mdia", b"minf", b"stbl", b"edts"})
STRIPPED = frozenset({b"udta", b"meta", b"uuid"})
FRAGMENTS = frozenset({b"moof", b"mvex", b"mfra"})
TIMED = frozenset({b"mvhd", b"tkhd", b"mdhd"})  # full boxes opening with two timestamps
EPOCH_1904 = datetime(1904, 1, 1, tzinfo=UTC)


class Mp4Error(ValueError):
    """The file is not a readable MP4/MOV, or not one this module can copy."""


class FragmentedError(Mp4Error):
    """A fragmented file: readable, but only PyAV can copy it without its metadata."""


@dataclass(frozen=True)
class Box:
    """One box: its four-letter type, where it starts, its header length and its size."""

    kind: bytes
    start: int
    header: int
    size: int

    @property
    def body(self) -> int:
        return self.start + self.header

    @property
    def end(self) -> int:
        return self.start + self.size


@dataclass(frozen=True)
class Mp4Facts:
    """What `probe` reads: the first video track's frame size, the duration, the recording time."""

    width: int
    height: int
    duration_s: float
    created: datetime | None
    fragmented: bool


def _read_boxes(read_at, start: int, end: int) -> list[Box]:
    """The boxes between `start` and `end`; `read_at(offset, n)` returns the bytes there."""
    boxes: list[Box] = []
    pos = start
    while pos < end:
        if len(boxes) >= MAX_BOXES:
            raise Mp4Error("too many boxes")
        if end - pos < 8:
            raise Mp4Error("a box header is cut off")
        size, kind = struct.unpack(">I4s", read_at(pos, 8))
        header = 8
        if size == 1:
            if end - pos < 16:
                raise Mp4Error("a large box header is cut off")
            (size,) = struct.unpack(">Q", read_at(pos + 8, 8))
            header = 16
        elif size == 0:
            size = end - pos  # the last box runs to the end of its parent
        if size < header or pos + size > end:
            raise Mp4Error(f"the box {kind!r} runs past its container")
        boxes.append(Box(kind, pos, header, size))
        pos += size
    return boxes


def _file_boxes(fh: BinaryIO, size: int) -> list[Box]:
    def read_at(offset: int, n: int) -> bytes:
        fh.seek(offset)
        return fh.read(n)

    return _read_boxes(read_at, 0, size)


def _children(data: bytes, box: Box) -> list[Box]:
    """The boxes inside `box`, whose bytes are `data` (offsets relative to `data`)."""
    return _read_boxes(lambda offset, n: data[offset : offset + n], box.body, box.end)


def _find(data: bytes, box: Box, kind: bytes) -> Box | None:
    return next((child for child in _children(data, box) if child.kind == kind), None)


def _load_moov(fh: BinaryIO, top: list[Box]) -> tuple[bytes, Box]:
    """The ``moov`` box's bytes and the box itself, re-based to offset 0."""
    movies = [box for box in top if box.kind == b"moov"]
    if len(movies) != 1:
        raise Mp4Error("no movie header (moov)" if not movies else "more than one moov box")
    moov = movies[0]
    if moov.size > MAX_MOOV_BYTES:
        raise Mp4Error("the movie header is implausibly large")
    fh.seek(moov.start)
    data = fh.read(moov.size)
    if len(data) != moov.size:
        raise Mp4Error("the movie header is cut off")
    return data, Box(moov.kind, 0, moov.header, moov.size)


def _full_box_version(data: bytes, box: Box) -> int:
    if box.size - box.header < 4:
        raise Mp4Error(f"the box {box.kind!r} is too short")
    return data[box.body]


def _movie_header(data: bytes, box: Box) -> tuple[float, datetime | None]:
    """(duration in seconds, creation time) from ``mvhd``."""
    version = _full_box_version(data, box)
    layout = ">QQIQ" if version == 1 else ">IIII"
    needed = struct.calcsize(layout)
    if box.size - box.header < 4 + needed:
        raise Mp4Error("the movie header (mvhd) is too short")
    created, _modified, timescale, duration = struct.unpack_from(layout, data, box.body + 4)
    if not timescale:
        raise Mp4Error("the movie header has no time scale")
    when = EPOCH_1904 + timedelta(seconds=created) if created else None
    return duration / timescale, when


def _handler(data: bytes, mdia: Box) -> bytes:
    hdlr = _find(data, mdia, b"hdlr")
    if hdlr is None or hdlr.size - hdlr.header < 12:
        return b""
    return data[hdlr.body + 8 : hdlr.body + 12]


def _frame_size(data: bytes, trak: Box, mdia: Box) -> tuple[int, int]:
    """The coded frame size from the first visual sample entry, else the track header."""
    minf = _find(data, mdia, b"minf")
    stbl = _find(data, minf, b"stbl") if minf else None
    stsd = _find(data, stbl, b"stsd") if stbl else None
    # stsd: version/flags 4, entry count 4; a visual sample entry: size 4, format 4,
    # reserved 6, data reference 2, pre-defined/reserved 16, then width 2, height 2.
    if stsd is not None and stsd.size - stsd.header >= 8 + 36:
        width, height = struct.unpack_from(">HH", data, stsd.body + 8 + 32)
        if width and height:
            return width, height
    tkhd = _find(data, trak, b"tkhd")
    if tkhd is None:
        return 0, 0
    offset = 4 + (32 if _full_box_version(data, tkhd) == 1 else 20) + 52
    if tkhd.size - tkhd.header < offset + 8:
        return 0, 0
    width, height = struct.unpack_from(">II", data, tkhd.body + offset)
    return width >> 16, height >> 16  # 16.16 fixed point


def probe(path: Path) -> Mp4Facts:
    """Read the facts of an MP4/MOV file; `Mp4Error` when it is not one."""
    with path.open("rb") as fh:
        size = path.stat().st_size
        top = _file_boxes(fh, size)
        data, moov = _load_moov(fh, top)
    movie = _children(data, moov)
    mvhd = next((box for box in movie if box.kind == b"mvhd"), None)
    if mvhd is None:
        raise Mp4Error("no movie header (mvhd)")
    duration, created = _movie_header(data, mvhd)
    fragmented = any(box.kind in FRAGMENTS for box in top) or any(
        box.kind in FRAGMENTS for box in movie
    )
    for trak in (box for box in movie if box.kind == b"trak"):
        mdia = _find(data, trak, b"mdia")
        if mdia is not None and _handler(data, mdia) == b"vide":
            width, height = _frame_size(data, trak, mdia)
            return Mp4Facts(width, height, duration, created, fragmented)
    raise Mp4Error("the file holds no video")


# --- the metadata-free copy ------------------------------------------------------------


def _header(kind: bytes, body_size: int) -> bytes:
    if body_size + 8 <= 0xFFFFFFFF:
        return struct.pack(">I4s", body_size + 8, kind)
    return struct.pack(">I4sQ", 1, kind, body_size + 16)


class _Rebuilder:
    """Writes a cleaned ``moov``; `place` maps an old file offset of media data to the new one."""

    def __init__(self, data: bytes, place) -> None:
        self.data = data
        self.place = place

    def box(self, box: Box) -> bytes:
        if box.kind in DESCEND:
            body = b"".join(
                self.box(child) for child in _children(self.data, box) if child.kind not in STRIPPED
            )
            return _header(box.kind, len(body)) + body
        raw = bytearray(self.data[box.start : box.end])
        body = box.header
        if box.kind in TIMED:
            width = 8 if _full_box_version(self.data, box) == 1 else 4
            if box.size - box.header < 4 + 2 * width:
                raise Mp4Error(f"the box {box.kind!r} is too short")
            raw[body + 4 : body + 4 + 2 * width] = bytes(2 * width)
        elif box.kind in (b"stco", b"co64"):
            self._move_offsets(raw, box, 8 if box.kind == b"co64" else 4)
        return bytes(raw)

    def _move_offsets(self, raw: bytearray, box: Box, width: int) -> None:
        if box.size - box.header < 8:
            raise Mp4Error("a chunk offset table is too short")
        (count,) = struct.unpack_from(">I", raw, box.header + 4)
        if box.header + 8 + count * width > box.size:
            raise Mp4Error("a chunk offset table runs past its box")
        fmt = ">Q" if width == 8 else ">I"
        for index in range(count):
            at = box.header + 8 + index * width
            (old,) = struct.unpack_from(fmt, raw, at)
            new = self.place(old)
            if width == 4 and new > 0xFFFFFFFF:
                raise Mp4Error("the copy would need 64-bit chunk offsets")
            struct.pack_into(fmt, raw, at, new)


def copy_without_metadata(source: Path, target: Path) -> None:
    """Write `source` to `target` without its metadata boxes (see the module docstring)."""
    with source.open("rb") as fh:
        top = _file_boxes(fh, source.stat().st_size)
        if any(box.kind in FRAGMENTS for box in top):
            raise FragmentedError("a fragmented video cannot be copied without PyAV")
        data, moov = _load_moov(fh, top)
        if any(child.kind in FRAGMENTS for child in _children(data, moov)):
            raise FragmentedError("a fragmented video cannot be copied without PyAV")
        ftyp = next((box for box in top if box.kind == b"ftyp"), None)
        fh.seek(ftyp.start if ftyp else 0)
        head = fh.read(ftyp.size) if ftyp else b""
        media = [box for box in top if box.kind == b"mdat"]
        if not media:
            raise Mp4Error("the file holds no media data (mdat)")
        moov_size = len(_Rebuilder(data, lambda offset: 0).box(moov))
        starts: list[tuple[Box, int]] = []  # (old box, new position of its body)
        position = len(head) + moov_size
        for box in media:
            body = box.size - box.header
            position += len(_header(b"mdat", body))
            starts.append((box, position))
            position += body

        def place(offset: int) -> int:
            for box, new_body in starts:
                if box.body <= offset < box.end:
                    return new_body + offset - box.body
            raise Mp4Error("a chunk offset points outside the media data")

        new_moov = _Rebuilder(data, place).box(moov)
        with target.open("wb") as out:
            out.write(head)
            out.write(new_moov)
            for box, _new_body in starts:
                out.write(_header(b"mdat", box.size - box.header))
                fh.seek(box.body)
                left = box.size - box.header
                while left:
                    chunk = fh.read(min(CHUNK, left))
                    if not chunk:
                        raise Mp4Error("the media data is cut off")
                    out.write(chunk)
                    left -= len(chunk)
