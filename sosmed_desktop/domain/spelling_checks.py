"""Spelling in the content checks: non-standard forms (Bentuk baku) and unknown words.

Both checks read the words of a caption through `word_tokens`, the tokeniser
the editor's wavy underline uses too, so a word is judged the same while
typing and at submit.  Hashtags, mentions, links, e-mail addresses, numbers,
words joined to digits (``HUT77``, ``COVID-19``) and acronyms in capitals
(``PPDB``, ``BPJS``) are not words to check.

Non-standard forms come from ``resources/nonstandard_words.txt`` (KBBI/EYD):
``himbauan`` is a suggestion "Bentuk baku: imbauan" whether or not a dictionary
is at hand.  Unknown words need a `Speller` (the Hunspell dictionary with the
department's own words, `services/posts/spelling.py`); they are one suggestion.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Protocol

import regex

from sosmed_desktop.bundle import resource
from sosmed_desktop.domain.captions import Span, caption_facts
from sosmed_desktop.domain.content_findings import Finding, Severity

NONSTANDARD_FILE = resource("nonstandard_words.txt")
# Letters with marks, apostrophes inside ("Jum'at") and hyphens between parts ("anak-anak").
WORD = regex.compile(
    r"[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*(?:-[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)*"
)
MENTION = regex.compile(r"(?<![\w@])[@＠][A-Za-z0-9_.]{1,30}")
EMAIL = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


class Speller(Protocol):
    """What the unknown-word check needs of a dictionary."""

    def is_known(self, word: str) -> bool:
        """Whether `word` (as written) is spelt right."""
        ...


@dataclass(frozen=True)
class WordToken:
    """A word of the caption to check and where it stands (``[start, end)``)."""

    word: str
    start: int
    end: int


def _skipped_spans(text: str) -> list[tuple[int, int]]:
    facts = caption_facts(text)
    spans = [(link.start, link.end) for link in facts.links]
    spans += [(tag.start, tag.end) for tag in facts.tags]
    spans += [m.span() for m in MENTION.finditer(text)]
    spans += [m.span() for m in EMAIL.finditer(text)]
    return sorted(spans)


def word_tokens(text: str) -> Iterator[WordToken]:
    """The words of `text` a spell checker looks at, in order."""
    skipped = _skipped_spans(text)
    for match in WORD.finditer(text):
        start, end = match.span()
        word = match.group(0)
        if any(s < end and start < e for s, e in skipped):
            continue
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if (
            before.isdigit()
            or after.isdigit()
            or (after == "-" and text[end + 1 : end + 2].isdigit())
        ):
            continue  # HUT77, 2x, COVID-19
        if len(word) > 1 and word.isupper():
            continue  # an acronym: PPDB, BPJS, WIB
        yield WordToken(word, start, end)


@cache
def nonstandard_forms() -> dict[str, str]:
    """Non-standard form (case-folded) -> standard form, from the bundled list."""
    forms = {}
    for line in NONSTANDARD_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "=" not in line:
            continue
        wrong, right = (part.strip() for part in line.split("=", 1))
        forms[wrong.casefold()] = right
    return forms


def standard_form(word: str) -> str | None:
    """The standard form of `word` if it is a known non-standard one, in its capitalisation."""
    right = nonstandard_forms().get(word.casefold())
    if right is None:
        return None
    if word[:1].isupper() and right[:1].islower():
        return right[:1].upper() + right[1:]
    return right


def find_nonstandard(text: str) -> list[Finding]:
    """One suggestion per non-standard word used, with its standard form and every place."""
    places: dict[str, list[Span]] = {}
    forms: dict[str, tuple[str, str]] = {}
    for token in word_tokens(text):
        right = standard_form(token.word)
        if right is None:
            continue
        key = token.word.casefold()
        places.setdefault(key, []).append(Span(token.start, token.end))
        forms.setdefault(key, (token.word, right))
    return [
        Finding(
            "nonstandard_word",
            Severity.SUGGESTION,
            {"word": forms[key][0], "standard": forms[key][1], "count": len(spans)},
            tuple(spans),
        )
        for key, spans in places.items()
    ]


def find_unknown_words(text: str, speller: Speller) -> list[Finding]:
    """One suggestion listing the words the dictionary does not know (non-standard
    forms are reported by `find_nonstandard` instead)."""
    spans, words = [], []
    for token in word_tokens(text):
        if standard_form(token.word) is not None or speller.is_known(token.word):
            continue
        spans.append(Span(token.start, token.end))
        if token.word not in words:
            words.append(token.word)
    if not spans:
        return []
    params = {"count": len(spans), "words": words}
    return [Finding("unknown_words", Severity.SUGGESTION, params, tuple(spans))]


def find_spelling(text: str, speller: Speller | None) -> list[Finding]:
    """Non-standard forms always; unknown words when a dictionary is at hand."""
    findings = find_nonstandard(text)
    if speller is not None:
        findings += find_unknown_words(text, speller)
    return findings
