"""Turning domain errors into messages in the officer's language, and showing them.

This is the one place that knows the wording of every error code the core
raises; the core only supplies the code and its parameters.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from sosmed_desktop.errors import DomainError
from ui.labels import platform_short, status_label

translate = QCoreApplication.translate


def describe(exc: DomainError) -> str:
    """The translated message for a domain error."""
    p = exc.params
    messages = {
        "data_dir": lambda: translate(
            "Errors", "The data folder {path} cannot be used: {detail}"
        ).format(**p),
        "disk_full": lambda: translate(
            "Errors",
            "The disk holding {path} is full. Free some space and try again; nothing was changed.",
        ).format(**p),
        "network_path": lambda: translate(
            "Errors",
            "The database {path} is on a network drive. SQLite cannot lock files "
            "reliably there, so data could be lost. Keep the data folder on this PC, "
            "or let the team use a shared PostgreSQL server (Settings → Database).",
        ).format(**p),
        "database_corrupt": lambda: translate(
            "Errors",
            "The database {path} is damaged or is not a Sosmed Desktop database ({detail}). "
            "It was left untouched.",
        ).format(**p),
        "database_foreign": lambda: translate(
            "Errors",
            "The file {path} is a database of another program. It was left untouched; "
            "choose another data folder.",
        ).format(**p),
        "database_too_new": lambda: translate(
            "Errors",
            "The database {path} was made by a newer version of Sosmed Desktop. "
            "Install the newer version to open it; the file was left untouched.",
        ).format(**p),
        "database_locked": lambda: translate(
            "Errors", "The database is busy in another program. Wait a moment and try again."
        ),
        "database": lambda: translate("Errors", "The database cannot be used: {detail}").format(
            **p
        ),
        "already_running": lambda: translate(
            "Errors", "Sosmed Desktop is already running with the data folder {path}."
        ).format(**p),
        "profile_name_required": lambda: translate("Errors", "Please enter your name."),
        "profile_department_required": lambda: translate("Errors", "Please enter your department."),
        "demo_not_empty": lambda: translate(
            "Errors",
            "Sample data can only be loaded into an empty calendar; this one already has posts.",
        ),
        "invalid": lambda: translate("Errors", "Invalid input: {detail}").format(**p),
        "not_found": lambda: translate(
            "Errors", "The item was not found; it may have been deleted."
        ),
        "conflict": lambda: translate(
            "Errors", "The change conflicts with the current data: {detail}"
        ).format(**p),
        "bad_image": lambda: translate(
            "Errors", "{name} cannot be used as an image: {detail}"
        ).format(**p),
        **_post_messages(p),
    }
    build = messages.get(exc.code)
    if build is None:
        return str(exc)
    try:
        return build()
    except (KeyError, IndexError):
        return str(exc)


def _post_messages(p: dict) -> dict[str, Callable[[], str]]:
    """Messages of the post, approval and search services."""
    return {
        "post_title_required": lambda: translate("Errors", "Please give the post a title."),
        "post_title_too_long": lambda: translate(
            "Errors", "The title is too long (at most {limit} characters)."
        ).format(**p),
        "tag_too_long": lambda: translate(
            "Errors", "A tag is too long (at most {limit} characters)."
        ).format(**p),
        "duplicate_platform": lambda: translate("Errors", "A platform is chosen twice."),
        "unknown_platform": lambda: translate(
            "Errors", "A chosen platform is no longer in the platform file: {detail}"
        ).format(**p),
        "program_not_found": lambda: translate(
            "Errors", "The chosen program no longer exists; choose another one."
        ),
        "media_not_found": lambda: translate(
            "Errors", "A photo of this post is no longer in the media library; remove it."
        ),
        "data_note_not_found": lambda: translate("Errors", "A cited data note no longer exists."),
        "bad_recipe": lambda: translate("Errors", "An image edit of this post is damaged."),
        "unknown_checklist_item": lambda: translate(
            "Errors", "The checklist holds an item this version does not know."
        ),
        "new_post_status": lambda: translate("Errors", "A new post starts as an idea or a draft."),
        "naive_datetime": lambda: translate("Errors", "A time without a time zone was given."),
        "post_not_found": lambda: translate(
            "Errors", "This post no longer exists (it may have been moved to the trash)."
        ),
        "post_stale": lambda: translate(
            "Errors",
            "This post was changed elsewhere (for example moved on the calendar) since it "
            "was opened. Nothing was saved; your text is kept in the editor.",
        ),
        "stale": lambda: translate(
            "Errors", "The item was changed elsewhere since it was opened. Nothing was saved."
        ),
        "post_content_frozen": lambda: translate(
            "Errors",
            "A post that is {status} is the record of what went out: its captions, photos "
            "and time can no longer change.",
        ).format(status=status_label(p.get("status", ""))),
        "status_needs_action": lambda: translate(
            "Errors", "This status is set with its own button (submit, approve, …)."
        ),
        "status_not_allowed": lambda: translate(
            "Errors", "A post cannot go from “{current}” to “{target}”."
        ).format(
            current=status_label(p.get("current", "")), target=status_label(p.get("target", ""))
        ),
        "no_platforms": lambda: translate(
            "Errors", "Choose at least one platform before submitting."
        ),
        "checklist_incomplete": lambda: translate(
            "Errors",
            "Tick every point of the checklist before submitting; %n point(s) still open.",
            "",
            len(p.get("missing", ())),
        ),
        "content_errors": lambda: translate(
            "Errors",
            "The content checks found problems the platform would refuse:\n{findings}",
        ).format(findings=_findings_text(p.get("findings", ()))),
        "reviewer_required": lambda: translate("Errors", "Enter the reviewer's name."),
        "revision_comment_required": lambda: translate(
            "Errors", "Say what should be revised: the comment goes back to the author."
        ),
        "not_approved": lambda: translate("Errors", "This post is not approved."),
        "approval_mismatch": lambda: translate(
            "Errors",
            "This post changed after its approval; it needs approval again before it "
            "can be published or exported.",
        ),
        "published_at_required": lambda: translate("Errors", "When was it published?"),
        "published_in_future": lambda: translate(
            "Errors", "The publication time is in the future."
        ),
        "bad_url": lambda: translate(
            "Errors", "The link must be a web address starting with https:// or http://."
        ),
        "search_query_invalid": lambda: translate(
            "Errors", "The search text could not be used; try other words."
        ),
        "sensitive_word_too_long": lambda: translate(
            "Errors", "A sensitive word is too long (at most {limit} characters)."
        ).format(**p),
    }


def _findings_text(findings: list[dict]) -> str:
    from ui.editor.findings import describe_code

    lines = []
    for item in findings:
        params = {k: v for k, v in item.items() if k not in ("code", "platform")}
        lines.append(f"• {platform_short(item.get('platform') or '')}: "
                     f"{describe_code(item.get('code', ''), params)}")  # fmt: skip
    return "\n".join(lines)


def show_error(parent: QWidget | None, exc: DomainError, title: str | None = None) -> None:
    """Show a domain error in a message box."""
    QMessageBox.warning(parent, title or translate("Errors", "Sosmed Desktop"), describe(exc))
