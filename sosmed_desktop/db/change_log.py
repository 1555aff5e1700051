"""Recording what each transaction changed, for the other copies of the app.

`install(factory)` hooks the sessions of one application context: every flush
notes the kinds and ids of the rows it wrote (``post`` 12, ``media`` 40 ...,
the kinds the GUI's data bus uses), and just before the commit one row is
appended to ``change_log`` in the same transaction.  On PostgreSQL the commit
also wakes every listening copy of the app (``pg_notify`` issued inside the
transaction is delivered only if it commits).  Reading the records is
`services/live.py`'s part.
"""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, event, func, insert, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from sosmed_desktop.db.models_live import ChangeRecord
from sosmed_desktop.db.types import utcnow

CHANNEL = "sosmed_changes"
"""The PostgreSQL LISTEN/NOTIFY channel."""
KEEP = timedelta(days=2)
"""Older records are pruned: a copy of the app that was away longer reloads everything."""
PRUNE_EVERY = 200
MAX_IDS = 200
"""More ids of one kind in one transaction are recorded as "any of that kind"."""
NOTIFY_LIMIT = 7000  # bytes; PostgreSQL refuses payloads of 8000 and more

# Mapped class name -> the data bus's kind.  Children of a post touch the post row
# (its version goes up), so the post itself is always among the changes.
KINDS = {
    "Post": "post",
    "PostVariant": "post",
    "VariantMedia": "post",
    "Approval": "post",
    "MediaAsset": "media",
    "SavedRecipe": "media",
    "Direction": "direction",
    "DataNote": "data_note",
    "Reminder": "reminder",
    "HashtagGroup": "library",
    "CaptionSnippet": "library",
    "SpellingWord": "spelling",
    "Department": "profile",
    "User": "profile",
}
# A new tag comes with the post, photo or note that carries it (recorded as such).
IGNORED = frozenset({"AuditEntry", "ChangeRecord", "AppMeta", "Tag"})
ALL = "all"
_KEY = "sosmed_changes"


def _entity_id(name: str, obj: Any) -> int | None:
    if name == "Post" or KINDS.get(name) != "post":
        return getattr(obj, "id", None)
    return getattr(obj, "post_id", None)  # a variant or approval: its post


def _note_flush(session: Session, _context: Any) -> None:
    """``after_flush``: add the rows this flush wrote to the transaction's changes."""
    changes: dict[str, set[int] | None] = session.info.setdefault(_KEY, {})
    for obj in (*session.new, *session.dirty, *session.deleted):
        if obj in session.dirty and not session.is_modified(obj, include_collections=True):
            continue
        name = type(obj).__name__
        if name in IGNORED:
            continue
        kind = KINDS.get(name, ALL)
        ident = _entity_id(name, obj) if kind != ALL else None
        known = changes.get(kind, set())
        if known is None:
            continue
        if ident is None or len(known) >= MAX_IDS:
            changes[kind] = None  # any record of this kind
        else:
            known.add(int(ident))
            changes[kind] = known


def _note_statement(state: ORMExecuteState) -> None:
    """``do_orm_execute``: an INSERT/UPDATE/DELETE statement, its rows' ids unknown."""
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    mapper = state.bind_mapper
    name = mapper.class_.__name__ if mapper is not None else ""
    if name not in IGNORED:
        state.session.info.setdefault(_KEY, {})[KINDS.get(name, ALL)] = None


def pending(session: Session) -> dict[str, list[int]]:
    """The changes noted so far in the session's transaction (JSON-ready)."""
    raw = session.info.get(_KEY) or {}
    return {kind: sorted(ids) if ids else [] for kind, ids in raw.items()}


def _forget(session: Session, *_args: Any) -> None:
    session.info.pop(_KEY, None)


def _has_table(session: Session) -> bool:
    """Whether the schema has the change log (not below revision 0011: a test's downgrade).

    Asked once per database connection (its `info` lives as long as it does).
    """
    conn = session.connection()
    known = conn.info.get(_KEY)
    if known is None:
        known = conn.info[_KEY] = inspect(conn).has_table(ChangeRecord.__tablename__)
    return bool(known)


class ChangeLog:
    """The hooks of one application context; `origin` tells its records from others'."""

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self.origin = uuid.uuid4().hex
        self._written = 0
        event.listen(factory, "after_flush", _note_flush)
        event.listen(factory, "do_orm_execute", _note_statement)
        event.listen(factory, "before_commit", self._record)
        event.listen(factory, "after_commit", _forget)
        event.listen(factory, "after_rollback", _forget)

    def _record(self, session: Session) -> None:
        """``before_commit``: append the transaction's changes and notify the listeners."""
        if session.dirty or session.new or session.deleted:
            session.flush()  # commit would flush next: note those rows too
        changes = pending(session)
        if not changes or not _has_table(session):
            return
        user = str(session.info.get("user_name", ""))
        row_id = session.execute(
            insert(ChangeRecord).values(
                at=utcnow(), origin=self.origin, user_name=user[:120], changes=changes
            )
        ).inserted_primary_key[0]
        if session.get_bind().dialect.name == "postgresql":
            payload = json.dumps({"id": row_id, "origin": self.origin, "changes": changes})
            if len(payload.encode()) > NOTIFY_LIMIT:
                payload = json.dumps({"id": row_id, "origin": self.origin})
            session.execute(select(func.pg_notify(CHANNEL, payload)))
        self._written += 1
        if self._written % PRUNE_EVERY == 0:
            session.execute(delete(ChangeRecord).where(ChangeRecord.at < utcnow() - KEEP))
        _forget(session)


def install(factory: sessionmaker[Session]) -> ChangeLog:
    """Record the changes of every transaction the sessions of `factory` commit."""
    return ChangeLog(factory)
