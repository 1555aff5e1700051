"""The words of the results: each measure's name, and the wording of the results' error codes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from sosmed_desktop.errors import DomainError

translate = QCoreApplication.translate


def field_label(name: str) -> str:
    """A results field as the officer reads it ("Jangkauan" for reach); the name if unknown."""
    labels = {
        "post_id": translate("Results", "Post id"),
        "link": translate("Results", "Link"),
        "published_at": translate("Results", "Publish time"),
        "title": translate("Results", "Title or text"),
        "reach": translate("Results", "Reach"),
        "impressions": translate("Results", "Impressions"),
        "views": translate("Results", "Views"),
        "reactions": translate("Results", "Reactions / likes"),
        "comments": translate("Results", "Comments"),
        "shares": translate("Results", "Shares"),
        "saves": translate("Results", "Saves"),
        "clicks": translate("Results", "Link clicks"),
    }
    return labels.get(name, name)


PLATFORM_NAMES = {
    "facebook": "Facebook",
    "instagram": "Instagram",
    "x": "X",
    "tiktok": "TikTok",
    "youtube": "YouTube",
    "threads": "Threads",
    "linkedin": "LinkedIn",
}
"""The platforms whose exports the results know (their names are not translated)."""


def platform_name(code: str) -> str:
    return PLATFORM_NAMES.get(code, code)


def figures_text(figures: dict[str, int]) -> str:
    """ "Jangkauan 1.100 · Tayangan 1.750 · Suka 20", in the order of `METRICS`."""
    from sosmed_desktop.domain.results import METRICS
    from ui.i18n import number_text

    return " · ".join(
        f"{field_label(m)} {number_text(figures[m])}" for m in METRICS if m in figures
    )


def result_messages(exc: DomainError) -> dict[str, Callable[[], str]]:
    """Messages of the results' error codes, for `ui.errors.describe`."""
    p = exc.params
    rows = int(p.get("count", 0))  # lupdate only finds a plural whose count is a plain name
    return {
        "results_format_unknown": lambda: translate(
            "Errors",
            "The columns of {name} are not those of an export the app knows. Choose the "
            "platform and say which column holds what; the app remembers it for that "
            "platform's next file.",
        ).format(name=p.get("name", "")),
        "results_platform_required": lambda: translate(
            "Errors", "Choose the platform the file comes from."
        ),
        "results_platform_unknown": lambda: translate(
            "Errors",
            "There is no platform “{platform}”; name one of facebook, instagram, x, tiktok, "
            "youtube, threads, linkedin.",
        ).format(platform=p.get("platform", "")),
        "results_mapping_incomplete": lambda: translate(
            "Errors",
            "Say which column holds the post's link, id or publish time, and at least one "
            "figure (reach, views …).",
        ),
        "results_field_unknown": lambda: translate(
            "Errors", "A column is mapped to something the results do not hold ({detail})."
        ).format(detail=p.get("detail", "")),
        "results_rows": lambda: translate(
            "Errors", "%n row(s) of the file have problems, so nothing was imported.", "", rows
        ),
        "bad_column": lambda: translate(
            "Errors", "Write each column as HEADER=FIELD ({detail})."
        ).format(detail=p.get("detail", "")),
    }
