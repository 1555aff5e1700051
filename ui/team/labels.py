"""Words for roles and refusals, and greying out what the signed-in role may not do.

The services refuse a forbidden action whatever the GUI shows; these helpers
only spare the person a button that would be refused, and say why in its
tooltip.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from sosmed_desktop.domain.permissions import Actor, Permission
from sosmed_desktop.domain.statuses import Role

if TYPE_CHECKING:
    from sosmed_desktop.bootstrap import AppContext

translate = QCoreApplication.translate


def role_label(role: Role | str) -> str:
    """A role's name in the interface language."""
    return {
        Role.OFFICER: translate("Team", "Officer"),
        Role.REVIEWER: translate("Team", "Reviewer (head of department)"),
        Role.COORDINATOR: translate("Team", "Coordinator"),
        Role.ADMIN: translate("Team", "Administrator"),
    }[Role(role)]


def denied_reason(permission: Permission | str) -> str:
    """Why a button is greyed out (its tooltip) or an action was refused."""
    return {
        Permission.EDIT_CONTENT: translate("Team", "Your role does not allow editing."),
        Permission.APPROVE: translate(
            "Team", "Only a reviewer (head of department) can approve or ask for a revision."
        ),
        Permission.ALL_DEPARTMENTS: translate(
            "Team", "Only a coordinator or an administrator sees every department."
        ),
        Permission.PACKAGES: translate(
            "Team", "Only a coordinator or an administrator exports and imports packages."
        ),
        Permission.MANAGE_USERS: translate(
            "Team", "Only an administrator manages users and departments."
        ),
    }[Permission(permission)]


def may(ctx: AppContext | None, permission: Permission) -> bool:
    """Whether the signed-in person may (always on one PC, where nobody signs in)."""
    return ctx is None or ctx.actor is None or ctx.actor.can(permission)


def guard(widget: QWidget | QAction, ctx: AppContext | None, permission: Permission) -> bool:
    """Grey out `widget` with the reason when the role lacks `permission`; True if allowed."""
    allowed = may(ctx, permission)
    widget.setToolTip("" if allowed else denied_reason(permission))
    if not allowed:
        widget.setEnabled(False)
    return allowed


def who_text(actor: Actor) -> str:
    """The status bar's "who is signed in": name, role and department."""
    parts = [actor.name, role_label(actor.role)]
    if actor.department_name:
        parts.append(actor.department_name)
    return " · ".join(parts)
