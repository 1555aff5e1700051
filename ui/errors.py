"""Turning domain errors into messages in the officer's language, and showing them.

This is the one place that knows the wording of every error code the core
raises; the core only supplies the code and its parameters.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from sosmed_desktop.errors import DomainError
from ui.directions.messages import direction_messages
from ui.labels import platform_short, status_label
from ui.packages.messages import package_messages
from ui.plain_text import plain_box
from ui.programs.words import program_messages
from ui.results.words import result_messages
from ui.spelling.messages import word_messages
from ui.team.errors import team_messages
from ui.team.server_errors import server_messages
from ui.workflow.approval_words import approval_messages

log = logging.getLogger(__name__)
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
        "database_unreachable": lambda: translate(
            "Errors",
            "The database server cannot be reached (stopped, or the network is down). "
            "Nothing was saved this time; what you typed is kept. Try again in a moment — "
            "the status bar shows when the server answers again.",
        ),
        "database_in_use": lambda: translate(
            "Errors",
            "The database is still open in another program (another copy of Sosmed Desktop?). "
            "Close it and try again; nothing was changed.",
        ),
        "backup_unusable": lambda: translate(
            "Errors",
            "The backup {path} cannot be restored: {detail}. Nothing was changed; choose "
            "another backup.",
        ).format(**p),
        "backup_schema_differs": lambda: translate(
            "Errors",
            "The backup {path} cannot be restored: it holds database objects this version of "
            "Sosmed Desktop does not create ({objects}). They could change or delete data at "
            "the next save. Nothing was changed; choose another backup.",
        ).format(**p),
        "database": lambda: translate("Errors", "The database cannot be used: {detail}").format(
            **p
        ),
        "profile_name_required": lambda: translate("Errors", "Please enter your name."),
        "profile_department_required": lambda: translate("Errors", "Please enter your department."),
        "account_name_too_long": lambda: translate(
            "Errors", "An account name has at most {limit} characters ({platform})."
        ).format(**p),
        "account_platform_unknown": lambda: translate(
            "Errors", "The platform “{platform}” is not in the platform file."
        ).format(**p),
        "demo_not_empty": lambda: translate(
            "Errors",
            "Sample data can only be loaded into an empty calendar; this one already has posts.",
        ),
        "invalid": lambda: translate("Errors", "Invalid input: {detail}").format(**p),
        "text_too_long": lambda: translate(
            "Errors",
            "A text is too long to be saved: at most {limit} characters fit here ({field}). "
            "Nothing was saved.",
        ).format(**p),
        "settings_unreadable": lambda: translate(
            "Errors",
            "The settings file {path} cannot be used ({detail}). It was left as it is: "
            "correct it, or move it away to start with default settings.",
        ).format(**p),
        "stale_days_range": lambda: translate(
            "Errors", "The age for out-of-date data must be {low} to {high} days."
        ).format(**p),
        "language_unknown": lambda: translate("Errors", "Unknown language."),
        "timezone_unknown": lambda: translate("Errors", "Unknown time zone."),
        "database_url_invalid": lambda: translate(
            "Errors",
            "The database address is incomplete. A team server is written like "
            "postgresql+psycopg://user@server/database.",
        ),
        "database_url_not_file": lambda: translate(
            "Errors",
            "A SQLite database must be given as a file with its full path, e.g. "
            "sqlite:///D:/SosmedData/sosmed.db.",
        ),
        "database_url_unsupported": lambda: translate(
            "Errors",
            "Only a SQLite file or a PostgreSQL server (postgresql+psycopg://…) can be used.",
        ),
        "not_found": lambda: translate(
            "Errors", "The item was not found; it may have been deleted."
        ),
        **_update_messages(p),
        "conflict": lambda: translate(
            "Errors", "The change conflicts with the current data: {detail}"
        ).format(**p),
        "bad_image": lambda: _bad_image(p),
        "lead_times_invalid": lambda: translate(
            "Errors",
            "Choose at most six reminder times, each between 1 minute and 30 days before the post.",
        ),
        "clock_time_invalid": lambda: translate(
            "Errors", "Enter a time as hours and minutes, for example 07:30."
        ),
        "approval_wait_invalid": lambda: translate(
            "Errors", "The approval wait must be between 1 and 720 hours (or turned off)."
        ),
        "snooze_in_past": lambda: translate(
            "Errors", "A reminder can only be snoozed until a later time."
        ),
        "reminder_done": lambda: translate(
            "Errors", "This reminder is already done; it cannot be snoozed."
        ),
        "render_too_large": lambda: translate(
            "Errors",
            "The image cannot be made small enough for the platform's limit of {limit} bytes. "
            "Choose a smaller preset.",
        ).format(**p),
        "studio_not_image": lambda: translate(
            "Errors", "Only photos can be edited in the studio; videos travel unedited."
        ),
        "recipe_name_required": lambda: translate("Errors", "Please give the recipe a name."),
        "post_lacks_platform": lambda: translate(
            "Errors", "The post is not planned for {platforms}; add the platform to the post first."
        ).format(**p),
        "day_name_required": lambda: translate("Errors", "Please give the day a name."),
        "day_name_too_long": lambda: translate(
            "Errors", "The name is too long (at most {limit} characters)."
        ).format(**p),
        "bad_day": lambda: _bad_day(p),
        "day_exists": lambda: translate("Errors", "This commemorative day is already on the list."),
        "day_not_found": lambda: translate(
            "Errors", "The commemorative day was not found; it may have been deleted."
        ),
        "bad_hashtag": lambda: translate(
            "Errors",
            "“{tag}” is not a valid hashtag (letters, digits and _ only, "
            "with at least one letter).",
        ).format(**p),
        "hashtags_required": lambda: translate("Errors", "Enter at least one hashtag."),
        "name_required": lambda: translate("Errors", "Please enter a name."),
        "name_too_long": lambda: translate(
            "Errors", "The name is too long (at most {limit} characters)."
        ).format(**p),
        "name_taken": lambda: translate("Errors", "The name “{name}” is already used.").format(**p),
        "hashtag_group_not_found": lambda: translate(
            "Errors", "The hashtag group was not found; it may have been deleted."
        ),
        "snippet_empty": lambda: translate("Errors", "The snippet is empty."),
        "snippet_too_long": lambda: translate(
            "Errors", "The snippet is too long (at most {limit} characters)."
        ).format(**p),
        "snippet_not_found": lambda: translate(
            "Errors", "The snippet was not found; it may have been deleted."
        ),
        "series_needs_date": lambda: translate(
            "Errors", "A recurring post needs a date for its first occurrence."
        ),
        "series_interval": lambda: translate("Errors", "Repeat every 1 to 12 weeks or months."),
        "series_end_required": lambda: translate(
            "Errors", "Choose either an end date or a number of posts for the series."
        ),
        "series_too_long": lambda: translate(
            "Errors", "A series holds at most {limit} posts."
        ).format(**p),
        "series_end_before_start": lambda: translate(
            "Errors", "The end date is before the first post."
        ),
        "series_too_short": lambda: translate(
            "Errors", "A series needs at least {minimum} posts: this one and one more."
        ).format(**p),
        "series_exists": lambda: translate(
            "Errors",
            "This post already belongs to a series. Open another occurrence from the "
            "series menu, or duplicate the post to start a new series.",
        ),
        **_post_messages(p),
        "draft_key": lambda: translate("Errors", "The unsaved draft could not be stored."),
        "draft_not_serializable": lambda: translate(
            "Errors", "The unsaved draft could not be stored."
        ),
        "draft_too_large": lambda: translate("Errors", "The unsaved draft is too large to keep."),
        "draft_damaged": lambda: translate(
            "Errors", "The recovered draft is damaged and cannot be opened."
        ),
    }
    messages.update(direction_messages(exc))
    messages.update(package_messages(exc))
    messages.update(approval_messages(exc))
    messages.update(team_messages(exc))
    messages.update(server_messages(exc))
    messages.update(program_messages(exc))
    messages.update(word_messages(exc))
    messages.update(result_messages(exc))
    # A code without its own wording falls back to the wording of its kind of error.
    build = messages.get(exc.code) or messages.get(type(exc).code)
    if build is None:
        return str(exc)
    try:
        return build()
    except (KeyError, IndexError):
        return str(exc)


def _bad_day(p: dict) -> str:
    """ "There is no 30 February in the calendar", with the month in the interface language."""
    day, month = p.get("day"), p.get("month")
    if isinstance(day, int) and isinstance(month, int) and 1 <= month <= 12:
        name = QLocale().monthName(month)
        return translate("Errors", "There is no {day} {month} in the calendar.").format(
            day=day, month=name
        )
    return translate("Errors", "This day does not exist in the calendar.")


def _update_messages(p: dict) -> dict[str, Callable[[], str]]:
    """Messages of the update check (Bantuan → Periksa pembaruan)."""
    return {
        "update_source_invalid": lambda: translate(
            "Errors",
            "The update place must be a full folder path (\\\\server\\share\\sosmed) or "
            "a web address (https://…).",
        ),
        "update_source_missing": lambda: translate("Errors", "No update place is set."),
        "update_unreachable": lambda: translate(
            "Errors",
            "The update place cannot be read ({detail}). Is the shared folder or the "
            "network reachable from this PC?",
        ).format(**p),
        "update_file_invalid": lambda: translate(
            "Errors",
            "The version file at {source} is not usable: {detail}. Tell your IT department.",
        ).format(**p),
        "update_installer_missing": lambda: translate(
            "Errors",
            "The installer {path} is not there or cannot be read. Tell your IT department.",
        ).format(**p),
        "update_installer_mismatch": lambda: translate(
            "Errors",
            "The installer {path} is not the one the version file names (its SHA-256 differs), "
            "so it was not opened. Tell your IT department.",
        ).format(**p),
    }


def _bad_image(p: dict) -> str:
    """Why a file was refused, by the reason code the core gives."""
    texts = {
        "empty": translate("Errors", "{name} is empty (0 bytes)."),
        "unsupported": translate(
            "Errors",
            "{name} is not a photo or video the library accepts "
            "(JPEG, PNG, WebP, GIF, HEIC, MP4, MOV).",
        ),
        "too_large": translate(
            "Errors", "{name} has too many pixels to be opened safely; it was not opened."
        ),
        "damaged": translate(
            "Errors", "{name} is damaged or incomplete (perhaps the copy was interrupted)."
        ),
        "missing": translate("Errors", "{name} is no longer there (moved or deleted?)."),
        "unreadable": translate(
            "Errors", "{name} cannot be read (no permission, or the drive was removed)."
        ),
        "no_video_support": translate(
            "Errors",
            "{name} needs the video support (PyAV), which is not installed on this PC. "
            "Ask IT for the installation with video support.",
        ),
    }
    text = texts.get(p.get("reason", ""))
    if text is None:
        return translate("Errors", "{name} cannot be used as an image: {detail}").format(**p)
    return text.format(**p)


def _post_messages(p: dict) -> dict[str, Callable[[], str]]:
    """Messages of the post, approval and search services."""
    missing = len(p.get("missing", ()))  # lupdate needs a plural's count as a plain name
    return {
        "post_title_required": lambda: translate("Errors", "Please give the post a title."),
        "post_title_too_long": lambda: translate(
            "Errors", "The title is too long (at most {limit} characters)."
        ).format(**p),
        "tag_too_long": lambda: translate(
            "Errors", "A tag is too long (at most {limit} characters)."
        ).format(**p),
        "too_many_tags": lambda: translate(
            "Errors", "The post has too many tags (at most {limit})."
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
        "data_note_not_found": lambda: translate(
            "Errors",
            "A cited data note no longer exists. Remove its citation under Sources, then save.",
        ),
        "data_note_deleted": lambda: translate(
            "Errors",
            "The data note “{title}” was deleted meanwhile (on the Arahan & Data page or by a "
            "colleague). Nothing was inserted.",
        ).format(**p),
        "direction_deleted": lambda: translate(
            "Errors",
            "A direction was deleted meanwhile (on the Arahan & Data page or by a colleague); "
            "nothing was changed for it.",
        ),
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
            missing,
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


_unreachable_hooks: list[Callable[[], None]] = []


def on_unreachable(hook: Callable[[], None], *, remove: bool = False) -> None:
    """Call `hook` whenever an error says the database server cannot be reached
    (the status bar's indicator shows it at once)."""
    if remove:
        if hook in _unreachable_hooks:
            _unreachable_hooks.remove(hook)
    else:
        _unreachable_hooks.append(hook)


def note_error(exc: BaseException) -> None:
    """Let the hooks know about an error that means the server went away."""
    if getattr(exc, "code", "") == "database_unreachable":
        for hook in list(_unreachable_hooks):
            hook()


def show_error(parent: QWidget | None, exc: DomainError, title: str | None = None) -> None:
    """Show a domain error in a message box (and log it: every refusal leaves a line)."""
    log.warning("Shown to the officer (%s): %s", exc.code, exc)
    note_error(exc)
    # Plain text: a message may quote a package or a file name.
    heading = title or translate("Errors", "Sosmed Desktop")
    plain_box(parent, QMessageBox.Icon.Warning, heading, describe(exc)).exec()


def show_failure(parent: QWidget | None, exc: BaseException, details: str) -> None:
    """A background task's failure: a domain error as a message, anything else as a report."""
    if isinstance(exc, DomainError):
        show_error(parent, exc)
    else:
        from ui.error_dialog import report_unexpected

        report_unexpected(exc, details)
