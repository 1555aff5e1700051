"""The ORM mapping for the whole product.

One mapping from the start (departments, people, platforms, programs, posts and
their per-platform variants and media, media assets, tags, directions, data
notes, reminders, approvals, audit log) so that later features extend it by
migration instead of rewriting it.  Times are `UTCDateTime`.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from sosmed_desktop.db.types import UTCDateTime, utcnow
from sosmed_desktop.domain.statuses import (
    DirectionStatus,
    PostStatus,
    Priority,
    ReminderState,
    Role,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base with a constraint naming convention (needed by migrations)."""

    metadata = MetaData(naming_convention=NAMING)


def _uuid() -> str:
    return str(uuid.uuid4())


post_tags = Table(
    "post_tags",
    Base.metadata,
    Column("post_id", ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)
media_tags = Table(
    "media_tags",
    Base.metadata,
    Column("media_id", ForeignKey("media_assets.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)
data_note_tags = Table(
    "data_note_tags",
    Base.metadata,
    Column("data_note_id", ForeignKey("data_notes.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)
post_data_notes = Table(
    "post_data_notes",
    Base.metadata,
    Column("post_id", ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True),
    Column("data_note_id", ForeignKey("data_notes.id", ondelete="RESTRICT"), primary_key=True),
)
direction_posts = Table(
    "direction_posts",
    Base.metadata,
    Column("direction_id", ForeignKey("directions.id", ondelete="CASCADE"), primary_key=True),
    Column("post_id", ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True),
)
direction_attachments = Table(
    "direction_attachments",
    Base.metadata,
    Column("direction_id", ForeignKey("directions.id", ondelete="CASCADE"), primary_key=True),
    Column("media_id", ForeignKey("media_assets.id", ondelete="RESTRICT"), primary_key=True),
)


class AppMeta(Base):
    """Key/value facts about this database (current officer, creation time ...)."""

    __tablename__ = "app_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Department(Base):
    """A perangkat daerah (Dinas, Badan ...) of a regency."""

    __tablename__ = "departments"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str] = mapped_column(String(60), default="")
    regency: Mapped[str] = mapped_column(String(120), default="")
    head_name: Mapped[str] = mapped_column(String(120), default="")
    head_position: Mapped[str] = mapped_column(String(160), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    accounts: Mapped[dict[str, str]] = mapped_column(JSON, default=dict, server_default="{}")
    """Platform code -> the department's account name there, as previews show it."""
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class User(Base):
    """A person who works in the app: the officer, a reviewer, a coordinator.

    On one PC the officer of the profile is the only user and has no password;
    in team mode each person signs in with `username` and a password.
    """

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    position: Mapped[str] = mapped_column(String(160), default="")
    username: Mapped[str | None] = mapped_column(String(60), unique=True)
    role: Mapped[str] = mapped_column(String(20), default=Role.OFFICER.value)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    password_hash: Mapped[str | None] = mapped_column(String(200))
    """Team mode's sign-in (`domain/passwords.py`); None for the one-PC officer."""
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    department: Mapped[Department | None] = relationship()


class Platform(Base):
    """A platform as loaded from the spec file (limits and presets as JSON)."""

    __tablename__ = "platforms"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    caption_limit: Mapped[int | None] = mapped_column(Integer)
    hashtag_limit: Mapped[int | None] = mapped_column(Integer)
    max_images: Mapped[int | None] = mapped_column(Integer)
    max_image_bytes: Mapped[int | None] = mapped_column(Integer)
    min_ratio: Mapped[float | None] = mapped_column(Float)
    max_ratio: Mapped[float | None] = mapped_column(Float)
    min_image_width: Mapped[int | None] = mapped_column(Integer)
    requires_media: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    presets: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    rules: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    """Counting rule, link and title limits, forbidden characters and each limit's source."""
    checked_on: Mapped[date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)


class Program(Base):
    """A program or campaign that posts belong to, with its calendar colour."""

    __tablename__ = "programs"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(160))
    colour: Mapped[str] = mapped_column(String(9), default="#3b82f6")
    description: Mapped[str] = mapped_column(Text, default="")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class Tag(Base):
    """A free label shared by posts, media and data notes."""

    __tablename__ = "tags"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)


class Post(Base):
    """A planned piece of content, scheduled for one or more platforms."""

    __tablename__ = "posts"
    __table_args__ = (
        Index("ix_posts_scheduled_at", "scheduled_at"),
        Index("ix_posts_status", "status"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=_uuid)
    title: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(30), default=PostStatus.DRAFT.value)
    scheduled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    master_caption: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    checklist: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    data_exceptions: Mapped[list[dict[str, str]]] = mapped_column(
        JSON, default=list, server_default="[]"
    )
    """Personal data the officer decided may be published (`domain/personal_data.py`)."""
    program_id: Mapped[int | None] = mapped_column(ForeignKey("programs.id", ondelete="SET NULL"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    series_uuid: Mapped[str | None] = mapped_column(String(36))
    source_department: Mapped[str | None] = mapped_column(String(200))
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    published_url: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    reminder_leads: Mapped[list[int] | None] = mapped_column(JSON)
    """Minutes before `scheduled_at` to remind; None: the officer's general setting."""

    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": version}

    program: Mapped[Program | None] = relationship()
    author: Mapped[User | None] = relationship()
    tags: Mapped[list[Tag]] = relationship(secondary=post_tags, order_by="Tag.id")
    variants: Mapped[list[PostVariant]] = relationship(
        back_populates="post", cascade="all, delete-orphan", order_by="PostVariant.id"
    )
    approvals: Mapped[list[Approval]] = relationship(
        back_populates="post",
        cascade="all, delete-orphan",
        order_by=lambda: (Approval.decided_at, Approval.id),
    )
    data_notes: Mapped[list[DataNote]] = relationship(
        secondary=post_data_notes, order_by="DataNote.id"
    )


class PostVariant(Base):
    """The caption and media of a post for one platform."""

    __tablename__ = "post_variants"
    __table_args__ = (UniqueConstraint("post_id", "platform_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    platform_id: Mapped[int] = mapped_column(ForeignKey("platforms.id"))
    caption: Mapped[str] = mapped_column(Text, default="")
    follows_master: Mapped[bool] = mapped_column(Boolean, default=True)

    post: Mapped[Post] = relationship(back_populates="variants")
    platform: Mapped[Platform] = relationship()
    media: Mapped[list[VariantMedia]] = relationship(
        back_populates="variant", cascade="all, delete-orphan", order_by="VariantMedia.position"
    )


class VariantMedia(Base):
    """One item of a variant's ordered media list, with its edit recipe."""

    __tablename__ = "variant_media"
    id: Mapped[int] = mapped_column(primary_key=True)
    variant_id: Mapped[int] = mapped_column(ForeignKey("post_variants.id", ondelete="CASCADE"))
    media_id: Mapped[int] = mapped_column(ForeignKey("media_assets.id", ondelete="RESTRICT"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    recipe: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    variant: Mapped[PostVariant] = relationship(back_populates="media")
    media: Mapped[MediaAsset] = relationship()


class MediaAsset(Base):
    """An original photo or video, stored in the media folder under its SHA-256."""

    __tablename__ = "media_assets"
    __table_args__ = (Index("ix_media_assets_imported_at", "imported_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    original_name: Mapped[str] = mapped_column(String(400))
    extension: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(10), default="image")
    mime: Mapped[str] = mapped_column(String(60), default="")
    size_bytes: Mapped[int] = mapped_column(Integer)
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    duration_s: Mapped[float | None] = mapped_column(Float)
    taken_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    camera: Mapped[str] = mapped_column(String(120), default="")
    gps_lat: Mapped[float | None] = mapped_column(Float)
    gps_lon: Mapped[float | None] = mapped_column(Float)
    title: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    favourite: Mapped[bool] = mapped_column(Boolean, default=False)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    tags: Mapped[list[Tag]] = relationship(secondary=media_tags, order_by="Tag.id")

    @property
    def has_gps(self) -> bool:
        return self.gps_lat is not None and self.gps_lon is not None

    @property
    def stored_name(self) -> str:
        """File name inside the media folder (``ab/abcdef....jpg``)."""
        return f"{self.sha256[:2]}/{self.sha256}.{self.extension}"


class Direction(Base):
    """A direction (arahan) from leadership that posts answer."""

    __tablename__ = "directions"
    id: Mapped[int] = mapped_column(primary_key=True)
    given_by_name: Mapped[str] = mapped_column(String(120))
    given_by_position: Mapped[str] = mapped_column(String(160), default="")
    given_at: Mapped[datetime] = mapped_column(UTCDateTime)
    channel: Mapped[str] = mapped_column(String(20))
    content: Mapped[str] = mapped_column(Text)
    priority: Mapped[str] = mapped_column(String(10), default=Priority.NORMAL.value)
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    program_id: Mapped[int | None] = mapped_column(ForeignKey("programs.id", ondelete="SET NULL"))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    status: Mapped[str] = mapped_column(String(20), default=DirectionStatus.NEW.value)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    program: Mapped[Program | None] = relationship()
    posts: Mapped[list[Post]] = relationship(secondary=direction_posts, order_by="Post.id")
    attachments: Mapped[list[MediaAsset]] = relationship(
        secondary=direction_attachments, order_by="MediaAsset.id"
    )


class DataNote(Base):
    """A figure or fact with its source (data pendukung) that captions cite."""

    __tablename__ = "data_notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    value: Mapped[str] = mapped_column(String(120), default="")
    unit: Mapped[str] = mapped_column(String(60), default="")
    period: Mapped[str] = mapped_column(String(120), default="")
    as_of: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(300))
    link: Mapped[str] = mapped_column(Text, default="")
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("media_assets.id"))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    tags: Mapped[list[Tag]] = relationship(secondary=data_note_tags, order_by="Tag.id")


class Reminder(Base):
    """A reminder kept in the app's own table; the scheduler's jobs are rebuilt from it.

    `key` names what the reminder is about ("post:12:lead:60", "agenda:2026-06-27"),
    so that deriving reminders again never makes a second one for the same thing;
    `event_at` is the time of that thing (the post's schedule, a due date), which
    tells a moved event (remind again) from a changed setting (do not).
    """

    __tablename__ = "reminders"
    __table_args__ = (
        Index("ix_reminders_due_at", "due_at"),
        Index("ix_reminders_post_id", "post_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(30))
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    direction_id: Mapped[int | None] = mapped_column(
        ForeignKey("directions.id", ondelete="CASCADE")
    )
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    lead_minutes: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(10), default=ReminderState.PENDING.value)
    message: Mapped[str] = mapped_column(Text, default="")
    fired_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    snoozed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    read: Mapped[bool] = mapped_column(Boolean, default=False)
    event_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Approval(Base):
    """A reviewer's decision on a post, bound to the content hash it approved."""

    __tablename__ = "approvals"
    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    decision: Mapped[str] = mapped_column(String(20))
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reviewer_name: Mapped[str] = mapped_column(String(120))
    reviewer_position: Mapped[str] = mapped_column(String(160), default="")
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    content: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    """What was approved (`domain/approval.py`) and the schedule then; None before 0014."""
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    post: Mapped[Post] = relationship(back_populates="approvals")


class AuditEntry(Base):
    """One line of the append-only history (database triggers forbid edits)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity_type", "entity_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_name: Mapped[str] = mapped_column(String(120), default="")
    entity_type: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(40))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


# The feature mappings extend this metadata; importing them here keeps it complete.
from sosmed_desktop.db import (  # noqa: E402, F401
    models_editorial,
    models_live,
    models_media,
    models_results,
    models_team,
)
