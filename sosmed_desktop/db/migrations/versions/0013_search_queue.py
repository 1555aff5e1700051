"""search queue: a post's or data note's tags are indexed once per transaction, not per tag

Revision ID: 0013
Revises: 0014
Create Date: 2026-12-09

The tag triggers of revisions 0002, 0006 (SQLite) and 0012 (PostgreSQL)
rebuilt the whole index document of the post (or data note) for every tag row
linked or unlinked: saving a post with n tags cost n documents of n tags, and a
package with 150,000 tags held the write transaction for a quarter of an hour.
They now only note the record in ``search_queue`` (once: the key is the
record), and each noted record is re-indexed once when the transaction
commits:

* PostgreSQL: a deferred constraint trigger on ``search_queue`` runs at commit,
  once per noted record, re-indexes it and removes its note;
* SQLite has no deferred triggers: the engine's commit hook
  (`db/search_queue.py`) touches the noted rows (``UPDATE posts SET title =
  title``), which fires the re-indexing triggers of 0002 and 0006 once per
  record, and empties the queue in the same transaction.
"""

from collections.abc import Sequence
from types import ModuleType

import sqlalchemy as sa
from alembic import context, op
from alembic.script import ScriptDirectory

revision: str = "0013"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# SQLite: trigger name -> (table, event, kind, the row naming the record)
SQLITE_TRIGGERS = {
    "post_search_tag_link": ("post_tags", "INSERT", "post", "NEW.post_id"),
    "post_search_tag_unlink": ("post_tags", "DELETE", "post", "OLD.post_id"),
    "data_note_search_tag_link": ("data_note_tags", "INSERT", "data_note", "NEW.data_note_id"),
    "data_note_search_tag_unlink": ("data_note_tags", "DELETE", "data_note", "OLD.data_note_id"),
}
# PostgreSQL: trigger function of 0012 -> (kind, column naming the record)
POSTGRES_FUNCTIONS = {
    "sosmed_search_post_tags": ("post", "post_id"),
    "sosmed_search_note_tags": ("data_note", "data_note_id"),
}
RUN_QUEUE = (
    "CREATE FUNCTION sosmed_search_queue_run() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "DELETE FROM search_queue WHERE kind = NEW.kind AND record_id = NEW.record_id; "
    "IF FOUND AND NEW.kind = 'post' THEN PERFORM sosmed_post_search_refresh(NEW.record_id); "
    "ELSIF FOUND THEN PERFORM sosmed_data_note_search_refresh(NEW.record_id); END IF; "
    "RETURN NULL; END $$",
    "CREATE CONSTRAINT TRIGGER search_queue_run AFTER INSERT ON search_queue "
    "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sosmed_search_queue_run()",
)


def _note(kind: str, row: str, postgres: bool) -> str:
    if postgres:
        return (
            f"INSERT INTO search_queue (kind, record_id) VALUES ('{kind}', {row}) "
            "ON CONFLICT DO NOTHING;"
        )
    return f"INSERT OR IGNORE INTO search_queue (kind, record_id) VALUES ('{kind}', {row});"


def _queueing_function(name: str, kind: str, column: str) -> str:
    return (
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"IF TG_OP <> 'INSERT' THEN {_note(kind, f'OLD.{column}', True)} END IF; "
        f"IF TG_OP <> 'DELETE' THEN {_note(kind, f'NEW.{column}', True)} END IF; "
        "RETURN NULL; END $$"
    )


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "search_queue",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "record_id", name=op.f("pk_search_queue")),
    )
    if op.get_bind().dialect.name == "postgresql":
        for name, (kind, column) in POSTGRES_FUNCTIONS.items():
            op.execute(_queueing_function(name, kind, column))
        for statement in RUN_QUEUE:
            op.execute(statement)
        return
    for name, (table, event, kind, row) in SQLITE_TRIGGERS.items():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(
            f"CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN {_note(kind, row, False)} END"
        )


def _revision_module(ident: str) -> ModuleType:
    """The module of an earlier revision, whose per-row triggers a downgrade restores."""
    return ScriptDirectory.from_config(context.config).get_revision(ident).module


def downgrade() -> None:
    """Revert this revision (the per-row re-indexing of 0002, 0006 and 0012)."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS search_queue_run ON search_queue")
        op.execute("DROP FUNCTION IF EXISTS sosmed_search_queue_run()")
        search = _revision_module("0012")
        for name in POSTGRES_FUNCTIONS:
            body = search._follow(name, search.TRIGGER_FUNCTIONS[name])
            op.execute(body.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1))
    else:
        posts, notes = _revision_module("0002"), _revision_module("0006")
        bodies = {
            "post_search_tag_link": posts._refresh("p.id = NEW.post_id"),
            "post_search_tag_unlink": posts._refresh("p.id = OLD.post_id"),
            "data_note_search_tag_link": notes._refresh_notes("n.id = NEW.data_note_id"),
            "data_note_search_tag_unlink": notes._refresh_notes("n.id = OLD.data_note_id"),
        }
        for name, (table, event, _kind, _row) in SQLITE_TRIGGERS.items():
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
            op.execute(f"CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN {bodies[name]} END")
    op.drop_table("search_queue")
