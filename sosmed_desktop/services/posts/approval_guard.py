"""The approval invariant, enforced at every commit rather than by each use case.

A post that is not archived is *Disetujui* or *Diunggah* if and only if its
approval in force was given to exactly its current content (`domain/approval.py`
says what content is).  Instead of each writer (the editor's save, the studio's
attach, a recipe change, a platform added, a media file replaced, an import, a
feature not written yet) remembering to check, `install` hooks the sessions of
an application context: every flush notes the posts whose rows, platform
variants, media items or approvals it wrote, and the posts that use a library
file whose bytes changed; just before the commit each noted post is checked
again, in the same transaction:

* *Disetujui* whose content is no longer what was approved: the approval is
  withdrawn, the post goes back to *Menunggu persetujuan* and the history says
  what changed (``approval_withdrawn``, reason ``content_changed``, ``changes``);
  the board lists it under "Perlu persetujuan ulang";
* *Diunggah* or *Diarsipkan* whose content was written: refused
  (`ConflictError` ``post_content_frozen``, nothing is committed) — those posts
  are the record of what went out (a post created in that status, by an import
  or the demo, is not a change);
* any other status with an approval still in force (a post taken out of the
  archive): the approval is voided (reason ``status_changed``).

Registered before the change log (`db/change_log.py`), so that what this hook
writes is announced with the rest of the transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from sosmed_desktop.db.models import Approval, MediaAsset, Post, PostVariant, VariantMedia
from sosmed_desktop.db.types import utcnow
from sosmed_desktop.domain.approval import content_changes, fingerprint
from sosmed_desktop.domain.statuses import FROZEN, PostStatus
from sosmed_desktop.errors import ConflictError
from sosmed_desktop.services import audit
from sosmed_desktop.services.posts.store import post_load, withdraw_approval_row

_KEY = "sosmed_approval_guard"
# Attributes whose change is a change of content (the rest of a post row is not).
FILE_ATTRS = ("sha256", "extension", "kind")


@dataclass
class _Noted:
    """What the flushes of one transaction wrote that concerns approvals."""

    posts: set[int] = field(default_factory=set)
    created: set[int] = field(default_factory=set)
    content: set[int] = field(default_factory=set)
    """Posts whose content rows were written (variants, media, exceptions)."""
    variants: set[int] = field(default_factory=set)
    files: set[int] = field(default_factory=set)


def _changed(obj: Any, *names: str) -> bool:
    state = inspect(obj)
    return any(state.attrs[name].history.has_changes() for name in names)


def _note(session: Session, _context: Any) -> None:
    """``after_flush``: remember the posts this flush touched."""
    noted: _Noted = session.info.setdefault(_KEY, _Noted())
    for obj in (*session.new, *session.dirty, *session.deleted):
        if obj in session.dirty and not session.is_modified(obj, include_collections=True):
            continue
        if isinstance(obj, Post) and obj.id is not None:
            noted.posts.add(obj.id)
            if obj in session.new:
                noted.created.add(obj.id)
            elif _changed(obj, "variants", "data_exceptions"):
                noted.content.add(obj.id)
        elif isinstance(obj, PostVariant) and obj.post_id is not None:
            noted.posts.add(obj.post_id)
            noted.content.add(obj.post_id)
        elif isinstance(obj, VariantMedia) and obj.variant_id is not None:
            noted.variants.add(obj.variant_id)
        elif isinstance(obj, Approval) and obj.post_id is not None:
            noted.posts.add(obj.post_id)
        elif isinstance(obj, MediaAsset) and obj in session.dirty and _changed(obj, *FILE_ATTRS):
            noted.files.add(obj.id)


def _content_posts(session: Session, noted: _Noted) -> set[int]:
    """Posts of the noted variants and of the posts that use a changed file."""
    found = set(noted.content)
    if noted.variants:
        found |= set(
            session.scalars(select(PostVariant.post_id).where(PostVariant.id.in_(noted.variants)))
        )
    if noted.files:
        found |= set(
            session.scalars(
                select(PostVariant.post_id)
                .join(VariantMedia, VariantMedia.variant_id == PostVariant.id)
                .where(VariantMedia.media_id.in_(noted.files))
            )
        )
    return found


def _reconcile(session: Session, post: Post, content_written: bool, created: bool) -> None:
    """Bring one post in line with the invariant (or refuse the transaction)."""
    # Imported at the first post written, not when the database opens: the payloads
    # bring the caption rules (about 50 ms the window's start would wait for).
    from sosmed_desktop.services.posts.data import (
        approved_payload,
        content_payload,
        current_approval,
    )

    if post.status in FROZEN:
        if content_written and not created:
            raise ConflictError(
                code="post_content_frozen",
                detail=f"post {post.id} is {post.status}; its content can no longer change",
                status=post.status,
            )
        return
    approval = current_approval(post)
    if post.status != PostStatus.APPROVED.value:
        if approval is not None:  # e.g. taken out of the archive: approve it again
            approval.withdrawn_at = utcnow()
            audit.record_in(
                session, "post", post.id, "approval_withdrawn", approval_id=approval.id,
                reason="status_changed", approved_hash=approval.content_hash,
                status_to=post.status,
            )  # fmt: skip
        return
    payload = content_payload(session, post)
    digest = fingerprint(payload)
    if approval is not None and approval.content_hash == digest:
        return
    approved = approved_payload(approval) if approval is not None else None
    changes = [change.to_dict() for change in content_changes(approved, payload)]
    if approval is None:
        post.status = PostStatus.IN_REVIEW.value
        audit.record_in(
            session, "post", post.id, "approval_withdrawn", reason="no_approval",
            status_from=PostStatus.APPROVED.value, status_to=post.status, changes=changes,
        )  # fmt: skip
    else:
        withdraw_approval_row(
            session, post, approval, "content_changed", content_hash=digest, changes=changes
        )


def _enforce(session: Session) -> None:
    """``before_commit``: check every post the transaction touched."""
    if session.dirty or session.new or session.deleted:
        session.flush()
    noted: _Noted | None = session.info.pop(_KEY, None)
    if noted is None:
        return
    content = _content_posts(session, noted)
    ids = noted.posts | content
    if not ids:
        return
    stmt = (
        select(Post)
        .where(Post.id.in_(ids))
        .options(*post_load())
        .execution_options(populate_existing=True)
    )
    for post in session.scalars(stmt):
        _reconcile(session, post, post.id in content, post.id in noted.created)
    if session.dirty or session.new:
        session.flush()
    session.info.pop(_KEY, None)  # what this hook wrote is consistent by construction


def _forget(session: Session, *_args: Any) -> None:
    session.info.pop(_KEY, None)


def install(factory: sessionmaker[Session]) -> None:
    """Keep the invariant in every transaction the sessions of `factory` commit."""
    event.listen(factory, "after_flush", _note)
    event.listen(factory, "before_commit", _enforce)
    event.listen(factory, "after_commit", _forget)
    event.listen(factory, "after_rollback", _forget)
