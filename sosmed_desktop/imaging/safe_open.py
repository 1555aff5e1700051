"""Opening untrusted image files safely and reading what the library shows about them.

Only an allow-list of formats is decoded (rarer decoders have had memory-safety
bugs); an image over Pillow's decompression-bomb limit is refused; orientation
from EXIF is applied before anything else.  HEIC/HEIF phone photos are decoded by
pillow-heif, registered here once so every opener sees the same allow-list.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pillow_heif
from PIL import ExifTags, Image, ImageOps, UnidentifiedImageError

from sosmed_desktop.errors import ValidationError

pillow_heif.register_heif_opener()
warnings.filterwarnings("ignore", category=Image.DecompressionBombWarning)

ALLOWED_FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "HEIF")
DECODE_BLOCK = 1 << 22
EXIF_GPS_IFD = 0x8825
EXIF_IFD = 0x8769


@dataclass(frozen=True)
class ImageInfo:
    """What the library records about a photo (dimensions upright, as displayed)."""

    format: str
    width: int
    height: int
    taken_at: datetime | None
    camera: str
    gps_lat: float | None
    gps_lon: float | None


class BadImageError(ValidationError):
    """A file we refuse: empty, corrupt, a foreign format, too large, unreadable or gone.

    `reason` is one of "empty", "unsupported", "too_large", "damaged", "missing",
    "unreadable" or "no_video_support", so the interface can say it in the officer's
    language; `detail` is the English explanation for logs and the command line.
    """

    code = "bad_image"
    template = "{name}: {detail}"


def bad(path: Path, reason: str, detail: str) -> BadImageError:
    """A `BadImageError` naming the file `path` (its name only, as the officer knows it)."""
    return BadImageError(name=display_name(path), reason=reason, detail=detail)


def display_name(path: Path) -> str:
    """The file name as text that can be shown and stored, whatever the file system gave.

    On Linux a name that is not valid UTF-8 arrives with surrogate escapes, which no
    database or label accepts; those bytes are shown as the replacement character.
    """
    return path.name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def os_failure(path: Path, exc: OSError) -> BadImageError:
    """Turn an error reading the source file into the officer's explanation."""
    if isinstance(exc, FileNotFoundError):
        return bad(path, "missing", "the file is no longer there")
    return bad(path, "unreadable", f"cannot be read ({exc.strerror or exc})")


@contextmanager
def open_image(path: Path) -> Iterator[Image.Image]:
    """Open `path` with the format allow-list and bomb protection, or raise BadImageError.

    Pillow only *warns* between its limit and twice it, and a warnings filter is
    process-wide state that import threads would race on; so the size is checked
    here, and Pillow's own warning (already answered by this refusal) is silenced.
    """
    try:
        with Image.open(path, formats=ALLOWED_FORMATS) as image:
            _refuse_bomb(path, image.size)
            yield image
    except Image.DecompressionBombError as exc:
        raise bad(path, "too_large", "image too large (pixel limit)") from exc
    except UnidentifiedImageError as exc:
        raise bad(path, "unsupported", "not a supported image") from exc
    except (FileNotFoundError, PermissionError, IsADirectoryError) as exc:
        raise os_failure(path, exc) from exc
    except OSError as exc:
        raise bad(path, "damaged", f"damaged or unreadable: {exc}") from exc


def _refuse_bomb(path: Path, size: tuple[int, int]) -> None:
    limit = Image.MAX_IMAGE_PIXELS
    if limit is not None and size[0] * size[1] > limit:
        raise bad(path, "too_large", "image too large (pixel limit)")


def load_upright(path: Path, reduce_to: int | None = None) -> tuple[Image.Image, ImageInfo]:
    """Decode `path` completely (a truncated file is refused here) and turn it upright.

    With `reduce_to`, JPEGs are decoded at a reduced scale (libjpeg's DCT scaling,
    still reading every byte of the file) to at least that many pixels on the long
    side: thumbnails then cost a fraction of a full decode.  The info reports the
    full upright dimensions either way.
    """
    with open_image(path) as image:
        exif = image.getexif()
        orientation = exif.get(ExifTags.Base.Orientation)
        full = image.size
        if reduce_to:
            image.draft("RGB", (reduce_to, reduce_to))
        # Hand the decoder big blocks: it drops the GIL for each block, and every
        # block costs a fight for the GIL with the other import threads.
        image.decodermaxblock = DECODE_BLOCK
        try:
            image.load()
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            raise bad(path, "damaged", f"damaged: {exc}") from exc
        fmt = image.format or ""
        # In place: an upright photo is not copied (12 MP are 36 MB), a turned one is
        # turned once.
        ImageOps.exif_transpose(image, in_place=True)
        upright = image
    width, height = full
    if orientation in (5, 6, 7, 8):
        width, height = height, width
    camera = " ".join(
        str(exif.get(tag, "")).strip("\x00 ") for tag in (ExifTags.Base.Make, ExifTags.Base.Model)
    ).strip()
    lat, lon = _gps(exif)
    info = ImageInfo(fmt, width, height, _taken_at(exif), camera, lat, lon)
    return upright, info


def _taken_at(exif: Image.Exif) -> datetime | None:
    """The naive wall-clock time the photo was taken, if the camera recorded it."""
    raw = exif.get_ifd(EXIF_IFD).get(ExifTags.Base.DateTimeOriginal) or exif.get(
        ExifTags.Base.DateTime
    )
    if not raw:
        return None
    try:
        return datetime.strptime(str(raw).strip("\x00 "), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None


def _gps(exif: Image.Exif) -> tuple[float | None, float | None]:
    gps = exif.get_ifd(EXIF_GPS_IFD)
    try:
        lat = _degrees(gps[ExifTags.GPS.GPSLatitude], gps.get(ExifTags.GPS.GPSLatitudeRef, "N"))
        lon = _degrees(gps[ExifTags.GPS.GPSLongitude], gps.get(ExifTags.GPS.GPSLongitudeRef, "E"))
    except (KeyError, TypeError, ValueError, ZeroDivisionError):
        return None, None
    return lat, lon


def _degrees(dms: tuple[float, float, float], ref: str) -> float:
    degrees, minutes, seconds = (float(x) for x in dms)
    value = degrees + minutes / 60 + seconds / 3600
    return -value if str(ref).upper().startswith(("S", "W")) else value
