"""Full-text search over post titles, captions, tags and notes.

`search_posts` picks the engine for the database: SQLite uses the FTS5 index
``post_search`` (kept current by triggers, see migration 0002); any other
database (PostgreSQL in a team) uses `LikeSearch`, a portable query that needs
no index — a PostgreSQL ``tsvector`` engine can replace it behind the same
`SearchEngine` interface.

What the officer types is never passed to FTS5 as query syntax: it is split
into words the way the index splits them (emoji and punctuation are
separators), each word quoted, the last one matched as a prefix (search as you
type).  ``"two words"`` in quotes is a phrase and ``-word`` excludes a word.
So quotes, dashes, asterisks, brackets or emoji can never produce a syntax error.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

import regex
from sqlalchemy import ColumnElement, String, and_, column, exists, func, not_, or_, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import selectinload

from sosmed_desktop.db.models import Post, PostVariant, Tag, post_tags
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.captions import Span
from sosmed_desktop.errors import ValidationError

DEFAULT_LIMIT = 50
MAX_QUERY = 200
START, END = "\x02", "\x03"  # snippet highlight markers (never in captions)
WORD = regex.compile(r"[\p{L}\p{N}\p{M}\p{Co}]+")
PART = regex.compile(r'(-?)"([^"]*)"?|(\S+)')


@dataclass(frozen=True)
class SearchHit:
    """A post found, with a snippet of the matching text and the words to highlight."""

    post_id: int
    title: str
    snippet: str
    highlights: tuple[Span, ...]
    scheduled_at: datetime | None
    status: str


@dataclass(frozen=True)
class ParsedQuery:
    """Words and phrases to find (all of them) and to exclude."""

    include: tuple[tuple[str, ...], ...]
    exclude: tuple[tuple[str, ...], ...]
    prefix_last: bool

    @property
    def empty(self) -> bool:
        return not self.include


def parse_query(raw: str) -> ParsedQuery:
    """Split the officer's text into phrases of words; nothing else is kept."""
    include: list[tuple[str, ...]] = []
    exclude: list[tuple[str, ...]] = []
    raw = raw[:MAX_QUERY]
    prefix_last = False
    for match in PART.finditer(raw):
        quoted_neg, quoted, bare = match.group(1), match.group(2), match.group(3)
        if quoted is not None:
            words = tuple(WORD.findall(quoted))
            negative = bool(quoted_neg)
            prefix = False
        else:
            negative = bare.startswith("-") and len(bare) > 1
            words = tuple(WORD.findall(bare))
            prefix = True
        if not words:
            continue
        (exclude if negative else include).append(words)
        if not negative:
            prefix_last = prefix
    return ParsedQuery(tuple(include), tuple(exclude), prefix_last)


def fts_expression(parsed: ParsedQuery) -> str:
    """The FTS5 query for `parsed`: every word quoted, so always valid syntax."""

    def phrase(words: tuple[str, ...]) -> str:
        return '"' + " ".join(w.replace('"', '""') for w in words) + '"'

    parts = [phrase(words) for words in parsed.include]
    if parsed.prefix_last:
        parts[-1] += "*"
    expression = "(" + " AND ".join(parts) + ")"
    for words in parsed.exclude:
        expression += " NOT " + phrase(words)
    return expression


def _spans(marked: str) -> tuple[str, tuple[Span, ...]]:
    """Remove the highlight markers, returning the text and where they were."""
    out: list[str] = []
    spans: list[Span] = []
    start = None
    length = 0
    for char in marked:
        if char == START:
            start = length
        elif char == END:
            if start is not None:
                spans.append(Span(start, length))
            start = None
        else:
            out.append(char)
            length += 1
    return "".join(out), tuple(spans)


