"""PostgreSQL search: each kind's ``tsvector`` table (migration 0012), ranked by ``ts_rank_cd``.

The officer's text is read by `parse_query` as for FTS5, and each phrase (with
the other way of writing a figure, `digit_variants`) is handed to the server as
plain text: ``sosmed_search_phrase`` splits it into lexemes exactly as the
records were split (accents folded where ``unaccent`` exists), quotes each one
and joins them with ``<->``, the last a prefix (``:*``) while the officer is
still typing.  Only those server-made queries are combined here, with ``&``,
``|`` and ``!``: no text the officer typed is ever read as tsquery syntax, so
no query can fail.  A phrase holding no lexeme at all (only emoji, say) is left
out, as FTS5's tokenizer leaves such characters out.

Ranking: ``ts_rank_cd`` (cover density: how many of the words, how close
together) with each weight class worth what its column is worth in FTS5's BM25
(`Source.classes`, `Source.weights`), newest first among equals (posts without
a schedule last); headings and excerpts are marked in Python
(`search_merge.word_marker`).  As on FTS5, only the newest `CANDIDATES` matches
of a kind (highest id: the most recently made) are ranked.
"""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy import (
    ColumnElement,
    DateTime,
    Integer,
    Select,
    String,
    bindparam,
    cast,
    column,
    func,
    literal,
    literal_column,
    select,
    table,
    text,
    union_all,
)
from sqlalchemy.dialects.postgresql import TSQUERY, TSVECTOR
from sqlalchemy.sql.expression import Subquery, TableClause

from sosmed_desktop.db.uow import UnitOfWork
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
    parse_query,
    phrase_groups,
    phrases_to_find,
)

SEARCH_TABLES = tuple(source.table for source in SOURCES)
CLASSES = "DCBA"  # the order of ts_rank_cd's weights array


def rank_weights(source: Source) -> str:
    """``ts_rank_cd``'s weights for `source` (D, C, B, A; at most 1): each class worth its
    column's BM25 weight, relative to the heaviest; 0 for a class no column has."""
    top = max(source.weights)
    by_class = dict(zip(source.classes, source.weights, strict=True))
    return "{" + ",".join(f"{by_class.get(c, 0.0) / top:.4g}" for c in CLASSES) + "}"


