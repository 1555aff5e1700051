"""One search over posts, leadership directions and data notes (Ctrl+F).

`search_all` picks the engine for the database (`engine_for`): SQLite uses the
FTS5 indexes ``post_search``, ``direction_search`` and ``data_note_search``
(kept current by triggers, migrations 0002 and 0006); PostgreSQL uses tables of
the same names holding a weighted ``tsvector`` per record (migration 0012,
`services/search/tsvector.py`).  `LikeSearch`, a portable query that needs no
index, is the fallback where those are missing (another database, or a schema
without them).  Every engine works from the same description of each kind
(`services/search/kinds.py`) and the same safe reading of the officer's text
(`services/search/query.py`: never query syntax, so no query can fail).

Ranking, kept simple on purpose:

1. Within a kind, the engine's own relevance: BM25 (FTS5) or ``ts_rank_cd``
   (PostgreSQL) with the heading weighing most, or the sum of the weights of the
   fields that hold a word (portable engine; the same weights); newest first
   among equals.
2. Across kinds, each hit's share of its kind's best score
   (`services/search/merge.py`).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from functools import reduce
from operator import add
from typing import Protocol

from sqlalchemy import ColumnElement, case, not_, or_, select, text
from sqlalchemy.exc import OperationalError

from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.services.search.kinds import SOURCES, HitKind, SearchHit, Source
from sosmed_desktop.services.search.merge import (
    DEFAULT_LIMIT,
    Ranked,
    assemble,
    best_of,
    word_marker,
)
from sosmed_desktop.services.search.query import (
    END,
    START,
    ParsedQuery,
    fts_expression,
    parse_query,
    unmark,
)
from sosmed_desktop.services.search.tsvector import SEARCH_TABLES, TsvectorSearch

__all__ = [
    "DEFAULT_LIMIT",
    "Fts5Search",
    "HitKind",
    "LikeSearch",
    "SearchEngine",
    "SearchHit",
    "TsvectorSearch",
    "best_of",
    "engine_for",
    "parse_query",
    "search_all",
]

log = logging.getLogger(__name__)

SNIPPET_TOKENS = 16


class SearchEngine(Protocol):
    """What a search engine offers."""

    def search(self, uow: UnitOfWork, query: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
        """Posts outside the trash, directions and data notes matching `query`, best first."""
        ...


class Fts5Search:
    """SQLite FTS5: each kind's index ranked by BM25 (weights in `search_kinds`).

    One query per kind ranks and marks (heading highlights, excerpt) at once:
    SQLite computes the marks only for the rows the LIMIT keeps, whereas asking
    for them again by id would read every match of the words a second time.

    Ranking is bounded: BM25 is computed for at most `CANDIDATES` matches of a
    kind, the newest (highest rowid, found by walking the index backwards without
    ranking), so a common word in a regency's 100,000 posts costs what a rare one
    does.  Fewer matches than that are all ranked, as before; with more, an old
    record that matches well gives way to newer ones, which is what an officer
    looking for a post usually wants.
    """

    CANDIDATES = 1000

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

        return assemble(uow, best_of(ranked, limit), mark)

    @staticmethod
    def _found(
        uow: UnitOfWork, source: Source, expression: str, limit: int
    ) -> list[tuple[int, float, str, str]]:
        """The best `limit` matches: id, relevance, marked heading and marked excerpt."""
        table = source.table
        floor = uow.session.execute(  # the oldest of the newest CANDIDATES shown matches
            text(
                f"SELECT {table}.rowid FROM {table} {source.fts_join} "
                f"WHERE {table} MATCH :query {source.fts_where} "
                f"ORDER BY {table}.rowid DESC LIMIT 1 OFFSET :skip"
            ),
            {"query": expression, "skip": Fts5Search.CANDIDATES - 1},
        ).scalar()
        bounded = f"AND {table}.rowid >= {int(floor)}" if floor is not None else ""
        weights = ", ".join(str(w) for w in source.weights)
        sql = text(  # ORDER BY rank lets FTS5 sort by itself, with the weighted BM25
            f"SELECT {table}.rowid, {table}.rank, "
            f"highlight({table}, 0, '{START}', '{END}'), "
            f"snippet({table}, {source.snippet_column}, '{START}', '{END}', '…', "
            f"{SNIPPET_TOKENS}) FROM {table} {source.fts_join} "
            f"WHERE {table} MATCH :query AND {table}.rank MATCH 'bm25({weights})' "
            f"{bounded} {source.fts_where} ORDER BY {table}.rank LIMIT :limit"
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
        return assemble(uow, best_of(ranked, limit), word_marker(uow, parsed.words))

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


def engine_for(uow: UnitOfWork) -> SearchEngine:
    """FTS5 on SQLite, ``tsvector`` on PostgreSQL, the portable engine where their
    tables are missing (the log says so) or on any other database."""
    connection = uow.session.connection()
    dialect = connection.dialect.name
    if dialect == "sqlite":
        present = connection.execute(
            text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                 "('post_search', 'direction_search', 'data_note_search')")
        ).scalar_one()  # fmt: skip
        if present == len(SEARCH_TABLES):
            return Fts5Search()
    elif dialect == "postgresql" and TsvectorSearch.available(uow):
        return TsvectorSearch()
    log.warning("search indexes missing on this %s database: using the portable search", dialect)
    return LikeSearch()


def search_all(uow: UnitOfWork, query: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
    """Search posts, directions and data notes with the engine that suits the database."""
    return engine_for(uow).search(uow, query, limit)
