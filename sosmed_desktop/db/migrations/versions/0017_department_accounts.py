"""department accounts: the name of the department's account on each platform

Revision ID: 0017
Revises: 0013
Create Date: 2026-12-07

``departments.accounts`` maps a platform code to the name the department's
account has there ("@dinkes.kabbekasi", "Dinas Kesehatan Kab. Bekasi"): the
editor's preview and the package's preview.html show it above the post, as
the platform will.  Empty: the department's short name stands in.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.add_column(
        "departments", sa.Column("accounts", sa.JSON(), nullable=False, server_default="{}")
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_column("departments", "accounts")
