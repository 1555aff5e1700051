"""Content checks (Pemeriksaan Konten): what a caption and its images must not break.

Every check is a pure function of the text, the platform's spec and facts about
the images, so the editor can run them on each keystroke and the submit step
runs exactly the same ones.  A finding carries a code, a severity and the
parameters of its message (the UI words it), plus the spans of the caption to
highlight.  Severities: an *error* blocks submitting for approval (the platform
would refuse the post), a *warning* needs the officer's judgement (personal
data, a sensitive word, an image that will be cropped), a *suggestion* is
advice (cite the source of a figure).

The government guidance (SE MenPANRB 137/2018, UU 27/2022 on personal data) also
asks for things no program can judge; they are the `CHECKLIST` the officer ticks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex

from sosmed_desktop.domain.captions import Span, find_hashtags, find_urls
from sosmed_desktop.domain.content_findings import Finding, Severity
from sosmed_desktop.domain.platform_rules import check_caption_limits
from sosmed_desktop.domain.platforms import PlatformSpec
from sosmed_desktop.domain.spelling_checks import Speller, find_spelling


@dataclass(frozen=True)
class ImageFacts:
    """What the checks need to know of one image as it will be posted."""

    width: int
    height: int
    size_bytes: int
    media_id: int | None = None


@dataclass(frozen=True)
class ChecklistItem:
    """A point of the government guidance that the officer confirms before submitting."""

    code: str
    text: str
    source: str


CHECKLIST: tuple[ChecklistItem, ...] = (
    ChecklistItem(
        "source_verified",
        "The information has a clear source and has been verified",
        "SE MenPANRB 137/2018",
    ),
    ChecklistItem(
        "non_partisan",
        "The content is neutral and non-partisan (no party, candidate or campaign)",
        "SE MenPANRB 137/2018",
    ),
    ChecklistItem(
        "no_sara_hoax",
        "No SARA content, hoax, slander, provocation or pornography",
        "SE MenPANRB 137/2018",
    ),
    ChecklistItem(
        "no_confidential",
        "No confidential or internal state information",
        "PermenPAN-RB 83/2012",
    ),
    ChecklistItem(
        "no_personal_data",
        "No personal data (NIK, phone numbers, addresses, plates, children's faces "
        "without consent)",
        "UU 27/2022",
    ),
)
CHECKLIST_CODES = frozenset(item.code for item in CHECKLIST)

# --- personal data ---------------------------------------------------------------

NIK = regex.compile(r"(?<![\p{N}\p{L}])\d{16}(?![\p{N}\p{L}])")
# Province codes of Indonesia (the first two digits of a NIK).
NIK_PROVINCES = frozenset(
    {11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63,
     64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96}
)  # fmt: skip
PHONE = regex.compile(
    r"(?<![\p{N}\p{L}+])(?:\+62|62|0)[\s.-]?(?:\(0\)[\s.-]?)?(8(?:[\s.-]?\d){8,11})(?![\p{N}])"
)
EMAIL = regex.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
# Regional codes of Indonesian plates; a plate is "B 1234 KZX": code, 1-4 digits, 1-3 letters.
PLATE_REGIONS = (
    "A", "B", "D", "E", "F", "G", "H", "K", "L", "M", "N", "P", "R", "S", "T", "W", "Z",
    "AA", "AB", "AD", "AE", "AG", "BA", "BB", "BD", "BE", "BG", "BH", "BK", "BL", "BM", "BN",
    "BP", "DA", "DB", "DC", "DD", "DE", "DG", "DH", "DK", "DL", "DM", "DN", "DR", "DS", "DT",
    "DW", "EA", "EB", "ED", "KB", "KH", "KT", "KU", "PA", "PB", "PG",
)  # fmt: skip
PLATE = regex.compile(
    r"(?<![\p{L}\p{N}])(?:" + "|".join(sorted(PLATE_REGIONS, key=len, reverse=True)) + r")"
    r" ?\d{1,4} ?[A-Z]{1,3}(?![\p{L}\p{N}])"
)

# --- figures -----------------------------------------------------------------------

NUMBER = regex.compile(r"(?<![\p{L}\p{N}#@_/.,:-])\d+(?:[.,]\d+)*(?:\s?(?:%|persen\b))?", regex.I)
MONTHS = frozenset({
    "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
    "oktober", "november", "desember", "jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt",
    "sep", "okt", "nov", "des",
})  # fmt: skip
AFTER_NUMBER = regex.compile(r"\s*(\p{L}+)")
TIME_OF_DAY = regex.compile(r"\d{1,2}[.:]\d{2}$")


def _nik_plausible(digits: str) -> bool:
    """Province code, day of birth (women add 40), month and a serial above zero."""
    day, month = int(digits[6:8]), int(digits[8:10])
    if day > 40:
        day -= 40
    return (
        int(digits[:2]) in NIK_PROVINCES
        and 1 <= day <= 31
        and 1 <= month <= 12
        and digits[12:] != "0000"
    )


def find_personal_data(text: str) -> list[Finding]:
    """NIK, Indonesian phone numbers, e-mail addresses and vehicle plates in `text`."""
    found: dict[str, list[Span]] = {"nik": [], "phone": [], "email": [], "plate": []}
    for match in NIK.finditer(text):
        if _nik_plausible(match.group(0)):
            found["nik"].append(Span(*match.span()))
    taken = list(found["nik"])
    for match in EMAIL.finditer(text):
        found["email"].append(Span(*match.span()))
    taken += found["email"]
    for match in PHONE.finditer(text):
        span = Span(*match.span())
        if not _overlaps(span, taken):
            found["phone"].append(span)
    taken += found["phone"]
    url_spans = find_urls(text)
    for match in PLATE.finditer(text):
        span = Span(*match.span())
        if not _overlaps(span, taken) and not _overlaps(span, url_spans):
            found["plate"].append(span)
    return [
        Finding(
            code=f"personal_{kind}",
            severity=Severity.WARNING,
            params={"count": len(spans), "matches": [text[s.start : s.end] for s in spans]},
            spans=tuple(spans),
        )
        for kind, spans in found.items()
        if spans
    ]


def _overlaps(span: Span, others: Iterable[Span]) -> bool:
    return any(span.start < o.end and o.start < span.end for o in others)


# --- sensitive words ---------------------------------------------------------------


def parse_word_list(text: str) -> tuple[str, ...]:
    """Words and phrases of a word-list file: one a line, '#' starts a comment line."""
    words = []
    seen = set()
    for line in text.splitlines():
        word = " ".join(line.split())
        if not word or word.startswith("#") or word.casefold() in seen:
            continue
        seen.add(word.casefold())
        words.append(word)
    return tuple(words)


def compile_words(words: Sequence[str]) -> regex.Pattern[str] | None:
    """One pattern matching any of `words` as whole words, ignoring case."""
    parts = [r"\s+".join(regex.escape(piece) for piece in word.split()) for word in words if word]
    if not parts:
        return None
    parts.sort(key=len, reverse=True)
    return regex.compile(
        r"(?<![\p{L}\p{N}_])(?:" + "|".join(parts) + r")(?![\p{L}\p{N}_])",
        regex.IGNORECASE | regex.V1,
    )


def find_sensitive_words(text: str, pattern: regex.Pattern[str] | None) -> list[Finding]:
    """One warning listing every sensitive word or phrase found."""
    if pattern is None:
        return []
    spans = [Span(*m.span()) for m in pattern.finditer(text)]
    if not spans:
        return []
    words = sorted({text[s.start : s.end].casefold() for s in spans})
    return [
        Finding(
            "sensitive_word", Severity.WARNING, {"count": len(spans), "words": words}, tuple(spans)
        )
    ]


# --- figures without a source --------------------------------------------------------


def find_figures(text: str) -> list[Span]:
    """Numbers that look like figures: not years, dates, times, counts below ten,
    ordinals ("ke-77"), or parts of hashtags, links and personal data."""
    excluded = [h.span for h in find_hashtags(text)] + find_urls(text)
    excluded += [s for f in find_personal_data(text) for s in f.spans]
    spans = []
    for match in NUMBER.finditer(text):
        span = Span(*match.span())
        token = match.group(0)
        if _overlaps(span, excluded) or text[max(0, span.start - 3) : span.start].lower() == "ke-":
            continue
        percent = token.endswith("%") or token.lower().endswith("persen")
        digits = regex.sub(r"[^\d]", "", token)
        if TIME_OF_DAY.match(token):
            continue
        following = AFTER_NUMBER.match(text, span.end)
        if following and following.group(1).lower() in MONTHS:
            continue  # a date: "17 Agustus"
        plain = regex.fullmatch(r"\d+", token) is not None
        if plain and 1900 <= int(token) <= 2100:
            continue  # a year
        if percent or not plain or int(digits) >= 10:
            spans.append(span)
    return spans


def find_uncited_figures(text: str, data_cited: bool) -> list[Finding]:
    """Suggest citing a data note when the caption states figures and none is cited."""
    if data_cited:
        return []
    spans = find_figures(text)
    if not spans:
        return []
    figures = [text[s.start : s.end] for s in spans]
    return [Finding("cite_data_source", Severity.SUGGESTION, {"figures": figures}, tuple(spans))]


# --- images ---------------------------------------------------------------------------


def check_images(images: Sequence[ImageFacts], spec: PlatformSpec) -> list[Finding]:
    """Too many images, and each image's ratio, width and file size against the spec."""
    findings = []
    if spec.max_images is not None and len(images) > spec.max_images:
        findings.append(
            Finding(
                "too_many_images", Severity.ERROR, {"count": len(images), "limit": spec.max_images}
            )
        )
    for number, image in enumerate(images, start=1):
        base = {"image": number, "media_id": image.media_id}
        ratio = image.width / image.height if image.height else 0.0
        low, high = spec.min_ratio, spec.max_ratio
        if (low is not None and ratio < low - 0.005) or (high is not None and ratio > high + 0.005):
            params = {**base, "ratio": round(ratio, 2), "min": low, "max": high}
            findings.append(Finding("image_ratio", Severity.WARNING, params))
        if spec.min_image_width is not None and image.width < spec.min_image_width:
            params = {**base, "width": image.width, "min": spec.min_image_width}
            findings.append(Finding("image_too_narrow", Severity.WARNING, params))
        if spec.max_image_bytes is not None and image.size_bytes > spec.max_image_bytes:
            params = {**base, "bytes": image.size_bytes, "limit": spec.max_image_bytes}
            findings.append(Finding("image_too_large", Severity.WARNING, params))
    return findings


def check_variant(
    text: str,
    spec: PlatformSpec,
    images: Sequence[ImageFacts] = (),
    *,
    sensitive: regex.Pattern[str] | None = None,
    data_cited: bool = False,
    speller: Speller | None = None,
) -> list[Finding]:
    """Every check for one platform's caption and images, each finding tagged with it.

    `speller` adds the spelling findings (non-standard forms, unknown words).
    """
    findings = [
        *check_caption_limits(text, spec),
        *check_images(images, spec),
        *find_personal_data(text),
        *find_sensitive_words(text, sensitive),
        *find_uncited_figures(text, data_cited),
        *find_spelling(text, speller),
    ]
    return [Finding(f.code, f.severity, f.params, f.spans, spec.code) for f in findings]


def has_errors(findings: Iterable[Finding]) -> bool:
    """Whether any finding blocks submitting."""
    return any(f.severity is Severity.ERROR for f in findings)
