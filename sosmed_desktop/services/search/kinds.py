"""The kinds of records one search finds: posts, leadership directions, data notes.

Each kind is described once, as a `Source`, and every search engine works from
these descriptions (no engine has a per-kind copy of its logic):

* for FTS5 (SQLite), its index table (rowid = record id, migrations 0002 and
  0006), the BM25 weight of each index column (in the index's column order),
  and the SQL that keeps hidden records (posts in the trash) out;
* for ``tsvector`` (PostgreSQL), the weight class (A-D) each index column
  has in the table of the same name (migration 0012), so that ``ts_rank_cd``
  weighs the columns as BM25 does (which records are shown and their order
  among equals are kept in that table by its triggers);
* for the portable engine, one matcher per index column (same order and
  weights), so a word counts in the same fields on every database, and the
  conditions and order that show and sort records;
* for all, how to read what a hit shows (`facts`) and the texts an excerpt
  is cut from (`texts`) for a handful of ids.

Column 0 of every index is the heading the search dialog shows (post title;
"name, position" of who gave a direction; data note title), the field that
weighs most.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import ColumnElement, exists, func, or_, select, true

from sosmed_desktop.db.models import (
    DataNote,
    Direction,
    Post,
    PostVariant,
    Program,
    Tag,
    data_note_tags,
    post_tags,
)
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.captions import Span
from sosmed_desktop.domain.figures import format_figure
from sosmed_desktop.services.search.query import figure_forms


class HitKind(StrEnum):
    """What a hit is; the order here breaks ties in the ranking."""

    POST = "post"
    DIRECTION = "direction"
    DATA_NOTE = "data_note"


@dataclass(frozen=True)
class SearchHit:
    """A record found: its kind and id, a heading and an excerpt with the words marked,
    and what the dialog shows of its kind (the other fields stay empty)."""

    kind: HitKind
    id: int
    title: str
    """Post title; "name, position" of who gave a direction; data note title."""
    snippet: str = ""
    highlights: tuple[Span, ...] = ()
    title_highlights: tuple[Span, ...] = ()
    when: datetime | None = None
    """Post: scheduled time; direction: when it was given."""
    status: str = ""
    """Post or direction status."""
    program: str = ""
    """Direction: its program."""
    value: str = ""
    """Data note: the stored figure ("1245300", "92.4"), with `unit`."""
    unit: str = ""
    source: str = ""
    as_of: date | None = None


Matcher = Callable[[tuple[str, ...]], ColumnElement[bool]]
Loader = Callable[[UnitOfWork, list[int]], dict[int, SearchHit]]
TextLoader = Callable[[UnitOfWork, list[int]], dict[int, list[str]]]


@dataclass(frozen=True, eq=False)
class Source:
    """One kind of record as both search engines see it (see the module docstring)."""

    kind: HitKind
    table: str
    weights: tuple[float, ...]
    classes: str
    """The tsvector weight class of each index column, in the same order."""
    fts_join: str
    fts_where: str
    key: ColumnElement[int]
    shown: ColumnElement[bool]
    fields: tuple[Matcher, ...]
    newest: tuple[ColumnElement, ...]
    facts: Loader
    texts: TextLoader


def like(value: ColumnElement[str], phrase: tuple[str, ...]) -> ColumnElement[bool]:
    """`phrase` anywhere in `value`, ignoring (ASCII) case; LIKE wildcards escaped."""
    escaped = " ".join(phrase).lower()
    for char in ("\\", "%", "_"):
        escaped = escaped.replace(char, "\\" + char)
    return func.lower(value).like(f"%{escaped}%", escape="\\")


# Posts ------------------------------------------------------------------------------


def _post_facts(uow: UnitOfWork, ids: list[int]) -> dict[int, SearchHit]:
    stmt = select(Post.id, Post.title, Post.scheduled_at, Post.status).where(Post.id.in_(ids))
    return {
        i: SearchHit(HitKind.POST, i, title, when=when, status=status)
        for i, title, when, status in uow.session.execute(stmt)
    }


def _post_texts(uow: UnitOfWork, ids: list[int]) -> dict[int, list[str]]:
    texts: dict[int, list[str]] = {}
    rows = select(Post.id, Post.master_caption, Post.notes, Post.title).where(Post.id.in_(ids))
    tails: dict[int, list[str]] = {}
    for i, caption, notes, title in uow.session.execute(rows):
        texts[i], tails[i] = [caption], [notes, title]
    variants = select(PostVariant.post_id, PostVariant.caption).where(PostVariant.post_id.in_(ids))
    for i, caption in uow.session.execute(variants.order_by(PostVariant.id)):
        texts[i].append(caption)
    return {i: texts[i] + tails[i] for i in texts}


POSTS = Source(
    kind=HitKind.POST,
    table="post_search",
    weights=(8.0, 1.0, 4.0, 2.0),  # title, captions, tags, notes
    classes="ADBC",
    fts_join="JOIN posts p ON p.id = post_search.rowid",
    fts_where="AND p.deleted_at IS NULL",
    key=Post.id,
    shown=Post.deleted_at.is_(None),
    fields=(
        lambda ph: like(Post.title, ph),
        lambda ph: or_(
            like(Post.master_caption, ph),
            exists().where(PostVariant.post_id == Post.id, like(PostVariant.caption, ph)),
        ),
        lambda ph: exists().where(
            post_tags.c.post_id == Post.id, post_tags.c.tag_id == Tag.id, like(Tag.name, ph)
        ),
        lambda ph: like(Post.notes, ph),
    ),
    newest=(Post.scheduled_at.desc(), Post.id.desc()),
    facts=_post_facts,
    texts=_post_texts,
)


# Directions -------------------------------------------------------------------------


def leader_text(name: str, position: str) -> str:
    """Who gave a direction as one line ("dr. Ahmad Fauzi, Kepala Dinas"); the
    index column 0 of ``direction_search`` holds exactly this (migration 0006)."""
    return f"{name}, {position}" if position else name


def _direction_facts(uow: UnitOfWork, ids: list[int]) -> dict[int, SearchHit]:
    stmt = (
        select(
            Direction.id,
            Direction.given_by_name,
            Direction.given_by_position,
            Direction.given_at,
            Direction.status,
            Program.name,
        )
        .outerjoin(Program, Program.id == Direction.program_id)
        .where(Direction.id.in_(ids))
    )
    return {
        i: SearchHit(
            HitKind.DIRECTION,
            i,
            leader_text(name, position),
            when=given_at,
            status=status,
            program=program or "",
        )
        for i, name, position, given_at, status, program in uow.session.execute(stmt)
    }


def _direction_texts(uow: UnitOfWork, ids: list[int]) -> dict[int, list[str]]:
    stmt = select(Direction.id, Direction.content).where(Direction.id.in_(ids))
    return {i: [content] for i, content in uow.session.execute(stmt)}


DIRECTIONS = Source(
    kind=HitKind.DIRECTION,
    table="direction_search",
    weights=(3.0, 2.0, 1.0),  # leader, content, program
    classes="ABC",
    fts_join="",
    fts_where="",
    key=Direction.id,
    shown=true(),
    fields=(
        lambda ph: or_(like(Direction.given_by_name, ph), like(Direction.given_by_position, ph)),
        lambda ph: like(Direction.content, ph),
        lambda ph: exists().where(Program.id == Direction.program_id, like(Program.name, ph)),
    ),
    newest=(Direction.given_at.desc(), Direction.id.desc()),
    facts=_direction_facts,
    texts=_direction_texts,
)


# Data notes -------------------------------------------------------------------------


def _note_facts(uow: UnitOfWork, ids: list[int]) -> dict[int, SearchHit]:
    columns = (DataNote.title, DataNote.value, DataNote.unit, DataNote.source, DataNote.as_of)
    stmt = select(DataNote.id, *columns).where(DataNote.id.in_(ids))
    return {
        i: SearchHit(
            HitKind.DATA_NOTE, i, title, value=value, unit=unit, source=source, as_of=as_of
        )
        for i, title, value, unit, source, as_of in uow.session.execute(stmt)
    }


def figure_line(value: str, unit: str, period: str) -> str:
    """The figure as a citation prints it ("1.245.300 dosis (Januari–Mei 2022)"); the
    index column 1 of ``data_note_search`` holds the same (migration 0006)."""
    figure = format_figure(value, unit)
    return f"{figure} ({period})" if period else figure


def _note_texts(uow: UnitOfWork, ids: list[int]) -> dict[int, list[str]]:
    columns = (DataNote.title, DataNote.value, DataNote.unit, DataNote.period, DataNote.source)
    stmt = select(DataNote.id, *columns).where(DataNote.id.in_(ids))
    texts = {
        i: [title, figure_line(value, unit, period), source]
        for i, title, value, unit, period, source in uow.session.execute(stmt)
    }
    tagged = (
        select(data_note_tags.c.data_note_id, Tag.name)
        .join(Tag, Tag.id == data_note_tags.c.tag_id)
        .where(data_note_tags.c.data_note_id.in_(ids))
    )
    for i, name in uow.session.execute(tagged):
        texts[i].append(name)
    return texts


def _note_figure(phrase: tuple[str, ...]) -> ColumnElement[bool]:
    """The figure (its stored value, however the officer wrote the digits), unit or period."""
    forms = sorted(figure_forms(phrase))
    matches = [like(DataNote.unit, phrase), like(DataNote.period, phrase)]
    return or_(DataNote.value.in_(forms), *matches) if forms else or_(*matches)


NOTES = Source(
    kind=HitKind.DATA_NOTE,
    table="data_note_search",
    weights=(8.0, 2.0, 3.0, 4.0),  # title, figure, source, tags
    classes="ADCB",
    fts_join="",
    fts_where="",
    key=DataNote.id,
    shown=true(),
    fields=(
        lambda ph: like(DataNote.title, ph),
        _note_figure,
        lambda ph: like(DataNote.source, ph),
        lambda ph: exists().where(
            data_note_tags.c.data_note_id == DataNote.id,
            data_note_tags.c.tag_id == Tag.id,
            like(Tag.name, ph),
        ),
    ),
    newest=(
        func.coalesce(DataNote.as_of, func.date(DataNote.created_at)).desc(),
        DataNote.id.desc(),
    ),
    facts=_note_facts,
    texts=_note_texts,
)

SOURCES = (POSTS, DIRECTIONS, NOTES)
