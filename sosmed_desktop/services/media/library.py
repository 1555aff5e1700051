"""Browsing and describing the media library: filtered id lists, rows, details, trash.

The grid asks first for the ids that match a filter (cheap, one column), then
for the rows of the ids it is about to show, a page at a time; so 5,000 items
cost 5,000 integers until they scroll into view.  Deleting moves items to a
recoverable trash (`deleted_at`); the original file stays until the trash is
emptied, and items used by posts can never be purged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import selectinload

from sosmed_desktop.config import Config
from sosmed_desktop.db.models import (
    DataNote,
    Direction,
    MediaAsset,
    Platform,
    Post,
    PostVariant,
    Tag,
    VariantMedia,
    direction_attachments,
    media_tags,
)
from sosmed_desktop.db.types import utcnow
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.errors import NotFoundError, ValidationError
from sosmed_desktop.fileops import remove_file
from sosmed_desktop.imaging.thumbs import thumb_path
from sosmed_desktop.services import audit
from sosmed_desktop.services.media.media import media_path

SORT_TAKEN, SORT_IMPORTED = "taken", "imported"
MAX_TAG_LENGTH = 80


@dataclass(frozen=True)
class MediaFilter:
    """What the grid shows: `used` None = all, True = used in a post, False = unused."""

    text: str = ""
    kind: str | None = None
    tag: str | None = None
    used: bool | None = None
    since: datetime | None = None
    favourites: bool = False
    trash: bool = False
    sort: str = SORT_TAKEN


@dataclass(frozen=True)
class MediaRow:
    """What one grid cell needs."""

    id: int
    title: str
    kind: str
    sha256: str
    path: Path
    favourite: bool
    has_gps: bool
    duration_s: float | None


@dataclass(frozen=True)
class Usage:
    """One place an item is used: a post's platform variant, a direction or a data note."""

    kind: str
    id: int
    title: str
    detail: str = ""
    when: datetime | None = None


@dataclass(frozen=True)
class MediaDetail:
    """Everything the side panel shows and edits."""

    id: int
    title: str
    description: str
    original_name: str
    kind: str
    mime: str
    size_bytes: int
    width: int | None
    height: int | None
    duration_s: float | None
    taken_at: datetime | None
    imported_at: datetime
    camera: str
    gps_lat: float | None
    gps_lon: float | None
    favourite: bool
    tags: list[str]
    path: Path
    thumbnail: Path
    sha256: str
    deleted_at: datetime | None
    usage: list[Usage] = field(default_factory=list)

    @property
    def has_gps(self) -> bool:
        return self.gps_lat is not None and self.gps_lon is not None


def _used_clause():
    return exists().where(VariantMedia.media_id == MediaAsset.id)


