"""media blobs: the originals kept in the team database, in chunks of 1 MB

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27

On PostgreSQL every PC reads the originals from here (services/media/originals.py);
on SQLite the table stays empty.  The chunks are photos and videos, already
compressed: PostgreSQL is told not to try compressing them again.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "media_blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sha256"],
            ["media_assets.sha256"],
            name=op.f("fk_media_blobs_sha256_media_assets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("sha256", "seq", name=op.f("pk_media_blobs")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE media_blobs ALTER COLUMN data SET STORAGE EXTERNAL")


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table("media_blobs")
