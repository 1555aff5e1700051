"""Counting a caption the way each platform counts it, and finding its hashtags.

Platforms count what a reader perceives as one character (a grapheme cluster):
an emoji with skin tone, a family joined by zero-width joiners, a flag or a
letter with combining marks is one character, not several UTF-16 units or bytes.
Python's ``len`` counts code points, so the `regex` package's ``\\X`` is used.

X is the exception and is counted by its published rules (twitter-text v3):
the text is NFC-normalised, every URL counts 23, an emoji counts 2, and a code
point counts 1 inside the Latin, punctuation and symbol ranges and 2 elsewhere
(Chinese, Japanese, Korean ...).  Without this a caption that the editor calls
"280 of 280" would be refused by X.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

from sosmed_desktop.domain.platforms import PlatformSpec

X_CODE = "x"
X_URL_LENGTH = 23
X_EMOJI_WEIGHT = 2
# twitter-text v3: code points in these ranges weigh 1, every other one weighs 2.
X_LIGHT_RANGES = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))

GRAPHEME = regex.compile(r"\X")
# A hashtag starts after a non-word character (or at the start), is made of
# letters, marks, digits and underscores in any script, and holds a letter or mark.
HASHTAG = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}_&#])[#＃]([\p{L}\p{M}\p{N}_]*[\p{L}\p{M}][\p{L}\p{M}\p{N}_]*)"
)
# URLs with a scheme or "www.", and bare domains under the endings seen in
# Indonesian government captions (bekasikab.go.id, kemkes.go.id/...).
URL = regex.compile(
    r"""(?ix)
    (?<![\w@.])
    (?:
        (?:https?://|www\.)[^\s<>"]+
      | (?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+
        (?:go\.id|co\.id|or\.id|ac\.id|sch\.id|desa\.id|id|com|net|org|info|io|co|ly|me)
        (?![\w-])(?:/[^\s<>"]*)?
    )
    """
)
TRAILING_PUNCTUATION = ".,;:!?)]}'\"…"
EMOJI_CLUSTER = regex.compile(
    r"\p{Emoji_Presentation}|\p{Regional_Indicator}|\uFE0F|\p{Extended_Pictographic}\u200D"
)


@dataclass(frozen=True)
class Span:
    """A range of the caption as Python string indices ``[start, end)``."""

    start: int
    end: int


@dataclass(frozen=True)
class Hashtag:
    """A hashtag as written (``#BekasiSehat``) and where it stands in the caption."""

    text: str
    span: Span

    @property
    def key(self) -> str:
        """The tag compared without case (#bekasisehat equals #BekasiSehat)."""
        return self.text[1:].casefold()


@dataclass(frozen=True)
class CaptionStats:
    """Counts of one caption against one platform's limits (None: no limit)."""

    platform: str
    characters: int
    character_limit: int | None
    hashtags: int
    hashtag_limit: int | None
    urls: int

    @property
    def characters_left(self) -> int | None:
        if self.character_limit is None:
            return None
        return self.character_limit - self.characters

    @property
    def over_character_limit(self) -> bool:
        return self.character_limit is not None and self.characters > self.character_limit

    @property
    def over_hashtag_limit(self) -> bool:
        return self.hashtag_limit is not None and self.hashtags > self.hashtag_limit


def graphemes(text: str) -> int:
    """User-perceived characters (grapheme clusters) in `text`."""
    return len(GRAPHEME.findall(text))


def find_urls(text: str) -> list[Span]:
    """Where the links are, without the punctuation that ends a sentence after them."""
    spans = []
    for match in URL.finditer(text):
        start, end = match.span()
        while end > start and text[end - 1] in TRAILING_PUNCTUATION:
            end -= 1
        spans.append(Span(start, end))
    return spans


def find_hashtags(text: str) -> list[Hashtag]:
    """Hashtags in any script (``#BekasiSehat``, ``#HUTBekasi77``), in order."""
    url_spans = find_urls(text)
    tags = []
    for match in HASHTAG.finditer(text):
        start, end = match.span()
        if any(u.start <= start < u.end for u in url_spans):
            continue  # "https://x.id/#bagian" is an anchor, not a hashtag
        tags.append(Hashtag(match.group(0), Span(start, end)))
    return tags


def count_for_x(text: str) -> int:
    """X's weighted length (twitter-text v3): URLs 23, emoji 2, CJK 2, Latin 1."""
    text = unicodedata.normalize("NFC", text)
    total, position = 0, 0
    for url in find_urls(text):
        total += _x_weight(text[position : url.start]) + X_URL_LENGTH
        position = url.end
    return total + _x_weight(text[position:])


def _x_weight(text: str) -> int:
    total = 0
    for cluster in GRAPHEME.findall(text):
        if EMOJI_CLUSTER.search(cluster):
            total += X_EMOJI_WEIGHT
            continue
        for char in cluster:
            code = ord(char)
            light = any(low <= code <= high for low, high in X_LIGHT_RANGES)
            total += 1 if light else 2
    return total


def count_characters(text: str, platform_code: str) -> int:
    """The length of `text` as the platform with `platform_code` counts it."""
    if platform_code == X_CODE:
        return count_for_x(text)
    return graphemes(text)


def caption_stats(text: str, spec: PlatformSpec) -> CaptionStats:
    """Counts of `text` for the platform described by `spec`, with its limits."""
    return CaptionStats(
        platform=spec.code,
        characters=count_characters(text, spec.code),
        character_limit=spec.caption_limit,
        hashtags=len(find_hashtags(text)),
        hashtag_limit=spec.hashtag_limit,
        urls=len(find_urls(text)),
    )
