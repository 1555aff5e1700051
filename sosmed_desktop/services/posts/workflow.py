"""The approval flow: status changes, submitting, approving, revising, publishing.

Only the transitions of `domain/statuses.py` are allowed.  Moves that need more
than a status (a checklist, a reviewer, a comment, a publication time) have
their own function; `change_status` does the simple ones (idea ⇄ draft,
archive, back to draft).  An approval stores the fingerprint and a snapshot of
what it approved (`domain/approval.py`); the commit hook
`services/posts/approval_guard.py` withdraws it when that content changes, and
`assert_exportable` lets an export prove it ships exactly that.

Submitting and approving are refused while an error-severity finding is open
(platform limits, a platform without its media, personal data without an
exception) and, unless the caller passes ``allow_past`` after asking, while the
scheduled time has passed (``schedule_past``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sosmed_desktop.db.models import Approval, Post
from sosmed_desktop.db.types import utcnow
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.content_checks import CHECKLIST, SCHEDULE_PAST, Severity
from sosmed_desktop.domain.permissions import Permission
from sosmed_desktop.domain.statuses import ApprovalDecision, PostStatus, can_transition
from sosmed_desktop.errors import ConflictError, TransitionError, ValidationError
from sosmed_desktop.services import audit
from sosmed_desktop.services.posts.checks import post_findings
from sosmed_desktop.services.posts.data import (
    ApprovalDetail,
    PostDetail,
    approval_detail,
    approval_record,
    content_hash,
    current_approval,
    to_detail,
)
from sosmed_desktop.services.posts.store import (
    commit,
    load_post,
    require_aware,
    stale_guard,
    touch,
    withdraw_approval_row,
)
from sosmed_desktop.services.reminders.facts import SUBMITTED_ACTION
from sosmed_desktop.services.team.access import require

# Targets reached only through their own use case (they need more than a status).
DEDICATED = {
    PostStatus.IN_REVIEW: "submit_for_review / withdraw_approval",
    PostStatus.APPROVED: "approve",
    PostStatus.NEEDS_REVISION: "request_revision",
    PostStatus.PUBLISHED: "mark_published",
}
# A publication time a little ahead of this PC's clock is accepted (clocks drift).
CLOCK_SLACK = timedelta(minutes=5)


def _check_transition(post: Post, target: PostStatus) -> None:
    current = PostStatus(post.status)
    if not can_transition(current, target):
        raise TransitionError(current=current.value, target=target.value, post_id=post.id)


def _set_status(uow: UnitOfWork, post: Post, target: PostStatus, **details: object) -> None:
    old = post.status
    post.status = target.value
    touch(post)
    audit.record(uow, "post", post.id, "status_changed", old=old, new=target.value, **details)


def change_status(
    uow: UnitOfWork, post_id: int, target: PostStatus, expected_version: int | None = None
) -> PostDetail:
    """Idea ⇄ draft, archive, or back to draft (from review, revision or the archive)."""
    target = PostStatus(target)
    if target in DEDICATED:
        raise ValidationError(
            code="status_needs_action", detail=f"use {DEDICATED[target]}", target=target.value
        )
    post = load_post(uow, post_id, expected_version)
    _check_transition(post, target)
    with stale_guard(post_id):
        _set_status(uow, post, target)
        uow.session.flush()
    commit(uow, post_id)
    return to_detail(uow, post)


def missing_checklist(post: Post) -> list[str]:
    """Checklist items the officer has not ticked, in the declared order."""
    ticked = set(post.checklist or ())
    return [item.code for item in CHECKLIST if item.code not in ticked]


def _require_submittable(uow: UnitOfWork, post: Post, allow_past: bool) -> None:
    if not post.variants:
        raise ValidationError(code="no_platforms", detail="choose at least one platform")
    missing = missing_checklist(post)
    if missing:
        raise ValidationError(
            code="checklist_incomplete", detail=f"not ticked: {', '.join(missing)}", missing=missing
        )
    findings = post_findings(uow, post)
    errors = [f for f in findings if f.severity is Severity.ERROR]
    if errors:
        raise ValidationError(
            code="content_errors",
            detail="; ".join(f"{f.platform}: {f.code}" for f in errors),
            findings=[{"code": f.code, "platform": f.platform, **f.params} for f in errors],
        )
    if not allow_past and any(f.code == SCHEDULE_PAST for f in findings):
        require_future(post)


def require_future(post: Post) -> None:
    """Refuse (``schedule_past``) a post whose scheduled time has passed."""
    if post.scheduled_at is not None and post.scheduled_at < utcnow():
        raise ValidationError(
            code=SCHEDULE_PAST,
            detail=f"post {post.id} was scheduled for {post.scheduled_at.isoformat()}",
            scheduled_at=post.scheduled_at.isoformat(),
            post_id=post.id,
        )


def submit_for_review(
    uow: UnitOfWork, post_id: int, expected_version: int | None = None, *, allow_past: bool = False
) -> PostDetail:
    """Send a draft (or a revised post) for approval; commits.

    Requires every checklist item ticked and no error-severity finding; a time
    that has passed only with `allow_past` (the officer was asked).
    """
    post = load_post(uow, post_id, expected_version)
    _check_transition(post, PostStatus.IN_REVIEW)
    _require_submittable(uow, post, allow_past)
    with stale_guard(post_id):
        _set_status(uow, post, PostStatus.IN_REVIEW, content_hash=content_hash(uow, post))
        # The reminder of a post waiting too long for approval counts from here.
        audit.record(uow, "post", post.id, SUBMITTED_ACTION)
        uow.session.flush()
    commit(uow, post_id)
    return to_detail(uow, post)


def _reviewer(uow: UnitOfWork, name: str, position: str) -> tuple[str, str]:
    """Who decides: in team mode the signed-in reviewer, on one PC the name typed."""
    require(uow, Permission.APPROVE)
    if uow.actor is not None:
        name, position = uow.actor.name, uow.actor.position
    name, position = " ".join(name.split()), " ".join(position.split())
    if not name:
        raise ValidationError(code="reviewer_required", detail="the reviewer's name is empty")
    return name, position


def approve(
    uow: UnitOfWork,
    post_id: int,
    reviewer_name: str,
    reviewer_position: str = "",
    note: str = "",
    expected_version: int | None = None,
    *,
    allow_past: bool = False,
) -> PostDetail:
    """Record the reviewer's approval of exactly the current content; commits.

    In team mode only a reviewer may, and the approval names the signed-in
    reviewer (the typed name is not used): it is the record of their decision.
    The approval keeps a snapshot of the content and the schedule (what changed
    later is then known).  A time that has passed needs `allow_past` (the
    approval dialog shows it among the warnings).
    """
    name, position = _reviewer(uow, reviewer_name, reviewer_position)
    post = load_post(uow, post_id, expected_version)
    _check_transition(post, PostStatus.APPROVED)
    _require_submittable(uow, post, allow_past)
    digest, snapshot = approval_record(uow.session, post)
    with stale_guard(post_id):
        approval = Approval(
            decision=ApprovalDecision.APPROVED.value,
            reviewer_id=uow.actor.user_id if uow.actor else None,
            reviewer_name=name,
            reviewer_position=position,
            decided_at=utcnow(),
            note=note.strip(),
            content_hash=digest,
            content=snapshot,
        )
        post.approvals.append(approval)
        _set_status(uow, post, PostStatus.APPROVED, reviewer=name, position=position)
        uow.session.flush()
        audit.record(
            uow, "post", post.id, "approved", approval_id=approval.id, reviewer=name,
            position=position, note=approval.note, content_hash=digest,
        )  # fmt: skip
    commit(uow, post_id)
    return to_detail(uow, post)


def request_revision(
    uow: UnitOfWork,
    post_id: int,
    reviewer_name: str,
    reviewer_position: str,
    comment: str,
    expected_version: int | None = None,
) -> PostDetail:
    """Send a post back to its author with the reviewer's comment (required); commits."""
    name, position = _reviewer(uow, reviewer_name, reviewer_position)
    comment = comment.strip()
    if not comment:
        raise ValidationError(code="revision_comment_required", detail="say what should be revised")
    post = load_post(uow, post_id, expected_version)
    _check_transition(post, PostStatus.NEEDS_REVISION)
    with stale_guard(post_id):
        approval = Approval(
            decision=ApprovalDecision.REVISION.value,
            reviewer_id=uow.actor.user_id if uow.actor else None,
            reviewer_name=name,
            reviewer_position=position,
            decided_at=utcnow(),
            note=comment,
            content_hash=content_hash(uow, post),
        )
        post.approvals.append(approval)
        _set_status(uow, post, PostStatus.NEEDS_REVISION, reviewer=name, comment=comment)
        uow.session.flush()
    commit(uow, post_id)
    return to_detail(uow, post)


