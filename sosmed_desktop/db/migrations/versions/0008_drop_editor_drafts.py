"""drop editor_drafts: the editor's crash recovery lives in files of the data folder

Revision ID: 0008
Revises: 0006
Create Date: 2026-11-27

The editor writes its unsaved state to ``recovery/*.json`` (services/posts/editor_drafts.py):
recovery must work when the database is what failed, and costs no write
transaction every few seconds.  The table from 0002 was never written by the
application, so dropping it loses nothing.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.drop_table("editor_drafts")


def downgrade() -> None:
    """Revert this revision."""
    op.create_table(
        "editor_drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["post_id"],
            ["posts.id"],
            name=op.f("fk_editor_drafts_post_id_posts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_editor_drafts")),
        sa.UniqueConstraint("key", name=op.f("uq_editor_drafts_key")),
    )
