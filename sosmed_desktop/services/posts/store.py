"""Loading a post for a change and committing it, shared by the post services.

Optimistic locking: `Post.version` is SQLAlchemy's version counter, bumped by
every UPDATE of the post row.  A writer passes the version it loaded; a
different current version, or a concurrent write caught at flush time, becomes
`StaleError` (code ``stale``) and nothing is written.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from functools import cache

from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.orm.interfaces import ORMOption

from sosmed_desktop.db.models import Approval, Post, PostVariant, VariantMedia
from sosmed_desktop.db.types import utcnow
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.statuses import PostStatus
from sosmed_desktop.errors import NotFoundError, StaleError, ValidationError
from sosmed_desktop.services import audit


@cache
def post_load() -> tuple[ORMOption, ...]:
    """The loader options that bring a post with everything its detail shows.

    Built on first use, not at import: making them configures every mapper (tens of
    milliseconds): an ordinary start imports this module (for the approval guard)
    but loads no post."""
    return (
        selectinload(Post.program),
        selectinload(Post.tags),
        selectinload(Post.data_notes),
        selectinload(Post.approvals),
        selectinload(Post.variants).selectinload(PostVariant.platform),
        selectinload(Post.variants)
        .selectinload(PostVariant.media)
        .selectinload(VariantMedia.media),
    )


def load_post(
    uow: UnitOfWork,
    post_id: int,
    expected_version: int | None = None,
    *,
    include_trash: bool = False,
) -> Post:
    """The post row with everything the services read; NotFound / Stale otherwise."""
    post = uow.session.get(Post, post_id, options=post_load())
    if post is None or (post.deleted_at is not None and not include_trash):
        raise NotFoundError(code="post_not_found", what="post", ident=post_id)
    if expected_version is not None and post.version != expected_version:
        raise StaleError(
            code="post_stale", what="post", ident=post_id, expected=expected_version,
            actual=post.version,
        )  # fmt: skip
    return post


def touch(post: Post) -> None:
    """Mark the post row changed so that its version goes up even when only
    children (variants, media, tags) changed."""
    post.updated_at = utcnow()


@contextmanager
def stale_guard(post_id: int) -> Iterator[None]:
    """Turn SQLAlchemy's concurrent-update error into the domain's `StaleError`."""
    try:
        yield
    except StaleDataError as exc:
        raise StaleError(code="post_stale", what="post", ident=post_id) from exc


def commit(uow: UnitOfWork, post_id: int) -> None:
    """Commit, reporting a concurrent write as `StaleError`."""
    with stale_guard(post_id):
        uow.commit()


def require_aware(value: datetime | None, field_name: str) -> None:
    """Times are stored as UTC: a naive datetime would be ambiguous."""
    if value is not None and value.tzinfo is None:
        raise ValidationError(code="naive_datetime", detail=f"{field_name} has no time zone")


def withdraw_approval_row(
    session: Session, post: Post, approval: Approval, reason: str, **details: object
) -> None:
    """Void `approval`, send the post back to review and write the history line."""
    approval.withdrawn_at = utcnow()
    old = post.status
    post.status = PostStatus.IN_REVIEW.value
    touch(post)
    audit.record_in(
        session,
        "post",
        post.id,
        "approval_withdrawn",
        approval_id=approval.id,
        reason=reason,
        approved_hash=approval.content_hash,
        status_from=old,
        status_to=post.status,
        **details,
    )
