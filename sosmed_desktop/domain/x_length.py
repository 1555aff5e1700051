"""X's weighted length (twitter-text's ``parseTweet``, v3 configuration).

The text is NFC-normalised; every link counts 23; an emoji counts 2 however
many code points it is made of (a family, a flag, a skin tone, a keycap
``1⃣``); any other code point weighs 1 inside the Latin, general punctuation
and similar ranges and 2 elsewhere (Chinese, Japanese, Korean, most symbols).
A post holding U+FFFE, U+FEFF or U+FFFF is refused whatever its length.

Emoji are recognised as twemoji (the emoji set X uses) recognises them, with
this Python's Unicode data, so new emoji count 2 as they do on X: a keycap with
or without VS16, ©, ®, ™ and ♟ only with VS16, other emoji unless VS15 asks for
text, flags, tag sequences and ZWJ sequences as one, and a stray VS16 as one.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from sosmed_desktop.domain.links import INVALID_CHARACTERS, Link, find_links

URL_LENGTH = 23
LIMIT = 280
SCALE = 100
DEFAULT_WEIGHT = 200
LIGHT_WEIGHT = 100

_ELEMENT = (
    r"(?:(?![#*0-9\u00a9\u00ae\u2122\u265f])\p{Emoji}"
    r"(?:\p{Emoji_Modifier}|\ufe0f|[\U000e0020-\U000e007e]+\U000e007f|(?!\ufe0e)))"
)
EMOJI = regex.compile(
    r"[#*0-9]\ufe0f?\u20e3"
    r"|[\u00a9\u00ae\u2122\u265f]\ufe0f"
    r"|\p{Regional_Indicator}{2}"
    rf"|{_ELEMENT}(?:\u200d{_ELEMENT})*"
    r"|\ufe0f"
)
INVALID = regex.compile(f"[{INVALID_CHARACTERS}]")
# Code points outside the ranges that weigh 1.
HEAVY = regex.compile(r"[^\x00-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037]")


@dataclass(frozen=True)
class XLength:
    """What X would say of a post: its weighted length and whether it may be posted."""

    weighted_length: int
    has_invalid_characters: bool
    invalid_at: tuple[int, ...] = ()

    @property
    def valid(self) -> bool:
        return 0 < self.weighted_length <= LIMIT and not self.has_invalid_characters


def _plain_weight(text: str) -> int:
    """The weight of text without links or emoji: 100 per light code point, 200 per other."""
    heavy = len(HEAVY.findall(text))
    return heavy * DEFAULT_WEIGHT + (len(text) - heavy) * LIGHT_WEIGHT


def emoji_spans(text: str) -> list[tuple[int, int]]:
    """Where the emoji of `text` are, as ``(start, end)`` index pairs."""
    return [m.span() for m in EMOJI.finditer(text)]


def x_length(text: str, links: Sequence[Link] | None = None) -> XLength:
    """The weighted length of `text` and its characters X refuses (their indices in `text`).

    `links` are `find_links(text)` when the caller has them already; they are
    found again when NFC normalisation changes the text.
    """
    normal = unicodedata.normalize("NFC", text)
    if links is None or normal != text:
        links = find_links(normal)
    entities = sorted(
        [(link.start, link.end, URL_LENGTH * SCALE) for link in links]
        + [(start, end, DEFAULT_WEIGHT) for start, end in emoji_spans(normal)]
    )
    total, position = 0, 0
    for start, end, weight in entities:
        if start < position:
            continue  # an emoji inside a link's text: the link counts
        total += _plain_weight(normal[position:start]) + weight
        position = end
    total += _plain_weight(normal[position:])
    invalid = tuple(m.start() for m in INVALID.finditer(text))
    return XLength(total // SCALE, bool(invalid), invalid)
