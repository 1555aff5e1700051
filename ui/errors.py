"""Turning domain errors into messages in the officer's language, and showing them.

This is the one place that knows the wording of every error code the core
raises; the core only supplies the code and its parameters.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from sosmed_desktop.errors import DomainError

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
        "bad_image": lambda: translate(
            "Errors", "{name} cannot be used as an image: {detail}"
        ).format(**p),
    }
    messages.update(_direction_messages(exc))
    build = messages.get(exc.code)
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


def show_error(parent: QWidget | None, exc: DomainError, title: str | None = None) -> None:
    """Show a domain error in a message box."""
    QMessageBox.warning(parent, title or translate("Errors", "Sosmed Desktop"), describe(exc))
