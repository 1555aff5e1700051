"""The calendar file: scheduled posts as an iCalendar (.ics) that Outlook, Thunderbird and
Google Calendar import.

Each post is one event whose UID is built from the post's uuid, so importing a
newer file updates the events instead of adding copies; SEQUENCE (the post's
version) and LAST-MODIFIED tell the calendar which copy is newer.  Times are
written in UTC, which every calendar converts to its own zone; the event lasts
`EVENT_MINUTES`.  Posts in the trash and archived posts are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event
from sqlalchemy import select

from sosmed_desktop import APP_DISPLAY_NAME, __version__
from sosmed_desktop.config import os_error_to_domain
from sosmed_desktop.db.models import Platform, Post, PostVariant, Program
from sosmed_desktop.db.types import utcnow
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.indonesian import status_words
from sosmed_desktop.domain.statuses import PostStatus
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.fileops import atomic_write_bytes

EVENT_MINUTES = 30
UID_DOMAIN = "sosmed-desktop"
CONFIRMED = frozenset({PostStatus.APPROVED.value, PostStatus.PUBLISHED.value})


@dataclass(frozen=True)
class IcsResult:
    """Where the calendar file went and how many events it holds."""

    path: Path
    events: int


def event_uid(post_uuid: str) -> str:
    """The stable UID of a post's event."""
    return f"{post_uuid}@{UID_DOMAIN}"


def _range(start: date | None, end: date | None, tz: ZoneInfo) -> tuple[datetime, datetime]:
    if start and end and end < start:
        raise ValidationError(code="date_range_reversed", detail="the end is before the start")
    low = datetime.combine(start, time(), tz) if start else datetime(1970, 1, 1, tzinfo=tz)
    high = (
        datetime.combine(end + timedelta(days=1), time(), tz)
        if end
        else datetime(9999, 1, 1, tzinfo=tz)
    )
    return low, high


def build_calendar(
    uow: UnitOfWork,
    tz: ZoneInfo,
    start: date | None = None,
    end: date | None = None,
    *,
    name: str = "",
) -> tuple[bytes, int]:
    """The .ics bytes of the posts scheduled from `start` to `end` (local days, inclusive)."""
    low, high = _range(start, end, tz)
    stmt = (
        select(Post, Program.name)
        .outerjoin(Program, Program.id == Post.program_id)
        .where(
            Post.deleted_at.is_(None),
            Post.scheduled_at.is_not(None),
            Post.scheduled_at >= low,
            Post.scheduled_at < high,
            Post.status != PostStatus.ARCHIVED.value,
        )
        .order_by(Post.scheduled_at, Post.id)
    )
    rows = uow.session.execute(stmt).all()
    platforms: dict[int, list[str]] = {}
    ids = [post.id for post, _ in rows]
    for index in range(0, len(ids), 900):
        for post_id, platform in uow.session.execute(
            select(PostVariant.post_id, Platform.name)
            .join(Platform, Platform.id == PostVariant.platform_id)
            .where(PostVariant.post_id.in_(ids[index : index + 900]))
            .order_by(Platform.position)
        ):
            platforms.setdefault(post_id, []).append(platform)
    calendar = Calendar()
    calendar.add("prodid", f"-//{APP_DISPLAY_NAME}//{__version__}//ID")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name or "Jadwal media sosial")
    calendar.add("x-wr-timezone", tz.key)
    stamp = utcnow()
    for post, program in rows:
        calendar.add_component(_event(post, program, platforms.get(post.id, []), stamp))
    return calendar.to_ical(), len(rows)


def _event(post: Post, program: str | None, platforms: list[str], stamp: datetime) -> Event:
    assert post.scheduled_at is not None
    event = Event()
    event.add("uid", event_uid(post.uuid))
    event.add("dtstamp", stamp)
    event.add("dtstart", post.scheduled_at)
    event.add("dtend", post.scheduled_at + timedelta(minutes=EVENT_MINUTES))
    event.add("summary", post.title)
    lines = [
        f"Status: {status_words(post.status)}",
        f"Platform: {', '.join(platforms) or '-'}",
    ]
    if program:
        lines.append(f"Program: {program}")
    if post.published_url:
        lines.append(f"Tautan: {post.published_url}")
    if post.master_caption.strip():
        lines += ["", post.master_caption.strip()]
    event.add("description", "\n".join(lines))
    if program:
        event.add("categories", [program])
    event.add("status", "CONFIRMED" if post.status in CONFIRMED else "TENTATIVE")
    event.add("sequence", post.version)
    event.add("last-modified", post.updated_at)
    event.add("transp", "TRANSPARENT")  # a post does not make the officer busy
    if post.published_url:
        event.add("url", post.published_url)
    return event


def export_ics(
    uow: UnitOfWork,
    tz: ZoneInfo,
    target: Path,
    start: date | None = None,
    end: date | None = None,
    *,
    name: str = "",
) -> IcsResult:
    """Write the calendar file atomically (temporary file, then rename)."""
    data, count = build_calendar(uow, tz, start, end, name=name)
    try:
        atomic_write_bytes(target, data)
    except OSError as exc:
        raise os_error_to_domain(exc, target.parent) from exc
    return IcsResult(target, count)
