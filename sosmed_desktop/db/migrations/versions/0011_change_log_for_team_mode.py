"""change log for team mode

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-27

Every transaction that changes data appends one row naming what it changed
(`db/change_log.py`); other copies of the app (other PCs on a PostgreSQL server,
a headless command on the same SQLite file) read the rows newer than the last
one they saw and refresh those records.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("origin", sa.String(length=40), nullable=False),
        sa.Column("user_name", sa.String(length=120), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    op.create_index("ix_change_log_at", "change_log", ["at"], unique=False)


def downgrade() -> None:
    """Revert this revision."""
    op.drop_index("ix_change_log_at", table_name="change_log")
    op.drop_table("change_log")
