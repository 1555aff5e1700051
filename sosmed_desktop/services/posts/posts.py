"""Creating, editing, duplicating, rescheduling and trashing posts.

Each function validates all input before it changes a row and commits once, so
an error leaves nothing half-written.  Every change of content or schedule
leaves a history line.  Editing what an approval covers (captions, media,
recipes, platforms, personal-data exceptions: `domain/approval.py`) withdraws
the approval and sends the post back to review — not here but at the commit, for
every writer alike (`services/posts/approval_guard.py`), which also refuses content
changes of published and archived posts.  Status changes live in
`services/posts/workflow.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select

from sosmed_desktop.db.models import (
    DataNote,
    MediaAsset,
    Platform,
    Post,
    PostVariant,
    Program,
    Tag,
    VariantMedia,
)
from sosmed_desktop.db.types import utcnow
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.content_checks import CHECKLIST_CODES, TAG_MAX, TAGS_MAX, TITLE_MAX
from sosmed_desktop.domain.personal_data import DataException
from sosmed_desktop.domain.statuses import FROZEN, PostStatus
from sosmed_desktop.errors import ConflictError, NotFoundError, ValidationError
from sosmed_desktop.services import audit, profile
from sosmed_desktop.services.posts import exceptions as post_exceptions
from sosmed_desktop.services.posts.data import (
    PostDetail,
    PostInput,
    content_hash,
    exceptions_of,
    to_detail,
)
from sosmed_desktop.services.posts.store import (
    commit,
    load_post,
    require_aware,
    stale_guard,
    touch,
)

NEW_POST_STATUSES = frozenset({PostStatus.IDEA, PostStatus.DRAFT})


@dataclass(frozen=True)
class SaveResult:
    """The saved post, and whether the save withdrew its approval."""

    post: PostDetail
    approval_withdrawn: bool = False


@dataclass(frozen=True)
class RescheduleResult:
    """A reschedule, with the old time so that the GUI can undo it."""

    post_id: int
    old_scheduled_at: datetime | None
    new_scheduled_at: datetime | None
    version: int


@dataclass(frozen=True)
class TrashRow:
    """A post in the trash."""

    id: int
    title: str
    status: str
    scheduled_at: datetime | None
    deleted_at: datetime


# --- validation -------------------------------------------------------------------


@dataclass
class _Resolved:
    """Input checked against the database: rows the post will point at."""

    title: str
    platforms: dict[str, Platform]
    program: Program | None
    tags: list[str]
    notes: list[DataNote]
    checklist: list[str]
    exceptions: list[DataException]


def _clean_tags(raw: tuple[str, ...]) -> list[str]:
    tags: dict[str, str] = {}
    for name in raw:
        clean = " ".join(str(name).split()).lstrip("#＃").strip()
        if not clean:
            continue
        if len(clean) > TAG_MAX:
            raise ValidationError(code="tag_too_long", detail=f"tag {clean[:20]}…", limit=TAG_MAX)
        tags.setdefault(clean.casefold(), clean)
    if len(tags) > TAGS_MAX:
        raise ValidationError(
            code="too_many_tags", detail=f"{len(tags)} tags, at most {TAGS_MAX}", limit=TAGS_MAX
        )
    return list(tags.values())


def _validate(uow: UnitOfWork, data: PostInput) -> _Resolved:
    session = uow.session
    title = " ".join(data.title.split())
    if not title:
        raise ValidationError(code="post_title_required", detail="the title is empty")
    if len(title) > TITLE_MAX:
        raise ValidationError(code="post_title_too_long", detail="title too long", limit=TITLE_MAX)
    require_aware(data.scheduled_at, "scheduled_at")
    codes = [v.platform for v in data.variants]
    if len(set(codes)) != len(codes):
        raise ValidationError(code="duplicate_platform", detail="a platform is listed twice")
    rows = {
        p.code: p
        for p in session.scalars(
            select(Platform).where(Platform.code.in_(codes), Platform.enabled.is_(True))
        )
    }
    for code in codes:
        if code not in rows:
            raise ValidationError(code="unknown_platform", detail=f"unknown platform {code}")
    program = None
    if data.program_id is not None:
        program = session.get(Program, data.program_id)
        if program is None:
            raise NotFoundError(code="program_not_found", what="program", ident=data.program_id)
    media_ids = {m.media_id for v in data.variants for m in v.media}
    for variant in data.variants:
        for item in variant.media:
            if not isinstance(item.recipe, dict):
                raise ValidationError(code="bad_recipe", detail="a recipe must be an object")
    if media_ids:
        found = set(
            session.scalars(
                select(MediaAsset.id).where(
                    MediaAsset.id.in_(media_ids), MediaAsset.deleted_at.is_(None)
                )
            )
        )
        missing = sorted(media_ids - found)
        if missing:
            raise NotFoundError(code="media_not_found", what="media", ident=missing[0])
    notes = []
    if data.data_note_ids:
        notes = list(session.scalars(select(DataNote).where(DataNote.id.in_(data.data_note_ids))))
        missing = sorted(set(data.data_note_ids) - {n.id for n in notes})
        if missing:
            raise NotFoundError(code="data_note_not_found", what="data note", ident=missing[0])
    unknown = sorted(set(data.checklist) - CHECKLIST_CODES)
    if unknown:
        raise ValidationError(code="unknown_checklist_item", detail=f"unknown item {unknown[0]}")
    checklist = sorted(set(data.checklist))
    return _Resolved(
        title, rows, program, _clean_tags(data.tags), notes, checklist,
        post_exceptions.clean(data.exceptions),
    )  # fmt: skip


def _tag_rows(uow: UnitOfWork, names: list[str]) -> list[Tag]:
    """Existing tags matched without case, new ones created."""
    if not names:
        return []
    keys = [n.casefold() for n in names]
    existing = {
        t.name.casefold(): t
        for t in uow.session.scalars(select(Tag).where(func.lower(Tag.name).in_(keys)))
    }
    # SQL lower() only folds ASCII; catch other scripts in Python.
    if len(existing) < len(keys):
        for tag in uow.session.scalars(select(Tag)):
            existing.setdefault(tag.name.casefold(), tag)
    return [existing.get(n.casefold()) or Tag(name=n) for n in names]


# --- applying input to a row ---------------------------------------------------------


def _apply(uow: UnitOfWork, post: Post, data: PostInput, resolved: _Resolved) -> None:
    post.title = resolved.title
    post.scheduled_at = data.scheduled_at.astimezone(UTC) if data.scheduled_at else None
    post.program = resolved.program
    post.master_caption = data.master_caption
    post.notes = data.notes
    post.checklist = resolved.checklist
    post.data_exceptions = post_exceptions.stamped(uow, exceptions_of(post), resolved.exceptions)
    post.tags = _tag_rows(uow, resolved.tags)
    post.data_notes = resolved.notes
    by_code = {v.platform.code: v for v in post.variants}
    variants = []
    for item in data.variants:
        variant = by_code.get(item.platform) or PostVariant(
            platform=resolved.platforms[item.platform]
        )
        variant.follows_master = item.follows_master
        variant.caption = data.master_caption if item.follows_master else item.caption
        wanted = [(m.media_id, m.recipe) for m in item.media]
        current = [(m.media_id, m.recipe or {}) for m in variant.media]
        if wanted != current:
            variant.media = [
                VariantMedia(media_id=media_id, position=position, recipe=dict(recipe))
                for position, (media_id, recipe) in enumerate(wanted)
            ]
        variants.append(variant)
    post.variants = variants


def _summary(post: Post) -> dict[str, Any]:
    """What the history compares between two saves."""
    return {
        "title": post.title,
        "scheduled_at": post.scheduled_at.isoformat() if post.scheduled_at else None,
        "program_id": post.program_id if post.program is None else post.program.id,
        "tags": sorted(t.name for t in post.tags),
        "master_caption": post.master_caption,
        "notes": post.notes,
        "checklist": list(post.checklist or ()),
        "platforms": sorted(v.platform.code for v in post.variants),
        "captions": {v.platform.code: v.caption for v in post.variants},
        "media": {
            v.platform.code: [[m.media_id, m.recipe or {}] for m in v.media] for v in post.variants
        },
        "data_notes": sorted(n.id for n in post.data_notes),
        "exceptions": sorted((e.kind, e.key, e.reason) for e in exceptions_of(post)),
    }


def _changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for key in ("title", "scheduled_at", "program_id", "tags", "platforms", "data_notes"):
        if before[key] != after[key]:
            changes[key] = [before[key], after[key]]
    for key in ("master_caption", "notes", "checklist", "exceptions"):
        if before[key] != after[key]:
            changes[key] = True
    for key in ("captions", "media"):
        changed = sorted(
            code
            for code in set(before[key]) | set(after[key])
            if before[key].get(code) != after[key].get(code)
        )
        if changed:
            changes[key] = changed
    return changes


# --- use cases --------------------------------------------------------------------------


def create_post(
    uow: UnitOfWork, data: PostInput, *, status: PostStatus = PostStatus.DRAFT
) -> PostDetail:
    """A new post (an idea or a draft) by the current officer; commits."""
    post = build_post(uow, data, status)
    uow.session.flush()
    audit.record(
        uow, "post", post.id, "created", title=post.title, status=post.status,
        scheduled_at=_iso(post.scheduled_at), platforms=[v.platform.code for v in post.variants],
    )  # fmt: skip
    post_exceptions.record_changes(uow, post, ())
    uow.commit()
    return to_detail(uow, post)


def build_post(uow: UnitOfWork, data: PostInput, status: PostStatus = PostStatus.DRAFT) -> Post:
    """A validated new post row added to the session (not flushed, not committed)."""
    if status not in NEW_POST_STATUSES:
        raise ValidationError(code="new_post_status", detail=f"a new post cannot be {status}")
    resolved = _validate(uow, data)
    post = _new_post(uow, status)
    _apply(uow, post, data, resolved)
    uow.session.add(post)
    return post


def _new_post(uow: UnitOfWork, status: PostStatus) -> Post:
    user = profile.current_user(uow)
    return Post(
        title="",
        status=status.value,
        author_id=user.id if user else None,
        department_id=user.department_id if user else None,
    )


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def get_post(uow: UnitOfWork, post_id: int, *, include_trash: bool = False) -> PostDetail:
    """A post for the editor (a post in the trash only with `include_trash`)."""
    return to_detail(uow, load_post(uow, post_id, include_trash=include_trash))


def update_post(
    uow: UnitOfWork,
    post_id: int,
    data: PostInput,
    expected_version: int | None,
    *,
    overwrote: dict[str, Any] | None = None,
) -> SaveResult:
    """Save the editor's input over a post; commits.

    Raises `StaleError` (code ``post_stale``) if the post changed since
    `expected_version` was loaded, and `ConflictError` (``post_content_frozen``)
    for a change of content or time on a published or archived post.  If the post
    was approved and its approved content changed, the approval is withdrawn and
    the post goes back to review at the commit (`SaveResult.approval_withdrawn`).
    """
    resolved = _validate(uow, data)
    post = load_post(uow, post_id, expected_version)
    with stale_guard(post_id), uow.session.no_autoflush:
        # One flush at the end: nothing is written on refusal.
        before = _summary(post)
        exceptions_before = exceptions_of(post)
        _apply(uow, post, data, resolved)
        changes = _changes(before, _summary(post))
        if not changes:
            return SaveResult(to_detail(uow, post))
        if post.status in FROZEN and "scheduled_at" in changes:
            raise ConflictError(
                code="post_content_frozen",
                detail=f"post {post_id} is {post.status}; it can no longer be moved",
                status=post.status,
            )
        was_approved = post.status == PostStatus.APPROVED.value
        touch(post)
        extra = {"overwrote": overwrote} if overwrote else {}
        audit.record(
            uow, "post", post.id, "updated", changes=changes,
            content_hash=content_hash(uow, post), **extra,
        )  # fmt: skip
        post_exceptions.record_changes(uow, post, exceptions_before)
        uow.session.flush()
    commit(uow, post_id)
    withdrawn = was_approved and post.status != PostStatus.APPROVED.value
    return SaveResult(to_detail(uow, post), withdrawn)


def duplicate_post(
    uow: UnitOfWork,
    post_id: int,
    *,
    title: str | None = None,
    scheduled_at: datetime | None = None,
    keep_schedule: bool = True,
) -> PostDetail:
    """A new draft with the same content (no approvals, checklist cleared); commits.

    The GUI passes the translated title ("Salinan: ...") as `title`.
    """
    source = to_detail(uow, load_post(uow, post_id, include_trash=True))
    data = source.to_input()
    when = scheduled_at if scheduled_at is not None or not keep_schedule else data.scheduled_at
    data = PostInput(
        title=title if title is not None else data.title,
        scheduled_at=when,
        program_id=data.program_id,
        tags=data.tags,
        master_caption=data.master_caption,
        variants=data.variants,
        notes=data.notes,
        data_note_ids=data.data_note_ids,
    )
    resolved = _validate(uow, data)
    post = _new_post(uow, PostStatus.DRAFT)
    _apply(uow, post, data, resolved)
    uow.session.add(post)
    uow.session.flush()
    audit.record(uow, "post", post.id, "duplicated", from_post=post_id, title=post.title)
    audit.record(uow, "post", post_id, "duplicated_to", to_post=post.id)
    uow.commit()
    return to_detail(uow, post)


def reschedule(
    uow: UnitOfWork,
    post_id: int,
    scheduled_at: datetime | None,
    expected_version: int | None = None,
) -> RescheduleResult:
    """Move a post to another time (drag and drop); commits.  The result holds the
    old time: rescheduling back to it is the undo."""
    require_aware(scheduled_at, "scheduled_at")
    post = load_post(uow, post_id, expected_version)
    if post.status in FROZEN:
        raise ConflictError(
            code="post_content_frozen",
            detail=f"post {post_id} is {post.status}; it can no longer be moved",
            status=post.status,
        )
    old = post.scheduled_at
    new = scheduled_at.astimezone(UTC) if scheduled_at else None
    if old != new:
        with stale_guard(post_id):
            post.scheduled_at = new
            touch(post)
            audit.record(uow, "post", post.id, "rescheduled", old=_iso(old), new=_iso(new))
            uow.session.flush()
        commit(uow, post_id)
    return RescheduleResult(post_id, old, new, post.version)


def trash_post(uow: UnitOfWork, post_id: int, expected_version: int | None = None) -> int:
    """Move a post to the trash (recoverable); returns its new version; commits."""
    post = load_post(uow, post_id, expected_version)
    with stale_guard(post_id):
        post.deleted_at = utcnow()
        touch(post)
        audit.record(uow, "post", post.id, "trashed", title=post.title, status=post.status)
        uow.session.flush()
    commit(uow, post_id)
    return post.version


def _bring_back(uow: UnitOfWork, post: Post) -> bool:
    """Take `post` out of the trash (not committed); False when it was not in it."""
    if post.deleted_at is None:
        return False
    with stale_guard(post.id):
        post.deleted_at = None
        touch(post)
        audit.record(uow, "post", post.id, "restored", title=post.title)
        uow.session.flush()
    return True


def restore_post(uow: UnitOfWork, post_id: int) -> PostDetail:
    """Bring a post back from the trash; commits."""
    post = load_post(uow, post_id, include_trash=True)
    if _bring_back(uow, post):
        commit(uow, post_id)
    return to_detail(uow, post)


def restore_posts(uow: UnitOfWork, post_ids: list[int]) -> list[int]:
    """Bring the posts back from the trash in one commit; returns the ids brought back
    (a post already out of the trash is left as it is).  One that no longer exists
    refuses them all (NotFound naming it): nothing is half restored."""
    restored = [
        post_id
        for post_id in dict.fromkeys(post_ids)
        if _bring_back(uow, load_post(uow, post_id, include_trash=True))
    ]
    if restored:
        uow.commit()
    return restored


def list_trash(uow: UnitOfWork) -> list[TrashRow]:
    """Posts in the trash, most recently trashed first."""
    stmt = select(Post).where(Post.deleted_at.is_not(None)).order_by(Post.deleted_at.desc())
    return [
        TrashRow(p.id, p.title, p.status, p.scheduled_at, p.deleted_at)  # type: ignore[arg-type]
        for p in uow.session.scalars(stmt)
    ]
