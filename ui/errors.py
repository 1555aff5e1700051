"""Turning domain errors into messages in the officer's language, and showing them.

This is the one place that knows the wording of every error code the core
raises; the core only supplies the code and its parameters.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from sosmed_desktop.errors import DomainError
from ui.labels import status_label

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
        "conflict": lambda: translate(
            "Errors", "The change conflicts with the current data: {detail}"
        ).format(**p),
        "bad_image": lambda: _bad_image(p),
        "bad_recipe": lambda: translate(
            "Errors", "The edit settings are not valid: {detail}"
        ).format(**p),
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
        "post_not_found": lambda: translate(
            "Errors", "The post was not found; it may have been deleted or moved to the trash."
        ),
        "post_stale": lambda: translate(
            "Errors",
            "Someone else saved this post after you opened it. Reload it to see their "
            "changes; your text is kept in the editor.",
        ),
        "stale": lambda: translate(
            "Errors",
            "This item was changed elsewhere after you opened it. Reload it and try again.",
        ),
        "status_not_allowed": lambda: translate(
            "Errors", "A post cannot go from “{current}” to “{target}”."
        ).format(
            current=status_label(p.get("current", "")), target=status_label(p.get("target", ""))
        ),
        "status_needs_action": lambda: translate(
            "Errors",
            "This status is set through its own step (submit, approve, ask for revision "
            "or mark published).",
        ),
        "post_title_required": lambda: translate("Errors", "Please give the post a title."),
        "post_title_too_long": lambda: translate(
            "Errors", "The title is too long (at most {limit} characters)."
        ).format(**p),
        "naive_datetime": lambda: translate(
            "Errors", "The date and time have no time zone; please choose them again."
        ),
        "duplicate_platform": lambda: translate("Errors", "A platform is chosen twice."),
        "unknown_platform": lambda: translate(
            "Errors", "The platform is not known or is switched off: {detail}"
        ).format(**p),
        "program_not_found": lambda: translate(
            "Errors", "The program no longer exists; choose another one."
        ),
        "media_not_found": lambda: translate(
            "Errors", "A photo of this post is no longer in the media library."
        ),
        "data_note_not_found": lambda: translate("Errors", "A cited data note no longer exists."),
        "unknown_checklist_item": lambda: translate(
            "Errors", "The checklist holds an item this version does not know."
        ),
        "tag_too_long": lambda: translate(
            "Errors", "A tag is too long (at most {limit} characters)."
        ).format(**p),
        "new_post_status": lambda: translate("Errors", "A new post starts as an idea or a draft."),
        "post_content_frozen": lambda: translate(
            "Errors",
            "This post was published or archived: its captions, photos and schedule can "
            "no longer change. Duplicate it to make a new version.",
        ),
        "no_platforms": lambda: translate(
            "Errors", "Choose at least one platform before submitting."
        ),
        "checklist_incomplete": lambda: translate(
            "Errors", "Tick every item of the content checklist before submitting."
        ),
        "content_errors": lambda: translate(
            "Errors", "The content check found problems the platform would refuse. Fix them first."
        ),
        "reviewer_required": lambda: translate("Errors", "Please enter the reviewer's name."),
        "revision_comment_required": lambda: translate(
            "Errors", "Please say what should be revised."
        ),
        "not_approved": lambda: translate(
            "Errors", "This post is not approved (or its approval was withdrawn)."
        ),
        "approval_mismatch": lambda: translate(
            "Errors", "This post changed after it was approved; it must be approved again."
        ),
        "published_at_required": lambda: translate(
            "Errors", "Please enter when the post went online."
        ),
        "published_in_future": lambda: translate(
            "Errors", "The publication time is in the future."
        ),
        "bad_url": lambda: translate(
            "Errors", "The link must be a web address starting with http:// or https://."
        ),
        "search_query_invalid": lambda: translate(
            "Errors", "The search could not be run; try other words."
        ),
        "sensitive_word_too_long": lambda: translate(
            "Errors", "A word of the list is too long (at most {limit} characters)."
        ).format(**p),
        "day_name_required": lambda: translate("Errors", "Please give the day a name."),
        "day_name_too_long": lambda: translate(
            "Errors", "The name is too long (at most {limit} characters)."
        ).format(**p),
        "bad_day": lambda: translate("Errors", "This day does not exist in the calendar."),
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
        "draft_key": lambda: translate("Errors", "The unsaved draft could not be stored."),
        "draft_not_serializable": lambda: translate(
            "Errors", "The unsaved draft could not be stored."
        ),
        "draft_too_large": lambda: translate("Errors", "The unsaved draft is too large to keep."),
        "draft_damaged": lambda: translate(
            "Errors", "The recovered draft is damaged and cannot be opened."
        ),
    }
    messages.update(_direction_messages(exc))
    # A code without its own wording falls back to the wording of its kind of error.
    build = messages.get(exc.code) or messages.get(type(exc).code)
    if build is None:
        return str(exc)
    try:
        return build()
    except (KeyError, IndexError):
        return str(exc)


def _direction_messages(exc: DomainError) -> dict[str, Callable[[], str]]:
    """Messages of the directions and data-notes codes (reasons worded per case)."""
    from sosmed_desktop.domain.notes import Problem
    from ui.directions.labels import direction_status_label, problem_text

    p = exc.params
    return {
        "direction_name_required": lambda: translate(
            "Errors", "Please enter who gave the direction."
        ),
        "direction_content_required": lambda: translate(
            "Errors", "Please write down the direction itself."
        ),
        "direction_due_before_given": lambda: translate(
            "Errors", "The due date is before the date the direction was given."
        ),
        "direction_status": lambda: translate(
            "Errors", "A direction that is “{current}” cannot become “{target}”."
        ).format(
            current=direction_status_label(p["current"]),
            target=direction_status_label(p["target"]),
        ),
        "note_invalid": lambda: problem_text(
            Problem(p["field"], p["problem"], str(p.get("value", "")), int(p.get("limit", 0)))
        ),
        "note_cited": lambda: translate(
            "Errors",
            "This data note is cited by %n post(s), so it is kept. Remove it from those "
            "posts first.",
            "",
            int(p["posts"]),
        ),
        "not_a_number": lambda: translate("Errors", "“{value}” is not a number.").format(**p),
        "not_a_date": lambda: translate("Errors", "“{value}” is not a date.").format(**p),
        "attachment_missing": lambda: translate(
            "Errors",
            "The file {name} is missing from the data folder. Run “check” or restore a backup.",
        ).format(name=p["what"]),
        "bad_attachment": lambda: _attachment_message(p),
        "csv_file": lambda: _csv_message(p),
        "csv_rows": lambda: translate(
            "Errors",
            "%n row(s) of the file have errors, so nothing was imported.",
            "",
            int(p["count"]),
        ),
    }


def _attachment_message(p: dict) -> str:
    reasons = {
        "unsupported": translate(
            "Errors", "Only photos (JPEG, PNG, WebP, GIF) and PDF documents can be attached."
        ),
        "damaged_pdf": translate("Errors", "The PDF is incomplete or damaged."),
        "too_large": translate("Errors", "The file is larger than 50 MB."),
        "unreadable": translate("Errors", "The file cannot be read: {detail}").format(
            detail=p.get("detail", "")
        ),
    }
    reason = reasons.get(p.get("reason", ""), str(p.get("detail", "")))
    return translate("Errors", "{name} cannot be attached. {reason}").format(
        name=p["name"], reason=reason
    )


def _csv_message(p: dict) -> str:
    reasons = {
        "unreadable": translate("Errors", "The file cannot be read: {detail}").format(
            detail=p.get("detail", "")
        ),
        "too_large": translate("Errors", "The file is larger than 5 MB."),
        "spreadsheet": translate(
            "Errors",
            "This is an Excel workbook. In Excel choose File → Save As → “CSV UTF-8” and "
            "import that file.",
        ),
        "not_text": translate("Errors", "This is not a text (CSV) file."),
        "encoding": translate(
            "Errors",
            "The text encoding is not recognised. Save the file from Excel as “CSV UTF-8”.",
        ),
        "empty": translate("Errors", "The file is empty; it needs a header line."),
        "no_rows": translate("Errors", "The file has a header line but no data rows."),
        "missing_columns": translate(
            "Errors",
            "The header line lacks the column(s) {columns}. The first line must name the "
            "columns, e.g. judul;nilai;satuan;periode;per_tanggal;sumber;tautan;tag",
        ).format(columns=p.get("columns", "")),
        "duplicate_column": translate(
            "Errors", "Two columns of the header mean the same thing ({column})."
        ).format(column=p.get("column", "")),
        "too_many_rows": translate("Errors", "The file has more than {limit} rows.").format(
            limit=p.get("limit", "")
        ),
    }
    reason = reasons.get(p.get("reason", ""), str(p.get("detail", "")))
    return translate("Errors", "{name} cannot be imported. {reason}").format(
        name=p["name"], reason=reason
    )


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
    }
    text = texts.get(p.get("reason", ""))
    if text is None:
        return translate("Errors", "{name} cannot be used as an image: {detail}").format(**p)
    return text.format(**p)


def show_error(parent: QWidget | None, exc: DomainError, title: str | None = None) -> None:
    """Show a domain error in a message box."""
    QMessageBox.warning(parent, title or translate("Errors", "Sosmed Desktop"), describe(exc))
