"""Test files for the media library: photos with metadata, videos, and bad files of every kind."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import ExifTags, Image, ImageDraw

XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
    b'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:City="Cikarang"/>'
    b"</rdf:RDF></x:xmpmeta>"
)


def jpeg(path: Path, size=(64, 48), colour=(200, 30, 30)) -> Path:
    Image.new("RGB", size, colour).save(path, "JPEG", quality=90)
    return path


def phone_photo(path: Path, size=(400, 300), orientation: int = 6) -> Path:
    """A JPEG stored sideways like a phone's: orientation tag, camera, date, GPS, XMP, ICC, comment.

    The stored pixels are landscape with a red band on the left; upright (turned
    90° clockwise) the photo is portrait with the red band at the top.
    """
    image = Image.new("RGB", size, (30, 120, 200))
    ImageDraw.Draw(image).rectangle((0, 0, size[0] // 5, size[1]), fill=(255, 0, 0))
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "samsung"
    exif[ExifTags.Base.Model] = "SM-A546E"
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.DateTime] = "2026:11:02 08:42:13"
    exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = "2026:11:02 08:42:13"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "S"
    gps[ExifTags.GPS.GPSLatitude] = (6.0, 10.0, 35.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (107.0, 10.0, 16.0)
    from PIL import ImageCms

    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    image.save(
        path, "JPEG", quality=90, exif=exif.tobytes(), xmp=XMP, icc_profile=icc, comment=b"rahasia"
    )
    return path


def heic(path: Path, size=(120, 80)) -> Path:
    import pillow_heif  # noqa: F401 - registered by safe_open

    from sosmed_desktop.imaging import safe_open  # noqa: F401

    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Apple"
    exif[ExifTags.Base.Model] = "iPhone 13"
    Image.new("RGB", size, (10, 160, 60)).save(path, "HEIF", exif=exif.tobytes())
    return path


def video(path: Path, frames: int = 30, size=(160, 120), container: str | None = None) -> Path:
    import av

    with av.open(str(path), "w", format=container) as out:
        stream = out.add_stream("mpeg4", rate=15)
        stream.width, stream.height = size
        stream.pix_fmt = "yuv420p"
        for i in range(frames):
            frame = av.VideoFrame.from_image(Image.new("RGB", size, (i * 8 % 256, 90, 140)))
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return path


def truncated(path: Path) -> Path:
    good = io.BytesIO()
    Image.effect_noise((300, 200), 60).convert("RGB").save(good, "JPEG", quality=95)
    path.write_bytes(good.getvalue()[: len(good.getvalue()) // 2])
    return path


def bomb(path: Path) -> Path:
    """A tiny PNG whose header claims more pixels than Pillow's bomb limit allows."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    side = 20_000  # 400 megapixels: over twice MAX_IMAGE_PIXELS, a DecompressionBombError
    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 64)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )
    return path


def warning_bomb(path: Path) -> Path:
    """A real PNG just over Pillow's warning limit (the warning counts as an error)."""
    limit = Image.MAX_IMAGE_PIXELS or 0
    side = int(limit**0.5) + 10
    Image.new("1", (side, side)).save(path, "PNG")
    return path


def tiff(path: Path) -> Path:
    Image.new("RGB", (20, 20), (1, 2, 3)).save(path, "TIFF")
    return path


PLACE = "-06.1764+106.8271/"  # where a phone says the video was recorded (ISO 6709)


def with_place(clip: Path, target: Path, *, fragmented: bool = False) -> Path:
    """`clip` remuxed with the recording place a phone writes (and, if asked, fragmented)."""
    import av

    options = {"movflags": "frag_keyframe+empty_moov"} if fragmented else {}
    with av.open(str(clip)) as source, av.open(str(target), "w", options=options) as out:
        out.metadata["location"] = PLACE
        out.metadata["creation_time"] = "2026-11-02T08:42:13Z"
        stream = out.add_stream_from_template(source.streams.video[0])
        for packet in source.demux(source.streams.video[0]):
            if packet.dts is not None:
                packet.stream = stream
                out.mux(packet)
    return target
