"""Exporting approved posts as packages (Paket Unggahan): one zip per post.

The export proves the post is approved and unchanged (`assert_exportable`),
takes a snapshot of its content, renders the files with no database session
open, and writes the zip to a temporary file in the target folder.  Only when
the zip is complete and flushed to disk is it renamed into place, in the same
step as the history line (``exported``) is committed; a failure or a cancel at
any point removes the temporary file, so a half-written package never exists
under its real name.  The board counts a post as exported from that line on.
"""

from __future__ import annotations

import hashlib
import logging
import os
import secrets
import tempfile
import threading
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.config import os_error_to_domain
from sosmed_desktop.db.models import Approval, AuditEntry, Post
from sosmed_desktop.db.types import utcnow
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.documents.approval_sheet import approval_sheet
from sosmed_desktop.documents.preview_html import PreviewMedia, preview_html
from sosmed_desktop.domain import package_format as fmt
from sosmed_desktop.domain.permissions import Permission
from sosmed_desktop.domain.statuses import ApprovalDecision, PostStatus
from sosmed_desktop.errors import ConflictError, DomainError
from sosmed_desktop.fileops import remove_file, replace_file
from sosmed_desktop.imaging.safe_open import BadImageError
from sosmed_desktop.logging_setup import FILE_ONLY
from sosmed_desktop.services import audit
from sosmed_desktop.services.calendar.calendar import PostRow, load_rows, row_select
from sosmed_desktop.services.packages import manifest as package_manifest
from sosmed_desktop.services.packages.content import (
    PackageContent,
    gather,
    require_profile,
    require_profiles,
)
from sosmed_desktop.services.packages.media import (
    ExportCancelled,
    RenderedMedia,
    local_sources,
    media_steps,
    render_media,
)
from sosmed_desktop.services.posts.board import EXPORTED_ACTION, exported_after
from sosmed_desktop.services.posts.store import load_post
from sosmed_desktop.services.posts.workflow import assert_exportable, require_future
from sosmed_desktop.services.team.access import require

log = logging.getLogger(__name__)
CHUNK = 1 << 20
Progress = Callable[[int, int], None]


class ExportFailedError(DomainError):
    """An unexpected failure while making one post's package, reported with that post
    so that a multi-post export goes on with the others (the cause is logged)."""

    code = "export_failed"
    template = "The package could not be made: {detail}"


@dataclass(frozen=True)
class ExportResult:
    """A package written: which post, where, how big, how many files."""

    post_id: int
    title: str
    path: Path
    size_bytes: int
    file_count: int


@dataclass
class ExportReport:
    """What a multi-post export wrote and which posts it could not export (and why)."""

    written: list[ExportResult] = field(default_factory=list)
    failed: list[tuple[int, str, DomainError]] = field(default_factory=list)
    cancelled: bool = False


@dataclass(frozen=True)
class ExportRecord:
    """A past export as the history recorded it."""

    post_id: int
    title: str
    at: datetime
    path: Path
    size_bytes: int
    user_name: str

    @property
    def exists(self) -> bool:
        return self.path.is_file()


class _ZipWriter:
    """Entries written into a zip with their SHA-256 recorded for the manifest."""

    def __init__(self, target: zipfile.ZipFile, root: str, when: datetime) -> None:
        self.zip = target
        self.root = root
        self.stamp = when.timetuple()[:6]
        self.checksums: dict[str, str] = {}

    def _info(self, inner: str, compress: bool) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(f"{self.root}/{inner}", date_time=self.stamp)
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        info.external_attr = 0o644 << 16
        return info

    def add_bytes(self, inner: str, data: bytes, *, compress: bool = True) -> None:
        self.zip.writestr(self._info(inner, compress), data)
        self.checksums[inner] = hashlib.sha256(data).hexdigest()

    def add_file(self, inner: str, path: Path) -> None:
        digest = hashlib.sha256()
        with path.open("rb") as src, self.zip.open(self._info(inner, False), "w") as dst:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
                dst.write(chunk)
        self.checksums[inner] = digest.hexdigest()


def _package_uuid(path: Path) -> str | None:
    """The post uuid of an existing package file (None when it is not a readable package)."""
    try:
        with zipfile.ZipFile(path) as existing:
            for info in existing.infolist():
                if info.filename.endswith("/" + fmt.MANIFEST) and info.file_size < 1 << 21:
                    raw = existing.read(info)
                    return str(package_manifest.parse(raw, path.name).uuid)
    except (OSError, zipfile.BadZipFile, DomainError, ValueError):
        return None
    return None


