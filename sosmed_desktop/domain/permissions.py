"""Who may do what in team mode: the roles' permissions and the signed-in person.

On one PC (SQLite) nobody signs in and nothing is restricted: the officer is
the whole team.  On a shared PostgreSQL database every person signs in, and the
services check the `Actor` of their unit of work against this table.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sosmed_desktop.domain.statuses import Role


class Permission(StrEnum):
    """An action that not every role may take (stored nowhere; named in errors)."""

    EDIT_CONTENT = "edit_content"
    """Create and edit posts, media, directions and data notes (own department)."""
    APPROVE = "approve"
    """Approve a post or ask for a revision: the head of department's decision."""
    ALL_DEPARTMENTS = "all_departments"
    """See and work on the posts and directions of every department."""
    PACKAGES = "packages"
    """Export approved posts as packages and import packages from elsewhere."""
    MANAGE_USERS = "manage_users"
    """Create accounts, set passwords, change roles; create and edit departments."""


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OFFICER: frozenset({Permission.EDIT_CONTENT}),
    Role.REVIEWER: frozenset({Permission.EDIT_CONTENT, Permission.APPROVE}),
    Role.COORDINATOR: frozenset(
        {Permission.EDIT_CONTENT, Permission.ALL_DEPARTMENTS, Permission.PACKAGES}
    ),
    # Approving stays the reviewer's signature, also for an administrator.
    Role.ADMIN: frozenset(
        {
            Permission.EDIT_CONTENT,
            Permission.ALL_DEPARTMENTS,
            Permission.PACKAGES,
            Permission.MANAGE_USERS,
        }
    ),
}


def role_can(role: Role | str, permission: Permission) -> bool:
    """Whether `role` includes `permission`."""
    return permission in ROLE_PERMISSIONS[Role(role)]


@dataclass(frozen=True)
class Actor:
    """The person signed in on this PC for this process (team mode)."""

    user_id: int
    name: str
    username: str
    role: Role
    position: str = ""
    department_id: int | None = None
    department_name: str = ""

    def can(self, permission: Permission) -> bool:
        return role_can(self.role, permission)

    @property
    def sees_all_departments(self) -> bool:
        return self.can(Permission.ALL_DEPARTMENTS)
