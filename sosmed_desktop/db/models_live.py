"""The change log of team mode (issue 9): what each committed transaction changed.

Every unit of work that changed data appends one `ChangeRecord` in the same
transaction (`db/change_log.py`), so the record exists exactly when the change
does.  Other copies of the app — on other PCs against one PostgreSQL server,
or a headless command writing the same SQLite file — read the records newer
than the last one they saw and refresh what those records name.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from sosmed_desktop.db.models import Base
from sosmed_desktop.db.types import UTCDateTime, utcnow


class ChangeRecord(Base):
    """One committed transaction's changes: ``{"post": [12, 13], "media": []}``.

    `origin` identifies the application context that wrote it (one per open
    database per process), so a copy of the app skips its own records; an
    empty id list means "any record of that kind".
    """

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_at", "at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    origin: Mapped[str] = mapped_column(String(40))
    user_name: Mapped[str] = mapped_column(String(120), default="")
    changes: Mapped[dict[str, list[int]]] = mapped_column(JSON, default=dict)
