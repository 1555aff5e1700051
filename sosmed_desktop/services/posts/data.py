"""The plain data of a post that the editor sends and receives, and its content hash.

`PostInput` is what the editor saves; `PostDetail` is what it loads (ORM rows
never leave a unit of work).  `content_payload` is exactly what an approval
covers (`domain/approval.py`: per platform the caption, the ordered media by
file hash with their edit recipes, and the personal-data exceptions);
`content_hash` fingerprints it, so an approval can be bound to it and an export
can prove it is what was approved.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosmed_desktop.db.models import Approval, MediaAsset, Post
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.approval import ContentChange, Payload, content_changes, fingerprint
from sosmed_desktop.domain.personal_data import DataException
from sosmed_desktop.domain.statuses import ApprovalDecision, PostStatus


@dataclass(frozen=True)
class MediaItem:
    """One image of a variant's carousel and the recipe of its edit (crop, preset ...)."""

    media_id: int
    recipe: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class VariantInput:
    """The post on one platform: its caption (or the master's) and ordered media."""

    platform: str
    caption: str = ""
    follows_master: bool = True
    media: tuple[MediaItem, ...] = ()


@dataclass(frozen=True)
class PostInput:
    """Everything the editor saves.  `scheduled_at` must be aware (any zone)."""

    title: str
    scheduled_at: datetime | None = None
    program_id: int | None = None
    tags: tuple[str, ...] = ()
    master_caption: str = ""
    variants: tuple[VariantInput, ...] = ()
    notes: str = ""
    data_note_ids: tuple[int, ...] = ()
    checklist: tuple[str, ...] = ()
    exceptions: tuple[DataException, ...] = ()
    """Personal data the officer decided may be published, each with its reason."""


@dataclass(frozen=True)
class MediaDetail:
    """An image of a variant as the editor shows it."""

    media_id: int
    position: int
    recipe: dict[str, Any]
    title: str
    original_name: str
    stored_name: str
    width: int | None
    height: int | None
    size_bytes: int
    sha256: str


@dataclass(frozen=True)
class VariantDetail:
    """A platform's caption and media; `caption` is the effective caption."""

    platform: str
    platform_name: str
    caption: str
    follows_master: bool
    media: tuple[MediaDetail, ...]


@dataclass(frozen=True)
class ApprovalDetail:
    """A reviewer's decision; `withdrawn_at` is set when later edits voided it."""

    id: int
    decision: str
    reviewer_name: str
    reviewer_position: str
    decided_at: datetime
    note: str
    content_hash: str
    withdrawn_at: datetime | None
    scheduled_at: datetime | None = None
    """The post's schedule when it was approved (None for approvals before snapshots)."""


@dataclass(frozen=True)
class PostDetail:
    """A post as the editor loads it; pass `version` back when saving."""

    id: int
    uuid: str
    title: str
    status: str
    scheduled_at: datetime | None
    program_id: int | None
    program_name: str
    program_colour: str
    tags: tuple[str, ...]
    master_caption: str
    notes: str
    checklist: tuple[str, ...]
    data_note_ids: tuple[int, ...]
    variants: tuple[VariantDetail, ...]
    approvals: tuple[ApprovalDetail, ...]
    series_uuid: str | None
    published_at: datetime | None
    published_url: str | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    version: int
    content_hash: str
    exceptions: tuple[DataException, ...] = ()
    reapproval: tuple[ContentChange, ...] = ()
    """Back in review after an approval: what changed since then (empty otherwise)."""

    @property
    def platforms(self) -> tuple[str, ...]:
        return tuple(v.platform for v in self.variants)

    @property
    def current_approval(self) -> ApprovalDetail | None:
        """The approval in force: the last decision, if it approved and was not withdrawn."""
        if not self.approvals:
            return None
        last = self.approvals[-1]
        ok = last.decision == ApprovalDecision.APPROVED and last.withdrawn_at is None
        return last if ok else None

    @property
    def last_revision_comment(self) -> str:
        """The reviewer's comment of the latest request for revision ("" if none)."""
        for approval in reversed(self.approvals):
            if approval.decision == ApprovalDecision.REVISION:
                return approval.note
        return ""

    def to_input(self) -> PostInput:
        """The editable part, ready to change and save back."""
        return PostInput(
            title=self.title,
            scheduled_at=self.scheduled_at,
            program_id=self.program_id,
            tags=self.tags,
            master_caption=self.master_caption,
            variants=tuple(
                VariantInput(
                    platform=v.platform,
                    caption=v.caption,
                    follows_master=v.follows_master,
                    media=tuple(MediaItem(m.media_id, dict(m.recipe)) for m in v.media),
                )
                for v in self.variants
            ),
            notes=self.notes,
            data_note_ids=self.data_note_ids,
            checklist=self.checklist,
            exceptions=self.exceptions,
        )


def exceptions_of(post: Post) -> tuple[DataException, ...]:
    """The post's recorded personal-data exceptions."""
    return tuple(DataException.from_dict(raw) for raw in post.data_exceptions or ())


