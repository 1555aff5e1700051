"""Tables of team mode (issue 9): the media originals kept in the database.

On a shared PostgreSQL server every PC must reach every original, so the bytes
of each original live in `media_blobs`, cut into chunks of `BLOB_CHUNK` bytes
(a large video is written and read one chunk at a time, never whole in memory).
Each PC keeps a cache of the originals it used in its media folder
(`services/media/originals.py`).  On SQLite the table stays empty: the file in the
media folder is the original.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from sosmed_desktop.db.models import Base

BLOB_CHUNK = 1 << 20


class MediaBlob(Base):
    """One chunk (number `seq`, from 0) of the original with this SHA-256."""

    __tablename__ = "media_blobs"
    sha256: Mapped[str] = mapped_column(
        String(64),
        ForeignKey("media_assets.sha256", ondelete="CASCADE"),
        primary_key=True,
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
