"""What the officer typed into the search box, made safe, and where it was found.

What the officer types is never passed to FTS5 as query syntax: it is split
into words the way the indexes split them (emoji and punctuation are
separators), each word quoted, the last one matched as a prefix (search as you
type).  ``"two words"`` in quotes is a phrase and ``-word`` excludes a word.
So quotes, dashes, asterisks, brackets or emoji can never produce a syntax error.

The rest are the pieces the search engines share to show a hit: finding words
in a text, ignoring case and accents as the indexes do, and cutting an excerpt
around the first match.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex

from sosmed_desktop.domain.captions import Span
from sosmed_desktop.domain.figures import canonical, parse_number
from sosmed_desktop.errors import ValidationError

MAX_QUERY = 200
LETTERS = r"[\p{L}\p{N}\p{M}\p{Co}]"  # what the indexes count as part of a word
WORD = regex.compile(LETTERS + "+")
SPACE = regex.compile(r"\s+")
NON_ASCII = regex.compile(r"([^\x00-\x7f]+)")
GAP = "[^" + LETTERS[1:-1] + r"\x00]+"
PART = regex.compile(r'(-?)"([^"]*)"?|(\S+)')
GROUPED = regex.compile(r"\d{1,3}(?: \d{3})+")
EXCERPT = 120  # characters of an excerpt the portable engine cuts


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


def digit_variants(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """`words` and, for figures, how the other way of writing them is indexed.

    The indexes split "1.245.300" into the words 1, 245 and 300, so a figure
    typed without grouping ("1245300") is also looked for as those three words,
    and a grouped one ("1.245.300", also "1,245,300") as one word "1245300".
    """
    grouped: list[str] = []
    for word in words:
        if word.isdigit() and len(word) > 3:
            head = len(word) % 3 or 3
            grouped += [word[:head]] + [word[i : i + 3] for i in range(head, len(word), 3)]
        else:
            grouped.append(word)
    variants = [words]
    if tuple(grouped) != words:
        variants.append(tuple(grouped))
    elif len(words) > 1 and GROUPED.fullmatch(" ".join(words)):
        variants.append(("".join(words),))
    return variants


Phrase = tuple[tuple[str, ...], bool]
"""Words in a row, and whether the last one is a prefix (still being typed)."""


def phrase_groups(parsed: ParsedQuery) -> tuple[list[list[Phrase]], list[list[Phrase]]]:
    """The phrases to find and to exclude, each as its alternatives (`digit_variants`):
    every engine builds its query, and FTS5's ranking its counts, from these."""
    last = len(parsed.include) - 1
    wanted = [
        [(v, parsed.prefix_last and i == last) for v in digit_variants(words)]
        for i, words in enumerate(parsed.include)
    ]
    unwanted = [[(v, False) for v in digit_variants(words)] for words in parsed.exclude]
    return wanted, unwanted


def fts_expression(parsed: ParsedQuery) -> str:
    """The FTS5 query for `parsed`: every word quoted, so always valid syntax."""

    def either(group: list[Phrase]) -> str:
        alternatives = [
            '"' + " ".join(w.replace('"', '""') for w in words) + '"' + ("*" if prefix else "")
            for words, prefix in group
        ]
        return alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")"

    wanted, unwanted = phrase_groups(parsed)
    expression = "(" + " AND ".join(map(either, wanted)) + ")"
    for group in unwanted:
        expression += " NOT " + either(group)
    return expression


def figure_forms(phrase: tuple[str, ...]) -> set[str]:
    """The stored values (see `domain.figures`) a phrase of digits can mean.

    The query parser keeps only the digits of "1.245.300" or "92,4", so both
    readings of the lost marks are tried: thousands separators and a decimal mark.
    """
    if not phrase or not all(word.isdigit() for word in phrase):
        return set()
    forms = set()
    for mark in (".", ","):
        for decimal_comma in (True, False):
            try:
                forms.add(canonical(parse_number(mark.join(phrase), decimal_comma=decimal_comma)))
            except ValidationError:
                continue
    return forms


class _Folding(dict[int, str]):
    """`str.translate` table, filled as characters are met: each character lower-cased
    without its accents ("É" → "e"), or kept when that would not be one character,
    so a folded text has the same length and positions as the original."""

    def __missing__(self, code: int) -> str:
        base = unicodedata.normalize("NFD", chr(code))[0].lower()
        self[code] = folded = base if len(base) == 1 else chr(code)
        return folded


_FOLDING = _Folding()


def fold(text: str) -> str:
    """`text` without case and accents, character for character (see `_Folding`),
    as the indexes compare words: "Café" and "cafe" fold alike.  The ASCII runs are
    lower-cased as they are (one emoji in a long caption keeps the rest quick)."""
    if text.isascii():
        return text.lower()
    parts = NON_ASCII.split(text)  # ASCII, non-ASCII, ASCII, ...
    return "".join(
        part.translate(_FOLDING) if index % 2 else part.lower() for index, part in enumerate(parts)
    )


def phrases_to_find(parsed: ParsedQuery) -> list[Phrase]:
    """Every phrase to find, each way of writing a figure on its own: what the
    engines mark, and what FTS5's ranking counts."""
    return [phrase for group in phrase_groups(parsed)[0] for phrase in group]


def phrase_pattern(phrase: Phrase) -> regex.Pattern[str]:
    """Where `phrase` stands in a folded text, as the indexes match it: whole words
    (a prefix: the words it begins, whole), any separators between them (but never
    a NUL, which joins records)."""
    words, prefix = phrase
    body = GAP.join(regex.escape(fold(word)) for word in words)
    tail = f"{LETTERS}*" if prefix else f"(?!{LETTERS})"
    return regex.compile(f"(?<!{LETTERS}){body}{tail}")


def find_phrases(text: str, patterns: Sequence[regex.Pattern[str]]) -> tuple[Span, ...]:
    """Where the phrases (`phrase_pattern`) stand in `text`, ignoring case and accents."""
    folded = fold(text)
    spans = {Span(m.start(), m.end()) for found in patterns for m in found.finditer(folded)}
    return tuple(sorted(spans, key=lambda s: (s.start, s.end)))


def excerpt(
    texts: Iterable[str], patterns: Sequence[regex.Pattern[str]]
) -> tuple[str, tuple[Span, ...]]:
    """About `EXCERPT` characters of the first text holding a phrase, around its first
    match and cut between words, with the phrases marked (the first non-empty text
    when none holds one)."""
    candidates = [t for t in texts if t]
    first, source = 0, candidates[0] if candidates else ""
    for text in candidates:
        folded = fold(text)
        starts = [m.start() for found in patterns if (m := found.search(folded))]
        if starts:
            first, source = min(starts), text
            break
    start = max(0, first - 40)
    if start and (gap := SPACE.search(source, start, first)):
        start = gap.end()  # begin with a whole word
    end = start + EXCERPT
    if end < len(source):  # and end with one
        end = max((gap.start() for gap in SPACE.finditer(source, first + 1, end)), default=end)
    snippet = ("…" if start else "") + source[start:end] + ("…" if end < len(source) else "")
    return snippet, find_phrases(snippet, patterns)
