"""The officer's profile and department, asked for at first start and in the settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from sqlalchemy import Table, select

from sosmed_desktop.db.models import AppMeta, Department, Platform, User
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.permissions import Permission
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.services import audit
from sosmed_desktop.services.team.access import require

CURRENT_USER_KEY = "current_user_id"
# How many characters each field holds (the columns' lengths; the form stops there).
LIMITS = {
    "officer_name": User.name.type.length,
    "officer_position": User.position.type.length,
    "department_name": Department.name.type.length,
    "department_short": Department.short_name.type.length,
    "regency": Department.regency.type.length,
    "head_name": Department.head_name.type.length,
    "head_position": Department.head_position.type.length,
}


ACCOUNT_MAX = 100
"""Characters of an account name ("@dinkes.kabbekasi", a page's name)."""


@dataclass(frozen=True)
class Profile:
    """Who uses this PC and for which department."""

    officer_name: str = ""
    officer_position: str = ""
    department_name: str = ""
    department_short: str = ""
    regency: str = ""
    head_name: str = ""
    head_position: str = ""
    accounts: tuple[tuple[str, str], ...] = ()
    """(platform code, the department's account name there), by code; none left empty."""

    @property
    def complete(self) -> bool:
        return bool(self.officer_name.strip() and self.department_name.strip())


def current_user(uow: UnitOfWork) -> User | None:
    """The person this unit of work acts for, or None before the welcome was completed.

    In team mode that is who signed in; on one PC it is the officer remembered in
    ``app_meta`` (a team database's ``app_meta`` is shared by every PC, so it is
    not read there).
    """
    if uow.actor is not None:
        return uow.session.get(User, uow.actor.user_id)
    meta = uow.session.get(AppMeta, CURRENT_USER_KEY)
    if meta is None:
        return None
    return uow.session.get(User, int(meta.value))


def current_user_name(uow: UnitOfWork) -> str:
    """The name of the user this PC works as ("" before the welcome was completed).

    Read at every start, for the units of work to sign the audit log with: Core
    reads, so that no ORM query (the first configures every mapper) runs before
    the calendar shows.
    """
    meta, users = cast(Table, AppMeta.__table__), cast(Table, User.__table__)
    user_id = uow.session.scalar(select(meta.c.value).where(meta.c.key == CURRENT_USER_KEY))
    if user_id is None:
        return ""
    name = uow.session.scalar(select(users.c.name).where(users.c.id == int(user_id)))
    return name or ""


def get_profile(uow: UnitOfWork) -> Profile:
    """The stored profile, or an empty one."""
    user = current_user(uow)
    if user is None:
        return Profile()
    dept = user.department
    return Profile(
        officer_name=user.name,
        officer_position=user.position,
        department_name=dept.name if dept else "",
        department_short=dept.short_name if dept else "",
        regency=dept.regency if dept else "",
        head_name=dept.head_name if dept else "",
        head_position=dept.head_position if dept else "",
        accounts=tuple(sorted((dept.accounts or {}).items())) if dept else (),
    )


def _clean_accounts(
    uow: UnitOfWork, accounts: tuple[tuple[str, str], ...]
) -> tuple[tuple[str, str], ...]:
    """The account names trimmed, empty ones left out, each on a known platform."""
    known = set(uow.session.scalars(select(Platform.code)))
    clean = {}
    for code, name in accounts:
        name = " ".join(name.split())  # one line, as the platforms show it
        if not name:
            continue
        if code not in known:
            raise ValidationError(code="account_platform_unknown", detail=code, platform=code)
        if len(name) > ACCOUNT_MAX:
            raise ValidationError(
                code="account_name_too_long", detail=code, platform=code, limit=ACCOUNT_MAX
            )
        clean[code] = name
    return tuple(sorted(clean.items()))


def require_department_change(uow: UnitOfWork) -> None:
    """In team mode a department is shared: only an administrator changes it."""
    if uow.actor is not None:
        require(uow, Permission.MANAGE_USERS)


def save_profile(uow: UnitOfWork, profile: Profile) -> str:
    """Create or update the officer and their department; commits; returns the
    officer's name as stored (trimmed).

    In team mode this is the signed-in person's own name and position; their
    department's details are an administrator's to change.  The window signs its
    later units of work with the returned name (`AppContext.user_name`), set on
    its own thread once the save is done.
    """
    texts = {k: v.strip() for k, v in profile.__dict__.items() if isinstance(v, str)}
    clean = Profile(**texts, accounts=_clean_accounts(uow, profile.accounts))
    if not clean.officer_name:
        raise ValidationError(code="profile_name_required", detail="the officer's name is empty")
    if not clean.department_name:
        raise ValidationError(code="profile_department_required", detail="the department is empty")
    user = current_user(uow)
    if user is None:
        user = User(name=clean.officer_name)
        uow.session.add(user)
    if user.department is None:
        require_department_change(uow)
        user.department = Department(name=clean.department_name)
    user.name = clean.officer_name
    user.position = clean.officer_position
    dept = user.department
    changes = {
        "name": clean.department_name,
        "short_name": clean.department_short,
        "regency": clean.regency,
        "head_name": clean.head_name,
        "head_position": clean.head_position,
        "accounts": dict(clean.accounts),
    }
    if any(getattr(dept, key) != value for key, value in changes.items()):
        require_department_change(uow)
        for key, value in changes.items():
            setattr(dept, key, value)
    uow.session.flush()
    if uow.actor is None:
        uow.session.merge(AppMeta(key=CURRENT_USER_KEY, value=str(user.id)))
    if uow.actor is None:
        uow.user_name = user.name
    audit.record(uow, "user", user.id, "profile_saved", department=dept.name)
    uow.commit()
    return clean.officer_name
