"""Autosave of the editor: nothing typed is lost if the app or the PC dies.

The editor saves its unsaved state every few seconds with `save_draft` (one
row per post, or per new post under ``new:<uuid>``, in the database: SQLite
with ``synchronous=FULL`` makes each save durable, and a half-written save is
rolled back whole).  At start-up `list_drafts` offers what was left; the
editor restores it with `state_to_input` or throws it away with
`discard_draft`, and discards it after a successful save.  A draft whose post
was saved elsewhere since (`RecoverableDraft.stale`) is still offered, so the
officer can compare before choosing.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from sosmed_desktop.db.models import Post
from sosmed_desktop.db.models_editorial import EditorDraft
from sosmed_desktop.db.types import utcnow
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.services.post_data import MediaItem, PostInput, VariantInput

MAX_STATE_BYTES = 2_000_000
STATE_FORMAT = 1


@dataclass(frozen=True)
class RecoverableDraft:
    """Unsaved editor state left behind, with what it was based on."""

    key: str
    post_id: int | None
    title: str
    saved_at: datetime
    base_version: int | None
    state: dict[str, Any]
    stale: bool


def key_for_post(post_id: int) -> str:
    """The draft key of an existing post."""
    return f"post:{post_id}"


def key_for_new_post() -> str:
    """A fresh key for a post that was never saved (one per editor window)."""
    return f"new:{uuid.uuid4()}"


def input_to_state(data: PostInput) -> dict[str, Any]:
    """The editor's input as JSON-ready data (times as ISO text)."""
    return {
        "format": STATE_FORMAT,
        "title": data.title,
        "scheduled_at": data.scheduled_at.isoformat() if data.scheduled_at else None,
        "program_id": data.program_id,
        "tags": list(data.tags),
        "master_caption": data.master_caption,
        "notes": data.notes,
        "data_note_ids": list(data.data_note_ids),
        "checklist": list(data.checklist),
        "variants": [
            {
                "platform": v.platform,
                "caption": v.caption,
                "follows_master": v.follows_master,
                "media": [{"media_id": m.media_id, "recipe": m.recipe} for m in v.media],
            }
            for v in data.variants
        ],
    }


def state_to_input(state: dict[str, Any]) -> PostInput:
    """Back from `input_to_state`; a damaged state is a `ValidationError`."""
    try:
        when = state.get("scheduled_at")
        return PostInput(
            title=str(state.get("title", "")),
            scheduled_at=datetime.fromisoformat(when) if when else None,
            program_id=state.get("program_id"),
            tags=tuple(str(t) for t in state.get("tags", ())),
            master_caption=str(state.get("master_caption", "")),
            notes=str(state.get("notes", "")),
            data_note_ids=tuple(int(i) for i in state.get("data_note_ids", ())),
            checklist=tuple(str(c) for c in state.get("checklist", ())),
            variants=tuple(
                VariantInput(
                    platform=str(v["platform"]),
                    caption=str(v.get("caption", "")),
                    follows_master=bool(v.get("follows_master", True)),
                    media=tuple(
                        MediaItem(int(m["media_id"]), dict(m.get("recipe") or {}))
                        for m in v.get("media", ())
                    ),
                )
                for v in state.get("variants", ())
            ),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ValidationError(code="draft_damaged", detail=str(exc)) from exc


def save_draft(
    uow: UnitOfWork,
    key: str,
    state: dict[str, Any],
    *,
    post_id: int | None = None,
    title: str = "",
    base_version: int | None = None,
) -> datetime:
    """Store (or replace) the unsaved state under `key`; commits; returns the time."""
    if not key or len(key) > 60:
        raise ValidationError(code="draft_key", detail="a draft key is 1 to 60 characters")
    try:
        size = len(json.dumps(state, ensure_ascii=False).encode("utf-8"))
    except (TypeError, ValueError) as exc:
        raise ValidationError(code="draft_not_serializable", detail=str(exc)) from exc
    if size > MAX_STATE_BYTES:
        raise ValidationError(code="draft_too_large", detail=f"{size} bytes")
    row = uow.session.scalar(select(EditorDraft).where(EditorDraft.key == key))
    if row is None:
        row = EditorDraft(key=key)
        uow.session.add(row)
    row.post_id = post_id
    row.title = title[:300]
    row.base_version = base_version
    row.state = state
    row.saved_at = utcnow()
    uow.commit()
    return row.saved_at


def _to_draft(row: EditorDraft, versions: dict[int, int]) -> RecoverableDraft:
    current = versions.get(row.post_id) if row.post_id is not None else None
    stale = row.post_id is not None and row.base_version is not None and current != row.base_version
    return RecoverableDraft(
        key=row.key,
        post_id=row.post_id,
        title=row.title,
        saved_at=row.saved_at,
        base_version=row.base_version,
        state=dict(row.state or {}),
        stale=stale,
    )


def list_drafts(uow: UnitOfWork) -> list[RecoverableDraft]:
    """Every draft left behind, newest first (offered at start-up)."""
    rows = list(uow.session.scalars(select(EditorDraft).order_by(EditorDraft.saved_at.desc())))
    ids = [r.post_id for r in rows if r.post_id is not None]
    versions = dict(
        (post_id, version)
        for post_id, version in uow.session.execute(
            select(Post.id, Post.version).where(Post.id.in_(ids))
        )
    )
    return [_to_draft(r, versions) for r in rows]


def get_draft(uow: UnitOfWork, key: str) -> RecoverableDraft | None:
    """The draft under `key`, if any."""
    return next((d for d in list_drafts(uow) if d.key == key), None)


def discard_draft(uow: UnitOfWork, key: str) -> bool:
    """Throw a draft away (after saving, or when the officer declines it); commits."""
    deleted = uow.session.execute(delete(EditorDraft).where(EditorDraft.key == key)).rowcount
    uow.commit()
    return bool(deleted)