def list_media_ids(uow: UnitOfWork, flt: MediaFilter) -> list[int]:
    """Ids of the items matching `flt`, in display order."""
    stmt = select(MediaAsset.id)
    stmt = stmt.where(
        MediaAsset.deleted_at.is_not(None) if flt.trash else MediaAsset.deleted_at.is_(None)
    )
    if flt.kind:
        stmt = stmt.where(MediaAsset.kind == flt.kind)
    if flt.favourites:
        stmt = stmt.where(MediaAsset.favourite.is_(True))
    if flt.used is not None:
        stmt = stmt.where(_used_clause() if flt.used else ~_used_clause())
    if flt.tag:
        stmt = stmt.where(
            exists()
            .where(media_tags.c.media_id == MediaAsset.id)
            .where(media_tags.c.tag_id == Tag.id)
            .where(Tag.name == flt.tag)
        )
    when = func.coalesce(MediaAsset.taken_at, MediaAsset.imported_at)
    if flt.since is not None:
        column = when if flt.sort == SORT_TAKEN else MediaAsset.imported_at
        stmt = stmt.where(column >= flt.since)
    text = flt.text.strip()
    if text:
        pattern = f"%{_escape_like(text)}%"
        tagged = (
            exists()
            .where(media_tags.c.media_id == MediaAsset.id)
            .where(media_tags.c.tag_id == Tag.id)
            .where(Tag.name.ilike(pattern, escape="\\"))
        )
        stmt = stmt.where(
            or_(
                MediaAsset.title.ilike(pattern, escape="\\"),
                MediaAsset.original_name.ilike(pattern, escape="\\"),
                MediaAsset.description.ilike(pattern, escape="\\"),
                MediaAsset.camera.ilike(pattern, escape="\\"),
                tagged,
            )
        )
    order = when if flt.sort == SORT_TAKEN else MediaAsset.imported_at
    stmt = stmt.order_by(order.desc(), MediaAsset.id.desc())
    return list(uow.session.scalars(stmt))


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def media_rows(uow: UnitOfWork, config: Config, ids: list[int]) -> list[MediaRow]:
    """The grid rows of `ids` (missing ids are left out), in no particular order."""
    if not ids:
        return []
    stmt = select(
        MediaAsset.id,
        MediaAsset.title,
        MediaAsset.original_name,
        MediaAsset.kind,
        MediaAsset.sha256,
        MediaAsset.extension,
        MediaAsset.favourite,
        MediaAsset.gps_lat,
        MediaAsset.gps_lon,
        MediaAsset.duration_s,
    ).where(MediaAsset.id.in_(ids))
    return [
        MediaRow(
            id=r.id,
            title=r.title or r.original_name,
            kind=r.kind,
            sha256=r.sha256,
            path=config.media_dir / r.sha256[:2] / f"{r.sha256}.{r.extension}",
            favourite=r.favourite,
            has_gps=r.gps_lat is not None and r.gps_lon is not None,
            duration_s=r.duration_s,
        )
        for r in uow.session.execute(stmt)
    ]


def _asset(uow: UnitOfWork, media_id: int) -> MediaAsset:
    asset = uow.session.get(MediaAsset, media_id, options=[selectinload(MediaAsset.tags)])
    if asset is None:
        raise NotFoundError(what="media", ident=media_id)
    return asset


def media_detail(uow: UnitOfWork, config: Config, media_id: int) -> MediaDetail:
    """Metadata, tags and every use of one item."""
    a = _asset(uow, media_id)
    return MediaDetail(
        id=a.id,
        title=a.title,
        description=a.description,
        original_name=a.original_name,
        kind=a.kind,
        mime=a.mime,
        size_bytes=a.size_bytes,
        width=a.width,
        height=a.height,
        duration_s=a.duration_s,
        taken_at=a.taken_at,
        imported_at=a.imported_at,
        camera=a.camera,
        gps_lat=a.gps_lat,
        gps_lon=a.gps_lon,
        favourite=a.favourite,
        tags=sorted(t.name for t in a.tags),
        path=media_path(config, a),
        thumbnail=thumb_path(config.thumbs_dir, a.sha256),
        sha256=a.sha256,
        deleted_at=a.deleted_at,
        usage=usage(uow, media_id),
    )


def usage(uow: UnitOfWork, media_id: int) -> list[Usage]:
    """Where an item is used: posts (per platform), directions and data notes."""
    found: list[Usage] = []
    posts = uow.session.execute(
        select(Post.id, Post.title, Post.scheduled_at, Platform.name)
        .join(PostVariant, PostVariant.post_id == Post.id)
        .join(VariantMedia, VariantMedia.variant_id == PostVariant.id)
        .join(Platform, Platform.id == PostVariant.platform_id)
        .where(VariantMedia.media_id == media_id, Post.deleted_at.is_(None))
        .order_by(Post.scheduled_at, Platform.position)
    )
    by_post: dict[int, Usage] = {}
    for post_id, title, when, platform in posts:
        if post_id in by_post:
            prev = by_post[post_id]
            by_post[post_id] = Usage("post", post_id, title, f"{prev.detail}, {platform}", when)
        else:
            by_post[post_id] = Usage("post", post_id, title, platform, when)
    found.extend(by_post.values())
    for direction_id, content in uow.session.execute(
        select(Direction.id, Direction.content)
        .join(direction_attachments, direction_attachments.c.direction_id == Direction.id)
        .where(direction_attachments.c.media_id == media_id)
    ):
        found.append(Usage("direction", direction_id, content[:80]))
    for note_id, title in uow.session.execute(
        select(DataNote.id, DataNote.title).where(DataNote.attachment_id == media_id)
    ):
        found.append(Usage("data_note", note_id, title))
    return found


