"""Bringing one file into the media library: stored once, under its SHA-256.

The file is copied (hashing as it goes) to a temporary name in the media
folder, and that copy is what gets checked: decoded completely (an image) or
read as a container (a video), so what is stored is exactly what was checked,
even if the source changes meanwhile.  Only then is the copy renamed into place,
its thumbnail written and the row committed.  A refused file leaves nothing
behind: no copy, no thumbnail, no row.  A crash between rename and commit leaves
at most an orphan file, which `check` reports; never a row without its file.
On a team database the original's bytes are stored with the row, in the same
transaction (`originals.keep`): every PC can then fetch it.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from sqlalchemy import select

from sosmed_desktop.config import Config, os_error_to_domain
from sosmed_desktop.db.models import MediaAsset
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.fileops import remove_file, replace_file
from sosmed_desktop.imaging import thumbs
from sosmed_desktop.imaging.safe_open import (
    BadImageError,
    bad,
    display_name,
    load_upright,
    os_failure,
)
from sosmed_desktop.services import audit
from sosmed_desktop.services.media import originals

CHUNK = 1 << 20
IMAGE_TYPES = {
    "JPEG": ("jpg", "image/jpeg"),
    "PNG": ("png", "image/png"),
    "WEBP": ("webp", "image/webp"),
    "GIF": ("gif", "image/gif"),
    "HEIF": ("heic", "image/heic"),
}
VIDEO_TYPES = {"MP4": ("mp4", "video/mp4"), "MOV": ("mov", "video/quicktime")}
VIDEO_EXTENSIONS = (".mp4", ".m4v", ".mov")
IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".jpe", ".png", ".webp", ".gif", ".heic", ".heif")
MEDIA_EXTENSIONS = IMAGE_EXTENSIONS + VIDEO_EXTENSIONS


@dataclass(frozen=True)
class ImportResult:
    """The asset a file became, whether it was new, and whether it came back from the trash."""

    media_id: int
    created: bool
    restored: bool = False


@dataclass
class Staged:
    """A checked copy of a source file in the media folder, not yet in the library."""

    name: str
    tmp: Path
    sha256: str
    size_bytes: int
    kind: str
    extension: str
    mime: str
    fields: dict[str, object]
    thumbnail: bytes | None

    def discard(self) -> None:
        """Remove the temporary copy (refused, duplicate or cancelled)."""
        remove_file(self.tmp)


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def media_path(config: Config, asset: MediaAsset) -> Path:
    """Where the original of `asset` lives."""
    return config.media_dir / asset.stored_name


def import_file(config: Config, uow: UnitOfWork, source: Path) -> ImportResult:
    """Add one photo or video to the library (or find it already there); commits."""
    staged = stage(config, source)
    try:
        return commit_staged(config, uow, staged)
    finally:
        staged.discard()


def stage(config: Config, source: Path) -> Staged:
    """Copy `source` into the media folder under a temporary name and check the copy.

    Raises `BadImageError` (naming the source) for anything the library refuses;
    the temporary copy is gone by then.  Safe to run on several threads at once.
    """
    name = display_name(source)
    try:
        if source.is_dir():
            raise bad(source, "unsupported", "a folder, not a file")
        if source.stat().st_size == 0:
            raise bad(source, "empty", "the file is empty (0 bytes)")
    except OSError as exc:
        raise os_failure(source, exc) from exc
    is_video = source.suffix.lower() in VIDEO_EXTENSIONS
    # A video copy keeps its extension: the format label (MP4 or MOV) is read from it.
    suffix = source.suffix.lower() if is_video else ".tmp"
    tmp, sha, size = copy_hashing(source, config.media_dir, suffix)
    try:
        if is_video:
            staged = _check_video(tmp, name, sha, size)
        else:
            staged = _check_image(config, tmp, name, sha, size)
    except BadImageError as exc:
        remove_file(tmp)
        params = {k: v for k, v in exc.params.items() if k != "name"}
        raise BadImageError(name=name, **params) from exc
    except BaseException:
        remove_file(tmp)
        raise
    return staged


def _check_image(config: Config, tmp: Path, name: str, sha: str, size: int) -> Staged:
    upright, info = load_upright(tmp, reduce_to=thumbs.THUMB_SIZE)
    extension, mime = IMAGE_TYPES[info.format]
    fields: dict[str, object] = {
        "width": info.width,
        "height": info.height,
        "taken_at": info.taken_at.replace(tzinfo=config.tz) if info.taken_at else None,
        "camera": info.camera[:120],
        "gps_lat": info.gps_lat,
        "gps_lon": info.gps_lon,
    }
    thumb = thumbs.encode(thumbs.shrink(upright))
    return Staged(name, tmp, sha, size, "image", extension, mime, fields, thumb)


def _check_video(tmp: Path, name: str, sha: str, size: int) -> Staged:
    from sosmed_desktop.imaging.video import poster_frame, probe_video

    info = probe_video(tmp)
    extension, mime = VIDEO_TYPES[info.format]
    fields: dict[str, object] = {
        "width": info.width,
        "height": info.height,
        "duration_s": info.duration_s,
        "taken_at": info.taken_at,
    }
    try:
        poster: Image.Image | None = poster_frame(tmp)
    except BadImageError:
        poster = None  # catalogued without a picture; the grid shows a video symbol
    thumb = thumbs.encode(thumbs.shrink(poster)) if poster is not None else None
    return Staged(name, tmp, sha, size, "video", extension, mime, fields, thumb)


def commit_staged(config: Config, uow: UnitOfWork, staged: Staged) -> ImportResult:
    """Put a staged file into the library, or recognise it; commits."""
    return commit_batch(config, uow, [staged])[0]


def commit_batch(config: Config, uow: UnitOfWork, batch: list[Staged]) -> list[ImportResult]:
    """Put staged files into the library, or recognise them, in ONE transaction; commits.

    A batch import commits several files at once: one transaction's work (its
    database log written and synced, its change-log row) instead of one per
    file, which is most of the Python an import does per photo and what two
    import threads would otherwise take turns on.  All or nothing: on a failure
    every original and thumbnail this call put in place is removed again.
    Callers serialise this step (one writer); the temporary copies are renamed
    into place or left for `Staged.discard`.
    """
    placed: list[Path] = []
    try:
        results = [_add(config, uow, staged, placed) for staged in batch]
        uow.commit()
    except OSError as exc:
        _undo(placed)
        raise os_error_to_domain(exc, config.media_dir) from exc
    except BaseException:
        _undo(placed)
        raise
    return results


def _add(config: Config, uow: UnitOfWork, staged: Staged, placed: list[Path]) -> ImportResult:
    """One file of `commit_batch`, without committing; what it puts in place goes to `placed`."""
    existing = uow.session.scalar(select(MediaAsset).where(MediaAsset.sha256 == staged.sha256))
    if existing is not None:
        return _known(config, uow, existing, staged)
    target = originals.stored_path(config, staged.sha256, staged.extension)
    thumb = thumbs.thumb_path(config.thumbs_dir, staged.sha256)
    if not target.exists():
        _rename(staged.tmp, target)
        placed.append(target)
    if staged.thumbnail is not None and not thumb.exists():
        thumbs.store(thumb, staged.thumbnail)
        placed.append(thumb)
    asset = MediaAsset(
        sha256=staged.sha256,
        original_name=staged.name[:400],
        extension=staged.extension,
        kind=staged.kind,
        mime=staged.mime,
        size_bytes=staged.size_bytes,
        title=Path(staged.name).stem[:300],
        **staged.fields,
    )
    uow.session.add(asset)
    uow.session.flush()
    originals.keep(uow, target, staged.sha256)
    audit.record(uow, "media", asset.id, "imported", name=staged.name)
    return ImportResult(asset.id, True)


def _known(config: Config, uow: UnitOfWork, asset: MediaAsset, staged: Staged) -> ImportResult:
    """A file already in the library: restore its original if it went missing, or un-trash it."""
    target = media_path(config, asset)
    if not target.exists():
        _rename(staged.tmp, target)
    originals.keep(uow, target, asset.sha256)  # a team database without it
    restored = asset.deleted_at is not None
    if restored:
        asset.deleted_at = None
        audit.record(uow, "media", asset.id, "restored", name=staged.name)
    return ImportResult(asset.id, False, restored)


def _undo(placed: list[Path]) -> None:
    for path in placed:
        remove_file(path)


def _rename(tmp: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    replace_file(tmp, target)


def copy_hashing(source: Path, media_dir: Path, suffix: str) -> tuple[Path, str, int]:
    """Copy `source` to a temporary file in `media_dir`, fsynced; return it, its hash, size."""
    digest = hashlib.sha256()
    size = 0
    try:
        media_dir.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=media_dir, prefix=".import-", suffix=suffix)
    except OSError as exc:
        raise os_error_to_domain(exc, media_dir) from exc
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            try:
                src = source.open("rb")
            except OSError as exc:
                raise os_failure(source, exc) from exc
            with src:
                while True:
                    try:
                        chunk = src.read(CHUNK)
                    except OSError as exc:
                        raise os_failure(source, exc) from exc
                    if not chunk:
                        break
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        remove_file(tmp)
        raise os_error_to_domain(exc, media_dir) from exc
    except BaseException:
        remove_file(tmp)
        raise
    if size == 0:  # emptied between the size check and the copy
        remove_file(tmp)
        raise bad(source, "empty", "the file is empty (0 bytes)")
    return tmp, digest.hexdigest(), size
