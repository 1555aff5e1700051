"""One search over posts, leadership directions and data notes (Ctrl+F).

`search_all` picks the engine for the database: SQLite uses the FTS5 indexes
``post_search``, ``direction_search`` and ``data_note_search`` (kept current by
triggers, migrations 0002 and 0006); any other database (PostgreSQL in a team)
uses `LikeSearch`, a portable query that needs no index — a PostgreSQL
``tsvector`` engine can replace it behind the same `SearchEngine` interface.
Both engines work from the same description of each kind
(`services/search_kinds.py`) and the same safe reading of the officer's text
(`services/search_query.py`: never FTS5 syntax, so no query can fail).

Ranking, kept simple on purpose:

1. Within a kind, the engine's own relevance: BM25 with the heading weighing
   most (FTS5), or the sum of the weights of the fields that hold a word
   (portable engine; the same weights), newest first among equals.
2. Across kinds, scores are not comparable: BM25 depends on each index's own
   word statistics (a word in 3 of 5 directions is worth almost nothing, the
   same word in 3 of 10,000 posts a lot).  So each hit's score is divided by
   the best score of its kind, and hits are merged by that share: the best post,
   the best direction and the best data note all come first, then the others
   as close to their kind's best as they are.  Equal shares (the portable
   engine often has many) keep each kind's own order and alternate between
   the kinds: posts, directions, data notes, posts again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import reduce
from operator import add
from typing import Protocol

from sqlalchemy import ColumnElement, case, not_, or_, select, text
from sqlalchemy.exc import OperationalError

from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.services.search_kinds import SOURCES, HitKind, SearchHit, Source
from sosmed_desktop.services.search_query import (
    END,
    START,
    ParsedQuery,
    excerpt,
    find_words,
    fts_expression,
    parse_query,
    unmark,
)

__all__ = [
    "DEFAULT_LIMIT",
    "Fts5Search",
    "HitKind",
    "LikeSearch",
    "SearchEngine",
    "SearchHit",
    "engine_for",
    "parse_query",
    "search_all",
]

DEFAULT_LIMIT = 50
SNIPPET_TOKENS = 16

Ranked = list[tuple[int, float]]
"""Record ids of one kind with their relevance (greater is better), best first."""
Marker = Callable[[Source, list[SearchHit]], list[SearchHit]]
"""Adds the heading's highlights and the excerpt to hits of one kind."""


