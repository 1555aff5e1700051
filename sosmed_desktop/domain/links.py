"""Finding the links in a caption exactly as X (twitter-text) finds them.

Every platform rule that depends on links uses this one extraction: X counts a
link as 23 characters, Threads accepts at most 5 links, the spell checker skips
them.  The rules follow twitter-text's published URL extraction (conformance
files ``extract.yml``/``validate.yml`` of twitter/twitter-text, Apache-2.0),
which the test suite runs when they are at hand:

- a link may come without a scheme when its domain ends in a real top-level
  domain (``s.id/PPDB``, ``forms.gle/abc``, ``bekasikab.go.id``); the list is
  ``resources/tlds.txt`` (see ``tools/update_tlds.py``);
- it must not follow a letter, digit, ``@``, ``$`` or ``#``; a scheme-less one
  not ``-``, ``_``, ``.`` or ``/`` either, and only its ASCII part counts
  (``Klik ➡️bit.ly/3abc`` holds ``bit.ly/3abc``);
- its path stops before characters X does not take into links (an emoji right
  after it, a closing parenthesis that opens nowhere), keeps balanced
  parentheses (``Bekasi_(kota)``) and does not end in sentence punctuation;
- every label of its domain has 1 to 63 characters once encoded as punycode;
- ``t.co`` links end after their slug; direction marks around a link are not
  part of it.

Positions are Python string indices (code points), as everywhere in the core.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import regex

from sosmed_desktop.bundle import resource

TLD_FILE = resource("tlds.txt")
MAX_URL_LENGTH = 4096
MAX_LABEL_LENGTH = 63
MAX_TCO_SLUG_LENGTH = 40
DEFAULT_SCHEME = "https://"

DIRECTIONAL_MARKS = "\u202a-\u202e\u061c\u200e\u200f\u2066\u2067\u2068\u2069"
INVALID_CHARACTERS = "\ufffe\ufeff\uffff"
SPACES = "\x09-\x0d\x20\x85\xa0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
PUNCTUATION = r"!'#%&()*+,\\\-./:;<=>?@\[\]^_{|}~$"
LATIN_ACCENTS = (
    "\xc0-\xd6\xd8-\xf6\xf8-\xff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259\u025b\u0263"
    "\u0268\u026f\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff"
)
CYRILLIC = "\u0400-\u04ff"
RUN_WITH_DOT = regex.compile(f"[^{SPACES}]*\\.[^{SPACES}]*")


@dataclass(frozen=True)
class Link:
    """A link as written in the caption and where it stands (``[start, end)``)."""

    url: str
    start: int
    end: int


@cache
def top_level_domains() -> tuple[str, ...]:
    """The top-level domains of ``resources/tlds.txt``, longest first."""
    lines = TLD_FILE.read_text(encoding="utf-8").splitlines()
    names = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    return tuple(sorted(names, key=lambda name: (-len(name), name)))


def _tld_pattern() -> str:
    names = "|".join(regex.escape(name) for name in top_level_domains())
    return rf"(?:(?:{names})(?=[^0-9a-zA-Z@+-]|$))"


@cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """The link pattern, the ASCII-domain pattern and the t.co pattern (built once)."""
    tld = rf"(?:{_tld_pattern()}|xn--[\-0-9a-z]+)"
    domain_char = f"[^{PUNCTUATION}{SPACES}{INVALID_CHARACTERS}{DIRECTIONAL_MARKS}]"
    subdomain = rf"(?:(?:{domain_char}(?:[_-]|{domain_char})*)?{domain_char}\.)"
    domain_name = rf"(?:(?:{domain_char}(?:-|{domain_char})*)?{domain_char}\.)"
    domain = rf"(?:{subdomain}*{domain_name}{tld})"
    path_char = rf"[a-z{CYRILLIC}0-9!*';:=+,.$/%#\[\]\-\u2013_~@|&{LATIN_ACCENTS}]"
    parens = rf"\((?:{path_char}+|(?:{path_char}*\({path_char}+\){path_char}*))\)"
    path_end = rf"(?:[+\-a-z{CYRILLIC}0-9=_#/{LATIN_ACCENTS}]|{parens})"
    path = rf"(?:(?:{path_char}*(?:{parens}{path_char}*)*{path_end})|(?:@{path_char}+/))"
    query_char = r"[a-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]"
    query_end = r"[a-z0-9\-_&=#/]"
    preceding = f"(?:[^A-Za-z0-9@\uff20$#\uff03{INVALID_CHARACTERS}]|[{DIRECTIONAL_MARKS}]|^)"
    link = regex.compile(
        rf"({preceding})((https?://)?({domain})(?::[0-9]+)?(/{path}*)?"
        rf"(?:\?{query_char}*{query_end})?)",
        regex.IGNORECASE,
    )
    ascii_domain = regex.compile(rf"(?:[\-a-z0-9{LATIN_ACCENTS}]+\.)+{tld}", regex.IGNORECASE)
    tco = regex.compile(rf"^https?://t\.co/([a-z0-9]+)(?:\?{query_char}*{query_end})?",
                        regex.IGNORECASE)  # fmt: skip
    return link, ascii_domain, tco


def _labels_valid(domain: str) -> bool:
    """Every label 1 to 63 characters long once encoded as punycode (IDNA's limit)."""
    for label in domain.split("."):
        encoded = label if label.isascii() else "xn--" + label.encode("punycode").decode()
        if not 1 <= len(encoded) <= MAX_LABEL_LENGTH:
            return False
    return True


def _valid(url: str, scheme: str, domain: str) -> bool:
    if domain.startswith("xn--") and not _patterns()[1].fullmatch(domain):
        return False  # a punycode domain holds ASCII only
    return _labels_valid(domain) and len(scheme) + len(url) <= MAX_URL_LENGTH


def _matches(pattern: regex.Pattern[str], text: str) -> Iterator[regex.Match[str]]:
    """The pattern's matches within the runs of text between spaces that hold a dot.

    A link never holds a space, so only those runs (with the character before
    them, which the pattern looks at) are searched: the same matches, found in a
    fraction of the time for a long caption.
    """
    for run in RUN_WITH_DOT.finditer(text):
        yield from pattern.finditer(text, max(run.start() - 1, 0), run.end())


def find_links(text: str) -> list[Link]:
    """Every link in `text`, with or without a scheme, in order."""
    if "." not in text:
        return []
    link_pattern, ascii_domain, tco = _patterns()
    links: list[Link] = []
    for match in _matches(link_pattern, text):
        before, url, scheme, domain = match.group(1, 2, 3, 4)
        start, end = match.span(2)
        if not _valid(url, scheme or DEFAULT_SCHEME, domain):
            continue
        if scheme:
            if short := tco.match(url):
                if len(short.group(1)) > MAX_TCO_SLUG_LENGTH:
                    continue
                url, end = short.group(0), start + len(short.group(0))
            links.append(Link(url, start, end))
            continue
        if before and before[-1] in "-_./":
            continue
        found = [Link(m.group(0), start + m.start(), start + m.end())
                 for m in ascii_domain.finditer(domain)]  # fmt: skip
        if not found:
            continue
        if match.group(5):  # the path belongs to the last ASCII domain
            last = found[-1]
            found[-1] = Link(text[last.start : end], last.start, end)
        links.extend(found)
    return links
