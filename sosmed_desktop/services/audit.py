"""Writing the append-only history that every change of data leaves behind."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosmed_desktop.db.models import AuditEntry
from sosmed_desktop.db.uow import UnitOfWork


def record(
    uow: UnitOfWork, entity_type: str, entity_id: int | None, action: str, **details: Any
) -> None:
    """Add one history line in the caller's unit of work (committed with its change)."""
    _add(uow.session, uow.user_name, entity_type, entity_id, action, details)


def record_in(
    session: Session, entity_type: str, entity_id: int | None, action: str, **details: Any
) -> None:
    """`record` for code that holds only the session (a hook at commit): signed with the
    user its unit of work started with."""
    _add(session, str(session.info.get("user_name", "")), entity_type, entity_id, action, details)


def _add(
    session: Session,
    user_name: str,
    entity_type: str,
    entity_id: int | None,
    action: str,
    details: dict[str, Any],
) -> None:
    session.add(
        AuditEntry(
            user_name=user_name,
            entity_type=entity_type,
            entity_id=entity_id,
            action=action,
            details=details,
        )
    )


def history(uow: UnitOfWork, entity_type: str, entity_id: int) -> list[AuditEntry]:
    """The history of one record, oldest first."""
    stmt = (
        select(AuditEntry)
        .where(AuditEntry.entity_type == entity_type, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.id)
    )
    return list(uow.session.scalars(stmt))


@dataclass(frozen=True)
class HistoryEntry:
    """One line of a record's history as the editor shows it."""

    id: int
    at: datetime
    user_name: str
    action: str
    details: dict[str, Any]


def post_history(uow: UnitOfWork, post_id: int) -> list[HistoryEntry]:
    """A post's history (created, updated, rescheduled, status changes, approvals ...),
    oldest first."""
    return [
        HistoryEntry(e.id, e.at, e.user_name, e.action, dict(e.details or {}))
        for e in history(uow, "post", post_id)
    ]
