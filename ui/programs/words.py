"""The wording of the programs' error codes, for `ui.errors.describe`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from sosmed_desktop.errors import DomainError

translate = QCoreApplication.translate


def _taken(p: dict) -> str:
    if p.get("archived"):
        return translate(
            "Errors",
            "The archived program “{name}” has this name. Bring it back instead of adding "
            "a new one, or choose another name.",
        ).format(**p)
    return translate("Errors", "A program named “{name}” exists already.").format(**p)


def program_messages(exc: DomainError) -> dict[str, Callable[[], str]]:
    """Messages of the codes `services/calendar/programs.py` raises (beside the shared names)."""
    p = exc.params
    return {
        "program_name_taken": lambda: _taken(p),
        "program_colour_invalid": lambda: translate(
            "Errors", "“{colour}” is not a colour. Choose one in the colour window."
        ).format(**p),
        "program_merge_same": lambda: translate(
            "Errors", "A program cannot be merged into itself; choose another one."
        ),
        "program_merge_archived": lambda: translate(
            "Errors", "“{name}” is archived. Bring it back before merging into it."
        ).format(**p),
        "program_merge_department": lambda: translate(
            "Errors",
            "“{source}” and “{target}” belong to different departments; a program can only "
            "be merged into one of its own department or one shared by all.",
        ).format(**p),
        "program_restore_taken": lambda: translate(
            "Errors",
            "“{name}” cannot come back: another program has taken its place since. "
            "Create it again and move its posts by hand.",
        ).format(**p),
    }
