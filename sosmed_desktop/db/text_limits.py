"""Refuse text longer than its column before it reaches the database, on every engine.

PostgreSQL enforces ``VARCHAR(n)`` and fails the whole statement with a raw
driver error; SQLite ignores the length and stores anything.  The same input
must get the same answer from both: a `ValidationError` (code
``text_too_long``, naming the column and its limit) raised while flushing, so
nothing of the unit of work is written.  Services still check the limits the
officer should hear about by name (a post's title, a tag); this guard is the
net under every other path (a profile, an import, a future form).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from sosmed_desktop.errors import ValidationError

TEXT_TOO_LONG = "text_too_long"


@cache
def _limits(mapper: Any) -> list[tuple[str, str, int]]:
    """(attribute, column label, limit) of every length-limited text column of a mapping."""
    found = []
    for attr in mapper.column_attrs:
        for column in attr.columns:
            limit = getattr(column.type, "length", None)
            if isinstance(column.type, String) and limit and column.table is not None:
                found.append((attr.key, f"{column.table.name}.{column.name}", limit))
    return found


def check_text_lengths(session: Session, _flush_context: Any, _instances: Any) -> None:
    """The ``before_flush`` hook: raise for the first text that does not fit its column."""
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        for key, label, limit in _limits(state.mapper):
            value = state.dict.get(key)
            if isinstance(value, str) and len(value) > limit:
                raise ValidationError(
                    code=TEXT_TOO_LONG,
                    detail=f"{label} holds {len(value)} characters, at most {limit} fit",
                    field=label,
                    limit=limit,
                )


def guard_text_lengths(factory: sessionmaker[Session]) -> None:
    """Check every flush of the sessions `factory` makes."""
    event.listen(factory, "before_flush", check_text_lengths)
