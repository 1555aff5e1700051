"""BM25 for the newest matches of an FTS5 search, computed here instead of by ``bm25()``.

FTS5's ``bm25()`` first counts, for every phrase of the query, every record of the
whole index that holds it (its inverse document frequency), whatever the query is
limited to.  For a common word in a regency's 100,000 posts that count alone read
75,000 entries of the index per phrase, twice for a prefix (about 50 ms of a
search the officer types against).  In a large index the engine therefore asks
FTS5 only *which* records match (the newest `CANDIDATES`, walking the index
backwards), with their indexed text, and scores those here.

The score is FTS5's BM25 (k1 = 1.2, b = 0.75, each column's hits weighted by its
`Source.weights`) with three differences, none of which spoils the order of the
hits:

* every phrase counts alike (no inverse document frequency): every hit holds
  every phrase of the query, so the frequency only tilted the balance between
  phrases, and a common word's was already next to nothing;
* lengths are counted in characters rather than words, and the average length is
  that of the records scored (BM25 compares a record's length with the average,
  and the ratio is the same in either unit);
* hits are counted in the first `SCORED` characters of a column only.

Words are matched as the index splits and folds them (letters, digits, marks and
private-use characters; case and accents ignored; the last word of a phrase may
be a prefix), so a record is scored for the words FTS5 found in it.
"""

from __future__ import annotations

from collections.abc import Sequence

from sosmed_desktop.services.search.query import Phrase, fold, phrase_pattern

K1, B = 1.2, 0.75
HIT = "\x01"
SCORED = 1000
"""Hits are counted in the first characters of each column's text only (its whole
length still counts): the platforms' captions follow the master caption, and BM25
gains little from a word's fourth or fifth hit; a long caption costs no more."""


def scores(
    records: Sequence[Sequence[str | None]], weights: Sequence[float], phrases: Sequence[Phrase]
) -> list[float]:
    """The BM25 score (greater is better) of each record, given as its index columns' texts."""
    count = len(records)
    if not count:
        return []
    patterns = [phrase_pattern(phrase) for phrase in phrases]
    lengths = [0] * count
    weighted = [[0.0] * count for _ in patterns]  # per phrase: its hits × column weight
    for column, weight in enumerate(weights):
        whole = [record[column] or "" for record in records]
        lengths = [length + len(text) for length, text in zip(lengths, whole, strict=True)]
        texts = [text[:SCORED] for text in whole]
        # One pass over the column: the records joined by NUL (which no phrase spans),
        # each hit replaced by a HIT mark, and the marks counted record by record.
        joined = "\x00".join(texts)
        if joined.count("\x00") >= count:  # a NUL inside a text would split it in two
            joined = "\x00".join(text.replace("\x00", " ") for text in texts)
        joined = fold(joined.replace(HIT, " "))
        for position, found in enumerate(patterns):
            parts = found.sub(HIT, joined).split("\x00")
            weighted[position] = [
                hits + weight * part.count(HIT)
                for hits, part in zip(weighted[position], parts, strict=True)
            ]
    average = sum(lengths) / count or 1.0
    norms = [K1 * (1 - B + B * length / average) for length in lengths]
    result = [0.0] * count
    for hits in weighted:
        result = [
            score + hit * (K1 + 1) / (hit + norm) if hit else score
            for score, hit, norm in zip(result, hits, norms, strict=True)
        ]
    return result