class TsvectorSearch:
    """PostgreSQL full-text search (see the module docstring).

    Ranking is bounded as `Fts5Search`'s is: ``ts_rank_cd`` reads and scores every
    match before the best are known, and a common word in a regency's 100,000 posts
    (75,000 matches) took 80-110 ms for the posts alone.  The newest `CANDIDATES`
    matches of a kind (highest id, the records made last, as FTS5's rowid) are found
    first, without ranking (`_candidates`), and only they are ranked.
    """

    CANDIDATES = 500
    WINDOW = 10
    """The newest ``WINDOW`` × `CANDIDATES` ids are read one by one (`_candidates`): a word
    in more than a tenth of them fills the candidates there; a rarer one has few enough
    matches for the GIN index (the two costs meet near √(CANDIDATES × records): 10,000
    at a regency's 100,000 posts)."""

    @staticmethod
    def available(uow: UnitOfWork) -> bool:
        """Whether this database has the tables and functions of migration 0012."""
        checks = " AND ".join(f"to_regclass('{name}') IS NOT NULL" for name in SEARCH_TABLES)
        phrase = "to_regprocedure('sosmed_search_phrase(text, boolean)') IS NOT NULL"
        sql = f"SELECT {checks} AND {phrase}"
        return bool(uow.session.execute(text(sql)).scalar_one())

    def search(self, uow: UnitOfWork, query: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
        parsed = parse_query(query)
        if parsed.empty:
            return []
        tsquery = self.tsquery(uow, parsed)
        if not tsquery:
            return []
        ranked = self._ranked(uow, tsquery, limit)
        return assemble(uow, best_of(ranked, limit), word_marker(uow, phrases_to_find(parsed)))

    @staticmethod
    def tsquery(uow: UnitOfWork, parsed: ParsedQuery) -> str:
        """The tsquery (as text) for `parsed`, made by the server from plain words
        in one round trip; '' when no phrase to find holds a lexeme."""
        wanted, unwanted = phrase_groups(parsed)
        phrases = [phrase for group in wanted + unwanted for phrase in group]
        made = uow.session.execute(
            select(*(func.sosmed_search_phrase(" ".join(w), prefix) for w, prefix in phrases))
        ).one()
        answers = iter(made)

        def either(group: list[Phrase]) -> str:
            alternatives = [f"( {q} )" for q in (next(answers) for _ in group) if q]
            return " | ".join(alternatives)

        include = [f"( {q} )" for q in map(either, wanted) if q]
        exclude = [f"!( {q} )" for q in map(either, unwanted) if q]
        return " & ".join(include + exclude) if include else ""

    @staticmethod
    def _ranked(uow: UnitOfWork, tsquery: str, limit: int) -> dict[HitKind, Ranked]:
        """The best `limit` of each kind among its newest `CANDIDATES` matches, in one
        statement (one round trip)."""
        stmt = TsvectorSearch._statement(limit, TsvectorSearch.CANDIDATES, TsvectorSearch.WINDOW)
        ranked: dict[HitKind, Ranked] = {source.kind: [] for source in SOURCES}
        for order, ident, relevance in uow.session.execute(stmt, {"tsquery": tsquery}):
            ranked[SOURCES[order].kind].append((ident, float(relevance)))
        return ranked

    @staticmethod
    @functools.cache
    def _statement(limit: int, candidates: int, window: int) -> Select[Any]:
        """The ranking statement, built once per size (building it took a quarter of a
        search's Python time); the tsquery is its parameter.

        The tables hold only records the search shows (no post in the trash) and
        their order among equals, so no kind needs a join."""
        query = cast(bindparam("tsquery", type_=String), TSQUERY)
        parts = []
        for order, source in enumerate(SOURCES):
            index = table(
                source.table,
                column("id", Integer),
                column("newest", DateTime(timezone=True)),
                column("document", TSVECTOR),
            )
            found = TsvectorSearch._candidates(index, query, candidates, window)
            weights = literal_column(f"'{rank_weights(source)}'::real[]")
            score = func.ts_rank_cd(weights, found.c.document, query)
            newest = found.c.newest.desc().nulls_last()
            best = (
                select(literal(order).label("kind"), found.c.id, score.label("score"))
                .add_columns(found.c.newest)
                .order_by(score.desc(), newest, found.c.id.desc())
                .limit(limit)
                .subquery()
            )
            parts.append(select(best))
        every = union_all(*parts).subquery()
        return select(every.c.kind, every.c.id, every.c.score).order_by(
            every.c.kind,
            every.c.score.desc(),
            every.c.newest.desc().nulls_last(),
            every.c.id.desc(),
        )

    @staticmethod
    def _candidates(
        index: TableClause, query: ColumnElement[Any], wanted: int, window: int
    ) -> Subquery:
        """The newest `CANDIDATES` matches in `index` (id, newest, document), unranked.

        Found in two parts, so that the server's guess of how many records match
        (poor for a prefix, which the last word always is) cannot lead it to read
        and sort every match of a common word (75,000 of 100,000 posts: 80 ms):

        * ``recent``: the records among the newest ``WINDOW`` × `CANDIDATES` ids,
          read backwards by id and each tested (``OFFSET 0`` keeps the GIN index
          out of it): a common word stops after `CANDIDATES` records, a rare one
          reads the whole window;
        * older records, through the GIN index, only when ``recent`` found fewer
          than `CANDIDATES` (then the word is not common, and its matches are few).
        """
        floor = select(func.max(index.c.id) - wanted * window).scalar_subquery()
        latest = (
            select(index).where(index.c.id > floor).order_by(index.c.id.desc()).offset(0)
        ).subquery()
        recent = (select(latest).where(latest.c.document.op("@@")(query)).limit(wanted)).cte(
            f"recent_{index.name}"
        )
        filled = select(func.count()).select_from(recent).scalar_subquery() >= wanted
        older = (  # "+ 0": reading 90,000 ids from the primary key to pass them over costs
            select(index)  # more than testing the few that the GIN index found
            .where(~filled, index.c.id + 0 <= floor, index.c.document.op("@@")(query))
            .order_by(index.c.id.desc())
            .limit(wanted)
        )
        both = union_all(select(recent), older).subquery()
        return select(both).order_by(both.c.id.desc()).limit(wanted).subquery()
