"""The department's programs: create, rename, recolour, archive and merge them.

A program ("Cegah Stunting", "Imunisasi") groups posts and directions and gives
them their colour in the calendar, its legend and its filter.  The rules:

* A name is unique, without regard to case, among the programs one department
  sees: its own and those without a department (from before team mode, shared
  by all).  An archived program keeps its name: bring it back instead.
* A colour is ``#rrggbb`` (`domain/programs.py`); a new program without one
  gets the first colour of the palette not in use.
* Archiving hides a program from the choices of new posts and directions and
  from the legend; the posts that have it keep it (and its colour).
* Merging A into B moves every post and direction of A to B (including posts
  in the trash), then deletes A; each moved post's history says so.  Both must
  be the same department's (or B shared), and B must not be archived.  Undoing
  it brings A back under its id with the posts still in B that came from A.
* The program is not part of what the head of department approves
  (`domain/approval.py`): a rename or a merge leaves approvals in force.

In team mode a person works on the programs their department sees
(`db/scoping.programs_seen`); another department's program is not found.  The
change log records the program (and the moved posts and directions), so every
view's legend, filters and colours refresh.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update

from sosmed_desktop.db.models import Department, Direction, Post, Program
from sosmed_desktop.db.scoping import department_clause, programs_seen
from sosmed_desktop.db.types import utcnow
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.names import clean_name
from sosmed_desktop.domain.permissions import Permission
from sosmed_desktop.domain.programs import NAME_MAX, clean_colour, next_colour
from sosmed_desktop.errors import ConflictError, NotFoundError, ValidationError
from sosmed_desktop.services import audit, profile
from sosmed_desktop.services.team.access import require


@dataclass(frozen=True)
class ProgramRow:
    """A program as the programs dialog lists it."""

    id: int
    name: str
    colour: str
    archived: bool
    posts: int
    """Posts outside the trash that have it."""
    department: str = ""
    """The short name of its department ("" when shared by all)."""


@dataclass(frozen=True)
class MergePreview:
    """What a merge of `source` into `target` would move (for the confirmation)."""

    source: str
    target: str
    posts: int
    """Posts outside the trash."""
    trashed: int
    directions: int


@dataclass(frozen=True)
class MergeResult:
    """What a merge did: the source as it was, the posts and directions it moved."""

    source_id: int
    source_name: str
    source_colour: str
    source_department_id: int | None
    target_id: int
    post_ids: tuple[int, ...]
    direction_ids: tuple[int, ...]


def list_programs(uow: UnitOfWork) -> list[ProgramRow]:
    """Every program one sees by name, the archived ones last."""
    counts = dict(
        uow.session.execute(
            select(Post.program_id, func.count(Post.id))
            .where(Post.deleted_at.is_(None), Post.program_id.is_not(None))
            .group_by(Post.program_id)
        ).all()
    )
    stmt = programs_seen(
        select(Program, Department.short_name, Department.name).outerjoin(
            Department, Department.id == Program.department_id
        ),
        uow.session,
    )
    rows = [
        ProgramRow(p.id, p.name, p.colour, p.archived, counts.get(p.id, 0), short or long or "")
        for p, short, long in uow.session.execute(stmt)
    ]
    return sorted(rows, key=lambda r: (r.archived, r.name.casefold(), r.id))


def create_program(uow: UnitOfWork, name: str, colour: str | None = None) -> ProgramRow:
    """A new program of the person's department (its colour chosen when None); commits."""
    require(uow, Permission.EDIT_CONTENT)
    clean = clean_name(name, NAME_MAX)
    user = profile.current_user(uow)
    department_id = user.department_id if user is not None else None
    _unique(uow, clean, department_id, None)
    if colour is None:
        seen = programs_seen(select(Program.colour), uow.session)
        used = uow.session.scalars(seen.where(Program.archived.is_(False)))
        chosen = next_colour(set(used))
    else:
        chosen = clean_colour(colour)
    row = Program(name=clean, colour=chosen, department_id=department_id, archived=False)
    uow.session.add(row)
    uow.session.flush()
    audit.record(uow, "program", row.id, "created", name=clean, colour=chosen)
    uow.commit()
    return _row(uow, row)


