"""Turning domain errors into messages in the officer's language, and showing them.

This is the one place that knows the wording of every error code the core
raises; the core only supplies the code and its parameters.
"""

from __future__ import annotations

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
        "not_found": lambda: translate(
            "Errors", "The item was not found; it may have been deleted."
        ),
        "conflict": lambda: translate(
            "Errors", "The change conflicts with the current data: {detail}"
        ).format(**p),
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
        "bad_image": lambda: translate(
            "Errors", "{name} cannot be used as an image: {detail}"
        ).format(**p),
    }
    build = messages.get(exc.code)
    if build is None:
        return str(exc)
    try:
        return build()
    except (KeyError, IndexError):
        return str(exc)


def show_error(parent: QWidget | None, exc: DomainError, title: str | None = None) -> None:
    """Show a domain error in a message box."""
    QMessageBox.warning(parent, title or translate("Errors", "Sosmed Desktop"), describe(exc))
