"""The words of the content checks: findings, severities and the guidance checklist.

The core's findings carry a code and parameters; this is the one place that
turns them into the officer's language (the submit error lists them too).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor

from sosmed_desktop.domain.content_checks import CHECKLIST, Finding, Severity
from ui.editor.findings_rules import describe_rule_code
from ui.workflow.approval_words import personal_kind

translate = QCoreApplication.translate

SEVERITY_COLOURS = {
    Severity.ERROR: "#c0392b",
    Severity.WARNING: "#b9770e",
    Severity.SUGGESTION: "#1f4e79",
}
# Highlight behind matched text in the caption (personal data, sensitive words ...).
HIGHLIGHT_COLOURS = {
    Severity.ERROR: "#f6c6c0",
    Severity.WARNING: "#fde3a7",
    Severity.SUGGESTION: "#d6e6f5",
}


def severity_label(severity: Severity) -> str:
    """The officer-facing name of a severity."""
    return {
        Severity.ERROR: translate("Findings", "Error"),
        Severity.WARNING: translate("Findings", "Warning"),
        Severity.SUGGESTION: translate("Findings", "Suggestion"),
    }[severity]


def severity_colour(severity: Severity) -> QColor:
    return QColor(SEVERITY_COLOURS[severity])


def _number(value: Any) -> str:
    if isinstance(value, float):
        return QLocale().toString(value, "f", 2)
    if isinstance(value, int):
        return QLocale().toString(value)
    return str(value)


def _quoted(items: Any) -> str:
    return ", ".join(f"“{item}”" for item in items or ())


def _ratio(value: float | None) -> str:
    return QLocale().toString(value, "f", 2) if value is not None else "–"


def _personal(text: str, matches: Any) -> str:
    """A personal-data error: what was found, and the two ways out."""
    hint = translate(
        "Findings", "Remove it, or record an exception with the reason (e.g. written consent)."
    )
    return f"{text.format(matches=_quoted(matches))} {hint}"


def describe_code(code: str, params: dict[str, Any]) -> str:
    """One sentence for a finding code and its parameters."""
    p = params
    n = _number
    messages: dict[str, Callable[[], str]] = {
        "too_many_hashtags": lambda: translate(
            "Findings", "Too many hashtags: {count}, at most {limit}."
        ).format(count=n(p["count"]), limit=n(p["limit"])),
        "too_many_images": lambda: translate(
            "Findings", "Too many images: {count}, at most {limit}."
        ).format(count=n(p["count"]), limit=n(p["limit"])),
        "image_ratio": lambda: translate(
            "Findings",
            "Image {image}: ratio {ratio} is outside {min} … {max}; the feed will crop it.",
        ).format(
            image=p["image"], ratio=_ratio(p["ratio"]), min=_ratio(p["min"]), max=_ratio(p["max"])
        ),
        "image_too_narrow": lambda: translate(
            "Findings", "Image {image} is {width} px wide; at least {min} px is needed."
        ).format(image=p["image"], width=n(p["width"]), min=n(p["min"])),
        "image_too_large": lambda: translate(
            "Findings", "Image {image} is {size} MB; the platform accepts at most {limit} MB."
        ).format(
            image=p["image"],
            size=_ratio(p["bytes"] / 1_000_000),
            limit=_ratio(p["limit"] / 1_000_000),
        ),
        "personal_nik": lambda: _personal(
            translate("Findings", "Personal data: a NIK (ID number) {matches}."), p.get("matches")
        ),
        "personal_kk": lambda: _personal(
            translate("Findings", "Personal data: a family card (KK) number {matches}."),
            p.get("matches"),
        ),
        "personal_phone": lambda: _personal(
            translate("Findings", "Personal data: a phone number {matches}."), p.get("matches")
        ),
        "personal_email": lambda: _personal(
            translate("Findings", "Personal data: an e-mail address {matches}."), p.get("matches")
        ),
        "personal_plate": lambda: _personal(
            translate("Findings", "Personal data: a vehicle plate {matches}."), p.get("matches")
        ),
        "personal_excepted": lambda: translate(
            "Findings", "Published by exception: {kind} “{match}”. Reason: {reason}"
        ).format(kind=personal_kind(p["kind"]), match=p["match"], reason=p["reason"]),
        "media_required": lambda: translate(
            "Findings", "{platform} shows only photos or videos: add at least one."
        ).format(platform=p["platform_name"]),
        "schedule_past": lambda: translate(
            "Findings", "The scheduled time has passed: the post would go out late."
        ),
        "sensitive_word": lambda: translate(
            "Findings", "Sensitive words: {words}. Check that the tone is right."
        ).format(words=_quoted(p.get("words"))),
        "cite_data_source": lambda: translate(
            "Findings", "Figures without a cited source: {figures}. Cite a data note."
        ).format(figures=_quoted(p.get("figures"))),
        "stale_data_note": lambda: translate(
            "Findings",
            "Out-of-date data: “{title}” is {days} days old, older than {limit} days. "
            "Look for newer figures before posting.",
        ).format(title=p["title"], days=n(p["days"]), limit=n(p["limit"])),
        "data_note_missing": lambda: translate(
            "Findings",
            "A cited data note was deleted meanwhile. Remove it under Sources to save the post.",
        ),
    }
    build = messages.get(code)
    try:
        if build is None:
            return describe_rule_code(code, params) or code
        return build()
    except (KeyError, TypeError, ZeroDivisionError):
        return code


def describe(finding: Finding) -> str:
    """The sentence shown in the checks panel for `finding`."""
    return describe_code(finding.code, finding.params)


def checklist_items() -> list[tuple[str, str, str]]:
    """(code, translated text, source) of each checklist point, in the declared order."""
    texts = {
        "source_verified": translate(
            "Checklist", "The information has a clear source and has been verified"
        ),
        "non_partisan": translate(
            "Checklist", "The content is neutral and non-partisan (no party, candidate or campaign)"
        ),
        "no_sara_hoax": translate(
            "Checklist", "No SARA content, hoax, slander, provocation or pornography"
        ),
        "no_confidential": translate("Checklist", "No confidential or internal state information"),
        "no_personal_data": translate(
            "Checklist",
            "No personal data (NIK, phone numbers, addresses, plates, children's faces "
            "without consent)",
        ),
    }
    return [(item.code, texts.get(item.code, item.text), item.source) for item in CHECKLIST]
