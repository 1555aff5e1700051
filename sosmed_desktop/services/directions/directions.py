"""Leadership directions (arahan): recording them, their status, the list and its summary.

A direction is what a leader asked for (in a meeting, on WhatsApp, by memo or
disposition, on the phone) with a priority and often a due date.  The officer
answers it with posts, linked from either side.  "Open" means new or in
progress; the summary counts only open directions, since a finished or
cancelled one needs nothing more.  "Due this week" runs from now to the end of
Sunday in the officer's time zone (a calendar week, as the office plans it);
"overdue" is open and past its due time; the two never overlap.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import selectinload

from sosmed_desktop.config import DEFAULT_TIMEZONE
from sosmed_desktop.db.models import (
    Direction,
    Post,
    Program,
    direction_attachments,
    direction_posts,
)
from sosmed_desktop.db.types import utcnow
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.statuses import (
    OPEN_DIRECTION_STATUSES,
    DirectionChannel,
    DirectionStatus,
    Priority,
    can_change_direction,
)
from sosmed_desktop.errors import ConflictError, NotFoundError, ValidationError
from sosmed_desktop.services import audit

OPEN_VALUES = tuple(s.value for s in OPEN_DIRECTION_STATUSES)


@dataclass(frozen=True)
class DirectionInput:
    """What the officer records about a direction (the status changes separately)."""

    given_by_name: str
    content: str
    given_at: datetime
    channel: str = DirectionChannel.MEETING.value
    given_by_position: str = ""
    priority: str = Priority.NORMAL.value
    due_at: datetime | None = None
    program_id: int | None = None


@dataclass(frozen=True)
class DirectionRow:
    """A direction as lists show it."""

    id: int
    given_by_name: str
    given_by_position: str
    given_at: datetime
    channel: str
    content: str
    priority: str
    due_at: datetime | None
    program_id: int | None
    program: str
    status: str
    post_count: int
    attachment_count: int
    updated_at: datetime

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_VALUES

    def is_overdue(self, now: datetime) -> bool:
        """Open and past its due time."""
        return self.is_open and self.due_at is not None and self.due_at < now

    def as_input(self) -> DirectionInput:
        """The editable fields, e.g. to undo an edit."""
        return DirectionInput(**{f.name: getattr(self, f.name) for f in fields(DirectionInput)})


class DirectionView(StrEnum):
    """Which directions a list shows."""

    OPEN = "open"
    OVERDUE = "overdue"
    DUE_THIS_WEEK = "due_this_week"
    WITHOUT_POST = "without_post"
    DONE = "done"
    CANCELLED = "cancelled"
    ALL = "all"


@dataclass(frozen=True)
class DirectionFilter:
    """List filters: a view, a leader, a program and free text (content, leader, position)."""

    view: DirectionView = DirectionView.OPEN
    leader: str = ""
    program_id: int | None = None
    text: str = ""


@dataclass(frozen=True)
class DirectionSummary:
    """The four counts at the top of the list (all of open directions)."""

    open: int
    due_this_week: int
    overdue: int
    without_post: int
    total: int = 0


def week_end(now: datetime, tz: ZoneInfo) -> datetime:
    """The first instant after this calendar week (Monday 00:00 in the officer's zone)."""
    local = now.astimezone(tz).date()
    return datetime.combine(local + timedelta(days=7 - local.weekday()), time(), tz)


def _clean(data: DirectionInput) -> DirectionInput:
    name, content = data.given_by_name.strip(), data.content.strip()
    if not name:
        raise ValidationError(code="direction_name_required", detail="who gave the direction?")
    if not content:
        raise ValidationError(code="direction_content_required", detail="the direction is empty")
    if data.channel not in {c.value for c in DirectionChannel}:
        raise ValidationError(detail=f"unknown channel {data.channel!r}")
    if data.priority not in {p.value for p in Priority}:
        raise ValidationError(detail=f"unknown priority {data.priority!r}")
    for moment in (data.given_at, data.due_at):
        if moment is not None and moment.tzinfo is None:
            raise ValidationError(detail="times must carry a time zone")
    if data.due_at is not None and data.due_at < data.given_at:
        raise ValidationError(
            code="direction_due_before_given", detail="the due date is before the direction"
        )
    return DirectionInput(
        given_by_name=name[:120],
        content=content,
        given_at=data.given_at,
        channel=data.channel,
        given_by_position=data.given_by_position.strip()[:160],
        priority=data.priority,
        due_at=data.due_at,
        program_id=data.program_id,
    )


def _get(uow: UnitOfWork, direction_id: int) -> Direction:
    row = uow.session.get(Direction, direction_id)
    if row is None:
        raise NotFoundError(what="direction", ident=direction_id)
    return row


def _check_program(uow: UnitOfWork, program_id: int | None) -> None:
    if program_id is not None and uow.session.get(Program, program_id) is None:
        raise NotFoundError(what="program", ident=program_id)


def create_direction(uow: UnitOfWork, data: DirectionInput) -> int:
    """Record a new direction (status "baru"); commits and returns its id."""
    clean = _clean(data)
    _check_program(uow, clean.program_id)
    from sosmed_desktop.services.profile import current_user

    user = current_user(uow)
    row = Direction(
        **{f.name: getattr(clean, f.name) for f in fields(DirectionInput)},
        status=DirectionStatus.NEW.value,
        department_id=user.department_id if user else None,
    )
    uow.session.add(row)
    uow.session.flush()
    audit.record(
        uow, "direction", row.id, "created", given_by=row.given_by_name, channel=row.channel
    )
    uow.commit()
    return row.id


def update_direction(uow: UnitOfWork, direction_id: int, data: DirectionInput) -> None:
    """Change what was recorded about a direction; commits; the audit keeps the old values."""
    clean = _clean(data)
    _check_program(uow, clean.program_id)
    row = _get(uow, direction_id)
    changed = {}
    for f in fields(DirectionInput):
        old, new = getattr(row, f.name), getattr(clean, f.name)
        if old != new:
            changed[f.name] = [_jsonable(old), _jsonable(new)]
            setattr(row, f.name, new)
    if not changed:
        return
    row.updated_at = utcnow()
    audit.record(uow, "direction", row.id, "updated", changes=changed)
    uow.commit()


def _jsonable(value: object) -> object:
    return value.isoformat() if isinstance(value, datetime | date) else value


def change_status(uow: UnitOfWork, direction_id: int, target: str) -> str:
    """Move a direction to `target` if the rules allow it; commits; returns the old status."""
    row = _get(uow, direction_id)
    try:
        current, wanted = DirectionStatus(row.status), DirectionStatus(target)
    except ValueError as exc:
        raise ValidationError(detail=f"unknown status {target!r}") from exc
    if not can_change_direction(current, wanted):
        raise ConflictError(
            code="direction_status",
            detail=f"a direction cannot go from {current.value} to {wanted.value}",
            current=current.value,
            target=wanted.value,
        )
    _set_status(uow, row, wanted.value, "status_changed")
    return current.value


def revert_status(uow: UnitOfWork, direction_id: int, expected: str, previous: str) -> None:
    """Undo a status change: back to `previous` if nobody changed it since; commits.

    Undo may go where the rules would not (a "selesai" back to "baru"), since it
    restores what was there a moment ago.
    """
    row = _get(uow, direction_id)
    if row.status != expected:
        raise ConflictError(
            detail=f"the direction is now {row.status}, not {expected}",
        )
    if previous not in {st.value for st in DirectionStatus}:
        raise ValidationError(detail=f"unknown status {previous!r}")
    _set_status(uow, row, previous, "status_reverted")


def _set_status(uow: UnitOfWork, row: Direction, status: str, action: str) -> None:
    old = row.status
    row.status = status
    row.updated_at = utcnow()
    audit.record(uow, "direction", row.id, action, old=old, new=status)
    uow.commit()


def delete_direction(uow: UnitOfWork, direction_id: int) -> None:
    """Remove a direction with its links (the posts and stored files stay); commits."""
    row = _get(uow, direction_id)
    audit.record(
        uow,
        "direction",
        row.id,
        "deleted",
        given_by=row.given_by_name,
        content=row.content,
        status=row.status,
    )
    uow.session.delete(row)
    uow.commit()


def _counts() -> tuple[Select, Select]:
    posts = (
        select(func.count())
        .select_from(direction_posts)
        .join(Post, Post.id == direction_posts.c.post_id)
        .where(direction_posts.c.direction_id == Direction.id, Post.deleted_at.is_(None))
        .scalar_subquery()
    )
    files = (
        select(func.count())
        .where(direction_attachments.c.direction_id == Direction.id)
        .scalar_subquery()
    )
    return posts, files


def _rows(uow: UnitOfWork, stmt: Select) -> list[DirectionRow]:
    posts, files = _counts()
    stmt = stmt.add_columns(posts, files).options(selectinload(Direction.program))
    return [
        DirectionRow(
            id=d.id,
            given_by_name=d.given_by_name,
            given_by_position=d.given_by_position,
            given_at=d.given_at,
            channel=d.channel,
            content=d.content,
            priority=d.priority,
            due_at=d.due_at,
            program_id=d.program_id,
            program=d.program.name if d.program else "",
            status=d.status,
            post_count=post_count,
            attachment_count=file_count,
            updated_at=d.updated_at,
        )
        for d, post_count, file_count in uow.session.execute(stmt)
    ]


def list_directions(
    uow: UnitOfWork,
    flt: DirectionFilter | None = None,
    *,
    now: datetime | None = None,
    tz: ZoneInfo | None = None,
) -> list[DirectionRow]:
    """Directions matching `flt`: open ones by due date (undated last), others newest first."""
    flt = flt or DirectionFilter()
    now = now or utcnow()
    end = week_end(now, tz or ZoneInfo(DEFAULT_TIMEZONE))
    stmt = select(Direction)
    view = DirectionView(flt.view)
    posts, _ = _counts()
    if view in (DirectionView.DONE, DirectionView.CANCELLED):
        status = DirectionStatus.DONE if view is DirectionView.DONE else DirectionStatus.CANCELLED
        stmt = stmt.where(Direction.status == status.value)
    elif view is not DirectionView.ALL:
        stmt = stmt.where(Direction.status.in_(OPEN_VALUES))
    if view is DirectionView.OVERDUE:
        stmt = stmt.where(Direction.due_at < now)
    elif view is DirectionView.DUE_THIS_WEEK:
        stmt = stmt.where(Direction.due_at >= now, Direction.due_at < end)
    elif view is DirectionView.WITHOUT_POST:
        stmt = stmt.where(posts == 0)
    if flt.leader:
        stmt = stmt.where(Direction.given_by_name == flt.leader)
    if flt.program_id is not None:
        stmt = stmt.where(Direction.program_id == flt.program_id)
    for word in flt.text.split():
        pattern = f"%{word}%"
        stmt = stmt.where(
            or_(
                Direction.content.ilike(pattern),
                Direction.given_by_name.ilike(pattern),
                Direction.given_by_position.ilike(pattern),
            )
        )
    if view in (DirectionView.ALL, DirectionView.DONE, DirectionView.CANCELLED):
        stmt = stmt.order_by(Direction.given_at.desc(), Direction.id.desc())
    else:
        stmt = stmt.order_by(
            Direction.due_at.is_(None), Direction.due_at, Direction.given_at, Direction.id
        )
    return _rows(uow, stmt)


def direction_summary(
    uow: UnitOfWork, *, now: datetime | None = None, tz: ZoneInfo | None = None
) -> DirectionSummary:
    """Open, due this week, overdue and without a post yet (see the module docstring)."""
    now = now or utcnow()
    end = week_end(now, tz or ZoneInfo(DEFAULT_TIMEZONE))
    posts, _ = _counts()
    is_open = Direction.status.in_(OPEN_VALUES)

    def count(*conditions: object) -> int:
        stmt = select(func.count(Direction.id)).where(*conditions)  # type: ignore[arg-type]
        return uow.session.scalar(stmt) or 0

    return DirectionSummary(
        open=count(is_open),
        due_this_week=count(is_open, Direction.due_at >= now, Direction.due_at < end),
        overdue=count(is_open, Direction.due_at < now),
        without_post=count(is_open, posts == 0),
        total=count(),
    )


def get_direction(uow: UnitOfWork, direction_id: int) -> DirectionRow:
    """One direction as a row (raises if it was deleted)."""
    rows = _rows(uow, select(Direction).where(Direction.id == direction_id))
    if not rows:
        raise NotFoundError(what="direction", ident=direction_id)
    return rows[0]


# Posts that answer a direction -----------------------------------------------------


@dataclass(frozen=True)
class LinkedPost:
    """A post as a direction (or a data note) shows it: title, date and status."""

    id: int
    title: str
    status: str
    scheduled_at: datetime | None


def _post(uow: UnitOfWork, post_id: int) -> Post:
    post = uow.session.get(Post, post_id)
    if post is None or post.deleted_at is not None:
        raise NotFoundError(what="post", ident=post_id)
    return post


def _link(uow: UnitOfWork, row: Direction, post_ids: list[int]) -> list[int]:
    have = {p.id for p in row.posts}
    added = []
    for post_id in dict.fromkeys(post_ids):
        if post_id not in have:
            row.posts.append(_post(uow, post_id))
            added.append(post_id)
    if added:
        audit.record(uow, "direction", row.id, "posts_linked", posts=added)
        for post_id in added:
            audit.record(uow, "post", post_id, "direction_linked", direction=row.id)
    return added


def _unlink(uow: UnitOfWork, row: Direction, post_ids: list[int]) -> list[int]:
    wanted = set(post_ids)
    removed = [p.id for p in row.posts if p.id in wanted]
    if removed:
        row.posts = [p for p in row.posts if p.id not in wanted]
        audit.record(uow, "direction", row.id, "posts_unlinked", posts=removed)
        for post_id in removed:
            audit.record(uow, "post", post_id, "direction_unlinked", direction=row.id)
    return removed


def link_posts(uow: UnitOfWork, direction_id: int, post_ids: list[int]) -> list[int]:
    """Record that these posts answer the direction; commits; returns the newly linked ids."""
    added = _link(uow, _get(uow, direction_id), post_ids)
    if added:
        uow.commit()
    return added


def unlink_posts(uow: UnitOfWork, direction_id: int, post_ids: list[int]) -> list[int]:
    """Remove the links to these posts (the posts stay); commits; returns the removed ids."""
    removed = _unlink(uow, _get(uow, direction_id), post_ids)
    if removed:
        uow.commit()
    return removed


@dataclass(frozen=True)
class LinkChange:
    """The directions whose link `change_post_links` changed, and those deleted meanwhile."""

    changed: list[int]
    gone: list[int]


def change_post_links(
    uow: UnitOfWork, post_id: int, direction_ids: list[int], link: bool
) -> LinkChange:
    """Link one post to these directions (or unlink it), in one commit (the editor's
    Sources tab).  A direction deleted meanwhile does not stop the others; a post
    that no longer exists or is in the trash is refused for all (NotFound)."""
    _post(uow, post_id)
    change = _link if link else _unlink
    changed, gone = [], []
    for direction_id in dict.fromkeys(direction_ids):
        row = uow.session.get(Direction, direction_id)
        if row is None:
            gone.append(direction_id)
        elif change(uow, row, [post_id]):
            changed.append(direction_id)
    if changed:
        uow.commit()
    return LinkChange(changed, gone)


def posts_of_direction(uow: UnitOfWork, direction_id: int) -> list[LinkedPost]:
    """The posts answering a direction with their statuses, by date (undated last)."""
    _get(uow, direction_id)
    stmt = (
        select(Post)
        .join(direction_posts, direction_posts.c.post_id == Post.id)
        .where(direction_posts.c.direction_id == direction_id, Post.deleted_at.is_(None))
        .order_by(Post.scheduled_at.is_(None), Post.scheduled_at, Post.id)
    )
    return [LinkedPost(p.id, p.title, p.status, p.scheduled_at) for p in uow.session.scalars(stmt)]


def directions_for_post(uow: UnitOfWork, post_id: int) -> list[DirectionRow]:
    """The directions a post answers (for the post editor), open ones first."""
    stmt = (
        select(Direction)
        .join(direction_posts, direction_posts.c.direction_id == Direction.id)
        .where(direction_posts.c.post_id == post_id)
        .order_by(Direction.status.not_in(OPEN_VALUES), Direction.given_at.desc())
    )
    return _rows(uow, stmt)
