"""Alembic environment: runs on the connection handed over by `db.migrate`.

Notes for revision authors (SQLite):
- `db.migrate.upgrade` turns foreign keys off while migrating and runs
  ``PRAGMA foreign_key_check`` afterwards, so a batch rebuild (copy, DROP,
  rename) does not cascade into child rows.
- The search triggers (revisions 0002 and 0006) hang off ``posts``,
  ``post_variants``, ``post_tags``, ``tags``, ``directions``, ``programs``,
  ``data_notes`` and ``data_note_tags``: rebuilding one of these tables drops
  its triggers, so create them again afterwards (a test checks that every
  search trigger exists at the head revision).  Never rebuild ``posts`` or
  ``post_variants``; prefer plain ADD/DROP COLUMN.  Trigger bodies naming a
  rebuilt table are fine: `db.migrate` renames with ``legacy_alter_table``.
- Rebuilding ``audit_log`` loses its append-only triggers: create them again.
"""

from __future__ import annotations

from alembic import context

from sosmed_desktop.db.models import Base

connection = context.config.attributes["connection"]


SEARCH_TABLES = ("post_search", "direction_search", "data_note_search", "search_queue")


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Leave the search indexes (FTS5's shadow tables too) and their queue out of autogenerate."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLES))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=include_name,
    # SQLite can roll DDL back; the engine begins real transactions (db/engine.py),
    # so a migration interrupted by a crash leaves the previous schema intact.
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
