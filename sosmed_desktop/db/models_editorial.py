"""Tables of the editorial work (issue 3): saved hashtag groups and caption snippets,
commemorative days for the calendar, and the editor's autosaved drafts.

Full-text search has no mapped class: its tables (SQLite FTS5, PostgreSQL tsvector)
are kept current by triggers (see migrations 0002, 0006, 0012 and `services/search/search.py`).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from sosmed_desktop.db.models import Base
from sosmed_desktop.db.types import UTCDateTime, utcnow


class HashtagGroup(Base):
    """A named set of hashtags the officer inserts into captions in one go."""

    __tablename__ = "hashtag_groups"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    hashtags: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CaptionSnippet(Base):
    """A reusable piece of caption text (the department's standard sign-off ...)."""

    __tablename__ = "caption_snippets"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    body: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CommemorativeDay(Base):
    """A yearly day (month and day) shown on the calendar as a content opportunity."""

    __tablename__ = "commemorative_days"
    __table_args__ = (UniqueConstraint("month", "day", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[int] = mapped_column(Integer)
    day: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(160))
    note: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SpellingWord(Base):
    """A word the spell checker accepts for this department: a place of the regency,
    a name or a word the officer added ("Tambahkan ke kamus").

    Program names and tags are accepted from their own tables; these are the rest.
    `key` is the word case-folded, so "Cikarang" is stored once whatever its case.
    """

    __tablename__ = "spelling_words"
    __table_args__ = (UniqueConstraint("department_id", "key", name="uq_spelling_words_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    word: Mapped[str] = mapped_column(String(80))
    key: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(20), default="added")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
