"""Bringing files into the media library: stored once, under their SHA-256.

The file is copied (hashing as it goes) to a temporary name in the media folder,
renamed into place, and only then recorded in the database.  A crash between the
two leaves at most an orphan file, which `check --repair` removes; never a row
that points to a missing file.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from sosmed_desktop.config import Config, os_error_to_domain
from sosmed_desktop.db.models import MediaAsset
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.errors import NotFoundError, ValidationError
from sosmed_desktop.imaging.safe_open import read_info
from sosmed_desktop.services import audit

CHUNK = 1 << 20
MIME_BY_FORMAT = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "WEBP": "image/webp",
    "GIF": "image/gif",
}
EXT_BY_FORMAT = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}


@dataclass(frozen=True)
class ImportResult:
    """The asset a file became, and whether it was new to the library."""

    media_id: int
    created: bool


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


def import_image(config: Config, uow: UnitOfWork, source: Path) -> ImportResult:
    """Add one photo to the library (or find it already there); commits."""
    info = read_info(source, config.tz)
    sha = file_sha256(source)
    existing = uow.session.scalar(select(MediaAsset).where(MediaAsset.sha256 == sha))
    if existing is not None:
        # Known already: restore its original if it went missing, store nothing twice.
        _place_copy(source, media_path(config, existing))
        return ImportResult(existing.id, False)
    asset = MediaAsset(
        sha256=sha,
        original_name=source.name,
        extension=EXT_BY_FORMAT[info.format],
        kind="image",
        mime=MIME_BY_FORMAT[info.format],
        size_bytes=source.stat().st_size,
        width=info.width,
        height=info.height,
        taken_at=info.taken_at,
        camera=info.camera,
        gps_lat=info.gps_lat,
        gps_lon=info.gps_lon,
        title=source.stem,
    )
    target = media_path(config, asset)
    placed = _place_copy(source, target)
    try:
        uow.session.add(asset)
        uow.session.flush()
        audit.record(uow, "media", asset.id, "imported", name=source.name)
        uow.commit()
    except BaseException:
        if placed:
            target.unlink(missing_ok=True)
        raise
    return ImportResult(asset.id, True)


def _place_copy(source: Path, target: Path) -> bool:
    """Copy `source` to `target` atomically; False if an identical file was already there."""
    if target.exists():
        return False
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".import-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                shutil.copyfileobj(src, out, CHUNK)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise os_error_to_domain(exc, target.parent) from exc
    return True


# Attachments: photos of memos and PDF letters kept with directions and data notes ----

PDF_MAGIC = b"%PDF-"
PDF_MIME = "application/pdf"
ATTACHMENT_MAX_BYTES = 50 * 1024 * 1024
IMAGE_MAGICS = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a")


class BadAttachmentError(ValidationError):
    """A file that cannot be kept as an attachment; `reason` says why, for the message."""

    code = "bad_attachment"
    template = "{name}: {detail}"


def add_attachment(config: Config, uow: UnitOfWork, source: Path) -> ImportResult:
    """Store a photo or a PDF under its SHA-256 and add its row, without committing.

    The caller links it and commits in the same transaction.  The kind is read
    from the file's signature, never from its name: PDFs are accepted here only
    (not in the media library), and must look complete (``%PDF-`` near the start,
    ``%%EOF`` near the end).  If the caller's commit fails, the copied file stays
    behind as an orphan that `check` reports; never a row without its file.
    """
    name = source.name
    try:
        size = source.stat().st_size
        with source.open("rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise BadAttachmentError(
            name=name, reason="unreadable", detail=exc.strerror or str(exc)
        ) from exc
    if size > ATTACHMENT_MAX_BYTES:
        raise BadAttachmentError(name=name, reason="too_large", detail="larger than 50 MB")
    if PDF_MAGIC in head:
        _check_pdf_end(source, size)
        fields: dict[str, object] = {"extension": "pdf", "kind": "document", "mime": PDF_MIME}
    elif head.startswith(IMAGE_MAGICS) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        info = read_info(source, config.tz)
        fields = {
            "extension": EXT_BY_FORMAT[info.format],
            "kind": "image",
            "mime": MIME_BY_FORMAT[info.format],
            "width": info.width,
            "height": info.height,
            "taken_at": info.taken_at,
            "camera": info.camera,
            "gps_lat": info.gps_lat,
            "gps_lon": info.gps_lon,
        }
    else:
        raise BadAttachmentError(
            name=name, reason="unsupported", detail="only photos and PDF documents can be attached"
        )
    sha = file_sha256(source)
    existing = uow.session.scalar(select(MediaAsset).where(MediaAsset.sha256 == sha))
    if existing is not None:
        _place_copy(source, media_path(config, existing))
        return ImportResult(existing.id, False)
    asset = MediaAsset(sha256=sha, original_name=name, size_bytes=size, title=source.stem, **fields)
    _place_copy(source, media_path(config, asset))
    uow.session.add(asset)
    uow.session.flush()
    audit.record(uow, "media", asset.id, "imported", name=name, kind=asset.kind)
    return ImportResult(asset.id, True)


def _check_pdf_end(source: Path, size: int) -> None:
    """A PDF cut off in transfer (a half-downloaded WhatsApp file) has no ``%%EOF``."""
    with source.open("rb") as fh:
        fh.seek(max(0, size - 2048))
        tail = fh.read()
    if b"%%EOF" not in tail:
        raise BadAttachmentError(
            name=source.name, reason="damaged_pdf", detail="the PDF is incomplete or damaged"
        )


def stored_file(config: Config, uow: UnitOfWork, media_id: int) -> Path:
    """The file of a stored asset, for opening; raises if the row or the file is gone."""
    asset = uow.session.get(MediaAsset, media_id)
    if asset is None:
        raise NotFoundError(what="media", ident=media_id)
    path = media_path(config, asset)
    if not path.is_file():
        raise NotFoundError(code="attachment_missing", what=asset.original_name, ident=media_id)
    return path
