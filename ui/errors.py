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
    }
    build = messages.get(exc.code)
    if build is None:
        return str(exc)
    try:
        return build()
    except (KeyError, IndexError):
        return str(exc)


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