def usage_counts(uow: UnitOfWork, ids: list[int]) -> dict[int, int]:
    """How many places use each of `ids` (only ids that are used appear)."""
    counts: dict[int, int] = {}
    for media_id in ids:
        n = len(usage(uow, media_id))
        if n:
            counts[media_id] = n
    return counts


def update_media(
    uow: UnitOfWork,
    media_id: int,
    *,
    title: str,
    description: str,
    tags: list[str],
    favourite: bool,
) -> None:
    """Save what the officer typed about an item; commits."""
    a = _asset(uow, media_id)
    names = []
    for raw in tags:
        name = " ".join(raw.split())
        if len(name) > MAX_TAG_LENGTH:
            raise ValidationError(detail=f"tag longer than {MAX_TAG_LENGTH} characters")
        if name and name.casefold() not in (n.casefold() for n in names):
            names.append(name)
    known = {t.name.casefold(): t for t in uow.session.scalars(select(Tag))}
    a.tags = [known.get(n.casefold()) or Tag(name=n) for n in names]
    a.title = title.strip()[:300]
    a.description = description.strip()
    a.favourite = favourite
    audit.record(uow, "media", a.id, "described", tags=names, favourite=favourite)
    uow.commit()


def media_tag_names(uow: UnitOfWork) -> list[str]:
    """The tags that label at least one item in the library, sorted."""
    stmt = (
        select(Tag.name)
        .join(media_tags, media_tags.c.tag_id == Tag.id)
        .join(MediaAsset, MediaAsset.id == media_tags.c.media_id)
        .where(MediaAsset.deleted_at.is_(None))
        .distinct()
        .order_by(Tag.name)
    )
    return list(uow.session.scalars(stmt))


def trash_media(uow: UnitOfWork, ids: list[int]) -> list[int]:
    """Move items to the trash (recoverable); returns the ids moved; commits."""
    moved = []
    now = utcnow()
    for media_id in ids:
        a = _asset(uow, media_id)
        if a.deleted_at is None:
            a.deleted_at = now
            audit.record(uow, "media", a.id, "trashed")
            moved.append(a.id)
    uow.commit()
    return moved


def restore_media(uow: UnitOfWork, ids: list[int]) -> list[int]:
    """Bring items back from the trash; returns the ids restored; commits."""
    restored = []
    for media_id in ids:
        a = _asset(uow, media_id)
        if a.deleted_at is not None:
            a.deleted_at = None
            audit.record(uow, "media", a.id, "restored")
            restored.append(a.id)
    uow.commit()
    return restored


def empty_trash(uow: UnitOfWork, config: Config) -> tuple[int, int]:
    """Delete trashed items for good (rows, originals, thumbnails), except those in use.

    Returns (deleted, kept because used).  Files are removed only after the
    commit, so a failure never leaves a row without its original.
    """
    trashed = list(
        uow.session.scalars(select(MediaAsset).where(MediaAsset.deleted_at.is_not(None)))
    )
    doomed: list[tuple[Path, Path]] = []
    kept = 0
    for a in trashed:
        if usage(uow, a.id):
            kept += 1
            continue
        doomed.append((media_path(config, a), thumb_path(config.thumbs_dir, a.sha256)))
        audit.record(uow, "media", a.id, "purged", name=a.original_name)
        uow.session.delete(a)
    uow.commit()
    for original, thumb in doomed:
        remove_file(original)
        remove_file(thumb)
    return len(doomed), kept
