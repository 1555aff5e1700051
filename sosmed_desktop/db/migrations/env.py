"""Alembic environment: runs on the connection handed over by `db.migrate`.

Notes for revision authors (SQLite):
- `db.migrate.upgrade` turns foreign keys off while migrating and runs
  ``PRAGMA foreign_key_check`` afterwards, so a batch rebuild (copy, DROP,
  rename) does not cascade into child rows.
- The search triggers (revision 0002) name ``posts`` and ``post_variants``:
  drop them before rebuilding those tables and create them again after.
- Rebuilding ``audit_log`` loses its append-only triggers: create them again.
"""

from __future__ import annotations

from alembic import context

from sosmed_desktop.db.models import Base

connection = context.config.attributes["connection"]


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Leave the FTS5 search index (and its shadow tables) out of autogenerate."""
    return not (type_ == "table" and name is not None and name.startswith("post_search"))


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
