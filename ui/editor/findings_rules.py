"""Wording of the findings about a platform's own rules and about spelling.

Kept beside `findings.py` (which words the other checks) so each group of
checks has its sentences in one place; `findings.describe_code` asks here for
the codes it does not know.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

translate = QCoreApplication.translate


def counting_unit(counting: str) -> str:
    """What a caption's count is counted in, for a platform's counting rule."""
    if counting == "utf8_bytes":
        return translate("Findings", "bytes")
    if counting == "x_weighted":
        return translate("Findings", "characters as X counts them")
    if counting == "threads":
        return translate("Findings", "characters (an emoji counts its bytes)")
    return translate("Findings", "characters")


def _field(params: dict[str, Any]) -> str:
    if params.get("field") == "title":
        return translate("Findings", "the title")
    return translate("Findings", "the caption")


def describe_rule_code(code: str, params: dict[str, Any]) -> str | None:
    """The sentence for a platform-rule or spelling finding; None for another code."""
    p = params
    n = QLocale().toString
    messages: dict[str, Callable[[], str]] = {
        "caption_too_long": lambda: translate(
            "Findings", "Caption too long: {count} {unit}, the limit is {limit}."
        ).format(count=n(p["count"]), unit=counting_unit(p["counting"]), limit=n(p["limit"])),
        "caption_over_soft_limit": lambda: translate(
            "Findings",
            "Caption longer than {limit} {unit} ({count}): the app warns, shorten it if you can.",
        ).format(count=n(p["count"]), unit=counting_unit(p["counting"]), limit=n(p["limit"])),
        "too_many_links": lambda: translate(
            "Findings", "Too many links: {count}, at most {limit}."
        ).format(count=n(p["count"]), limit=n(p["limit"])),
        "forbidden_characters": lambda: translate(
            "Findings", "The platform refuses {chars} in {field}."
        ).format(chars=" ".join(p["characters"]), field=_field(p)),
        "invalid_characters": lambda: translate(
            "Findings", "X refuses a post holding these invisible characters: {codes}."
        ).format(codes=", ".join(p["codes"])),
        "title_too_long": lambda: translate(
            "Findings", "Title too long for this platform: {count} characters, at most {limit}."
        ).format(count=n(p["count"]), limit=n(p["limit"])),
        "nonstandard_word": lambda: translate(
            "Findings", "“{word}” is not standard Indonesian. Bentuk baku: {standard}."
        ).format(word=p["word"], standard=p["standard"]),
        "unknown_words": lambda: translate(
            "Findings", "Words the dictionary does not know: {words}. Check the spelling."
        ).format(words=", ".join(f"“{w}”" for w in p["words"])),
    }
    build = messages.get(code)
    return build() if build is not None else None
