"""Reading the facts reminders are derived from: posts, approvals, exports, directions.

The rules in `sosmed_desktop.domain.reminders` work on the plain facts built here.
Only what can call for a reminder is read: posts and directions whose time is
still ahead, posts waiting for approval, and whatever armed reminders refer to.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Row, func, or_, select
from sqlalchemy.orm import Session

from sosmed_desktop.db.models import Approval, AuditEntry, Direction, Post, Reminder
from sosmed_desktop.domain import reminders as rules
from sosmed_desktop.domain.reminders import ARMED, PostFacts, ReminderPrefs, Snapshot
from sosmed_desktop.domain.statuses import ApprovalDecision, PostStatus
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.services.posts.board import EXPORTED_ACTION
from sosmed_desktop.services.reminders.owner import own_posts, owner_of

log = logging.getLogger(__name__)

SUBMITTED_ACTION = "submitted"
"""Audit action the approval flow records when a post enters review."""


POST_COLUMNS = (
    Post.id,
    Post.title,
    Post.status,
    Post.scheduled_at,
    Post.reminder_leads,
    Post.updated_at,
)
"""What the rules read of a post (plain columns: no ORM objects to build or flush)."""


def snapshot(session: Session, now: datetime, prefs: ReminderPrefs) -> Snapshot:
    """The posts and directions that can call for a reminder now, plus those that did."""
    cutoff = now - prefs.grace
    armed = Reminder.state.in_(ARMED)
    armed_posts = select(Reminder.post_id).where(armed, Reminder.post_id.is_not(None))
    posts = session.execute(
        select(*POST_COLUMNS).where(
            Post.deleted_at.is_(None),
            own_posts(owner_of(session)),
            or_(
                (Post.scheduled_at >= cutoff) & Post.status.not_in(rules.FINISHED_POSTS),
                Post.status == PostStatus.IN_REVIEW.value,
                Post.id.in_(armed_posts),
            ),
        )
    ).all()
    today_start = rules.local_at(rules.local_day(now, prefs.tz), time(), prefs.tz)
    armed_directions = select(Reminder.direction_id).where(
        armed, Reminder.direction_id.is_not(None)
    )
    directions = session.execute(
        select(Direction.id, Direction.content, Direction.status, Direction.due_at).where(
            or_(
                (Direction.due_at >= today_start) & Direction.status.in_(rules.OPEN_DIRECTIONS),
                Direction.id.in_(armed_directions),
            )
        )
    ).all()
    return Snapshot(
        posts=tuple(post_facts(session, list(posts))),
        directions=tuple(rules.DirectionFacts(*row) for row in directions),
        agenda_days=agenda_days(session, now, prefs.tz),
    )


def one_post(session: Session, post_id: int) -> PostFacts | None:
    """The facts of one post, or None when it is gone or in the trash."""
    row = session.execute(
        select(*POST_COLUMNS).where(
            Post.id == post_id, Post.deleted_at.is_(None), own_posts(owner_of(session))
        )
    ).one_or_none()
    return post_facts(session, [row])[0] if row is not None else None


def post_facts(session: Session, posts: list[Row]) -> list[PostFacts]:
    """Facts of posts read with `POST_COLUMNS`, with their submission, approval and export."""
    review = [p.id for p in posts if p.status == PostStatus.IN_REVIEW]
    approved = [p.id for p in posts if p.status == PostStatus.APPROVED]
    submitted = _latest_audit(session, review, SUBMITTED_ACTION)
    exported = _latest_audit(session, approved, EXPORTED_ACTION)
    approved_at = dict(
        session.execute(
            select(Approval.post_id, func.max(Approval.decided_at))
            .where(
                Approval.post_id.in_(approved),
                Approval.decision == ApprovalDecision.APPROVED.value,
                Approval.withdrawn_at.is_(None),
            )
            .group_by(Approval.post_id)
        ).all()
    )
    facts = []
    for post in posts:
        export_time = exported.get(post.id)
        approval_time = approved_at.get(post.id)
        facts.append(
            PostFacts(
                id=post.id,
                title=post.title,
                status=post.status,
                scheduled_at=post.scheduled_at,
                leads=stored_leads(post.id, post.reminder_leads),
                waiting_since=submitted.get(post.id, post.updated_at),
                exported=export_time is not None
                and (approval_time is None or export_time >= approval_time),
            )
        )
    return facts


def stored_leads(post_id: int, stored: list[int] | None) -> tuple[int, ...] | None:
    """A post's own lead times as stored; None (the general ones) when unset or unusable."""
    if stored is None:
        return None
    try:
        return rules.check_leads(stored)
    except ValidationError:
        log.warning("Post %s has unusable lead times %r; using the general ones", post_id, stored)
        return None


def _latest_audit(session: Session, post_ids: list[int], action: str) -> dict[int, datetime]:
    if not post_ids:
        return {}
    return dict(
        session.execute(
            select(AuditEntry.entity_id, func.max(AuditEntry.at))
            .where(
                AuditEntry.entity_type == "post",
                AuditEntry.action == action,
                AuditEntry.entity_id.in_(post_ids),
            )
            .group_by(AuditEntry.entity_id)
        ).all()
    )


def agenda_days(session: Session, now: datetime, tz: ZoneInfo) -> dict[date, int]:
    """How many posts (not trashed or archived) today and tomorrow hold, by local day."""
    first, last = rules.agenda_window(now, tz)
    start = rules.local_at(first, time(), tz)
    end = rules.local_at(last + timedelta(days=1), time(), tz)
    times = session.scalars(
        select(Post.scheduled_at).where(
            Post.deleted_at.is_(None),
            own_posts(owner_of(session)),
            Post.status != PostStatus.ARCHIVED.value,
            Post.scheduled_at >= start,
            Post.scheduled_at < end,
        )
    )
    days = {first: 0, last: 0}
    for when in times:
        days[rules.local_day(when, tz)] += 1
    return days
