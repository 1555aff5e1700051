"""Reading the calendar: the posts of a month, a week or an agenda, as plain rows.

The views switch months often, so a query is three plain SELECTs (posts with
their program, then the platforms and the tags of those posts) rather than ORM
objects: a month of a 10,000-post database loads in a few milliseconds.  They
are written with the tables' Core columns, not the ORM attributes: a statement
that names an ORM attribute makes SQLAlchemy configure every mapper first (tens
of milliseconds, once per process), which the month shown at start-up need not
wait for.
Filters combine as AND across kinds (platform, status, program, tag,
department) and OR within one kind.  In team mode a person who does not see
every department gets their own department's posts only (`load_rows`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import cast
from zoneinfo import ZoneInfo

from sqlalchemy import Select, Table, func, or_, select

from sosmed_desktop.db.models import Platform, Post, PostVariant, Program, Tag, post_tags
from sosmed_desktop.db.scoping import department_clause, programs_seen, scoped_department
from sosmed_desktop.db.types import utcnow
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.services.calendar.rows import POST_COLUMNS, PostRow, post_row

POSTS = cast(Table, Post.__table__)
PROGRAMS = cast(Table, Program.__table__)
VARIANTS = cast(Table, PostVariant.__table__)
PLATFORMS = cast(Table, Platform.__table__)
TAGS = cast(Table, Tag.__table__)


@dataclass(frozen=True)
class CalendarFilter:
    """What the officer chose to see; an empty set means "all" for that kind.

    `program_ids` may hold None for posts without a program.  Tags compare
    without case.
    """

    platforms: frozenset[str] = field(default_factory=frozenset)
    statuses: frozenset[str] = field(default_factory=frozenset)
    program_ids: frozenset[int | None] = field(default_factory=frozenset)
    tags: frozenset[str] = field(default_factory=frozenset)
    departments: frozenset[int] = field(default_factory=frozenset)
    """The coordinator's department filter (team mode)."""

    @property
    def active(self) -> bool:
        return bool(
            self.platforms or self.statuses or self.program_ids or self.tags or self.departments
        )


@dataclass(frozen=True)
class LegendEntry:
    """A program and its colour, for the calendar legend and the program filter."""

    id: int
    name: str
    colour: str


