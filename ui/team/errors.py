"""The Indonesian (and English) wording of team mode's error codes, for `ui.errors.describe`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from sosmed_desktop.errors import DomainError
from ui.team.labels import denied_reason

translate = QCoreApplication.translate


def _denied(p: dict) -> str:
    if p.get("active") is False:
        return translate(
            "Errors", "Your account has been deactivated. Sign out and ask an administrator."
        )
    try:
        return denied_reason(str(p.get("permission")))
    except ValueError:
        return translate("Errors", "Your role does not allow this.")


def team_messages(exc: DomainError) -> dict[str, Callable[[], str]]:
    """Messages of the accounts, departments and permission codes."""
    p = exc.params
    return {
        "permission_denied": lambda: _denied(p),
        "account_inactive": lambda: translate(
            "Errors",
            "Your account was deactivated by an administrator, so nothing was saved. "
            "Ask the administrator if this is a mistake.",
        ),
        "account_changed": lambda: translate(
            "Errors",
            "An administrator changed your role or department since you signed in, so nothing "
            "was saved. Sign out (menu Team) and sign in again to go on.",
        ),
        "sign_in_failed": lambda: translate("Errors", "The username or password is wrong."),
        "first_admin_exists": lambda: translate(
            "Errors", "An administrator account exists already: sign in with it."
        ),
        "last_admin": lambda: translate(
            "Errors",
            "At least one active administrator must remain. Make someone else an "
            "administrator first.",
        ),
        "username_taken": lambda: translate(
            "Errors", "The username “{username}” is already taken."
        ).format(**p),
        "username_invalid": lambda: translate(
            "Errors",
            "A username has 3 to 60 characters: small letters, digits, dot, hyphen or "
            "underscore, beginning with a letter or digit.",
        ),
        "user_name_required": lambda: translate("Errors", "Please enter the person's name."),
        "user_department_required": lambda: translate(
            "Errors", "An officer or a reviewer works in one department: please choose it."
        ),
        "password_too_short": lambda: translate(
            "Errors", "The password needs at least {limit} characters."
        ).format(**p),
        "password_too_long": lambda: translate(
            "Errors", "The password may have at most {limit} characters."
        ).format(**p),
        "old_password_wrong": lambda: translate("Errors", "The current password is wrong."),
        "not_signed_in": lambda: translate("Errors", "Nobody is signed in."),
        "department_name_required": lambda: translate(
            "Errors", "Please enter the department's name."
        ),
        "department_exists": lambda: translate(
            "Errors", "The department “{name}” exists already."
        ).format(**p),
        "department_not_found": lambda: translate("Errors", "This department no longer exists."),
        "user_not_found": lambda: translate("Errors", "This account no longer exists."),
    }
