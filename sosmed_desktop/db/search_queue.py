"""SQLite: re-index the records the tag triggers noted, once each, as a transaction commits.

Linking n tags to a post used to rebuild the post's search document n times
(its triggers ran per tag row), so saving one post cost time in the square of
its tags.  Since revision 0013 those triggers only note the post (or data note)
in ``search_queue``.  PostgreSQL works the queue off by a deferred trigger;
SQLite has none, so this hook of the engine's ``commit`` event does it, inside
the transaction being committed, for every commit on the engine (a unit of
work, a migration, a headless command alike): touching a noted row fires the
re-indexing trigger of 0002/0006 once, then the queue is emptied.  A failure
here fails the commit, so the index never falls behind the data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Engine

HAS_QUEUE = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_queue'"
# kind -> the statement whose UPDATE trigger re-indexes a noted record (0002, 0006)
TOUCH = {
    "post": "UPDATE posts SET title = title WHERE id IN "
    "(SELECT record_id FROM search_queue WHERE kind = 'post')",
    "data_note": "UPDATE data_notes SET title = title WHERE id IN "
    "(SELECT record_id FROM search_queue WHERE kind = 'data_note')",
}


def _work_off(conn: Any) -> None:
    """``commit`` event: re-index what the transaction queued (nothing below 0013)."""
    raw = conn.connection.driver_connection
    if raw.execute(HAS_QUEUE).fetchone() is None:
        return
    if raw.execute("SELECT 1 FROM search_queue LIMIT 1").fetchone() is None:
        return
    for statement in TOUCH.values():
        raw.execute(statement)
    raw.execute("DELETE FROM search_queue")


def install(engine: Engine) -> None:
    """Work the search queue off at each commit on this SQLite engine."""
    from sqlalchemy import event

    event.listen(engine, "commit", _work_off)