def rename_program(uow: UnitOfWork, program_id: int, name: str) -> ProgramRow:
    """Give a program another name; commits.  Its posts keep it (and their approvals)."""
    row = _writable(uow, program_id)
    clean = clean_name(name, NAME_MAX)
    if clean != row.name:
        _unique(uow, clean, row.department_id, row.id)
    return _change(uow, row, "name", clean, "renamed")


def recolour_program(uow: UnitOfWork, program_id: int, colour: str) -> ProgramRow:
    """Give a program another calendar colour; commits."""
    row = _writable(uow, program_id)
    return _change(uow, row, "colour", clean_colour(colour), "recoloured")


def set_archived(uow: UnitOfWork, program_id: int, archived: bool) -> ProgramRow:
    """Archive a program (no longer offered, kept on its posts) or bring it back; commits."""
    row = _writable(uow, program_id)
    if row.archived != archived:
        if not archived:  # a program of the same name may have been made meanwhile
            _unique(uow, row.name, row.department_id, row.id)
        row.archived = archived
        audit.record(uow, "program", row.id, "archived" if archived else "unarchived")
        uow.commit()
    return _row(uow, row)


def merge_preview(uow: UnitOfWork, source_id: int, target_id: int) -> MergePreview:
    """How many posts and directions a merge of `source_id` into `target_id` moves
    (every department's, as the merge moves them)."""
    source, target = _mergeable(uow, source_id, target_id)
    posts, directions = Post.__table__.c, Direction.__table__.c  # Core: unscoped
    live = posts.deleted_at.is_(None)
    counts = uow.session.execute(
        select(live, func.count()).where(posts.program_id == source.id).group_by(live)
    ).all()
    by_place = {bool(is_live): n for is_live, n in counts}
    moved = uow.session.scalar(
        select(func.count()).select_from(Direction.__table__)
        .where(directions.program_id == source.id)
    )  # fmt: skip
    return MergePreview(
        source.name, target.name, by_place.get(True, 0), by_place.get(False, 0), moved or 0
    )


def merge_programs(
    uow: UnitOfWork, source_id: int, target_id: int, *, source_name: str | None = None
) -> MergeResult:
    """Move every post and direction of `source_id` to `target_id`, delete the source;
    commits.  `source_name` (a redo) refuses a source that is another program by now.

    The rows are moved with one statement each, past the department scoping: a
    post of another department that has this program moves too rather than
    losing its program.  Each post's version goes up (an editor holding it sees
    the change), its history records the merge.  `unmerge_programs` undoes it.
    """
    source, target = _mergeable(uow, source_id, target_id)
    if source_name is not None and source.name.casefold() != source_name.casefold():
        raise NotFoundError(code="program_not_found", what="program", ident=source_id)
    post_ids = _move(uow, Post, _ids_of(uow, Post, source.id, None), target.id)
    direction_ids = _move(uow, Direction, _ids_of(uow, Direction, source.id, None), target.id)
    for post_id in post_ids:
        audit.record(uow, "post", post_id, "program_merged", old=source.name, new=target.name)
    audit.record(
        uow, "program", source.id, "merged", name=source.name, into=target.id,
        into_name=target.name, posts=len(post_ids), directions=len(direction_ids),
    )  # fmt: skip
    result = MergeResult(
        source.id, source.name, source.colour, source.department_id, target.id,
        post_ids, direction_ids,
    )  # fmt: skip
    uow.session.delete(source)
    uow.commit()
    return result


def unmerge_programs(uow: UnitOfWork, merged: MergeResult) -> ProgramRow:
    """Undo a merge: the source comes back under its id, name and colour, with the posts
    and directions it gave that are still in the target; commits."""
    require(uow, Permission.EDIT_CONTENT)
    target = _get(uow, merged.target_id)
    if uow.session.get(Program, merged.source_id) is not None:
        raise ConflictError(
            code="program_restore_taken", detail="its id was given to another program",
            name=merged.source_name,
        )  # fmt: skip
    _unique(uow, merged.source_name, merged.source_department_id, None)
    row = Program(
        id=merged.source_id, name=merged.source_name, colour=merged.source_colour,
        department_id=merged.source_department_id, archived=False,
    )  # fmt: skip
    uow.session.add(row)
    uow.session.flush()
    posts = _move(uow, Post, _ids_of(uow, Post, target.id, merged.post_ids), row.id)
    directions = _ids_of(uow, Direction, target.id, merged.direction_ids)
    _move(uow, Direction, directions, row.id)
    for post_id in posts:
        audit.record(uow, "post", post_id, "program_unmerged", old=target.name, new=row.name)
    audit.record(uow, "program", row.id, "unmerged", name=row.name, posts=len(posts))
    uow.commit()
    return _row(uow, row)