class SearchEngine(Protocol):
    """What a search engine for posts offers."""

    def search(self, uow: UnitOfWork, query: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
        """Posts outside the trash matching `query`, best first."""
        ...


class Fts5Search:
    """SQLite FTS5: ranked by BM25 with the title weighing most, then tags."""

    SQL = text(
        "SELECT p.id, p.title, p.scheduled_at, p.status, "
        f"snippet(post_search, -1, '{START}', '{END}', '…', 14) "
        "FROM post_search JOIN posts p ON p.id = post_search.rowid "
        "WHERE post_search MATCH :query AND p.deleted_at IS NULL "
        "ORDER BY bm25(post_search, 8.0, 1.0, 4.0, 2.0) LIMIT :limit"
    ).columns(Post.id, Post.title, Post.scheduled_at, Post.status, column("snippet", String))

    def search(self, uow: UnitOfWork, query: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
        parsed = parse_query(query)
        if parsed.empty:
            return []
        try:
            rows = uow.session.execute(
                self.SQL, {"query": fts_expression(parsed), "limit": limit}
            ).all()
        except OperationalError as exc:  # defensive: the expression is always quoted
            if "fts5" not in str(exc.orig).lower():
                raise
            raise ValidationError(code="search_query_invalid", detail=str(exc.orig)) from exc
        hits = []
        for post_id, title, scheduled_at, status, snippet in rows:
            clean, spans = _spans(snippet or "")
            hits.append(SearchHit(post_id, title, clean, spans, scheduled_at, status))
        return hits


class LikeSearch:
    """Portable search (PostgreSQL, or SQLite without the index): every word must
    appear, case-insensitively, in the title, a caption, a tag or the notes."""

    def search(self, uow: UnitOfWork, query: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
        parsed = parse_query(query)
        if parsed.empty:
            return []
        wanted = [_matches(" ".join(words)) for words in parsed.include]
        unwanted = [not_(_matches(" ".join(words))) for words in parsed.exclude]
        stmt = (
            select(Post)
            .where(Post.deleted_at.is_(None), and_(*wanted, *unwanted))
            .order_by(Post.scheduled_at.desc(), Post.id.desc())
            .limit(limit)
            # The snippet reads the variants: one query for all hits, not one per hit
            # (a round trip to a server each).
            .options(selectinload(Post.variants))
        )
        words = [w for phrase in parsed.include for w in phrase]
        return [_like_hit(post, words) for post in uow.session.scalars(stmt)]


def _matches(phrase: str) -> ColumnElement[bool]:
    """The phrase in the title, master caption, notes, a variant caption or a tag."""
    escaped = phrase.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    pattern = f"%{escaped}%"

    def like(value: ColumnElement[str]) -> ColumnElement[bool]:
        return func.lower(value).like(pattern, escape="\\")

    return or_(
        like(Post.title),
        like(Post.master_caption),
        like(Post.notes),
        exists().where(PostVariant.post_id == Post.id, like(PostVariant.caption)),
        exists().where(
            post_tags.c.post_id == Post.id, post_tags.c.tag_id == Tag.id, like(Tag.name)
        ),
    )


def _like_hit(post: Post, words: list[str]) -> SearchHit:
    texts = [post.master_caption, *(v.caption for v in post.variants), post.notes, post.title]
    folded_words = [w.casefold() for w in words]
    source = next((t for t in texts if any(w in t.casefold() for w in folded_words)), post.title)
    folded = source.casefold()
    first = min((folded.find(w) for w in folded_words if w in folded), default=0)
    start = max(0, first - 40)
    snippet = ("…" if start else "") + source[start : start + 120]
    spans = []
    low = snippet.casefold()
    for word in folded_words:
        index = low.find(word)
        while index >= 0 and len(low) == len(snippet):
            spans.append(Span(index, index + len(word)))
            index = low.find(word, index + len(word))
    return SearchHit(post.id, post.title, snippet, tuple(sorted(spans, key=lambda s: s.start)),
                     post.scheduled_at, post.status)  # fmt: skip


def engine_for(uow: UnitOfWork) -> SearchEngine:
    """FTS5 on SQLite, the portable engine elsewhere."""
    if uow.session.get_bind().dialect.name == "sqlite":
        return Fts5Search()
    return LikeSearch()


def search_posts(uow: UnitOfWork, query: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
    """Search posts with the engine that suits the database."""
    return engine_for(uow).search(uow, query, limit)
