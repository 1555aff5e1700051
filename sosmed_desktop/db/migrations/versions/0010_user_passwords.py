"""user passwords: team mode's sign-in on a shared PostgreSQL database

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02

Each person signs in with a username and a password (a salted scrypt hash,
`domain/passwords.py`).  The one-PC officer keeps no password: the columns are
empty for rows that exist already.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.add_column("users", sa.Column("password_hash", sa.String(length=200), nullable=True))
    op.add_column(
        "users", sa.Column("password_changed_at", sa.DateTime(timezone=True), nullable=True)
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_column("users", "password_changed_at")
    op.drop_column("users", "password_hash")