@dataclass(frozen=True)
class Decision:
    """What a reviewer decided in the review dialog: approve, or send back with a note.

    For a revision the note is the comment the author gets (required).
    """

    kind: ApprovalDecision
    reviewer_name: str
    reviewer_position: str = ""
    note: str = ""


def decide(
    uow: UnitOfWork,
    post_id: int,
    decision: Decision,
    expected_version: int | None = None,
    *,
    allow_past: bool = False,
) -> PostDetail:
    """Apply a reviewer's decision (`approve` or `request_revision`); commits.

    The one entry for every place a reviewer decides (the editor, the board), so
    they cannot drift apart.  `allow_past` concerns approving only: sending a post
    back for revision does not look at its time.
    """
    if ApprovalDecision(decision.kind) is ApprovalDecision.APPROVED:  # "setuju" does too
        return approve(
            uow, post_id, decision.reviewer_name, decision.reviewer_position, decision.note,
            expected_version, allow_past=allow_past,
        )  # fmt: skip
    return request_revision(
        uow, post_id, decision.reviewer_name, decision.reviewer_position, decision.note,
        expected_version,
    )  # fmt: skip


def withdraw_approval(
    uow: UnitOfWork, post_id: int, reason: str = "", expected_version: int | None = None
) -> PostDetail:
    """Take back an approval by hand (the post goes back to review); commits."""
    post = load_post(uow, post_id, expected_version)
    _check_transition(post, PostStatus.IN_REVIEW)
    approval = current_approval(post)
    with stale_guard(post_id):
        if approval is None:
            _set_status(uow, post, PostStatus.IN_REVIEW, reason=reason.strip())
        else:
            withdraw_approval_row(uow.session, post, approval, reason.strip() or "by_hand")
        uow.session.flush()
    commit(uow, post_id)
    return to_detail(uow, post)


