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

1. Within a kind, BM25 (FTS5's own, or over its newest matches in a large index:
   `services/search/relevance.py`) or ``ts_rank_cd`` (PostgreSQL) with the heading
   weighing most, or the sum of the weights of the fields that hold a word
   (portable engine; the same weights);
   among equals the newest first (on FTS5 the most recently made: BM25 on real
   text rarely ties).
2. Across kinds, each hit's share of its kind's best score
   (`services/search/merge.py`).
"""

from __future__ import annotations

import logging
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
    ParsedQuery,
    Phrase,
    fts_expression,
    parse_query,
    phrases_to_find,
)
from sosmed_desktop.services.search.relevance import scores
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


class SearchEngine(Protocol):
    """What a search engine offers."""

    def search(self, uow: UnitOfWork, query: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
        """Posts outside the trash, directions and data notes matching `query`, best first."""
        ...


class Fts5Search:
    """SQLite FTS5: each kind's index finds the matches and they are ranked by BM25
    with the kind's column weights; the phrases are marked in Python as on every
    engine (`word_marker`).

    Who computes BM25 depends on the size of the index.  FTS5's own ``bm25()`` first
    counts, for each phrase, every record of the whole index holding it: quick for a
    department's posts, but for a common word in a regency's 100,000 posts that alone
    took longer than the search may.  So up to `BM25_UP_TO` records FTS5 ranks every
    match; above, only the newest `CANDIDATES` matches are ranked, scored in Python
    from the index's own text (`services/search/relevance.py`), so a common word costs
    what a rare one does: an old record that matches well gives way to newer ones,
    which is what an officer looking for a post usually wants.  Among equals the
    most recently made comes first.
    """

    BM25_UP_TO = 20_000
    CANDIDATES = 500

    def search(self, uow: UnitOfWork, query: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
        parsed = parse_query(query)
        if parsed.empty:
            return []
        expression = fts_expression(parsed)
        phrases = phrases_to_find(parsed)
        try:
            ranked = {s.kind: self._ranked(uow, s, expression, phrases, limit) for s in SOURCES}
        except OperationalError as exc:  # defensive: the expression is always quoted
            if "fts5" not in str(exc.orig).lower():
                raise
            raise ValidationError(code="search_query_invalid", detail=str(exc.orig)) from exc
        return assemble(uow, best_of(ranked, limit), word_marker(uow, phrases))

    @classmethod
    def _ranked(
        cls, uow: UnitOfWork, source: Source, expression: str, phrases: list[Phrase], limit: int
    ) -> Ranked:
        """The best `limit` matches of one kind: id and relevance (greater is better)."""
        table, match = source.table, f"{source.table} MATCH :query"
        size = uow.session.execute(text(f"SELECT max(rowid) FROM {table}")).scalar() or 0
        if size <= cls.BM25_UP_TO:
            weights = ", ".join(str(w) for w in source.weights)
            rows = uow.session.execute(  # ORDER BY rank lets FTS5 sort by itself
                text(
                    f"SELECT {table}.rowid, {table}.rank FROM {table} {source.fts_join} "
                    f"WHERE {match} AND {table}.rank MATCH 'bm25({weights})' "
                    f"{source.fts_where} ORDER BY {table}.rank, {table}.rowid DESC LIMIT :limit"
                ),
                {"query": expression, "limit": limit},
            )
            return [(ident, -score) for ident, score in rows]  # BM25 is negative, best lowest
        found = uow.session.execute(  # the index's own text of each match, newest first
            text(
                f"SELECT {table}.rowid, {table}.* FROM {table} {source.fts_join} "
                f"WHERE {match} {source.fts_where} "
                f"ORDER BY {table}.rowid DESC LIMIT :candidates"
            ),
            {"query": expression, "candidates": cls.CANDIDATES},
        ).all()
        relevance = scores([row[1:] for row in found], source.weights, phrases)
        best = sorted(zip(relevance, (row[0] for row in found), strict=True), reverse=True)
        return [(ident, score) for score, ident in best[:limit]]


class LikeSearch:
    """Portable search (PostgreSQL, or SQLite without the indexes): every word must
    appear, case-insensitively, in one of the fields each kind's index holds."""

    def search(self, uow: UnitOfWork, query: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
        parsed = parse_query(query)
        if parsed.empty:
            return []
        ranked = {s.kind: self._ranked(uow, s, parsed, limit) for s in SOURCES}
        return assemble(uow, best_of(ranked, limit), word_marker(uow, phrases_to_find(parsed)))

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
