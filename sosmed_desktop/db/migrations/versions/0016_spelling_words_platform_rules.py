"""spelling words and platform rules: the department's word list; how each platform counts

Revision ID: 0016
Revises: 0012
Create Date: 2026-12-07

``spelling_words`` holds the words the spell checker accepts for a department
beyond the Indonesian dictionary (places of the regency, names, the officer's
additions); program names and tags are accepted from their own tables.
``platforms.rules`` holds what the spec file says beyond the old columns: the
counting rule, link and title limits, forbidden characters, each limit's source.
It stays empty until the next start synchronises the spec file (the rows'
fingerprint now covers the rules, so that start does).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "spelling_words",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("word", sa.String(length=80), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["department_id"], ["departments.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("department_id", "key", name="uq_spelling_words_key"),
    )
    op.add_column("platforms", sa.Column("rules", sa.JSON(), nullable=True))


def downgrade() -> None:
    """Revert this revision."""
    op.drop_column("platforms", "rules")
    op.drop_table("spelling_words")
