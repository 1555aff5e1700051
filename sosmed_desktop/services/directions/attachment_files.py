"""Storing attachments: photos of memos and PDF letters kept with directions and data notes.

They live in the media folder under their SHA-256 like library media (so backups,
`check` and a move of the data folder cover them), but a PDF is accepted only
here, never in the media library.  The kind is read from the file's signature,
never from its name.  Nothing here commits: the caller links the attachment and
commits in the same transaction.  If that commit fails, the copied file stays
behind as an orphan that `check` reports; never a row without its file.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from sosmed_desktop.config import Config, os_error_to_domain
from sosmed_desktop.db.models import MediaAsset
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.errors import NotFoundError, ValidationError
from sosmed_desktop.fileops import remove_file, replace_file
from sosmed_desktop.services import audit
from sosmed_desktop.services.media import media, originals
from sosmed_desktop.services.media.media import ImportResult, media_path
from sosmed_desktop.services.media.originals import stored_path

PDF_MAGIC = b"%PDF-"
PDF_MIME = "application/pdf"
ATTACHMENT_MAX_BYTES = 50 * 1024 * 1024
IMAGE_MAGICS = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a")


class BadAttachmentError(ValidationError):
    """A file that cannot be kept as an attachment; `reason` says why, for the message."""

    code = "bad_attachment"
    template = "{name}: {detail}"


def add_attachment(config: Config, uow: UnitOfWork, source: Path) -> ImportResult:
    """Store a photo or a PDF and add its row, without committing."""
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
        return _add_pdf(config, uow, source, size)
    if head.startswith(IMAGE_MAGICS) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return _add_photo(config, uow, source)
    raise BadAttachmentError(
        name=name, reason="unsupported", detail="only photos and PDF documents can be attached"
    )


def _add_photo(config: Config, uow: UnitOfWork, source: Path) -> ImportResult:
    staged = media.stage(config, source)  # a damaged photo raises BadImageError
    try:
        fields = {"extension": staged.extension, "kind": "image", "mime": staged.mime}
        return _store(
            config,
            uow,
            staged.tmp,
            staged.sha256,
            staged.size_bytes,
            source,
            {**fields, **staged.fields},
        )
    finally:
        staged.discard()


def _add_pdf(config: Config, uow: UnitOfWork, source: Path, size: int) -> ImportResult:
    _check_pdf_end(source, size)
    tmp, sha, copied = media.copy_hashing(source, config.media_dir, ".tmp")
    try:
        fields = {"extension": "pdf", "kind": "document", "mime": PDF_MIME}
        return _store(config, uow, tmp, sha, copied, source, fields)
    finally:
        remove_file(tmp)


def _store(
    config: Config,
    uow: UnitOfWork,
    tmp: Path,
    sha: str,
    size: int,
    source: Path,
    fields: dict[str, object],
) -> ImportResult:
    """Rename the checked copy into place (if new) and add the row (if new)."""
    existing = uow.session.scalar(select(MediaAsset).where(MediaAsset.sha256 == sha))
    target = (
        media_path(config, existing)
        if existing
        else stored_path(config, sha, str(fields["extension"]))
    )
    try:
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            replace_file(tmp, target)
    except OSError as exc:
        raise os_error_to_domain(exc, config.media_dir) from exc
    if existing is not None:
        return ImportResult(existing.id, False)
    asset = MediaAsset(
        sha256=sha, original_name=source.name, size_bytes=size, title=source.stem, **fields
    )
    uow.session.add(asset)
    uow.session.flush()
    originals.keep(uow, target, sha)
    audit.record(uow, "media", asset.id, "imported", name=source.name, kind=asset.kind)
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
    path = originals.local_original(config, uow, asset.sha256, asset.extension)
    if not path.is_file():
        raise NotFoundError(code="attachment_missing", what=asset.original_name, ident=media_id)
    return path
