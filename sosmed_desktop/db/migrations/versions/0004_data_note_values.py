"""data note values as plain decimals: "1.245.300" becomes "1245300", "92,4" becomes "92.4"

Until now data notes held their value as Indonesian text, written only by
seed-demo.  From here on the value is a canonical decimal string (digits, "."
as decimal mark) that captions, reports and the English interface format as
they need.  No schema change: this converts the stored text.  Text that is not
an Indonesian-style number stays as it was (the application shows it as is).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Indonesian style: "." groups thousands, "," marks decimals ("1.245.300,5", "92,4").
INDONESIAN = re.compile(r"-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?")
CANONICAL = re.compile(r"-?\d+(?:\.\d+)?")

notes = sa.table("data_notes", sa.column("id", sa.Integer), sa.column("value", sa.String))


def to_canonical(text: str) -> str | None:
    """ "1.245.300,5" -> "1245300.5"; None when `text` is not an Indonesian number."""
    compact = text.strip().replace(" ", "")
    if not INDONESIAN.fullmatch(compact):
        return None
    return compact.replace(".", "").replace(",", ".")


def to_indonesian(text: str) -> str | None:
    """ "1245300.5" -> "1.245.300,5"; None when `text` is not a canonical number."""
    if not CANONICAL.fullmatch(text):
        return None
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{sign}{grouped},{fraction}" if fraction else f"{sign}{grouped}"


def _convert(convert) -> None:
    conn = op.get_bind()
    for note_id, value in conn.execute(sa.select(notes.c.id, notes.c.value)).all():
        new = convert(value or "")
        if new is not None and new != value:
            conn.execute(notes.update().where(notes.c.id == note_id).values(value=new))


def upgrade() -> None:
    """Apply this revision."""
    _convert(to_canonical)


def downgrade() -> None:
    """Revert this revision."""
    _convert(to_indonesian)