def target_path(out_dir: Path, root: str, post_uuid: str) -> Path:
    """``<root>.zip``; a same-named package of another post is kept (``-2``, ``-3`` ...)."""
    candidate, n = out_dir / f"{root}.zip", 2
    while candidate.exists() and _package_uuid(candidate) != post_uuid:
        candidate = out_dir / f"{root}-{n}.zip"
        n += 1
    return candidate


def _write_zip(
    tmp: Path,
    content: PackageContent,
    root: str,
    media: RenderedMedia,
    created_at: datetime,
) -> int:
    """Fill `tmp` with the package; return the number of files in it."""
    with tmp.open("wb") as raw:
        with zipfile.ZipFile(raw, "w", allowZip64=True) as archive:
            writer = _ZipWriter(archive, root, created_at.astimezone(content.tz))
            previews: dict[str, list[PreviewMedia]] = {}
            thumbs: dict[str, list[bytes]] = {}
            platform_files: dict[str, list[str]] = {}
            for platform in content.platforms:
                writer.add_bytes(f"{platform.code}/{fmt.CAPTION}", platform.caption.encode())
                files = media.files.get(platform.code, [])
                for item in files:
                    if item.path is not None:
                        writer.add_file(item.inner, item.path)
                        previews.setdefault(platform.code, []).append(
                            PreviewMedia("video", path=item.inner)
                        )
                    else:
                        writer.add_bytes(item.inner, item.data, compress=False)
                        previews.setdefault(platform.code, []).append(
                            PreviewMedia("image", jpeg=item.preview)
                        )
                    thumbs.setdefault(platform.code, []).append(item.thumb)
                platform_files[platform.code] = [item.inner for item in files]
            writer.add_bytes(fmt.PREVIEW, preview_html(content, previews))
            writer.add_bytes(fmt.APPROVAL_SHEET, approval_sheet(content, root, thumbs))
            manifest = package_manifest.build(content, platform_files, writer.checksums, created_at)
            writer.add_bytes(fmt.MANIFEST, package_manifest.dump(manifest))
            count = len(writer.checksums)
        raw.flush()
        os.fsync(raw.fileno())
    return count


def export_post(
    ctx: AppContext,
    post_id: int,
    out_dir: Path,
    *,
    cancel: threading.Event | None = None,
    on_step: Callable[[], None] | None = None,
    allow_past: bool = False,
) -> ExportResult:
    """Write the package of one approved post into `out_dir`; record it in the history.

    Raises `ConflictError` (``not_approved``, ``approval_mismatch``), `ValidationError`
    (``package_needs_schedule``, ``profile_incomplete``, and ``schedule_past`` for a
    time that has passed unless `allow_past`), `ExportCancelled`, or a disk error; in
    every such case no package file is left behind and nothing is recorded.
    """
    tz = ctx.config.tz
    with ctx.uow() as uow:
        require(uow, Permission.PACKAGES)
        content = gather(uow, post_id, tz)
        require_profile(content.department)
        if not allow_past:
            require_future(load_post(uow, post_id))
        sources = local_sources(ctx.config, uow, content)
    assert content.post.scheduled_at is not None
    local = content.post.scheduled_at.astimezone(tz)
    root = fmt.folder_name(
        local, content.department.label, content.post.title, (p.code for p in content.platforms)
    )
    tmp = out_dir / f".{root}.{secrets.token_hex(6)}.part"
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        tmp.touch(exist_ok=False)  # the umask applies, unlike mkstemp's private 0600
    except OSError as exc:
        raise os_error_to_domain(exc, out_dir) from exc
    try:
        with tempfile.TemporaryDirectory(dir=out_dir, prefix=".sosmed-video-") as scratch:
            media = render_media(
                ctx.config, content, Path(scratch), sources, cancel=cancel, on_step=on_step
            )
            if cancel is not None and cancel.is_set():
                raise ExportCancelled()
            count = _write_zip(tmp, content, root, media, utcnow())
        if cancel is not None and cancel.is_set():
            raise ExportCancelled()
        result = _commit(ctx, content, tmp, out_dir, root, count)
    except OSError as exc:
        remove_file(tmp)
        raise os_error_to_domain(exc, out_dir) from exc
    except BaseException:
        remove_file(tmp)
        raise
    if on_step is not None:
        on_step()
    return result


def _commit(
    ctx: AppContext, content: PackageContent, tmp: Path, out_dir: Path, root: str, count: int
) -> ExportResult:
    """Rename the finished zip into place and record the export, or neither."""
    with ctx.uow() as uow:
        approval = assert_exportable(uow, content.post.id)
        if approval.content_hash != content.approval.content_hash:
            raise ConflictError(
                code="approval_mismatch", detail=f"post {content.post.id} changed during export"
            )
        target = target_path(out_dir, root, content.post.uuid)
        size = tmp.stat().st_size
        audit.record(
            uow, "post", content.post.id, EXPORTED_ACTION, file=str(target), name=target.name,
            size=size, files=count, approval_id=approval.id, content_hash=approval.content_hash,
        )  # fmt: skip
        replace_file(tmp, target)
        try:
            uow.commit()
        except BaseException:
            remove_file(target)
            raise
    log.info("Exported post %s to %s (%d bytes)", content.post.id, target, size)
    return ExportResult(content.post.id, content.post.title, target, size, count)


