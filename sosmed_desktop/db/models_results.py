"""Tables of the platforms' results (issue 21): the files imported and the figures they hold.

A file is kept once (its SHA-256), so importing it again changes nothing; each of
its rows keeps the figures the platform reported for one post on the day the
file was exported.  A newer export of the same posts adds rows instead of
overwriting: the figures shown are those of the latest export, and the earlier
ones are each figure's history.  A row of a post the app does not know is kept
with no post ("unplanned"), so the report still counts it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sosmed_desktop.db.models import Base
from sosmed_desktop.db.types import UTCDateTime, utcnow


class ResultFile(Base):
    """One imported export file: where it came from and the day its figures were exported."""

    __tablename__ = "result_files"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    format: Mapped[str] = mapped_column(String(40))
    """An `ExportFormat` key, or "mapped" for a file the officer mapped by hand."""
    platform: Mapped[str] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(String(120))
    exported_on: Mapped[date] = mapped_column(Date)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))

    rows: Mapped[list[PostResult]] = relationship(
        back_populates="file", cascade="all, delete-orphan", order_by="PostResult.id"
    )


class PostResult(Base):
    """The figures of one post on one platform, as one export file reported them."""

    __tablename__ = "post_results"
    __table_args__ = (
        Index("ix_post_results_post", "post_id"),
        Index("ix_post_results_item", "platform", "item_key"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("result_files.id", ondelete="CASCADE"))
    platform: Mapped[str] = mapped_column(String(40))
    item_key: Mapped[str] = mapped_column(String(300))
    """What identifies the platform's post across exports: its id, else its link."""
    link: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    match: Mapped[str] = mapped_column(String(20))
    """How the row was tied to its post: "link", "known" (as by an earlier export), "time"
    (the officer confirmed), or "unplanned" (no post)."""
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    reach: Mapped[int | None] = mapped_column(Integer)
    impressions: Mapped[int | None] = mapped_column(Integer)
    views: Mapped[int | None] = mapped_column(Integer)
    reactions: Mapped[int | None] = mapped_column(Integer)
    comments: Mapped[int | None] = mapped_column(Integer)
    shares: Mapped[int | None] = mapped_column(Integer)
    saves: Mapped[int | None] = mapped_column(Integer)
    clicks: Mapped[int | None] = mapped_column(Integer)

    file: Mapped[ResultFile] = relationship(back_populates="rows")


class ResultMapping(Base):
    """The officer's column mapping for a platform's files that no known format matches."""

    __tablename__ = "result_mappings"
    platform: Mapped[str] = mapped_column(String(40), primary_key=True)
    columns: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    """Normalised header name → field."""
