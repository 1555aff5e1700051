"""Files kept with directions and data notes: a photo of the memo, the PDF of a letter.

They are stored like media (once, under their SHA-256, in the data folder; see
`attachment_files.add_attachment`) so a backup, `check` and a move of the data folder cover
them too.  Removing an attachment only unlinks it: the stored file stays, as a
media file does, and can be linked again (undo).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sosmed_desktop.config import Config
from sosmed_desktop.db.models import DataNote, Direction, MediaAsset
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.errors import NotFoundError
from sosmed_desktop.services import audit
from sosmed_desktop.services.directions import attachment_files


@dataclass(frozen=True)
class AttachmentRef:
    """An attached file as lists show it."""

    media_id: int
    name: str
    kind: str
    mime: str
    size_bytes: int

    @property
    def is_pdf(self) -> bool:
        return self.mime == attachment_files.PDF_MIME


def ref(asset: MediaAsset) -> AttachmentRef:
    """The plain view of a stored asset."""
    return AttachmentRef(asset.id, asset.original_name, asset.kind, asset.mime, asset.size_bytes)


def _direction(uow: UnitOfWork, direction_id: int) -> Direction:
    row = uow.session.get(Direction, direction_id)
    if row is None:
        raise NotFoundError(what="direction", ident=direction_id)
    return row


def _note(uow: UnitOfWork, note_id: int) -> DataNote:
    row = uow.session.get(DataNote, note_id)
    if row is None:
        raise NotFoundError(what="data note", ident=note_id)
    return row


def _asset(uow: UnitOfWork, media_id: int) -> MediaAsset:
    asset = uow.session.get(MediaAsset, media_id)
    if asset is None:
        raise NotFoundError(what="media", ident=media_id)
    return asset


def direction_files(uow: UnitOfWork, direction_id: int) -> list[AttachmentRef]:
    """The files attached to a direction, in the order they were added."""
    return [ref(a) for a in _direction(uow, direction_id).attachments]


def attach_file_to_direction(
    config: Config, uow: UnitOfWork, direction_id: int, source: Path
) -> AttachmentRef:
    """Store `source` (photo or PDF) and attach it to the direction; commits."""
    row = _direction(uow, direction_id)
    stored = attachment_files.add_attachment(config, uow, source)
    return _link_direction(uow, row, _asset(uow, stored.media_id))


def attach_media_to_direction(uow: UnitOfWork, direction_id: int, media_id: int) -> AttachmentRef:
    """Attach an already stored file again (undo of a removal); commits."""
    return _link_direction(uow, _direction(uow, direction_id), _asset(uow, media_id))


def _link_direction(uow: UnitOfWork, row: Direction, asset: MediaAsset) -> AttachmentRef:
    if asset not in row.attachments:
        row.attachments.append(asset)
        audit.record(uow, "direction", row.id, "file_attached", media=asset.id)
        uow.commit()
    return ref(asset)


def detach_from_direction(uow: UnitOfWork, direction_id: int, media_id: int) -> None:
    """Remove an attachment from a direction (the stored file stays); commits."""
    row = _direction(uow, direction_id)
    kept = [a for a in row.attachments if a.id != media_id]
    if len(kept) != len(row.attachments):
        row.attachments = kept
        audit.record(uow, "direction", row.id, "file_detached", media=media_id)
        uow.commit()


def note_file(uow: UnitOfWork, note_id: int) -> AttachmentRef | None:
    """The file attached to a data note, if any."""
    row = _note(uow, note_id)
    return ref(_asset(uow, row.attachment_id)) if row.attachment_id else None


def attach_file_to_note(
    config: Config, uow: UnitOfWork, note_id: int, source: Path
) -> AttachmentRef:
    """Store `source` and make it the data note's attachment (replacing one); commits."""
    row = _note(uow, note_id)
    stored = attachment_files.add_attachment(config, uow, source)
    set_note_file(uow, row.id, stored.media_id)
    return ref(_asset(uow, stored.media_id))


def set_note_file(uow: UnitOfWork, note_id: int, media_id: int | None) -> int | None:
    """Set or clear a data note's attachment; commits; returns the previous media id."""
    row = _note(uow, note_id)
    if media_id is not None:
        _asset(uow, media_id)
    previous = row.attachment_id
    if previous != media_id:
        row.attachment_id = media_id
        action = "file_attached" if media_id is not None else "file_detached"
        audit.record(uow, "data_note", row.id, action, media=media_id, previous=previous)
        uow.commit()
    return previous


def file_path(config: Config, uow: UnitOfWork, media_id: int) -> Path:
    """Where an attachment's file is, to open it in the PC's viewer."""
    return attachment_files.stored_file(config, uow, media_id)
