"""The "Draf & Persetujuan" board: what needs someone's attention, grouped.

Each post appears in one group.  A post whose time has passed without being
published is *overdue* whatever its status (it is the most urgent thing on the
board; the card still shows the status).  Otherwise posts go by status: drafts
and ideas, waiting for approval, needing approval again (back in review after
an approval: its content changed, or it was withdrawn by hand; the card says
what changed), needs revision (with the reviewer's comment), approved and not
yet exported.  "Exported" is an audit line with the action
`EXPORTED_ACTION` written after the approval in force (the package export
writes it); until then an approved post stays on the board.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select

from sosmed_desktop.db.models import Approval, AuditEntry, Post
from sosmed_desktop.db.types import utcnow
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.approval import ContentChange
from sosmed_desktop.domain.statuses import ApprovalDecision, PostStatus
from sosmed_desktop.services.calendar.calendar import (
    CalendarFilter,
    PostRow,
    apply_filter,
    load_rows,
    row_select,
)
from sosmed_desktop.services.calendar.rows import SETTLED
from sosmed_desktop.services.posts.data import reapproval_changes
from sosmed_desktop.services.posts.store import post_load

EXPORTED_ACTION = "exported"


@dataclass(frozen=True)
class BoardCard:
    """A post on the board with the latest reviewer decision, if any."""

    post: PostRow
    reviewer_name: str = ""
    reviewer_position: str = ""
    decided_at: datetime | None = None
    comment: str = ""
    changes: tuple[ContentChange, ...] = ()
    """For a post needing approval again: what changed since the approval."""


@dataclass(frozen=True)
class Board:
    """The board's groups, each in schedule order (undated posts last)."""

    overdue: list[BoardCard] = field(default_factory=list)
    drafts: list[BoardCard] = field(default_factory=list)
    waiting: list[BoardCard] = field(default_factory=list)
    reapproval: list[BoardCard] = field(default_factory=list)
    needs_revision: list[BoardCard] = field(default_factory=list)
    approved: list[BoardCard] = field(default_factory=list)


def _latest_decisions(uow: UnitOfWork, ids: list[int]) -> dict[int, Approval]:
    latest: dict[int, Approval] = {}
    for index in range(0, len(ids), 900):
        chunk = ids[index : index + 900]
        for approval in uow.session.scalars(
            select(Approval).where(Approval.post_id.in_(chunk)).order_by(Approval.decided_at)
        ):
            latest[approval.post_id] = approval
    return latest


def exported_after(uow: UnitOfWork, approvals: dict[int, Approval]) -> set[int]:
    """The posts (of `approvals`: post id -> approval in force) exported since that approval."""
    ids = list(approvals)
    if not ids:
        return set()
    stmt = (
        select(AuditEntry.entity_id, func.max(AuditEntry.at))
        .where(
            AuditEntry.entity_type == "post",
            AuditEntry.action == EXPORTED_ACTION,
            AuditEntry.entity_id.in_(ids),
        )
        .group_by(AuditEntry.entity_id)
    )
    exported = set()
    for post_id, at in uow.session.execute(stmt):
        if at is not None and at >= approvals[post_id].decided_at:
            exported.add(post_id)
    return exported


def _reapproval_changes(uow: UnitOfWork, ids: list[int]) -> dict[int, tuple[ContentChange, ...]]:
    """Per post back in review after an approval: what changed (at least one entry)."""
    if not ids:
        return {}
    found = {}
    for post in uow.session.scalars(select(Post).where(Post.id.in_(ids)).options(*post_load())):
        found[post.id] = reapproval_changes(uow.session, post) or (ContentChange("unchanged"),)
    return found


def board(
    uow: UnitOfWork, filters: CalendarFilter | None = None, *, now: datetime | None = None
) -> Board:
    """Every post that still needs work, grouped for the board."""
    now = now or utcnow()
    stmt = (
        row_select()
        .where(Post.deleted_at.is_(None), Post.status.not_in(SETTLED))
        .order_by(Post.scheduled_at.is_(None), Post.scheduled_at, Post.id)
    )
    rows = load_rows(uow, apply_filter(stmt, filters), now)
    decisions = _latest_decisions(uow, [r.id for r in rows])
    approved_rows = {
        r.id: decisions[r.id]
        for r in rows
        if r.status == PostStatus.APPROVED.value
        and r.id in decisions
        and decisions[r.id].decision == ApprovalDecision.APPROVED.value
    }
    exported = exported_after(uow, approved_rows)
    changes = _reapproval_changes(uow, [
        r.id for r in rows
        if r.status == PostStatus.IN_REVIEW.value and r.id in decisions
        and decisions[r.id].decision == ApprovalDecision.APPROVED.value
        and decisions[r.id].withdrawn_at is not None
    ])  # fmt: skip
    result = Board()
    for row in rows:
        decision = decisions.get(row.id)
        card = BoardCard(
            post=row,
            reviewer_name=decision.reviewer_name if decision else "",
            reviewer_position=decision.reviewer_position if decision else "",
            decided_at=decision.decided_at if decision else None,
            comment=decision.note if decision else "",
            changes=changes.get(row.id, ()),
        )
        if row.overdue:
            result.overdue.append(card)
        elif row.status in (PostStatus.IDEA.value, PostStatus.DRAFT.value):
            result.drafts.append(card)
        elif row.id in changes:
            result.reapproval.append(card)
        elif row.status == PostStatus.IN_REVIEW.value:
            result.waiting.append(card)
        elif row.status == PostStatus.NEEDS_REVISION.value:
            result.needs_revision.append(card)
        elif row.status == PostStatus.APPROVED.value and row.id not in exported:
            result.approved.append(card)
    return result