def content_payload(session: Session, post: Post) -> dict[str, Any]:
    """What an approval covers, as plain JSON (see `domain/approval.py`)."""
    ids = {m.media_id for v in post.variants for m in v.media}
    with session.no_autoflush:  # callers hash pending changes before flushing them
        rows = session.execute(
            select(MediaAsset.id, MediaAsset.sha256).where(MediaAsset.id.in_(ids))
        )
        shas = {media_id: sha for media_id, sha in rows}
    platforms = sorted(
        (
            {
                "platform": v.platform.code,
                "caption": v.caption,
                "media": [
                    {"sha256": shas.get(m.media_id, ""), "recipe": m.recipe or {}}
                    for m in sorted(v.media, key=lambda item: item.position)
                ],
            }
            for v in post.variants
        ),
        key=lambda item: item["platform"],
    )
    exceptions = sorted(
        ({"kind": e.kind, "value": e.key, "reason": e.reason} for e in exceptions_of(post)),
        key=lambda item: (item["kind"], item["value"]),
    )
    return {"platforms": platforms, "exceptions": exceptions}


def content_hash(uow: UnitOfWork, post: Post) -> str:
    """SHA-256 of `content_payload`: every platform's caption, media files (by hash) and
    recipes, and the personal-data exceptions."""
    return fingerprint(content_payload(uow.session, post))


def approval_record(session: Session, post: Post) -> tuple[str, dict[str, Any]]:
    """The fingerprint an approval binds to, and its snapshot (content and schedule then)."""
    payload = content_payload(session, post)
    scheduled = post.scheduled_at.isoformat() if post.scheduled_at else None
    return fingerprint(payload), {"content": payload, "scheduled_at": scheduled}


def approved_payload(approval: Approval) -> Payload | None:
    """The content an approval covered (None for approvals older than snapshots)."""
    snapshot = approval.content or {}
    content = snapshot.get("content")
    return content if isinstance(content, dict) else None


def last_decision(post: Post) -> Approval | None:
    """The reviewer's latest decision on a post row."""
    if not post.approvals:
        return None
    return max(post.approvals, key=lambda a: (a.decided_at, a.id or 0))


def reapproval_changes(session: Session, post: Post) -> tuple[ContentChange, ...]:
    """For a post back in review after an approval, what changed since (else empty)."""
    last = last_decision(post)
    if (
        post.status != PostStatus.IN_REVIEW.value
        or last is None
        or last.decision != ApprovalDecision.APPROVED
        or last.withdrawn_at is None
    ):
        return ()
    return tuple(content_changes(approved_payload(last), content_payload(session, post)))


def current_approval(post: Post) -> Approval | None:
    """The approval in force on a post row (see `PostDetail.current_approval`)."""
    last = last_decision(post)
    if last is not None and last.decision == ApprovalDecision.APPROVED and not last.withdrawn_at:
        return last
    return None


def approval_detail(a: Approval) -> ApprovalDetail:
    """Copy an approval row into plain data."""
    return ApprovalDetail(
        id=a.id,
        decision=a.decision,
        reviewer_name=a.reviewer_name,
        reviewer_position=a.reviewer_position,
        decided_at=a.decided_at,
        note=a.note,
        content_hash=a.content_hash,
        withdrawn_at=a.withdrawn_at,
        scheduled_at=_approved_schedule(a),
    )


def _approved_schedule(approval: Approval) -> datetime | None:
    raw = (approval.content or {}).get("scheduled_at")
    try:
        return datetime.fromisoformat(raw) if isinstance(raw, str) else None
    except ValueError:
        return None


def _approvals(rows: Iterable[Approval]) -> tuple[ApprovalDetail, ...]:
    return tuple(approval_detail(a) for a in sorted(rows, key=lambda a: (a.decided_at, a.id or 0)))


def to_detail(uow: UnitOfWork, post: Post) -> PostDetail:
    """Copy a post row (and its variants, media, approvals) into plain data."""
    variants = tuple(
        VariantDetail(
            platform=v.platform.code,
            platform_name=v.platform.name,
            caption=v.caption,
            follows_master=v.follows_master,
            media=tuple(
                MediaDetail(
                    media_id=m.media_id,
                    position=m.position,
                    recipe=dict(m.recipe or {}),
                    title=m.media.title,
                    original_name=m.media.original_name,
                    stored_name=m.media.stored_name,
                    width=m.media.width,
                    height=m.media.height,
                    size_bytes=m.media.size_bytes,
                    sha256=m.media.sha256,
                )
                for m in sorted(v.media, key=lambda item: item.position)
            ),
        )
        for v in sorted(post.variants, key=lambda v: (v.platform.position, v.platform.code))
    )
    return PostDetail(
        id=post.id,
        uuid=post.uuid,
        title=post.title,
        status=post.status,
        scheduled_at=post.scheduled_at,
        program_id=post.program_id,
        program_name=post.program.name if post.program else "",
        program_colour=post.program.colour if post.program else "",
        tags=tuple(sorted((t.name for t in post.tags), key=str.casefold)),
        master_caption=post.master_caption,
        notes=post.notes or "",
        checklist=tuple(post.checklist or ()),
        data_note_ids=tuple(sorted(n.id for n in post.data_notes)),
        variants=variants,
        approvals=_approvals(post.approvals),
        series_uuid=post.series_uuid,
        published_at=post.published_at,
        published_url=post.published_url,
        created_at=post.created_at,
        updated_at=post.updated_at,
        deleted_at=post.deleted_at,
        version=post.version,
        content_hash=content_hash(uow, post),
        exceptions=exceptions_of(post),
        reapproval=reapproval_changes(uow.session, post),
    )
