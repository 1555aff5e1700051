"""What goes into a post package, read from the database as plain data.

`gather` runs inside one unit of work, after `workflow.assert_exportable` has
proved that the post's content is exactly what its approval covers; the slow
part of an export (rendering, the PDF, zipping) then works on this snapshot
with no database session open.
"""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select

from sosmed_desktop.db.models import Department, MediaAsset, Platform, Post
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.captions import caption_stats
from sosmed_desktop.domain.platforms import PlatformSpec
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.services import profile
from sosmed_desktop.services.directions.data_notes import DataNoteRow, Freshness, notes_cited_by
from sosmed_desktop.services.directions.directions import DirectionRow, directions_for_post
from sosmed_desktop.services.platforms import spec_of
from sosmed_desktop.services.posts.data import ApprovalDetail, MediaDetail, PostDetail, to_detail
from sosmed_desktop.services.posts.store import load_post
from sosmed_desktop.services.posts.workflow import assert_exportable


@dataclass(frozen=True)
class DepartmentInfo:
    """The sending department as the sheet's header and the manifest name it."""

    name: str
    short_name: str = ""
    regency: str = ""
    address: str = ""
    head_name: str = ""
    head_position: str = ""
    accounts: tuple[tuple[str, str], ...] = ()
    """(platform code, the department's account name there)."""

    @property
    def label(self) -> str:
        """The short name if there is one (for file names), else the full name."""
        return self.short_name or self.name

    def account(self, code: str) -> str:
        """The name the department's account has on platform `code` (else its label)."""
        return dict(self.accounts).get(code) or self.label

    @property
    def missing(self) -> list[str]:
        """What the sheet needs and the profile lacks: ``name``, ``regency``, ``head_name``."""
        return [key for key in PROFILE_FIELDS if not getattr(self, key).strip()]


PROFILE_FIELDS = ("name", "regency", "head_name")


@dataclass(frozen=True)
class MediaFile:
    """One item of a platform's media list with what the export needs to write it."""

    detail: MediaDetail
    kind: str
    extension: str


@dataclass(frozen=True)
class CaptionLength:
    """A caption's length as its platform counts it (the editor's counter, the same rule)."""

    count: int
    limit: int | None
    counting: str


@dataclass(frozen=True)
class PlatformContent:
    """A platform's caption (and its length as counted there), ordered media and spec
    (image presets and limits)."""

    code: str
    name: str
    caption: str
    media: tuple[MediaFile, ...]
    spec: PlatformSpec
    caption_length: CaptionLength | None = None


@dataclass(frozen=True)
class PackageContent:
    """Everything a package holds, as of one moment."""

    post: PostDetail
    approval: ApprovalDetail
    department: DepartmentInfo
    officer_name: str
    platforms: tuple[PlatformContent, ...]
    data_notes: tuple[DataNoteRow, ...]
    directions: tuple[DirectionRow, ...]
    tz: ZoneInfo


def _department(uow: UnitOfWork, post: Post) -> DepartmentInfo:
    row = uow.session.get(Department, post.department_id) if post.department_id else None
    if row is None:
        user = profile.current_user(uow)
        row = user.department if user else None
    if row is None:
        return DepartmentInfo(name="")
    return DepartmentInfo(
        row.name, row.short_name, row.regency, row.address, row.head_name, row.head_position,
        tuple(sorted((row.accounts or {}).items())),
    )  # fmt: skip


def require_profile(department: DepartmentInfo) -> None:
    """Refuse (``profile_incomplete``) a package whose sheet would lack its letterhead
    (department, regency) or the name of the head of department."""
    missing = department.missing
    if missing:
        raise ValidationError(
            code="profile_incomplete",
            detail="the profile lacks the "
            + ", ".join({"name": "department", "regency": "regency",
                         "head_name": "head of department's name"}[k] for k in missing)
            + "; fill it in under Settings > Profile",
            missing=missing,
        )  # fmt: skip


def require_profiles(uow: UnitOfWork, post_ids: list[int]) -> None:
    """`require_profile` for the department of each of these posts (once per department)."""
    seen: set[int | None] = set()
    for post_id in post_ids:
        post = uow.session.get(Post, post_id)
        if post is None or post.department_id in seen:
            continue
        seen.add(post.department_id)
        require_profile(_department(uow, post))


def _length(caption: str, spec: PlatformSpec | None) -> CaptionLength | None:
    if spec is None:
        return None
    stats = caption_stats(caption, spec)
    return CaptionLength(stats.characters, stats.character_limit, stats.counting.value)


def gather(uow: UnitOfWork, post_id: int, tz: ZoneInfo) -> PackageContent:
    """The package of an approved, unchanged post; raises what `assert_exportable` raises.

    A post without a date cannot be packaged: the package says when to upload it
    (`ValidationError` ``package_needs_schedule``).
    """
    approval = assert_exportable(uow, post_id)
    row = load_post(uow, post_id)
    if row.scheduled_at is None:
        raise ValidationError(
            code="package_needs_schedule", detail=f"post {post_id} has no date and time"
        )
    detail = to_detail(uow, row)
    media_ids = {m.media_id for v in detail.variants for m in v.media}
    kinds = {
        media_id: (kind, extension)
        for media_id, kind, extension in uow.session.execute(
            select(MediaAsset.id, MediaAsset.kind, MediaAsset.extension).where(
                MediaAsset.id.in_(media_ids)
            )
        )
    }
    specs = {
        row.code: spec_of(row)
        for row in uow.session.scalars(select(Platform).where(Platform.code.in_(detail.platforms)))
    }
    platforms = tuple(
        PlatformContent(
            code=v.platform,
            name=v.platform_name,
            caption=v.caption,
            media=tuple(MediaFile(m, *kinds[m.media_id]) for m in v.media),
            spec=specs[v.platform],
            caption_length=_length(v.caption, specs.get(v.platform)),
        )
        for v in detail.variants
    )
    user = profile.current_user(uow)
    return PackageContent(
        post=detail,
        approval=approval,
        department=_department(uow, row),
        officer_name=user.name if user else uow.user_name,
        platforms=platforms,
        data_notes=tuple(notes_cited_by(uow, post_id, Freshness.now(tz=tz))),
        directions=tuple(directions_for_post(uow, post_id)),
        tz=tz,
    )
