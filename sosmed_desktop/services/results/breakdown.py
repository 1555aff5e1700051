"""The month's results broken down: by program, for the posts that answer directions, and
over the months before.

Always per platform and in the platform's lead measure (`latest.LEADS`: reach where
it counts reach, else views, else impressions), so no figure adds one platform's
measure to another's.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from sosmed_desktop.db.models import Direction, Post, Program, direction_posts
from sosmed_desktop.db.models_results import PostResult
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.services.calendar.calendar import month_bounds
from sosmed_desktop.services.results.latest import latest_rows, lead_measure, one_per_post

TREND_MONTHS = 6
NO_PROGRAM = ""


@dataclass(frozen=True)
class Share:
    """Part of a platform's posts and what they reached in its lead measure."""

    platform: str
    label: str
    """A program's name ("" for none), or "" where the part has no name."""
    measure: str
    posts: int
    total: int


@dataclass(frozen=True)
class Trend:
    """One platform's lead measure month by month, oldest first (the month shown last)."""

    platform: str
    measure: str
    months: tuple[tuple[int, int, int], ...]
    """(year, month, total); 0 for a month without results."""


def by_program(uow: UnitOfWork, rows: list[PostResult]) -> tuple[Share, ...]:
    """Per platform and program, the tied posts and their lead measure summed."""
    ids = {r.post_id for r in rows if r.post_id is not None}
    programs = dict(
        uow.session.execute(
            select(Post.id, Program.name)
            .outerjoin(Program, Program.id == Post.program_id)
            .where(Post.id.in_(ids))
        ).all()
    ) if ids else {}  # fmt: skip
    shares = []
    for platform, mine in _per_platform(rows):
        measure = lead_measure(mine)
        if measure is None:
            continue
        parts: dict[str, list[PostResult]] = defaultdict(list)
        for row in mine:
            if row.post_id is not None:
                parts[programs.get(row.post_id) or NO_PROGRAM].append(row)
        for name in sorted(parts, key=lambda n: (n == NO_PROGRAM, n.casefold())):
            shares.append(_share(platform, name, measure, parts[name]))
    return tuple(shares)


def answering_directions(uow: UnitOfWork, rows: list[PostResult]) -> tuple[Share, ...]:
    """Per direction and platform, the tied posts answering it and what they reached.

    The label names the direction: who gave it and its first words.  A post
    answering two directions counts for each.
    """
    ids = {r.post_id for r in rows if r.post_id is not None}
    links = uow.session.execute(
        select(direction_posts.c.post_id, Direction.id, Direction.given_by_name, Direction.content)
        .join(Direction, Direction.id == direction_posts.c.direction_id)
        .where(direction_posts.c.post_id.in_(ids))
        .order_by(Direction.given_at, Direction.id)
    ).all() if ids else []  # fmt: skip
    labels: dict[int, str] = {}
    answered: dict[int, set[int]] = defaultdict(set)
    for post_id, direction_id, given_by, content in links:
        labels[direction_id] = f"{given_by}: {_first_words(content)}"
        answered[direction_id].add(post_id)
    shares = []
    for platform, mine in _per_platform(rows):
        measure = lead_measure(mine)
        if measure is None:
            continue
        for direction_id, label in labels.items():
            chosen = [r for r in mine if r.post_id in answered[direction_id]]
            if chosen:
                shares.append(_share(platform, label, measure, chosen))
    return tuple(shares)


def _first_words(text: str, limit: int = 60) -> str:
    """A direction's text on one line, cut at a word near `limit` characters."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    return line[:limit].rsplit(" ", 1)[0] + " …"


def trends(uow: UnitOfWork, year: int, month: int, tz: ZoneInfo) -> tuple[Trend, ...]:
    """Each platform's lead measure over the `TREND_MONTHS` months ending with `month`."""
    months = []
    for back in range(TREND_MONTHS - 1, -1, -1):
        index = year * 12 + month - 1 - back
        months.append((index // 12, index % 12 + 1))
    start, _ = month_bounds(*months[0], tz)
    _, end = month_bounds(year, month, tz)
    grouped = latest_rows(uow, PostResult.published_at >= start, PostResult.published_at < end)
    rows = one_per_post([found[0] for found in grouped.values()])
    found = []
    for platform, mine in _per_platform(rows):
        measure = lead_measure(mine)
        if measure is None:
            continue
        totals: dict[tuple[int, int], int] = defaultdict(int)
        for row in mine:
            local = _local(row.published_at, tz)
            totals[(local.year, local.month)] += getattr(row, measure) or 0
        found.append(Trend(platform, measure, tuple((y, m, totals[(y, m)]) for y, m in months)))
    return tuple(found)


def _share(platform: str, label: str, measure: str, rows: list[PostResult]) -> Share:
    total = sum(getattr(r, measure) or 0 for r in rows)
    return Share(platform, label, measure, len(rows), total)


def _per_platform(rows: list[PostResult]) -> list[tuple[str, list[PostResult]]]:
    grouped: dict[str, list[PostResult]] = defaultdict(list)
    for row in rows:
        grouped[row.platform].append(row)
    return sorted(grouped.items())


def _local(moment: datetime | None, tz: ZoneInfo) -> datetime:
    assert moment is not None  # the rows were chosen by their publication
    return moment.astimezone(tz)
