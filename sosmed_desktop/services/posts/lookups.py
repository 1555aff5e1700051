"""Short lists for pickers and completers: leaders, programs, posts to link or cite."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select

from sosmed_desktop.db.models import Direction, Post, Program
from sosmed_desktop.db.scoping import programs_seen
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.services.directions.directions import LinkedPost


@dataclass(frozen=True)
class Leader:
    """Someone who has given directions, with the position last recorded for them."""

    name: str
    position: str


@dataclass(frozen=True)
class Choice:
    """An id and a name (a program)."""

    id: int
    name: str


def leaders(uow: UnitOfWork) -> list[Leader]:
    """Everyone who gave directions, by name, with their latest recorded position."""
    latest: dict[str, str] = {}
    stmt = select(Direction.given_by_name, Direction.given_by_position).order_by(
        Direction.given_at, Direction.id
    )
    for name, position in uow.session.execute(stmt):
        latest[name] = position or latest.get(name, "")
    return [Leader(name, latest[name]) for name in sorted(latest, key=str.casefold)]


def program_choices(uow: UnitOfWork) -> list[Choice]:
    """Programs that directions can belong to (archived ones left out)."""
    stmt = select(Program.id, Program.name).where(Program.archived.is_(False))
    stmt = programs_seen(stmt, uow.session)
    return [Choice(i, n) for i, n in uow.session.execute(stmt.order_by(Program.name))]


def post_choices(
    uow: UnitOfWork, text: str = "", *, exclude: frozenset[int] = frozenset(), limit: int = 300
) -> list[LinkedPost]:
    """Posts outside the trash whose title matches every word of `text`, newest date first.

    Undated ideas come first: they are usually what a fresh direction turns into.
    """
    stmt = select(Post).where(Post.deleted_at.is_(None))
    for word in text.split():  # % _ and \ match themselves (autoescape)
        stmt = stmt.where(
            or_(
                Post.title.icontains(word, autoescape=True),
                Post.master_caption.icontains(word, autoescape=True),
            )
        )
    if exclude:
        stmt = stmt.where(Post.id.not_in(exclude))
    stmt = stmt.order_by(Post.scheduled_at.is_not(None), Post.scheduled_at.desc(), Post.id.desc())
    return [
        LinkedPost(p.id, p.title, p.status, p.scheduled_at)
        for p in uow.session.scalars(stmt.limit(limit))
    ]