def steps_for(ctx: AppContext, post_ids: Iterable[int]) -> int:
    """Progress steps of exporting these posts (media files plus one per post)."""
    total = 0
    for post_id in post_ids:
        try:
            with ctx.uow() as uow:
                total += media_steps(gather(uow, post_id, ctx.config.tz)) + 1
        except DomainError:
            total += 1
    return total


def export_posts(
    ctx: AppContext,
    post_ids: list[int],
    out_dir: Path,
    *,
    cancel: threading.Event | None = None,
    on_progress: Progress | None = None,
    allow_past: bool = False,
) -> ExportReport:
    """Export several posts, each on its own; a refused post does not stop the others.

    An incomplete profile stops the whole export before anything is written
    (`ValidationError` ``profile_incomplete``): every sheet would lack it.
    """
    with ctx.uow() as uow:
        require_profiles(uow, post_ids)
    report = ExportReport()
    total = steps_for(ctx, post_ids) if on_progress is not None else 0
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if on_progress is not None:
            on_progress(min(done, total), total)

    for post_id in post_ids:
        if cancel is not None and cancel.is_set():
            report.cancelled = True
            break
        try:
            report.written.append(
                export_post(
                    ctx, post_id, out_dir, cancel=cancel, on_step=step, allow_past=allow_past
                )
            )
        except ExportCancelled:
            report.cancelled = True
            break
        except (DomainError, BadImageError) as exc:
            # The caller lists the refusal; the log keeps its reason.
            log.warning("Post %s not exported (%s): %s", post_id, exc.code, exc, extra=FILE_ONLY)
            report.failed.append((post_id, _title(ctx, post_id), exc))
            step()
        except Exception as exc:  # one post's failure never stops the others
            log.exception("Exporting post %s failed", post_id)
            failure = ExportFailedError(detail=f"{type(exc).__name__}: {exc}")
            report.failed.append((post_id, _title(ctx, post_id), failure))
            step()
    return report


def _title(ctx: AppContext, post_id: int) -> str:
    with ctx.uow() as uow:
        post = uow.session.get(Post, post_id)
        return post.title if post else f"#{post_id}"


def approved_not_exported(uow: UnitOfWork) -> list[PostRow]:
    """Approved posts whose approval in force has not been exported yet, by schedule."""
    stmt = (
        row_select()
        .where(Post.deleted_at.is_(None), Post.status == PostStatus.APPROVED.value)
        .order_by(Post.scheduled_at.is_(None), Post.scheduled_at, Post.id)
    )
    rows = load_rows(uow, stmt)
    approvals: dict[int, Approval] = {}
    for approval in uow.session.scalars(
        select(Approval)
        .where(Approval.post_id.in_([r.id for r in rows]))
        .order_by(Approval.decided_at, Approval.id)
    ):
        approvals[approval.post_id] = approval
    current = {
        post_id: a
        for post_id, a in approvals.items()
        if a.decision == ApprovalDecision.APPROVED.value and a.withdrawn_at is None
    }
    exported = exported_after(uow, current)
    return [r for r in rows if r.id in current and r.id not in exported]


def export_all_approved(
    ctx: AppContext,
    out_dir: Path,
    *,
    cancel: threading.Event | None = None,
    on_progress: Progress | None = None,
    allow_past: bool = False,
) -> ExportReport:
    """Export every approved post not yet exported."""
    with ctx.uow() as uow:
        ids = [row.id for row in approved_not_exported(uow)]
    return export_posts(
        ctx, ids, out_dir, cancel=cancel, on_progress=on_progress, allow_past=allow_past
    )


def export_history(uow: UnitOfWork, limit: int = 500) -> list[ExportRecord]:
    """Past exports, newest first (the history lines the export writes)."""
    stmt = (
        select(AuditEntry, Post.title)
        .outerjoin(Post, Post.id == AuditEntry.entity_id)
        .where(AuditEntry.entity_type == "post", AuditEntry.action == EXPORTED_ACTION)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(limit)
    )
    records = []
    for entry, title in uow.session.execute(stmt):
        details = entry.details or {}
        records.append(
            ExportRecord(
                post_id=entry.entity_id or 0,
                title=title or "",
                at=entry.at,
                path=Path(str(details.get("file", ""))),
                size_bytes=int(details.get("size", 0) or 0),
                user_name=entry.user_name,
            )
        )
    return records
