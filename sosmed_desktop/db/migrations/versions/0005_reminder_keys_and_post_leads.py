"""reminders: a dedupe key and the event time per reminder, per-post lead times

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27

Reminders written before this revision (none are, the feature arrives with it)
get a key made from their id, so the column can be NOT NULL and unique.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    # Plain ADD/DROP COLUMN: rebuilding `posts` would trip the search triggers (0002).
    op.add_column("posts", sa.Column("reminder_leads", sa.JSON(), nullable=True))

    with op.batch_alter_table("reminders", schema=None) as batch_op:
        batch_op.add_column(sa.Column("key", sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column("event_at", sa.DateTime(timezone=True), nullable=True))
    op.execute("UPDATE reminders SET key = 'legacy:' || CAST(id AS VARCHAR(20))")
    with op.batch_alter_table("reminders", schema=None) as batch_op:
        batch_op.alter_column("key", existing_type=sa.String(length=120), nullable=False)
        batch_op.create_index("ix_reminders_post_id", ["post_id"], unique=False)
        batch_op.create_unique_constraint(batch_op.f("uq_reminders_key"), ["key"])


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("reminders", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_reminders_key"), type_="unique")
        batch_op.drop_index("ix_reminders_post_id")
        batch_op.drop_column("event_at")
        batch_op.drop_column("key")

    op.drop_column("posts", "reminder_leads")
