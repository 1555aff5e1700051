"""Finding hashtags exactly as X (twitter-text) finds them; Instagram and the others agree.

A hashtag is ``#`` or ``＃`` followed by letters, marks, digits and the joiners
some scripts need inside words (underscore, ZWJ, ZWNJ, the middle dot, the
Japanese long-vowel and iteration marks ...), holding at least one letter or
mark: ``#HUTBekasi77`` is one, ``#2026`` is not.  It must not follow a letter,
digit or ``&`` (``a#b``, ``&#39;``), must not be a keycap (``#️⃣``), and is no
hashtag when another ``#`` or ``://`` follows it directly.  A ``#`` inside a
link (``https://x.id/#bagian``) is the link's anchor.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from sosmed_desktop.domain.links import Link, find_links

_SPECIAL = (
    "_\u200c\u200d\ua67e\u05be\u05f3\u05f4\uff5e\u301c\u309b\u309c\u30a0\u30fb\u3003"
    "\u0f0b\u0f0c\xb7"
)
_ALPHA = r"[\p{L}\p{M}]"
_ALNUM = rf"[\p{{L}}\p{{M}}\p{{Nd}}{_SPECIAL}]"
HASHTAG = regex.compile(
    rf"(^|\ufe0e|\ufe0f|(?!{_ALNUM}|&).)([#\uff03])(?!\ufe0f|\u20e3)({_ALNUM}*{_ALPHA}{_ALNUM}*)",
    regex.IGNORECASE | regex.DOTALL,
)
AFTER_HASHTAG = regex.compile(r"[#\uff03]|://")


@dataclass(frozen=True)
class Tag:
    """A hashtag as written (``#BekasiSehat``) and where it stands (``[start, end)``)."""

    text: str
    start: int
    end: int

    @property
    def key(self) -> str:
        """The tag compared without case (#bekasisehat equals #BekasiSehat)."""
        return self.text[1:].casefold()


def find_tags(text: str, links: list[Link] | None = None) -> list[Tag]:
    """Every hashtag of `text` in order; `links` (from `find_links`) saves finding them again."""
    if "#" not in text and "\uff03" not in text:
        return []
    tags = []
    for match in HASHTAG.finditer(text):
        if AFTER_HASHTAG.match(text, match.end()):
            continue
        start = match.start(2)
        tags.append(Tag(text[start : match.end()], start, match.end()))
    if not tags:
        return []
    links = find_links(text) if links is None else links
    return [tag for tag in tags if not _overlapped(tag, links)]


def _overlapped(tag: Tag, links: list[Link]) -> bool:
    """twitter-text keeps the entity that starts first (a tag wins a tie with a link)."""
    return any(link.start < tag.start < link.end for link in links)
