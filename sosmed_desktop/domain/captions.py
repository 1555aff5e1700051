"""Counting a caption the way each platform counts it, and finding its links and hashtags.

Each platform's spec names its counting rule (`Counting`); the editor's
counters, the content checks and the package export all count through
`count_caption`, so they never disagree:

- ``graphemes``: what a reader perceives as one character (an emoji with skin
  tone, a flag, a letter with combining marks is one), the `regex` package's
  ``\\X``; Python's ``len`` would count code points;
- ``x_weighted``: X's weighted length (`domain/x_length.py`): links 23, emoji 2,
  CJK 2, Latin 1;
- ``threads``: graphemes, but an emoji counts its UTF-8 bytes (Meta's Threads
  API documentation): 🙏 counts 4, 👍🏽 8;
- ``utf8_bytes``: UTF-8 bytes (YouTube's description limit).

Links and hashtags are found once per text (`caption_facts`, cached): the
editor asks for every platform's count on each keystroke.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from sosmed_desktop.domain.hashtags import Tag, find_tags
from sosmed_desktop.domain.links import Link, find_links
from sosmed_desktop.domain.platforms import Counting, PlatformSpec
from sosmed_desktop.domain.x_length import EMOJI, x_length

GRAPHEME = regex.compile(r"\X")


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
class CaptionFacts:
    """The links and hashtags of one text, found once."""

    links: tuple[Link, ...]
    tags: tuple[Tag, ...]


@dataclass(frozen=True)
class CaptionStats:
    """Counts of one caption against one platform's limits (None: no limit)."""

    platform: str
    counting: Counting
    characters: int
    character_limit: int | None
    hashtags: int
    hashtag_limit: int | None
    urls: int
    link_limit: int | None = None
    soft_limit: int | None = None

    @property
    def characters_left(self) -> int | None:
        if self.character_limit is None:
            return None
        return self.character_limit - self.characters

    @property
    def over_character_limit(self) -> bool:
        return self.character_limit is not None and self.characters > self.character_limit

    @property
    def over_soft_limit(self) -> bool:
        """Past the figure where the platform's app starts to warn (TikTok: 2,000)."""
        return self.soft_limit is not None and self.characters > self.soft_limit

    @property
    def over_hashtag_limit(self) -> bool:
        return self.hashtag_limit is not None and self.hashtags > self.hashtag_limit

    @property
    def over_link_limit(self) -> bool:
        return self.link_limit is not None and self.urls > self.link_limit


@lru_cache(maxsize=32)
def caption_facts(text: str) -> CaptionFacts:
    """Links and hashtags of `text` (the last few texts are remembered)."""
    links = find_links(text)
    return CaptionFacts(tuple(links), tuple(find_tags(text, links)))


def graphemes(text: str) -> int:
    """User-perceived characters (grapheme clusters) in `text`."""
    return len(GRAPHEME.findall(text))


def threads_length(text: str) -> int:
    """Graphemes, an emoji counting its UTF-8 bytes (Threads): 🙏 4, 👍🏽 8, 🇮🇩 8."""
    extra = sum(len(m.group().encode("utf-8")) - 1 for m in EMOJI.finditer(text))
    return count_caption(text, Counting.GRAPHEMES) + extra


def find_urls(text: str) -> list[Span]:
    """Where the links are (as X finds them, with or without a scheme)."""
    return [Span(link.start, link.end) for link in caption_facts(text).links]


def find_hashtags(text: str) -> list[Hashtag]:
    """Hashtags in any script (``#BekasiSehat``, ``#HUTBekasi77``), in order."""
    return [Hashtag(tag.text, Span(tag.start, tag.end)) for tag in caption_facts(text).tags]


@lru_cache(maxsize=64)
def count_caption(text: str, counting: Counting | str) -> int:
    """The length of `text` by the counting rule `counting` (the last few are remembered:
    the editor asks for every platform's count of the same text)."""
    rule = Counting(counting)
    if rule is Counting.X_WEIGHTED:
        return x_length(text, caption_facts(text).links).weighted_length
    if rule is Counting.THREADS:
        return threads_length(text)
    if rule is Counting.UTF8_BYTES:
        return len(text.encode("utf-8"))
    return graphemes(text)


def caption_stats(text: str, spec: PlatformSpec) -> CaptionStats:
    """Counts of `text` for the platform described by `spec`, with its limits."""
    facts = caption_facts(text)
    return CaptionStats(
        platform=spec.code,
        counting=Counting(spec.counting),
        characters=count_caption(text, spec.counting),
        character_limit=spec.caption_limit,
        hashtags=len(facts.tags),
        hashtag_limit=spec.hashtag_limit,
        urls=len(facts.links),
        link_limit=spec.link_limit,
        soft_limit=spec.caption_soft_limit,
    )
