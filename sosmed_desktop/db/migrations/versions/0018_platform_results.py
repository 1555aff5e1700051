"""platform results: imported export files and the figures they hold per post

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07

``result_files`` keeps each imported export once (by SHA-256) with the day its
figures were exported; ``post_results`` one row per platform post per file, tied
to a post of the calendar or to none ("unplanned"); ``result_mappings`` the
officer's column mapping per platform for files no known format matches.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

METRICS = ("reach", "impressions", "views", "reactions", "comments", "shares", "saves", "clicks")


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "result_mappings",
        sa.Column("platform", sa.String(length=40), nullable=False),
        sa.Column("columns", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("platform", name=op.f("pk_result_mappings")),
    )
    op.create_table(
        "result_files",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("format", sa.String(length=40), nullable=False),
        sa.Column("platform", sa.String(length=40), nullable=False),
        sa.Column("source", sa.String(length=120), nullable=False),
        sa.Column("exported_on", sa.Date(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_result_files_department_id_departments"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_result_files")),
        sa.UniqueConstraint("sha256", name=op.f("uq_result_files_sha256")),
    )
    op.create_table(
        "post_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=40), nullable=False),
        sa.Column("item_key", sa.String(length=300), nullable=False),
        sa.Column("link", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("post_id", sa.Integer(), nullable=True),
        sa.Column("match", sa.String(length=20), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        *(sa.Column(name, sa.Integer(), nullable=True) for name in METRICS),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_post_results_department_id_departments"),
        ),
        sa.ForeignKeyConstraint(
            ["file_id"],
            ["result_files.id"],
            name=op.f("fk_post_results_file_id_result_files"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["post_id"],
            ["posts.id"],
            name=op.f("fk_post_results_post_id_posts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_post_results")),
    )
    op.create_index("ix_post_results_item", "post_results", ["platform", "item_key"])
    op.create_index("ix_post_results_post", "post_results", ["post_id"])


def downgrade() -> None:
    """Revert this revision."""
    op.drop_index("ix_post_results_post", table_name="post_results")
    op.drop_index("ix_post_results_item", table_name="post_results")
    op.drop_table("post_results")
    op.drop_table("result_files")
    op.drop_table("result_mappings")
