"""Content checks of a platform's own rules: length as it counts, hashtags, links,
forbidden characters and the title.

Pure functions of the text and the platform's spec, like every content check
(`domain/content_checks.py` runs them for each platform).  A finding that the
platform would refuse is an error; TikTok's warning past 2,000 characters is a
warning.  Lengths are counted by the spec's counting rule (`count_caption`), so
the finding's ``count`` is the very figure the editor's counter shows.
"""

from __future__ import annotations

from sosmed_desktop.domain.captions import Span, caption_facts, caption_stats, graphemes
from sosmed_desktop.domain.content_findings import Finding, Severity
from sosmed_desktop.domain.platforms import Counting, PlatformSpec
from sosmed_desktop.domain.x_length import x_length


def _forbidden_spans(text: str, characters: str) -> list[Span]:
    return [Span(i, i + 1) for i, char in enumerate(text) if char in characters]


def check_caption_limits(text: str, spec: PlatformSpec) -> list[Finding]:
    """Too long (as the platform counts), too many hashtags or links, characters refused."""
    stats = caption_stats(text, spec)
    facts = caption_facts(text)
    findings = []
    counted = {"count": stats.characters, "counting": stats.counting.value}
    if stats.over_character_limit:
        params = {**counted, "limit": stats.character_limit}
        findings.append(Finding("caption_too_long", Severity.ERROR, params))
    elif stats.over_soft_limit:
        params = {**counted, "limit": stats.soft_limit}
        findings.append(Finding("caption_over_soft_limit", Severity.WARNING, params))
    if stats.hashtag_limit is not None and stats.over_hashtag_limit:
        findings.append(
            Finding(
                "too_many_hashtags",
                Severity.ERROR,
                {"count": stats.hashtags, "limit": stats.hashtag_limit},
                tuple(Span(t.start, t.end) for t in facts.tags[stats.hashtag_limit :]),
            )
        )
    if stats.link_limit is not None and stats.over_link_limit:
        findings.append(
            Finding(
                "too_many_links",
                Severity.ERROR,
                {"count": stats.urls, "limit": stats.link_limit},
                tuple(Span(link.start, link.end) for link in facts.links[stats.link_limit :]),
            )
        )
    findings += _refused_characters(text, spec, "caption")
    return findings


def _refused_characters(text: str, spec: PlatformSpec, field: str) -> list[Finding]:
    """The spec's forbidden characters, and on X the characters that make a post invalid."""
    findings = []
    spans = _forbidden_spans(text, spec.forbidden_characters)
    if spans:
        chars = sorted({text[s.start] for s in spans})
        params = {"field": field, "characters": chars, "count": len(spans)}
        findings.append(Finding("forbidden_characters", Severity.ERROR, params, tuple(spans)))
    if spec.counting is Counting.X_WEIGHTED and field == "caption":
        invalid = x_length(text, caption_facts(text).links).invalid_at
        if invalid:
            params = {
                "count": len(invalid),
                "codes": sorted({f"U+{ord(text[i]):04X}" for i in invalid}),
            }
            spans = tuple(Span(i, i + 1) for i in invalid)
            findings.append(Finding("invalid_characters", Severity.ERROR, params, spans))
    return findings


def check_title(title: str, spec: PlatformSpec) -> list[Finding]:
    """The post's title where the platform posts one (YouTube, TikTok): length and characters.

    The title's findings carry no caption span: the editor points at the title field.
    """
    if spec.title_limit is None:
        return []
    findings = []
    count = graphemes(title)
    if count > spec.title_limit:
        params = {"field": "title", "count": count, "limit": spec.title_limit}
        findings.append(Finding("title_too_long", Severity.ERROR, params))
    for finding in _refused_characters(title, spec, "title"):
        findings.append(Finding(finding.code, finding.severity, finding.params))
    return findings
