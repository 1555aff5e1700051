"""The departments (perangkat daerah) sharing a team database.

Anyone signed in may list them (the calendar's department filter, the users
dialog); creating and editing them is an administrator's work.  A department is
never deleted: its posts and history keep pointing at it.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import func, select

from sosmed_desktop.db.models import Department, User
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.permissions import Permission
from sosmed_desktop.errors import ConflictError, NotFoundError, ValidationError
from sosmed_desktop.services import audit
from sosmed_desktop.services.team.access import require


@dataclass(frozen=True)
class DepartmentInput:
    """What an administrator types about a department."""

    name: str
    short_name: str = ""
    regency: str = ""
    head_name: str = ""
    head_position: str = ""


@dataclass(frozen=True)
class DepartmentRow(DepartmentInput):
    """A department with the number of its active accounts."""

    id: int = 0
    users: int = 0

    @property
    def label(self) -> str:
        return self.short_name or self.name


def _clean(uow: UnitOfWork, data: DepartmentInput, skip_id: int | None) -> DepartmentInput:
    clean = DepartmentInput(
        **{f.name: " ".join(getattr(data, f.name).split()) for f in fields(data)}
    )
    if not clean.name:
        raise ValidationError(code="department_name_required", detail="the name is empty")
    same = uow.session.scalar(
        select(Department.id).where(
            func.lower(Department.name) == clean.name.lower(), Department.id != (skip_id or 0)
        )
    )
    if same is not None:
        raise ConflictError(
            code="department_exists", detail=f"{clean.name} exists", name=clean.name
        )
    return clean


def list_departments(uow: UnitOfWork) -> list[DepartmentRow]:
    """Every department, by name."""
    stmt = (
        select(User.department_id, func.count(User.id))
        .where(User.active.is_(True), User.department_id.is_not(None))
        .group_by(User.department_id)
    )
    counts = {dept_id: n for dept_id, n in uow.session.execute(stmt)}
    rows = uow.session.scalars(select(Department).order_by(Department.name, Department.id))
    return [
        DepartmentRow(
            name=d.name,
            short_name=d.short_name,
            regency=d.regency,
            head_name=d.head_name,
            head_position=d.head_position,
            id=d.id,
            users=counts.get(d.id, 0),
        )
        for d in rows
    ]


def create_department(uow: UnitOfWork, data: DepartmentInput) -> int:
    """Add a department; commits and returns its id."""
    require(uow, Permission.MANAGE_USERS)
    clean = _clean(uow, data, None)
    row = Department(**{f.name: getattr(clean, f.name) for f in fields(clean)})
    uow.session.add(row)
    uow.session.flush()
    audit.record(uow, "department", row.id, "department_created", name=row.name)
    uow.commit()
    return row.id


def update_department(uow: UnitOfWork, department_id: int, data: DepartmentInput) -> None:
    """Change a department's names and head; commits."""
    require(uow, Permission.MANAGE_USERS)
    row = uow.session.get(Department, department_id)
    if row is None:
        raise NotFoundError(code="department_not_found", what="department", ident=department_id)
    clean = _clean(uow, data, department_id)
    changed = {}
    for f in fields(clean):
        old, new = getattr(row, f.name), getattr(clean, f.name)
        if old != new:
            changed[f.name] = [old, new]
            setattr(row, f.name, new)
    if changed:
        audit.record(uow, "department", row.id, "department_updated", changes=changed)
    uow.commit()


def filter_choices(uow: UnitOfWork) -> list[tuple[int, str]] | None:
    """(id, label) of every department for a department filter — for whoever sees
    them all (coordinator, administrator); None for everyone else (no filter)."""
    actor = uow.actor
    if actor is None or not actor.sees_all_departments:
        return None
    return [(d.id, d.label) for d in list_departments(uow)]