class SearchEngine(Protocol):
    """What a search engine offers."""

    def search(self, uow: UnitOfWork, query: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
        """Posts outside the trash, directions and data notes matching `query`, best first."""
        ...


def best_of(ranked: dict[HitKind, Ranked], limit: int) -> list[tuple[Source, int]]:
    """The `limit` best hits of all kinds, merged as the module docstring explains."""
    scored = []
    for order, source in enumerate(SOURCES):
        rows = ranked.get(source.kind, [])
        top = rows[0][1] if rows else 0.0
        for position, (ident, relevance) in enumerate(rows):
            share = relevance / top if top > 0 else 1.0
            scored.append((-share, position, order, source, ident))
    scored.sort(key=lambda row: row[:3])
    return [(source, ident) for _share, _position, _order, source, ident in scored[:limit]]


def _assemble(uow: UnitOfWork, chosen: list[tuple[Source, int]], mark: Marker) -> list[SearchHit]:
    """Read what the chosen hits show (one query per kind) and keep the merged order."""
    found: dict[tuple[HitKind, int], SearchHit] = {}
    for source in SOURCES:
        ids = [ident for s, ident in chosen if s is source]
        if ids:
            for hit in mark(source, list(source.facts(uow, ids).values())):
                found[(hit.kind, hit.id)] = hit
    return [found[key] for key in ((s.kind, i) for s, i in chosen) if key in found]


class Fts5Search:
    """SQLite FTS5: each kind's index ranked by BM25 (weights in `search_kinds`).

    One query per kind ranks and marks (heading highlights, excerpt) at once:
    SQLite computes the marks only for the rows the LIMIT keeps, whereas asking
    for them again by id would read every match of the words a second time.
    """

    def search(self, uow: UnitOfWork, query: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
        parsed = parse_query(query)
        if parsed.empty:
            return []
        expression = fts_expression(parsed)
        try:
            found = {s.kind: self._found(uow, s, expression, limit) for s in SOURCES}
        except OperationalError as exc:  # defensive: the expression is always quoted
            if "fts5" not in str(exc.orig).lower():
                raise
            raise ValidationError(code="search_query_invalid", detail=str(exc.orig)) from exc
        ranked = {kind: [(i, score) for i, score, _h, _s in rows] for kind, rows in found.items()}
        marks = {
            (kind, ident): (heading, snippet)
            for kind, rows in found.items()
            for ident, _score, heading, snippet in rows
        }

        def mark(_source: Source, hits: list[SearchHit]) -> list[SearchHit]:
            return [_with_marks(hit, *marks[(hit.kind, hit.id)]) for hit in hits]

        return _assemble(uow, best_of(ranked, limit), mark)

    @staticmethod
    def _found(
        uow: UnitOfWork, source: Source, expression: str, limit: int
    ) -> list[tuple[int, float, str, str]]:
        """The best `limit` matches: id, relevance, marked heading and marked excerpt."""
        table = source.table
        weights = ", ".join(str(w) for w in source.weights)
        sql = text(  # ORDER BY rank lets FTS5 sort by itself, with the weighted BM25
            f"SELECT {table}.rowid, {table}.rank, "
            f"highlight({table}, 0, '{START}', '{END}'), "
            f"snippet({table}, {source.snippet_column}, '{START}', '{END}', '…', "
            f"{SNIPPET_TOKENS}) FROM {table} {source.fts_join} "
            f"WHERE {table} MATCH :query AND {table}.rank MATCH 'bm25({weights})' "
            f"{source.fts_where} ORDER BY {table}.rank LIMIT :limit"
        )
        rows = uow.session.execute(sql, {"query": expression, "limit": limit})
        # BM25 is more negative the better; relevance is greater the better.
        return [(ident, -score, heading, snippet) for ident, score, heading, snippet in rows]


def _with_marks(hit: SearchHit, heading: str, snippet: str) -> SearchHit:
    """`hit` with FTS5's marked heading and excerpt turned into text and spans."""
    title, title_spans = unmark(heading) if heading else (hit.title, ())
    clean, spans = unmark(snippet or "")
    return replace(hit, title=title, title_highlights=title_spans, snippet=clean, highlights=spans)


class LikeSearch:
    """Portable search (PostgreSQL, or SQLite without the indexes): every word must
    appear, case-insensitively, in one of the fields each kind's index holds."""

    def search(self, uow: UnitOfWork, query: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
        parsed = parse_query(query)
        if parsed.empty:
            return []
        ranked = {s.kind: self._ranked(uow, s, parsed, limit) for s in SOURCES}
        words = parsed.words
        return _assemble(
            uow,
            best_of(ranked, limit),
            lambda source, hits: self._marked(uow, source, words, hits),
        )

    @staticmethod
    def _ranked(uow: UnitOfWork, source: Source, parsed: ParsedQuery, limit: int) -> Ranked:
        def anywhere(phrase: tuple[str, ...]) -> ColumnElement[bool]:
            return or_(*(field(phrase) for field in source.fields))

        wanted = [anywhere(phrase) for phrase in parsed.include]
        unwanted = [not_(anywhere(phrase)) for phrase in parsed.exclude]
        terms = [
            case((or_(*(field(phrase) for phrase in parsed.include)), weight), else_=0.0)
            for field, weight in zip(source.fields, source.weights, strict=True)
        ]
        score = reduce(add, terms).label("score")
        stmt = (
            select(source.key, score)
            .where(source.shown, *wanted, *unwanted)
            .order_by(score.desc(), *source.newest)
            .limit(limit)
        )
        return [(ident, float(relevance)) for ident, relevance in uow.session.execute(stmt)]

    @staticmethod
    def _marked(
        uow: UnitOfWork, source: Source, words: list[str], hits: list[SearchHit]
    ) -> list[SearchHit]:
        texts = source.texts(uow, [hit.id for hit in hits])
        marked = []
        for hit in hits:
            snippet, spans = excerpt(texts.get(hit.id, []), words)
            spans_in_title = find_words(hit.title, words)
            marked.append(
                replace(hit, title_highlights=spans_in_title, snippet=snippet, highlights=spans)
            )
        return marked


def engine_for(uow: UnitOfWork) -> SearchEngine:
    """FTS5 on SQLite, the portable engine elsewhere."""
    if uow.session.get_bind().dialect.name == "sqlite":
        return Fts5Search()
    return LikeSearch()


def search_all(uow: UnitOfWork, query: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
    """Search posts, directions and data notes with the engine that suits the database."""
    return engine_for(uow).search(uow, query, limit)
