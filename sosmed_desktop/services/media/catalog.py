"""What the post editor needs to know of library photos: file, size, title.

The editor shows a thumbnail (with the feed's crop) of every photo it attaches,
including ones just imported by a drop, so it asks for their summaries by id;
the "from the library" picker lists the most recent ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from sosmed_desktop.db.models import MediaAsset
from sosmed_desktop.db.uow import UnitOfWork

RECENT_LIMIT = 300


@dataclass(frozen=True)
class MediaSummary:
    """A library photo as the editor shows it (`stored_name` is inside the media folder)."""

    id: int
    title: str
    original_name: str
    stored_name: str
    width: int | None
    height: int | None
    size_bytes: int
    imported_at: datetime


def _summary(asset: MediaAsset) -> MediaSummary:
    return MediaSummary(
        id=asset.id,
        title=asset.title or asset.original_name,
        original_name=asset.original_name,
        stored_name=asset.stored_name,
        width=asset.width,
        height=asset.height,
        size_bytes=asset.size_bytes,
        imported_at=asset.imported_at,
    )


def describe_media(uow: UnitOfWork, ids: Iterable[int]) -> dict[int, MediaSummary]:
    """Summaries of the given photos by id (ids not in the library are left out)."""
    wanted = sorted(set(ids))
    found: dict[int, MediaSummary] = {}
    for index in range(0, len(wanted), 900):  # SQLite's parameter limit
        chunk = wanted[index : index + 900]
        for asset in uow.session.scalars(select(MediaAsset).where(MediaAsset.id.in_(chunk))):
            found[asset.id] = _summary(asset)
    return found


def recent_media(uow: UnitOfWork, limit: int = RECENT_LIMIT) -> list[MediaSummary]:
    """Photos outside the trash, most recently imported first."""
    stmt = (
        select(MediaAsset)
        .where(MediaAsset.deleted_at.is_(None), MediaAsset.kind == "image")
        .order_by(MediaAsset.imported_at.desc(), MediaAsset.id.desc())
        .limit(limit)
    )
    return [_summary(a) for a in uow.session.scalars(stmt)]
