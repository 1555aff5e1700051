"""Team mode's accounts: the first administrator, signing in, users and their passwords.

Managing accounts is an administrator's work (`Permission.MANAGE_USERS`); a
person changes only their own password.  At least one active administrator
always remains: removing the last one (deactivating, another role) is refused.
Usernames are compared without case.  A refused sign-in says the same whatever
was wrong (unknown username, wrong password, deactivated account) and takes as
long, so that it tells nothing about which accounts exist.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select

from sosmed_desktop.db.models import Department, User
from sosmed_desktop.db.types import utcnow
from sosmed_desktop.db.uow import ACTOR_KEY, UnitOfWork
from sosmed_desktop.domain import passwords
from sosmed_desktop.domain.permissions import Actor, Permission
from sosmed_desktop.domain.statuses import Role
from sosmed_desktop.errors import (
    ConflictError,
    NotFoundError,
    SignInError,
    ValidationError,
)
from sosmed_desktop.services import audit
from sosmed_desktop.services.team.access import require

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,59}$")
# Roles that work inside one department need one.
DEPARTMENT_ROLES = frozenset({Role.OFFICER, Role.REVIEWER})


@dataclass(frozen=True)
class UserInput:
    """What an administrator types about a person."""

    name: str
    username: str
    role: Role
    department_id: int | None = None
    position: str = ""


@dataclass(frozen=True)
class UserRow:
    """A person as the users dialog lists them."""

    id: int
    name: str
    position: str
    username: str
    role: Role
    department_id: int | None
    department_name: str
    active: bool
    has_password: bool


def _row(user: User) -> UserRow:
    dept = user.department
    return UserRow(
        id=user.id,
        name=user.name,
        position=user.position,
        username=user.username or "",
        role=Role(user.role),
        department_id=user.department_id,
        department_name=(dept.short_name or dept.name) if dept else "",
        active=user.active,
        has_password=user.password_hash is not None,
    )


def actor_of(user: User) -> Actor:
    """The signed-in person for `user`."""
    dept = user.department
    return Actor(
        user_id=user.id,
        name=user.name,
        username=user.username or "",
        role=Role(user.role),
        position=user.position,
        department_id=user.department_id,
        department_name=(dept.short_name or dept.name) if dept else "",
    )


# --- checks ---------------------------------------------------------------------------


def clean_username(raw: str) -> str:
    return raw.strip().lower()


def check_password(password: str) -> None:
    """Refuse a password too short (or absurdly long) before anything is stored."""
    if len(password) < passwords.MIN_LENGTH:
        raise ValidationError(
            code="password_too_short", detail="the password is too short",
            limit=passwords.MIN_LENGTH,
        )  # fmt: skip
    if len(password) > passwords.MAX_LENGTH:
        raise ValidationError(
            code="password_too_long", detail="the password is too long",
            limit=passwords.MAX_LENGTH,
        )  # fmt: skip


def _clean(uow: UnitOfWork, data: UserInput, skip_id: int | None) -> UserInput:
    name = " ".join(data.name.split())
    if not name:
        raise ValidationError(code="user_name_required", detail="the name is empty")
    username = clean_username(data.username)
    if not USERNAME.match(username):
        raise ValidationError(
            code="username_invalid", detail=f"not a usable username: {username[:60]!r}"
        )
    role = Role(data.role)
    if data.department_id is None and role in DEPARTMENT_ROLES:
        raise ValidationError(
            code="user_department_required", detail="this role works in one department"
        )
    if data.department_id is not None and uow.session.get(Department, data.department_id) is None:
        raise NotFoundError(
            code="department_not_found", what="department", ident=data.department_id
        )
    taken = uow.session.scalar(
        select(User.id).where(func.lower(User.username) == username, User.id != (skip_id or 0))
    )
    if taken is not None:
        raise ConflictError(code="username_taken", detail=f"{username} is taken", username=username)
    return UserInput(name, username, role, data.department_id, " ".join(data.position.split()))


def _active_admins(uow: UnitOfWork, except_id: int) -> int:
    stmt = select(func.count(User.id)).where(
        User.role == Role.ADMIN.value, User.active.is_(True), User.id != except_id
    )
    return uow.session.scalar(stmt) or 0


def _keep_an_admin(uow: UnitOfWork, user: User, role: Role, active: bool) -> None:
    """Refuse a change that would leave no active administrator."""
    was_admin = user.role == Role.ADMIN.value and user.active
    if was_admin and (role is not Role.ADMIN or not active) and not _active_admins(uow, user.id):
        raise ConflictError(code="last_admin", detail="the last active administrator must remain")


def _user(uow: UnitOfWork, user_id: int) -> User:
    user = uow.session.get(User, user_id)
    if user is None:
        raise NotFoundError(code="user_not_found", what="user", ident=user_id)
    return user


def _set_password(user: User, password: str) -> None:
    check_password(password)
    user.password_hash = passwords.hash_password(password)
    user.password_changed_at = utcnow()


# --- the first administrator and signing in --------------------------------------------


def needs_first_admin(uow: UnitOfWork) -> bool:
    """A team database where nobody can sign in yet: its first start creates an administrator."""
    return (
        uow.session.scalar(select(User.id).where(User.password_hash.is_not(None)).limit(1)) is None
    )


def create_first_admin(uow: UnitOfWork, data: UserInput, password: str) -> Actor:
    """Create the first administrator of an empty team database; commits; returns them.

    Refused once anybody can sign in: on a second PC starting at the same time,
    the database's write lock lets only one of them through.
    """
    if not needs_first_admin(uow):
        raise ConflictError(code="first_admin_exists", detail="an account exists already")
    clean = _clean(
        uow,
        UserInput(data.name, data.username, Role.ADMIN, data.department_id, data.position),
        None,
    )
    user = _new_user(uow, clean, password)
    uow.user_name = user.name
    audit.record(uow, "user", user.id, "first_admin_created", username=user.username)
    uow.commit()
    return actor_of(user)


def sign_in(uow: UnitOfWork, username: str, password: str) -> Actor:
    """The person whose username and password these are; `SignInError` otherwise; commits.

    Both a sign-in and a refusal leave a line in the history.  A password hash
    made at a lower cost than today's is made again (`passwords.needs_rehash`).
    """
    # Signing in is nobody's write yet: someone whose account changed signs in again here.
    uow.actor = uow.session.info[ACTOR_KEY] = None
    name = clean_username(username)
    user = (
        uow.session.scalar(select(User).where(func.lower(User.username) == name)) if name else None
    )
    stored = user.password_hash if user is not None else None
    matches = passwords.verify_password(password, stored or passwords.dummy_hash())
    if user is None or not stored or not matches or not user.active:
        audit.record(uow, "user", user.id if user else None, "sign_in_refused", username=name[:60])
        uow.commit()
        raise SignInError()
    uow.user_name = user.name
    if passwords.needs_rehash(stored):  # made at an older, lower cost
        user.password_hash = passwords.hash_password(password)
        audit.record(uow, "user", user.id, "password_rehashed")
    audit.record(uow, "user", user.id, "signed_in")
    uow.commit()
    return actor_of(user)


def change_own_password(uow: UnitOfWork, old: str, new: str) -> None:
    """The signed-in person replaces their password (the old one proves it is them); commits."""
    if uow.actor is None:
        raise ValidationError(code="not_signed_in", detail="nobody is signed in")
    user = _user(uow, uow.actor.user_id)
    if not passwords.verify_password(old, user.password_hash):
        raise ValidationError(code="old_password_wrong", detail="the current password is wrong")
    _set_password(user, new)
    audit.record(uow, "user", user.id, "password_changed")
    uow.commit()


# --- administration ---------------------------------------------------------------------


def list_users(uow: UnitOfWork) -> list[UserRow]:
    """Every account (active ones first, then by name)."""
    require(uow, Permission.MANAGE_USERS)
    stmt = select(User).order_by(User.active.desc(), User.name, User.id)
    return [_row(u) for u in uow.session.scalars(stmt)]


def _new_user(uow: UnitOfWork, clean: UserInput, password: str) -> User:
    """An active account from checked details and a password that passes the rules; flushed."""
    check_password(password)
    user = User(
        name=clean.name, username=clean.username, role=clean.role.value,
        department_id=clean.department_id, position=clean.position, active=True,
    )  # fmt: skip
    _set_password(user, password)
    uow.session.add(user)
    uow.session.flush()
    return user


def create_user(uow: UnitOfWork, data: UserInput, password: str) -> UserRow:
    """Add an account with its first password; commits."""
    require(uow, Permission.MANAGE_USERS)
    clean = _clean(uow, data, None)
    user = _new_user(uow, clean, password)
    audit.record(
        uow, "user", user.id, "user_created", username=user.username, role=user.role,
        department_id=user.department_id,
    )  # fmt: skip
    uow.commit()
    return _row(user)


def update_user(uow: UnitOfWork, user_id: int, data: UserInput) -> UserRow:
    """Change a person's name, username, role or department; commits."""
    require(uow, Permission.MANAGE_USERS)
    user = _user(uow, user_id)
    clean = _clean(uow, data, user_id)
    _keep_an_admin(uow, user, clean.role, user.active)
    changed = {}
    for key, value in (
        ("name", clean.name), ("username", clean.username), ("role", clean.role.value),
        ("department_id", clean.department_id), ("position", clean.position),
    ):  # fmt: skip
        if getattr(user, key) != value:
            changed[key] = [getattr(user, key), value]
            setattr(user, key, value)
    if changed:
        audit.record(uow, "user", user.id, "user_updated", changes=changed)
    uow.commit()
    return _row(user)


def reset_password(uow: UnitOfWork, user_id: int, password: str) -> None:
    """An administrator sets a new password for someone who forgot theirs; commits."""
    require(uow, Permission.MANAGE_USERS)
    user = _user(uow, user_id)
    _set_password(user, password)
    audit.record(uow, "user", user.id, "password_reset")
    uow.commit()


def set_active(uow: UnitOfWork, user_id: int, active: bool) -> UserRow:
    """Deactivate an account (it can no longer sign in; its history stays) or reactivate it."""
    require(uow, Permission.MANAGE_USERS)
    user = _user(uow, user_id)
    _keep_an_admin(uow, user, Role(user.role), active)
    if user.active != active:
        user.active = active
        audit.record(uow, "user", user.id, "activated" if active else "deactivated")
    uow.commit()
    return _row(user)