def assert_exportable(uow: UnitOfWork, post_id: int) -> ApprovalDetail:
    """The approval in force, if the post's content is exactly what it approved.

    Raises `ConflictError` (``not_approved`` / ``approval_mismatch``) otherwise; an
    export calls this inside the unit of work that reads what it writes.
    """
    post = load_post(uow, post_id)
    approval = current_approval(post)
    if post.status not in (PostStatus.APPROVED.value, PostStatus.PUBLISHED.value) or not approval:
        raise ConflictError(code="not_approved", detail=f"post {post_id} is not approved")
    if approval.content_hash != content_hash(uow, post):
        raise ConflictError(
            code="approval_mismatch", detail=f"post {post_id} changed after its approval"
        )
    return approval_detail(approval)


def mark_published(
    uow: UnitOfWork,
    post_id: int,
    published_at: datetime,
    url: str | None = None,
    expected_version: int | None = None,
) -> PostDetail:
    """Record that the approved post went online (when, and optionally where); commits."""
    if published_at is None:
        raise ValidationError(code="published_at_required", detail="when was it published?")
    require_aware(published_at, "published_at")
    if published_at > utcnow() + CLOCK_SLACK:
        raise ValidationError(code="published_in_future", detail="the time is in the future")
    link = (url or "").strip() or None
    if link is not None and (not link.lower().startswith(("http://", "https://")) or " " in link):
        raise ValidationError(code="bad_url", detail=f"not a web link: {link[:60]}")
    post = load_post(uow, post_id, expected_version)
    _check_transition(post, PostStatus.PUBLISHED)
    assert_exportable(uow, post_id)
    with stale_guard(post_id):
        post.published_at = published_at
        post.published_url = link
        _set_status(
            uow, post, PostStatus.PUBLISHED, published_at=published_at.isoformat(), url=link
        )
        uow.session.flush()
    commit(uow, post_id)
    return to_detail(uow, post)
