"""Thumbnails on disk: made once from the original, kept in ``cache/thumbs/``.

A thumbnail is named after the original's SHA-256 and its size, so it never goes
stale (the original under that hash cannot change) and the cache can be deleted
at any time.  Files are written atomically, so a reader in another thread sees a
whole JPEG or nothing, and several threads can make thumbnails side by side:
Pillow releases the GIL while it decodes and resizes.
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

from PIL import Image

from sosmed_desktop.fileops import remove_file, replace_file
from sosmed_desktop.imaging.safe_open import load_upright

THUMB_SIZE = 256
THUMB_QUALITY = 82


def thumb_path(thumbs_dir: Path, sha256: str, size: int = THUMB_SIZE) -> Path:
    """Where the thumbnail of the original with hash `sha256` lives."""
    return thumbs_dir / sha256[:2] / f"{sha256}_{size}.jpg"


def shrink(image: Image.Image, size: int = THUMB_SIZE) -> Image.Image:
    """An RGB copy of an upright `image` that fits in `size`×`size`."""
    if image.mode not in ("RGB", "L"):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        image = flat
    thumb = image.convert("RGB")
    thumb.thumbnail((size, size))  # Pillow's default: bicubic with a reducing gap of 2
    return thumb


def encode(thumb: Image.Image) -> bytes:
    """The thumbnail as a small JPEG without metadata."""
    out = io.BytesIO()
    thumb.save(out, "JPEG", quality=THUMB_QUALITY, optimize=False)
    return out.getvalue()


def store(target: Path, data: bytes) -> None:
    """Write a thumbnail atomically (temporary name, then rename), without fsync.

    A cache file needs no durability: after a power cut a thumbnail may be empty
    or missing, and `ensure_thumbnail` makes it again (`is_usable`).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".thumb-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        replace_file(tmp, target)
    except BaseException:
        remove_file(Path(tmp))
        raise


def is_usable(path: Path) -> bool:
    """True when a cached thumbnail exists and ends like a whole JPEG."""
    try:
        with path.open("rb") as fh:
            fh.seek(-2, os.SEEK_END)
            return fh.read(2) == b"\xff\xd9"
    except OSError:
        return False


def write_thumbnail(target: Path, image: Image.Image, size: int = THUMB_SIZE) -> Path:
    """Shrink an upright decoded `image` and store it at `target`."""
    store(target, encode(shrink(image, size)))
    return target


def ensure_thumbnail(
    thumbs_dir: Path, sha256: str, original: Path, kind: str, size: int = THUMB_SIZE
) -> Path:
    """The cached thumbnail of an original, made now if it is missing.

    Raises `BadImageError` when the original cannot be decoded (damaged since import,
    or missing: `check` reports those).
    """
    target = thumb_path(thumbs_dir, sha256, size)
    if is_usable(target):
        return target
    if kind == "video":
        from sosmed_desktop.imaging.video import poster_frame

        image = poster_frame(original)
    else:
        image, _ = load_upright(original, reduce_to=size)
    return write_thumbnail(target, image, size)
