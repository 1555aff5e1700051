"""Recording what each transaction changed, for this copy of the app and the others.

`install(factory)` hooks the sessions of one application context: every flush
notes the kinds and ids of the rows it wrote (``post`` 12, ``media`` 40 ...:
the `Kind`s of db/change_kinds.py), and just before the commit one row is
appended to ``change_log`` in the same transaction.  On PostgreSQL the commit
also wakes every listening copy of the app (``pg_notify`` issued inside the
transaction is delivered only if it commits).  Reading the records is
`services/team/live.py`'s part; this copy of the app gets the same record from
`committed()`, which `UnitOfWork.commit()` returns.
"""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, event, func, insert, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from sosmed_desktop.db.change_kinds import MAX_IDS, Changes, Kind
from sosmed_desktop.db.models_live import ChangeRecord
from sosmed_desktop.db.types import utcnow

CHANNEL = "sosmed_changes"
"""The PostgreSQL LISTEN/NOTIFY channel."""
KEEP = timedelta(days=2)
"""Older records are pruned: a copy of the app that was away longer reloads everything."""
PRUNE_EVERY = 200
NOTIFY_LIMIT = 7000  # bytes; PostgreSQL refuses payloads of 8000 and more

# Mapped class name -> its kind (`db/change_kinds.py`).  Children of a post touch the
# post row (its version goes up), so the post itself is always among the changes.
# tests/unit/test_change_kinds.py checks that every mapped class is named here, in
# IGNORED or is the audit log.
KINDS: dict[str, Kind] = {
    "Post": Kind.POST,
    "PostVariant": Kind.POST,
    "VariantMedia": Kind.POST,
    "Approval": Kind.POST,
    "MediaAsset": Kind.MEDIA,
    "SavedRecipe": Kind.MEDIA,
    "Direction": Kind.DIRECTION,
    "DataNote": Kind.DATA_NOTE,
    "Reminder": Kind.REMINDER,
    "HashtagGroup": Kind.LIBRARY,
    "CaptionSnippet": Kind.LIBRARY,
    "SpellingWord": Kind.SPELLING,
    "Department": Kind.PROFILE,
    "User": Kind.PROFILE,
    "Program": Kind.PROGRAM,
    "CommemorativeDay": Kind.CALENDAR_MARK,
    "ResultFile": Kind.RESULT,
    "PostResult": Kind.RESULT,
    "ResultMapping": Kind.RESULT,
    # The platform file is synchronised at start-up only, and what it says shows in
    # every view (chips, counters, checks, recipes): everything reloads.
    "Platform": Kind.ALL,
}
# A new tag comes with the post, photo or note that carries it, an original's chunks
# (team server) with its photo, a "last check" time with the reminders it checked.
IGNORED = frozenset({"ChangeRecord", "AppMeta", "Tag", "MediaBlob"})
AUDIT = "AuditEntry"
"""History lines.  One about a post records that post: an export changes nothing but
its history, and views and reminders (the export reminder) depend on it.  The
others come with the row they describe."""
_KEY = "sosmed_changes"
_COMMITTED = "sosmed_committed"


def _noted(name: str, obj: Any) -> tuple[Kind, int | None] | None:
    """The kind and id a flushed object records, or None when it records nothing."""
    if name == AUDIT:
        return (Kind.POST, obj.entity_id) if obj.entity_type == Kind.POST else None
    if name in IGNORED:
        return None
    kind = KINDS.get(name, Kind.ALL)
    if kind == Kind.ALL:
        return kind, None
    if name == "VariantMedia":
        return kind, _variant_post(obj)
    if kind == Kind.POST and name != "Post":
        return kind, getattr(obj, "post_id", None)  # a variant or approval: its post
    return kind, getattr(obj, "id", None)


def _variant_post(item: Any) -> int | None:
    """The post of a variant's photo, when its variant is already loaded (no query in a flush)."""
    variant = item.__dict__.get("variant")
    return getattr(variant, "post_id", None)


def _note_flush(session: Session, _context: Any) -> None:
    """``after_flush``: add the rows this flush wrote to the transaction's changes."""
    changes: dict[Kind, set[int] | None] = session.info.setdefault(_KEY, {})
    for obj in (*session.new, *session.dirty, *session.deleted):
        if obj in session.dirty and not session.is_modified(obj, include_collections=True):
            continue
        noted = _noted(type(obj).__name__, obj)
        if noted is None:
            continue
        kind, ident = noted
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
    if name not in IGNORED and name != AUDIT:
        state.session.info.setdefault(_KEY, {})[KINDS.get(name, Kind.ALL)] = None


def pending(session: Session) -> dict[str, list[int]]:
    """The changes noted so far in the session's transaction (JSON-ready)."""
    return _pending(session).to_json()


def _pending(session: Session) -> Changes:
    raw = session.info.get(_KEY) or {}
    return Changes({kind: frozenset(ids) if ids else None for kind, ids in raw.items()})


def committed(session: Session) -> Changes:
    """What the session's last commit changed (taken once: a second call says nothing)."""
    return session.info.pop(_COMMITTED, None) or Changes()


def _forget(session: Session, *_args: Any) -> None:
    """``after_commit``: the transaction's changes are recorded."""
    if not session.in_nested_transaction():
        session.info.pop(_KEY, None)


def _forget_all(session: Session, *_args: Any) -> None:
    """``after_rollback``: nothing of the transaction was committed.

    A savepoint rolled back (`begin_nested`) keeps what was noted: the
    transaction goes on, and naming a row that did not change after all costs a
    view a reload, never a missed change.
    """
    if not session.in_nested_transaction():
        session.info.pop(_KEY, None)
        session.info.pop(_COMMITTED, None)


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
        event.listen(factory, "after_rollback", _forget_all)

    def _record(self, session: Session) -> None:
        """``before_commit``: append the transaction's changes and notify the listeners.

        A savepoint released (`begin_nested`) is not a commit: its rows are
        recorded with the transaction around it.
        """
        if session.in_nested_transaction():
            return
        if session.dirty or session.new or session.deleted:
            session.flush()  # commit would flush next: note those rows too
        noted = _pending(session)
        session.info[_COMMITTED] = noted  # for `committed`, once the commit succeeded
        changes = noted.to_json()
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
        session.info.pop(_KEY, None)


def install(factory: sessionmaker[Session]) -> ChangeLog:
    """Record the changes of every transaction the sessions of `factory` commit."""
    return ChangeLog(factory)
