"""Department scoping: in team mode a person sees their own department's posts, directions
and platform results.

(And only their own reminders: see `services.reminder_owner`.)

One place instead of a condition in every query: each ORM statement of a
session whose `Actor` does not see every department gets the criteria
"department is mine (or none)" for `Post`, `Direction` and the results, including the lazy
loads of their relationships and `Session.get`.  A post of another department
is then simply not found.  Queries written against the Core tables (the
calendar's fast month query) add `department_clause` themselves.

Rows without a department (from before team mode) stay visible to everyone
rather than to no one.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, event, or_
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker, with_loader_criteria

from sosmed_desktop.db.models import Direction, Post, Program, Reminder
from sosmed_desktop.db.models_results import PostResult, ResultFile
from sosmed_desktop.db.uow import ACTOR_KEY
from sosmed_desktop.domain.permissions import Actor

SCOPED = (Post, Direction, ResultFile, PostResult)


def scoped_department(session: Session) -> tuple[bool, int | None]:
    """(whether the session is limited to one department, that department's id)."""
    actor: Actor | None = session.info.get(ACTOR_KEY)
    if actor is None or actor.sees_all_departments:
        return False, None
    return True, actor.department_id


def department_clause(column: ColumnElement, department_id: int | None) -> ColumnElement[bool]:
    """``column`` is the department's, or empty (visible to all)."""
    if department_id is None:
        return column.is_(None)
    return or_(column == department_id, column.is_(None))


def programs_seen(stmt: Select, session: Session) -> Select:
    """`stmt` over `Program` limited to the programs the session's person sees: their
    department's and the shared ones (the legend, the pickers, the programs dialog).

    Not a criterion of every statement like `SCOPED`: a post of another department
    may still show the program it has (the coordinator's calendar, a package).
    """
    limited, department_id = scoped_department(session)
    if not limited:
        return stmt
    return stmt.where(department_clause(Program.department_id, department_id))


def scope_by_department(session_factory: sessionmaker[Session]) -> None:
    """Add the department criteria to every ORM statement of a limited session."""

    @event.listens_for(session_factory, "do_orm_execute")
    def _limit(state: ORMExecuteState) -> None:
        if not state.is_select or state.is_column_load or state.is_relationship_load:
            return  # a load of a relationship or column inherits its parent's criteria
        actor: Actor | None = state.session.info.get(ACTOR_KEY)
        if actor is not None:  # a person's reminders are theirs (services.reminder_owner)
            state.statement = state.statement.options(
                with_loader_criteria(Reminder, Reminder.user_id == actor.user_id)
            )
        limited, department_id = scoped_department(state.session)
        if not limited:
            return
        for entity in SCOPED:
            state.statement = state.statement.options(
                with_loader_criteria(
                    entity,
                    department_clause(entity.department_id, department_id),
                )
            )