# --- the rules ----------------------------------------------------------------------------


def _get(uow: UnitOfWork, program_id: int) -> Program:
    stmt = programs_seen(select(Program).where(Program.id == program_id), uow.session)
    row = uow.session.scalar(stmt)
    if row is None:
        raise NotFoundError(code="program_not_found", what="program", ident=program_id)
    return row


def _writable(uow: UnitOfWork, program_id: int) -> Program:
    require(uow, Permission.EDIT_CONTENT)
    return _get(uow, program_id)


def _change(uow: UnitOfWork, row: Program, field: str, value: str, action: str) -> ProgramRow:
    """Set one checked field, recorded in the program's history; commits (when it differs)."""
    old = getattr(row, field)
    if value != old:
        audit.record(uow, "program", row.id, action, old=old, new=value)
        setattr(row, field, value)
        uow.commit()
    return _row(uow, row)


def _unique(uow: UnitOfWork, name: str, department_id: int | None, skip_id: int | None) -> None:
    """Refuse `name` when a program that the same people see has it (any case)."""
    stmt = select(Program.name, Program.archived).where(Program.id != (skip_id or 0))
    if department_id is not None:
        stmt = stmt.where(department_clause(Program.department_id, department_id))
    key = name.casefold()
    for other, archived in uow.session.execute(stmt):
        if other.casefold() == key:
            raise ConflictError(
                code="program_name_taken", detail=f"{name!r} exists", name=other,
                archived=bool(archived),
            )  # fmt: skip


def _mergeable(uow: UnitOfWork, source_id: int, target_id: int) -> tuple[Program, Program]:
    require(uow, Permission.EDIT_CONTENT)
    if source_id == target_id:
        raise ValidationError(code="program_merge_same", detail="a program into itself")
    source, target = _get(uow, source_id), _get(uow, target_id)
    if target.archived:
        raise ConflictError(
            code="program_merge_archived", detail=f"{target.name} is archived", name=target.name
        )
    if target.department_id not in (None, source.department_id):
        raise ConflictError(
            code="program_merge_department", detail="programs of two departments",
            source=source.name, target=target.name,
        )  # fmt: skip
    return source, target


def _ids_of(
    uow: UnitOfWork, model: Any, program_id: int, among: tuple[int, ...] | None
) -> tuple[int, ...]:
    """Ids of the rows of `model` with the program (of those `among`, when given), every
    department's: a Core statement, past the department scoping."""
    table = model.__table__
    stmt = select(table.c.id).where(table.c.program_id == program_id).order_by(table.c.id)
    if among is not None:
        stmt = stmt.where(table.c.id.in_(among))
    return tuple(uow.session.scalars(stmt))


def _move(uow: UnitOfWork, model: Any, ids: tuple[int, ...], program_id: int) -> tuple[int, ...]:
    """Give the rows `ids` of `model` (posts: their version goes up) the program."""
    if ids:
        values: dict[str, Any] = {"program_id": program_id, "updated_at": utcnow()}
        if model is Post:
            values["version"] = Post.version + 1
        uow.session.execute(
            update(model)
            .where(model.id.in_(ids))
            .values(**values)
            .execution_options(synchronize_session=False)
        )
    return ids


def _row(uow: UnitOfWork, row: Program) -> ProgramRow:
    posts = uow.session.scalar(
        select(func.count(Post.id)).where(Post.program_id == row.id, Post.deleted_at.is_(None))
    )
    department = uow.session.get(Department, row.department_id) if row.department_id else None
    label = (department.short_name or department.name) if department is not None else ""
    return ProgramRow(row.id, row.name, row.colour, row.archived, posts or 0, label)
