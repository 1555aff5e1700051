"""What every search engine does once it has each kind's ranked ids: merge, read, mark.

Ranking across kinds (see `best_of`): scores are not comparable between kinds
(BM25 and ``ts_rank_cd`` depend on each index's own word statistics and
lengths: a word in 3 of 5 directions is worth almost nothing, the same word in
3 of 10,000 posts a lot).  So each hit's score is divided by the best score of
its kind, and hits are merged by that share: the best post, the best direction
and the best data note all come first, then the others as close to their
kind's best as they are.  Equal shares keep each kind's own order and
alternate between the kinds: posts, directions, data notes, posts again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.services.search.kinds import SOURCES, HitKind, SearchHit, Source
from sosmed_desktop.services.search.query import Phrase, excerpt, find_phrases, phrase_pattern

DEFAULT_LIMIT = 50

Ranked = list[tuple[int, float]]
"""Record ids of one kind with their relevance (greater is better), best first."""
Marker = Callable[[Source, list[SearchHit]], list[SearchHit]]
"""Adds the heading's highlights and the excerpt to hits of one kind."""


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


def assemble(uow: UnitOfWork, chosen: list[tuple[Source, int]], mark: Marker) -> list[SearchHit]:
    """Read what the chosen hits show (one query per kind) and keep the merged order."""
    found: dict[tuple[HitKind, int], SearchHit] = {}
    for source in SOURCES:
        ids = [ident for s, ident in chosen if s is source]
        if ids:
            for hit in mark(source, list(source.facts(uow, ids).values())):
                found[(hit.kind, hit.id)] = hit
    return [found[key] for key in ((s.kind, i) for s, i in chosen) if key in found]


def word_marker(uow: UnitOfWork, phrases: list[Phrase]) -> Marker:
    """Marks hits by finding the phrases in their texts as the indexes match them
    (every engine): the heading's matches and an excerpt around the first."""
    patterns = [phrase_pattern(phrase) for phrase in phrases]

    def mark(source: Source, hits: list[SearchHit]) -> list[SearchHit]:
        texts = source.texts(uow, [hit.id for hit in hits])
        marked = []
        for hit in hits:
            snippet, spans = excerpt(texts.get(hit.id, []), patterns)
            spans_in_title = find_phrases(hit.title, patterns)
            marked.append(
                replace(hit, title_highlights=spans_in_title, snippet=snippet, highlights=spans)
            )
        return marked

    return mark
