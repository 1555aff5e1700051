"""approval content: what an approval covered, personal-data exceptions, media-only platforms

Revision ID: 0014
Revises: 0016
Create Date: 2026-12-10

* ``approvals.content``: the snapshot of the content an approval was given to
  (captions, media files and recipes, personal-data exceptions; see
  `domain/approval.py`) and the schedule at that moment, so that a post sent
  back to review can say what changed since.  Empty for older approvals.
* ``posts.data_exceptions``: the personal data the officer decided may be
  published, each with its reason, who recorded it and when.
* ``platforms.requires_media``: the platform shows photos or videos only; a post
  without media is refused there.  Set from the platform file at the next start.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.add_column("approvals", sa.Column("content", sa.JSON(), nullable=True))
    op.add_column(
        "posts", sa.Column("data_exceptions", sa.JSON(), nullable=False, server_default="[]")
    )
    op.add_column(
        "platforms",
        sa.Column("requires_media", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_column("platforms", "requires_media")
    op.drop_column("posts", "data_exceptions")
    op.drop_column("approvals", "content")
