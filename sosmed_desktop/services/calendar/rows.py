"""What the calendar shows of a post, as a plain row, without SQLAlchemy.

Shared by the calendar's queries (`services.calendar`) and by the month read at
start-up before SQLAlchemy is loaded (`services.calendar_early`), so that both
build the same rows from the same columns.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sosmed_desktop.domain.statuses import PostStatus

# A post in these statuses is done with: never overdue.
SETTLED = frozenset({PostStatus.PUBLISHED.value, PostStatus.ARCHIVED.value})
POST_COLUMNS = (
    "id",
    "title",
    "status",
    "scheduled_at",
    "program_id",
    "version",
    "series_uuid",
)
"""The posts' columns a row is made of, in this order, followed by the program's
name and colour (see `post_row`)."""


@dataclass(frozen=True)
class PostRow:
    """What a calendar cell, list row or board card shows of a post."""

    id: int
    title: str
    status: str
    scheduled_at: datetime | None
    platforms: tuple[str, ...]
    program: str
    program_colour: str
    program_id: int | None = None
    tags: tuple[str, ...] = ()
    overdue: bool = False
    version: int = 1
    series_uuid: str | None = None


def post_row(record: tuple, platforms: list[str], tags: list[str], now: datetime) -> PostRow:
    """A row from a record of `POST_COLUMNS` + program name and colour."""
    post_id, title, status, scheduled, program_id, version, series, program, colour = record
    return PostRow(
        id=post_id,
        title=title,
        status=status,
        scheduled_at=scheduled,
        platforms=tuple(platforms),
        program=program or "",
        program_colour=colour or "",
        program_id=program_id,
        tags=tuple(tags),
        overdue=scheduled is not None and scheduled < now and status not in SETTLED,
        version=version,
        series_uuid=series,
    )
