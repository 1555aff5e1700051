"""Content checks (Pemeriksaan Konten): what a caption and its images must not break.

Every check is a pure function of the text, the platform's spec and facts about
the images, so the editor can run them on each keystroke and the submit step
runs exactly the same ones.  A finding carries a code, a severity and the
parameters of its message (the UI words it), plus the spans of the caption to
highlight.  Severities: an *error* blocks submitting and approving (the platform
would refuse the post, a platform that shows only photos or videos has none, or
personal data is in it without a recorded exception), a *warning* needs the
officer's judgement and is listed to the head of department when approving (a
sensitive word, an image that will be cropped, a time that has passed, personal
data published under a recorded exception), a *suggestion* is advice (cite the
source of a figure).

The government guidance (SE MenPANRB 137/2018, UU 27/2022 on personal data) also
asks for things no program can judge; they are the `CHECKLIST` the officer ticks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import regex

from sosmed_desktop.domain.captions import Span, find_hashtags, find_urls
from sosmed_desktop.domain.content_findings import Finding, Severity
from sosmed_desktop.domain.personal_data import KINDS, DataException, Match, find_matches
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

# Lengths and counts of a post's fields: the editor, the post service and the
# package format (`package_format.MANIFEST_SHAPE`) hold every post to the same.
TITLE_MAX = 300
TAG_MAX = 80
TAGS_MAX = 200
"""Tags of one post: far beyond any real post, well within a quick save and import."""

# --- figures -----------------------------------------------------------------------

NUMBER = regex.compile(r"(?<![\p{L}\p{N}#@_/.,:-])\d+(?:[.,]\d+)*(?:\s?(?:%|persen\b))?", regex.I)
MONTHS = frozenset({
    "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
    "oktober", "november", "desember", "jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt",
    "sep", "okt", "nov", "des",
})  # fmt: skip
AFTER_NUMBER = regex.compile(r"\s*(\p{L}+)")
TIME_OF_DAY = regex.compile(r"\d{1,2}[.:]\d{2}$")


SCHEDULE_PAST = "schedule_past"
PERSONAL_CODES = frozenset(f"personal_{kind}" for kind in KINDS)
EXCEPTED = "personal_excepted"
PERSONAL_CHECKLIST_ITEM = "no_personal_data"


def find_personal_data(text: str) -> list[Finding]:
    """One error per kind of personal data in `text` (`domain/personal_data.py`).

    Params: ``count``, ``matches`` (as typed) and ``keys`` (what an exception binds to).
    """
    by_kind: dict[str, list[Match]] = {}
    for match in find_matches(text):
        by_kind.setdefault(match.kind, []).append(match)
    return [_personal_finding(kind, found) for kind, found in by_kind.items()]


def _personal_finding(kind: str, found: Sequence[Match]) -> Finding:
    return Finding(
        code=f"personal_{kind}",
        severity=Severity.ERROR,
        params={
            "count": len(found),
            "matches": [m.text for m in found],
            "keys": [m.key for m in found],
        },
        spans=tuple(m.span for m in found),
    )


def apply_exceptions(
    findings: Iterable[Finding], exceptions: Iterable[DataException]
) -> list[Finding]:
    """Personal data the officer excepted becomes a warning that carries the reason.

    A personal-data error keeps only its matches without an exception; each
    excepted match is a ``personal_excepted`` warning (kind, match, reason, who),
    which the approval dialog and the sheet show to the head of department.
    """
    recorded = {(e.kind, e.key): e for e in exceptions}
    result: list[Finding] = []
    for finding in findings:
        if finding.code not in PERSONAL_CODES or not recorded:
            result.append(finding)
            continue
        kind = finding.code.removeprefix("personal_")
        open_matches: list[Match] = []
        for text, span in zip(finding.params["matches"], finding.spans, strict=True):
            match = Match(kind, text, span)
            exception = recorded.get((kind, match.key))
            if exception is None:
                open_matches.append(match)
                continue
            params = {"kind": kind, "match": text, "reason": exception.reason,
                      "by": exception.by, "at": exception.at}  # fmt: skip
            result.append(Finding(EXCEPTED, Severity.WARNING, params, (span,), finding.platform))
        if open_matches:
            shown = _personal_finding(kind, open_matches)
            result.append(
                Finding(shown.code, shown.severity, shown.params, shown.spans, finding.platform)
            )
    return result


def blocked_checklist(findings: Iterable[Finding]) -> frozenset[str]:
    """Checklist points that cannot be confirmed now: "no personal data" while any is open."""
    if any(f.code in PERSONAL_CODES and f.severity is Severity.ERROR for f in findings):
        return frozenset({PERSONAL_CHECKLIST_ITEM})
    return frozenset()


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
    if spec.requires_media and not images:
        findings.append(Finding("media_required", Severity.ERROR, {"platform_name": spec.name}))
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


def check_schedule(scheduled_at: datetime | None, now: datetime) -> list[Finding]:
    """A time that has passed: the officer (and the head) decide whether to go on.

    A warning, not an error: a post may still be uploaded late.  Submitting,
    approving and exporting each ask about it (the services refuse unless told
    ``allow_past``).
    """
    if scheduled_at is None or scheduled_at >= now:
        return []
    return [Finding(SCHEDULE_PAST, Severity.WARNING, {"scheduled_at": scheduled_at.isoformat()})]


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
