"""Alembic environment: runs on the connection handed over by `db.migrate`."""

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
