"""Setting any caption in a PDF: fonts per character, shaping, bidi and line breaking.

The approval sheet must print every character the officer typed.  ReportLab's
own paragraphs use one font per run of markup and drop what it lacks, so the
sheet lays its text out here:

* each grapheme cluster (a letter with its marks, an emoji sequence) gets the
  first bundled font that draws all of it (`FALLBACKS`, resources/fonts/);
  fonts load on first need, so a Latin-only sheet reads no other font file;
* runs in a complex script (Arabic, Javanese ...) or with combining marks are
  shaped by HarfBuzz (`uharfbuzz`, through ReportLab's `shapeStr`), which joins
  Arabic letters and places Javanese vowel signs;
* a paragraph holding right-to-left text gets its embedding levels from the
  Unicode bidi algorithm (`python-bidi`'s reference implementation) and each
  laid-out line is reordered (rule L2), so Pegon reads right to left, even
  inside an Indonesian sentence;
* lines break at spaces, between CJK characters, and inside a word only when
  the word alone is wider than the line.

`undrawable` names the clusters no bundled font can draw: the caller refuses
to make a sheet that would drop them.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache

import regex
from bidi import algorithm as bidi
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, shapeStr

from sosmed_desktop.bundle import resource

FONTS_DIR = resource("fonts")
REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"
FALLBACKS = (
    ("NotoSansJavanese", "NotoSansJavanese-Regular.ttf"),
    ("NotoNaskhArabic", "NotoNaskhArabic-Regular.ttf"),
    ("NotoSansSundanese", "NotoSansSundanese-Regular.ttf"),
    ("NotoSansBalinese", "NotoSansBalinese-Regular.ttf"),
    ("NotoSansBuginese", "NotoSansBuginese-Regular.ttf"),
    ("NotoSansBatak", "NotoSansBatak-Regular.ttf"),
    ("NotoEmoji", "NotoEmoji-Regular.ttf"),
    ("NotoSansSymbols", "NotoSansSymbols-Regular.ttf"),
    ("NotoSansSymbols2", "NotoSansSymbols2-Regular.ttf"),
    ("DroidSansFallback", "DroidSansFallbackFull.ttf"),  # Chinese, Japanese
    ("SosmedHangul", "SosmedHangul-Regular.ttf"),  # Korean (NanumGothic's Hangul)
)
EMOJI = "NotoEmoji"
# Fonts whose overall height is set by a few rare tall symbols: they do not widen lines.
SYMBOL_FONTS = ("NotoSansSymbols", "NotoSansSymbols2")
# Scripts whose words a space keeps in one run (one shaping, one right-to-left order);
# elsewhere spaces are Noto Sans's (Noto Emoji's space is as wide as an emoji).
SCRIPT_FONTS = {name for name, _ in FALLBACKS[:6]}
CLUSTER = regex.compile(r"\X")
RTL = regex.compile(r"[\p{Bidi_Class=R}\p{Bidi_Class=AL}]")
PICTOGRAPHIC = regex.compile(r"\p{Extended_Pictographic}|\u20e3|[\U0001F1E6-\U0001F1FF]")
_lock = threading.RLock()


@cache
def font(name: str) -> TTFont:
    """A bundled font by name, registered with ReportLab on first use."""
    files = {REGULAR: "NotoSans-Regular.ttf", BOLD: "NotoSans-Bold.ttf", **dict(FALLBACKS)}
    with _lock:
        loaded = TTFont(name, str(FONTS_DIR / files[name]))
        pdfmetrics.registerFont(loaded)
        if name == REGULAR:
            font(BOLD)
            pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                          boldItalic=BOLD)  # fmt: skip
        return loaded


def _invisible(ch: str) -> bool:
    """Characters drawn as nothing: joiners, variation selectors, bidi marks."""
    return unicodedata.category(ch) == "Cf" or 0xFE00 <= ord(ch) <= 0xFE0F or ch in "\t"


def _covers(name: str, cluster: str) -> bool:
    glyphs = font(name).face.charToGlyph
    return all(ord(ch) in glyphs or _invisible(ch) for ch in cluster)


@lru_cache(maxsize=1 << 16)
def font_for(cluster: str, base: str = REGULAR) -> str | None:
    """The font that draws `cluster` (None: none of the bundled fonts)."""
    if all(_invisible(ch) for ch in cluster) or cluster.isspace():
        return base
    pictographic = PICTOGRAPHIC.search(cluster) is not None and (
        "\ufe0f" in cluster or unicodedata.east_asian_width(cluster[0]) == "W"
    )
    order = [name for name, _ in FALLBACKS]
    if pictographic:  # an emoji sequence: the emoji font, not a text symbol font
        order.remove(EMOJI)
        order.insert(0, EMOJI)
    for name in (base, *order):
        if _covers(name, cluster):
            return name
    return None


def undrawable(text: str) -> list[str]:
    """The distinct clusters of `text` no bundled font can draw, in order of appearance."""
    found: list[str] = []
    for cluster in CLUSTER.findall(text):
        missing = cluster not in ("\n", "\r\n", "\r") and font_for(cluster) is None
        if missing and cluster not in found:
            found.append(cluster)
    return found


def describe(cluster: str) -> str:
    """A cluster as the officer can find it: the character and its code points."""
    return f"{cluster} ({' '.join(f'U+{ord(ch):04X}' for ch in cluster)})"


@dataclass
class Run:
    """Text in one font and direction, shaped when the script needs it."""

    text: str
    font: str
    size: float
    rtl: bool = False
    shaped: str = ""
    width: float = 0.0
    spanned: bool = False

    def __post_init__(self) -> None:
        needs_shaping = self.font not in (REGULAR, BOLD) or any(
            unicodedata.category(ch).startswith("M") or _invisible(ch) for ch in self.text
        )
        # Shaped glyphs may not map back to characters, and ReportLab's ToUnicode map
        # garbles characters beyond U+FFFF (emoji): such a run carries its own text.
        self.spanned = needs_shaping
        if needs_shaping:
            with _lock:  # HarfBuzz glyphs without a character get one in the font's state
                self.shaped = shapeStr(self.text, self.font, self.size)
            data = getattr(self.shaped, "__shapeData__", None)
            if data is not None:
                self.width = sum(d.x_advance for d in data) * self.size / 1000
                return
        else:
            self.shaped = self.text
        self.width = pdfmetrics.stringWidth(self.shaped, self.font, self.size)


@dataclass
class Line:
    """A laid-out line: runs in visual order, its width, and right-to-left or not."""

    runs: list[Run] = field(default_factory=list)
    rtl: bool = False

    @property
    def width(self) -> float:
        return sum(run.width for run in self.runs)

    def overhang(self, size: float) -> tuple[float, float]:
        """How far the line's scripts reach above and below Noto Sans's ascent and
        descent, in points (Javanese and Balinese hang deep below the baseline)."""
        base = font(REGULAR).face
        faces = [font(r.font).face for r in self.runs if r.font not in SYMBOL_FONTS]
        above = max((f.ascent - base.ascent for f in faces), default=0)
        below = max((base.descent - f.descent for f in faces), default=0)
        return max(0.0, above) * size / 1000, max(0.0, below) * size / 1000


def _breakable_after(cluster: str, following: str | None) -> bool:
    if cluster.isspace():
        return True
    if following is None:
        return False
    wide = ("W", "F")
    return (
        unicodedata.east_asian_width(cluster[0]) in wide
        or unicodedata.east_asian_width(following[0]) in wide
    ) and not following.isspace()


def _levels(paragraph: str) -> list[int]:
    """The bidi embedding level of each character (rules P2 to I2)."""
    storage = bidi.get_empty_storage()
    storage["base_level"] = bidi.get_base_level(paragraph)
    storage["base_dir"] = ("L", "R")[storage["base_level"]]
    bidi.get_embedding_levels(paragraph, storage)
    bidi.explicit_embed_and_overrides(storage)
    bidi.resolve_weak_types(storage)
    bidi.resolve_neutral_types(storage, False)
    bidi.resolve_implicit_levels(storage, False)
    return [ch["level"] for ch in storage["chars"]]


def _segments(
    clusters: list[str], levels: list[int], base: str, size: float
) -> list[tuple[str, str, int]]:
    """Consecutive clusters of one font and level, as (text, font, level)."""
    out: list[tuple[str, str, int]] = []
    for cluster, level in zip(clusters, levels, strict=True):
        name = font_for(cluster, base) or base
        if (
            cluster.isspace()
            and out
            and out[-1][1] in SCRIPT_FONTS
            and _covers(out[-1][1], cluster)
        ):
            name = out[-1][1]  # a space between words of a script stays in their run
        if out and out[-1][1] == name and out[-1][2] == level:
            out[-1] = (out[-1][0] + cluster, name, level)
        else:
            out.append((cluster, name, level))
    return out


def _visual(segments: list[tuple[str, str, int]], base_level: int, size: float) -> Line:
    """Runs of one line in display order (bidi rule L2)."""
    runs = [(Run(text, name, size, rtl=level % 2 == 1), level) for text, name, level in segments]
    if runs:
        top = max(level for _, level in runs)
        lowest_odd = min((level for _, level in runs if level % 2), default=top + 1)
        for depth in range(top, lowest_odd - 1, -1):
            i = 0
            while i < len(runs):
                if runs[i][1] >= depth:
                    j = i
                    while j < len(runs) and runs[j][1] >= depth:
                        j += 1
                    runs[i:j] = reversed(runs[i:j])
                    i = j
                else:
                    i += 1
    return Line([run for run, _ in runs], rtl=base_level % 2 == 1)


def layout(text: str, width: float, size: float, *, bold: bool = False) -> list[Line]:
    """Lines of `text` (hard line breaks kept) that fit `width` points at `size`."""
    base = BOLD if bold else REGULAR
    font(REGULAR)
    lines: list[Line] = []
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        paragraph = paragraph.replace("\t", "    ")
        clusters = CLUSTER.findall(paragraph)
        if RTL.search(paragraph):
            char_levels = _levels(paragraph)
            levels, at = [], 0
            for cluster in clusters:
                levels.append(char_levels[at])
                at += len(cluster)
            base_level = bidi.get_base_level(paragraph)
        else:
            levels, base_level = [0] * len(clusters), 0
        lines += _break(clusters, levels, base_level, base, width, size)
    return lines


def _break(
    clusters: list[str], levels: list[int], base_level: int, base: str, width: float, size: float
) -> list[Line]:
    """Greedy line breaking of one paragraph at its break opportunities."""
    words: list[tuple[int, int]] = []  # cluster ranges ending at a break opportunity
    start = 0
    for i, cluster in enumerate(clusters):
        following = clusters[i + 1] if i + 1 < len(clusters) else None
        if _breakable_after(cluster, following) or following is None:
            words.append((start, i + 1))
            start = i + 1
    if not words:
        return [Line(rtl=base_level % 2 == 1)]

    def measure(a: int, b: int) -> float:
        return sum(
            Run(t, f, size).width for t, f, _ in _segments(clusters[a:b], levels[a:b], base, size)
        )

    def line(a: int, b: int) -> Line:
        while b > a and clusters[b - 1].isspace():
            b -= 1  # trailing spaces take no room (rule L1)
        return _visual(_segments(clusters[a:b], levels[a:b], base, size), base_level, size)

    out: list[Line] = []
    line_start, used = 0, 0.0
    for a, b in words:
        word = measure(a, b)
        trimmed = b
        while trimmed > a and clusters[trimmed - 1].isspace():
            trimmed -= 1
        fits = used + measure(a, trimmed) <= width if trimmed > a else True
        if fits or a == line_start:
            if not fits:  # a word wider than the line on its own: cut between clusters
                cut = a
                while cut < trimmed:
                    end = cut + 1
                    while end < trimmed and measure(cut, end + 1) <= width:
                        end += 1
                    out.append(line(cut, end))
                    cut = end
                line_start, used = b, 0.0
                continue
            used += word
            continue
        out.append(line(line_start, a))
        line_start, used = a, word
    if line_start < len(clusters) or not out:
        out.append(line(line_start, len(clusters)))
    return out