def month_bounds(year: int, month: int, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """The first instant of a month and of the next one, in the officer's zone."""
    start = datetime.combine(date(year, month, 1), time(), tz)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return start, datetime.combine(nxt, time(), tz)


def week_bounds(day: date, tz: ZoneInfo, first_weekday: int = 0) -> tuple[datetime, datetime]:
    """The week holding `day` (weeks start on Monday unless `first_weekday` says otherwise)."""
    first = day - timedelta(days=(day.weekday() - first_weekday) % 7)
    start = datetime.combine(first, time(), tz)
    return start, datetime.combine(first + timedelta(days=7), time(), tz)


def apply_filter(stmt: Select, filters: CalendarFilter | None) -> Select:
    if filters is None:
        return stmt
    if filters.statuses:
        stmt = stmt.where(POSTS.c.status.in_(filters.statuses))
    if filters.departments:
        stmt = stmt.where(POSTS.c.department_id.in_(filters.departments))
    if filters.platforms:
        stmt = stmt.where(
            POSTS.c.id.in_(
                select(VARIANTS.c.post_id)
                .join(PLATFORMS, PLATFORMS.c.id == VARIANTS.c.platform_id)
                .where(PLATFORMS.c.code.in_(filters.platforms))
            )
        )
    if filters.program_ids:
        ids = [i for i in filters.program_ids if i is not None]
        conditions = [POSTS.c.program_id.in_(ids)] if ids else []
        if None in filters.program_ids:
            conditions.append(POSTS.c.program_id.is_(None))
        stmt = stmt.where(or_(*conditions))
    if filters.tags:
        names = {t.lstrip("#").casefold() for t in filters.tags}
        stmt = stmt.where(
            POSTS.c.id.in_(
                select(post_tags.c.post_id)
                .join(TAGS, TAGS.c.id == post_tags.c.tag_id)
                .where(func.lower(TAGS.c.name).in_(names))
            )
        )
    return stmt


def row_select() -> Select:
    programs = PROGRAMS.c
    return select(
        *(POSTS.c[name] for name in POST_COLUMNS), programs.name, programs.colour
    ).outerjoin(PROGRAMS, programs.id == POSTS.c.program_id)


def load_rows(uow: UnitOfWork, stmt: Select, now: datetime | None = None) -> list[PostRow]:
    """Run a statement built on `row_select()` and attach platforms and tags.

    The platforms and tags are read through `stmt` itself as a subquery, without its
    order: a statement with a LIMIT would need its order kept there.

    The Core statement escapes `db/scoping.py`'s ORM criteria: the department
    limit of team mode is added here.
    """
    now = now or utcnow()
    limited, department_id = scoped_department(uow.session)
    if limited:
        stmt = stmt.where(department_clause(POSTS.c.department_id, department_id))
    records = uow.session.execute(stmt).all()
    platforms: dict[int, list[str]] = defaultdict(list)
    tags: dict[int, list[str]] = defaultdict(list)
    if records:
        # The same posts again as a subquery, not their ids: a month of a regency
        # holds 1,700 posts, and a list of 1,700 bound ids cost PostgreSQL more to
        # read and plan (in two statements of 900: SQLite's limit) than the posts.
        chosen = stmt.with_only_columns(POSTS.c.id).order_by(None).scalar_subquery()
        for post_id, code in uow.session.execute(
            select(VARIANTS.c.post_id, PLATFORMS.c.code)
            .join(PLATFORMS, PLATFORMS.c.id == VARIANTS.c.platform_id)
            .where(VARIANTS.c.post_id.in_(chosen))
            .order_by(PLATFORMS.c.position)
        ):
            platforms[post_id].append(code)
        for post_id, name in uow.session.execute(
            select(post_tags.c.post_id, TAGS.c.name)
            .join(TAGS, TAGS.c.id == post_tags.c.tag_id)
            .where(post_tags.c.post_id.in_(chosen))
            .order_by(TAGS.c.name)
        ):
            tags[post_id].append(name)
    return [post_row(r, platforms[r[0]], tags[r[0]], now) for r in records]


def posts_between(
    uow: UnitOfWork,
    start: datetime,
    end: datetime,
    filters: CalendarFilter | None = None,
    *,
    now: datetime | None = None,
) -> list[PostRow]:
    """Posts (not in the trash) scheduled in [start, end), in time order."""
    posts = POSTS.c
    stmt = (
        row_select()
        .where(posts.deleted_at.is_(None), posts.scheduled_at >= start, posts.scheduled_at < end)
        .order_by(posts.scheduled_at, posts.id)
    )
    return load_rows(uow, apply_filter(stmt, filters), now)


def month_posts(
    uow: UnitOfWork, year: int, month: int, tz: ZoneInfo, filters: CalendarFilter | None = None
) -> list[PostRow]:
    """The posts of one month of the officer's calendar."""
    return posts_between(uow, *month_bounds(year, month, tz), filters)


def agenda(
    uow: UnitOfWork,
    start: datetime,
    days: int = 30,
    filters: CalendarFilter | None = None,
) -> list[PostRow]:
    """The agenda list: posts from `start` for `days` days."""
    return posts_between(uow, start, start + timedelta(days=days), filters)


def legend(uow: UnitOfWork) -> list[LegendEntry]:
    """Programs that are not archived, with their colours, by name (the department's
    own and the shared ones in team mode)."""
    stmt = select(Program).where(Program.archived.is_(False)).order_by(Program.name)
    stmt = programs_seen(stmt, uow.session)
    return [LegendEntry(p.id, p.name, p.colour) for p in uow.session.scalars(stmt)]


def tag_names(uow: UnitOfWork) -> list[str]:
    """Every tag in use by a post, for the tag filter and the editor's completer."""
    stmt = (
        select(Tag.name)
        .where(Tag.id.in_(select(post_tags.c.tag_id)))
        .order_by(func.lower(Tag.name))
    )
    return list(uow.session.scalars(stmt))


def count_posts(uow: UnitOfWork) -> int:
    """How many posts exist outside the trash."""
    return uow.session.scalar(select(func.count(Post.id)).where(Post.deleted_at.is_(None))) or 0
