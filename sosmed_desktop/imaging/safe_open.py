"""Opening untrusted image files safely and reading what the library shows about them.

Only an allow-list of formats is decoded (rarer decoders have had memory-safety
bugs); Pillow's decompression-bomb warning is treated as an error; orientation
from EXIF is applied before anything else.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PIL import ExifTags, Image, ImageOps, UnidentifiedImageError

from sosmed_desktop.errors import ValidationError

ALLOWED_FORMATS = ("JPEG", "PNG", "WEBP", "GIF")
EXIF_GPS_IFD = 0x8825
EXIF_IFD = 0x8769


@dataclass(frozen=True)
class ImageInfo:
    """What the library records about a photo."""

    format: str
    width: int
    height: int
    taken_at: datetime | None
    camera: str
    gps_lat: float | None
    gps_lon: float | None


class BadImageError(ValidationError):
    """The file is not an image we accept (corrupt, foreign format, too large)."""

    code = "bad_image"
    template = "{name}: {detail}"


@contextmanager
def open_image(path: Path) -> Iterator[Image.Image]:
    """Open `path` with the format allow-list and bomb protection, or raise BadImageError."""
    name = path.name
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(path, formats=ALLOWED_FORMATS) as image:
                yield image
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise BadImageError(name=name, detail="image too large (pixel limit)") from exc
        except UnidentifiedImageError as exc:
            raise BadImageError(name=name, detail="not a supported image") from exc
        except OSError as exc:
            raise BadImageError(name=name, detail=f"unreadable: {exc}") from exc


def read_info(path: Path, tz: ZoneInfo) -> ImageInfo:
    """Dimensions (after orientation), date taken, camera and GPS position of a photo.

    Decodes the pixels once so that a truncated file is refused here, not later.
    """
    with open_image(path) as image:
        exif = image.getexif()
        try:
            image.load()
        except (OSError, SyntaxError, ValueError) as exc:
            raise BadImageError(name=path.name, detail=f"damaged: {exc}") from exc
        upright = ImageOps.exif_transpose(image)
        width, height = upright.size
        fmt = image.format or ""
    camera = " ".join(
        str(exif.get(tag, "")).strip("\x00 ") for tag in (ExifTags.Base.Make, ExifTags.Base.Model)
    ).strip()
    lat, lon = _gps(exif)
    return ImageInfo(fmt, width, height, _taken_at(exif, tz), camera, lat, lon)


def _taken_at(exif: Image.Exif, tz: ZoneInfo) -> datetime | None:
    raw = exif.get_ifd(EXIF_IFD).get(ExifTags.Base.DateTimeOriginal) or exif.get(
        ExifTags.Base.DateTime
    )
    if not raw:
        return None
    try:
        local = datetime.strptime(str(raw).strip("\x00 "), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    return local.replace(tzinfo=tz)


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
