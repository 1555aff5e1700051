"""Checking the signed-in person's permission before a use case changes anything.

Services call `require` first, so that the rule holds whatever calls them (the
GUI, a test, a future command); the GUI only hides what would be refused.  The
role is read again from the database: an administrator's change (another role,
a deactivated account) counts from the next action, not the next sign-in.

Without an `Actor` (one PC, the headless commands) nothing is restricted.  The
permissions organise a team; they are no protection against someone who holds
the database's own password.
"""

from __future__ import annotations

from sqlalchemy import select

from sosmed_desktop.db.models import User
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.permissions import Permission, role_can
from sosmed_desktop.errors import PermissionDeniedError


def require(uow: UnitOfWork, permission: Permission) -> None:
    """Raise `PermissionDeniedError` unless the unit of work's person may do `permission`."""
    actor = uow.actor
    if actor is None:
        return
    row = uow.session.execute(
        select(User.role, User.active).where(User.id == actor.user_id)
    ).first()
    role, active = (row.role, row.active) if row is not None else (actor.role.value, False)
    if not active or not role_can(role, permission):
        raise PermissionDeniedError(role=role, permission=permission.value, active=bool(active))
