"""Checking the signed-in person's permission before a use case changes anything.

Services call `require` first, so that the rule holds whatever calls them (the
GUI, a test, a future command); the GUI only hides what would be refused.  The
role is read again from the database: an administrator's change (another role,
a deactivated account) counts from the next action, not the next sign-in.

Every other write is guarded the same way, once per transaction, at the depth
where writes happen (`guard_writes`: a session's flush and its insert, update
and delete statements): a deactivated account writes nothing, and neither does
one whose role lost a permission or whose department changed since the sign-in
(what it sees and may touch was decided by the old role): it signs in again.

Without an `Actor` (one PC, the headless commands) nothing is restricted.  The
permissions organise a team; they are no protection against someone who holds
the database's own password.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from sosmed_desktop.db.models import User
from sosmed_desktop.db.uow import ACTOR_KEY, UnitOfWork
from sosmed_desktop.domain.permissions import ROLE_PERMISSIONS, Actor, Permission, role_can
from sosmed_desktop.domain.statuses import Role
from sosmed_desktop.errors import PermissionDeniedError

_CHECKED = "sosmed_writer_checked"


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


def check_writer(session: Session) -> None:
    """Refuse a write by a signed-in person who was deactivated, demoted or moved.

    Raises `PermissionDeniedError` with the code ``account_inactive`` or
    ``account_changed``; the unit of work then rolls back.
    """
    actor: Actor | None = session.info.get(ACTOR_KEY)
    if actor is None or session.info.get(_CHECKED):
        return
    with session.no_autoflush:
        row = session.execute(
            select(User.role, User.active, User.department_id).where(User.id == actor.user_id)
        ).first()
    if row is None or not row.active:
        raise PermissionDeniedError(
            code="account_inactive", role=actor.role.value, permission="write", active=False
        )
    lost = ROLE_PERMISSIONS[actor.role] - ROLE_PERMISSIONS[Role(row.role)]
    if lost or row.department_id != actor.department_id:
        raise PermissionDeniedError(
            code="account_changed", role=row.role, permission="write", active=True,
            lost=sorted(p.value for p in lost),
        )  # fmt: skip
    session.info[_CHECKED] = True


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    if session.new or session.dirty or session.deleted:
        check_writer(session)


def _before_statement(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        check_writer(state.session)


def _forget(session: Session, *_args: Any) -> None:
    session.info.pop(_CHECKED, None)


def guard_writes(factory: sessionmaker[Session]) -> None:
    """Check the writer of every transaction of the sessions `factory` makes (`check_writer`)."""
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "do_orm_execute", _before_statement)
    event.listen(factory, "after_commit", _forget)
    event.listen(factory, "after_rollback", _forget)
