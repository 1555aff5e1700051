"""Importing a post package from another department (or another PC) into the calendar.

Everything is checked before anything reaches the database or the media
library: the zip's entries (`package_zip.inspect`), the manifest, every
checksum after extraction into a fresh staging folder, and the type of every
file (JPEGs and videos are decoded by the media library's own checks).  Then
one transaction adds the post (approved, captions per platform, images in the
media library, deduplicated by SHA-256, the sender's approval record), marked
with the sending department in `Post.source_department`.  A package whose post
(by uuid) is already here adds nothing.

The imported approval is bound to the content hash of the imported files: they
are the rendering of exactly what the sender approved (the checksums prove it),
and the sender's own hash is kept in the history line.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.config import Config, os_error_to_domain
from sosmed_desktop.db.models import (
    Approval,
    MediaAsset,
    Platform,
    Post,
    PostVariant,
    Program,
    VariantMedia,
)
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain import package_format as fmt
from sosmed_desktop.domain.captions import count_caption
from sosmed_desktop.domain.content_checks import CHECKLIST_CODES
from sosmed_desktop.domain.permissions import Permission
from sosmed_desktop.domain.platforms import Counting
from sosmed_desktop.domain.statuses import ApprovalDecision, PostStatus
from sosmed_desktop.fileops import remove_file, replace_file
from sosmed_desktop.imaging import thumbs
from sosmed_desktop.imaging.safe_open import BadImageError
from sosmed_desktop.services import audit, profile
from sosmed_desktop.services.directions.data_notes import tags_named
from sosmed_desktop.services.media import media, originals
from sosmed_desktop.services.packages.manifest import Manifest, parse
from sosmed_desktop.services.packages.safe_zip import (
    Inspected,
    extract,
    inspect,
    read_member,
    refuse,
)
from sosmed_desktop.services.platforms import spec_of
from sosmed_desktop.services.posts.data import approval_record
from sosmed_desktop.services.team.access import require

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImportOutcome:
    """What importing a package did: the post, whether it is new, and the media it brought."""

    post_id: int
    title: str
    created: bool
    source_department: str
    media_added: int = 0
    media_reused: int = 0


def _verify(found: Inspected, manifest: Manifest, checksums: dict[str, str], name: str) -> None:
    """Every file listed with the right checksum, nothing unlisted, the platforms complete."""
    present = set(checksums) - {fmt.MANIFEST}
    listed = set(manifest.files)
    for inner in sorted(present - listed):
        raise refuse("unlisted_file", name, f"{inner} is not in the manifest", entry=inner)
    for inner in sorted(listed - present):
        raise refuse("file_missing", name, f"{inner} is listed but missing", entry=inner)
    for inner in sorted(listed):
        if checksums[inner] != manifest.files[inner]:
            raise refuse(
                "checksum_mismatch", name, f"{inner} does not match its checksum", entry=inner
            )
    for platform in manifest.platforms:
        for inner in (platform.caption_file, *platform.media_files):
            if inner not in present:
                raise refuse("file_missing", name, f"{inner} is listed but missing", entry=inner)
            if inner != platform.caption_file and found.members[inner].kind == "caption":
                raise refuse("file_type", name, f"{inner} is not a photo or video", entry=inner)
    for required in (fmt.PREVIEW, fmt.APPROVAL_SHEET):
        if required not in present:
            raise refuse("file_missing", name, f"{required} is missing", entry=required)


def _check_types(found: Inspected, staging: Path, name: str) -> dict[str, str]:
    """Each file's first bytes fit its kind, text is UTF-8; returns the captions by path."""
    captions: dict[str, str] = {}
    for inner, member in found.members.items():
        path = staging / inner
        with path.open("rb") as fh:
            head = fh.read(16)
        if not fmt.signature_ok(member.kind, head):
            raise refuse("file_type", name, f"{inner} is not a {member.kind} file", entry=inner)
        if member.kind in ("caption", "preview"):
            try:
                text = path.read_bytes().decode("utf-8")
            except UnicodeDecodeError as exc:
                raise refuse("file_type", name, f"{inner} is not UTF-8 text", entry=inner) from exc
            if "\x00" in text:
                raise refuse("file_type", name, f"{inner} is not text", entry=inner)
            if member.kind == "caption":
                captions[inner] = text
    return captions


def _stage_media(
    config: Config, manifest: Manifest, staging: Path, name: str
) -> dict[str, media.Staged]:
    """Each distinct media file decoded and copied into the media folder (not yet placed);
    paths of identical files share one `Staged`."""
    staged: dict[str, media.Staged] = {}
    by_checksum: dict[str, media.Staged] = {}
    try:
        for platform in manifest.platforms:
            for inner in platform.media_files:
                known = by_checksum.get(manifest.files[inner])
                if known is not None:  # the same rendering on several platforms
                    staged[inner] = known
                    continue
                try:
                    staged[inner] = by_checksum[manifest.files[inner]] = media.stage(
                        config, staging / inner
                    )
                except BadImageError as exc:
                    raise refuse(
                        "file_type", name, f"{inner}: {exc.params.get('detail', exc)}",
                        entry=inner,
                    ) from exc  # fmt: skip
    except BaseException:
        for item in staged.values():
            item.discard()
        raise
    return staged


def _known(uow: UnitOfWork, post_uuid: str) -> Post | None:
    return uow.session.scalar(select(Post).where(Post.uuid == post_uuid))


def import_package(ctx: AppContext, path: Path) -> ImportOutcome:
    """Check and import one package zip; see the module docstring.

    Raises `PackageError` with one code per refusal (``package_not_zip``,
    ``package_unsafe_path``, ``package_symlink`` ...); then nothing was written.
    """
    with ctx.uow() as uow:
        require(uow, Permission.PACKAGES)
    name = path.name
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise refuse("unreadable", name, "the file is not there") from exc
    except OSError as exc:
        raise refuse("unreadable", name, exc.strerror or str(exc)) from exc
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise refuse("not_zip", name, "not a zip file (or a damaged one)") from exc
    with archive:
        found = inspect(archive, name)
        manifest = parse(read_member(archive, found.members[fmt.MANIFEST], name), name)
        scratch = ctx.config.data_dir / "cache"
        try:
            scratch.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(dir=scratch, prefix="package-"))
        except OSError as exc:
            raise os_error_to_domain(exc, scratch) from exc
        try:
            checksums = extract(archive, found, staging, name)
            _verify(found, manifest, checksums, name)
            captions = _check_types(found, staging, name)
            with ctx.uow() as uow:
                existing = _known(uow, manifest.uuid)
                if existing is not None:
                    return ImportOutcome(existing.id, existing.title, False, manifest.department)
                _check_caption_limits(uow, manifest, captions, name)
            staged = _stage_media(ctx.config, manifest, staging, name)
            try:
                return _commit(ctx, manifest, captions, staged, name)
            finally:
                for item in staged.values():
                    item.discard()
        except OSError as exc:
            raise os_error_to_domain(exc, staging) from exc
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def _check_caption_limits(
    uow: UnitOfWork, manifest: Manifest, captions: dict[str, str], name: str
) -> None:
    """Each platform's caption within that platform's limit, counted by that platform's
    rule (`spec_of`: X's weighted length, YouTube's bytes ...), the master caption
    within the largest limit.

    An approved post whose caption no platform accepts could never be exported.
    """
    specs = {code: spec_of(row) for code, row in _platform_rows(uow, manifest, name).items()}
    limits = [specs[p.code].caption_limit for p in manifest.platforms]
    for platform in manifest.platforms:
        spec = specs[platform.code]
        limit = spec.caption_limit
        count = count_caption(captions[platform.caption_file], spec.counting)
        if limit is not None and count > limit:
            raise refuse(
                "caption_too_long", name, f"{platform.caption_file}: {count} characters, at most "
                f"{limit} on {platform.code}", entry=platform.caption_file, count=count,
                limit=limit,
            )  # fmt: skip
    largest = None if None in limits else max(limits, default=None)
    count = count_caption(manifest.master_caption, Counting.GRAPHEMES)
    if largest is not None and count > largest:
        raise refuse(
            "caption_too_long", name, f"post.master_caption: {count} characters, at most "
            f"{largest}", entry="manifest.json", count=count, limit=largest,
        )  # fmt: skip


def _platform_rows(uow: UnitOfWork, manifest: Manifest, name: str) -> dict[str, Platform]:
    codes = [p.code for p in manifest.platforms]
    stmt = select(Platform).where(Platform.code.in_(codes))
    rows = {p.code: p for p in uow.session.scalars(stmt)}
    for code in codes:
        if code not in rows:
            raise refuse("unknown_platform", name, f"unknown platform {code}", platform=code)
    return rows


class _Placement:
    """Media originals moved into the library during a commit, removed again if it fails."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.placed: list[Path] = []

    def asset(
        self, uow: UnitOfWork, staged: media.Staged, original_name: str, title: str
    ) -> tuple[MediaAsset, bool]:
        """The library's asset for `staged`: an existing one (restored from the trash) or new."""
        existing = uow.session.scalar(select(MediaAsset).where(MediaAsset.sha256 == staged.sha256))
        target = originals.stored_path(self.config, staged.sha256, staged.extension)
        if existing is not None:
            target = media.media_path(self.config, existing)
            if not target.exists():
                self._place(staged.tmp, target)
            existing.deleted_at = None
            return existing, False
        if not target.exists():
            self._place(staged.tmp, target)
        thumb = thumbs.thumb_path(self.config.thumbs_dir, staged.sha256)
        if staged.thumbnail is not None and not thumb.exists():
            thumbs.store(thumb, staged.thumbnail)
            self.placed.append(thumb)
        asset = MediaAsset(
            sha256=staged.sha256, original_name=original_name[:400], extension=staged.extension,
            kind=staged.kind, mime=staged.mime, size_bytes=staged.size_bytes, title=title[:300],
            **staged.fields,
        )  # fmt: skip
        uow.session.add(asset)
        return asset, True

    def _place(self, tmp: Path, target: Path) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        replace_file(tmp, target)
        self.placed.append(target)

    def undo(self) -> None:
        for path in self.placed:
            remove_file(path)


def _commit(
    ctx: AppContext,
    manifest: Manifest,
    captions: dict[str, str],
    staged: dict[str, media.Staged],
    name: str,
) -> ImportOutcome:
    placement = _Placement(ctx.config)
    try:
        with ctx.uow() as uow:
            existing = _known(uow, manifest.uuid)
            if existing is not None:  # imported meanwhile by another window or command
                return ImportOutcome(existing.id, existing.title, False, manifest.department)
            platforms = _platform_rows(uow, manifest, name)
            user = profile.current_user(uow)
            program = uow.session.scalar(select(Program).where(Program.name == manifest.program))
            post = Post(
                uuid=manifest.uuid,
                title=manifest.title,
                status=PostStatus.APPROVED.value,
                scheduled_at=manifest.scheduled_at,
                master_caption=manifest.master_caption,
                checklist=sorted(CHECKLIST_CODES),
                program=program if manifest.program else None,
                author_id=user.id if user else None,
                department_id=user.department_id if user else None,
                source_department=manifest.department[:200] or name[:200],
                tags=tags_named(uow, _clean_tags(manifest.tags)),
            )
            assets: dict[str, MediaAsset] = {}
            new_assets: list[MediaAsset] = []
            added = reused = 0
            by_sha: dict[str, MediaAsset] = {}
            for inner, item in staged.items():
                if item.sha256 not in by_sha:
                    title = f"{manifest.title} ({inner.replace('/', ' ')})"
                    asset, created = placement.asset(uow, item, f"{name}/{inner}", title)
                    by_sha[item.sha256] = asset
                    if created:
                        new_assets.append(asset)
                    added, reused = added + created, reused + (not created)
                assets[inner] = by_sha[item.sha256]
            uow.session.flush()
            for sha, asset in by_sha.items():
                originals.keep(uow, media.media_path(ctx.config, asset), sha)
            for p in manifest.platforms:
                caption = captions[p.caption_file]
                variant = PostVariant(
                    platform=platforms[p.code],
                    caption=caption,
                    follows_master=caption == manifest.master_caption,
                )
                variant.media = [
                    VariantMedia(media_id=assets[inner].id, position=i, recipe={})
                    for i, inner in enumerate(p.media_files)
                ]
                post.variants.append(variant)
            uow.session.add(post)
            uow.session.flush()
            _record(uow, post, manifest, name, new_assets)
            uow.commit()
            outcome = ImportOutcome(
                post.id, post.title, True, post.source_department or "", added, reused
            )
    except OSError as exc:
        placement.undo()
        raise os_error_to_domain(exc, ctx.config.media_dir) from exc
    except BaseException:
        placement.undo()
        raise
    log.info("Imported package %s as post %s", name, outcome.post_id)
    return outcome


def _clean_tags(raw: tuple[str, ...]) -> tuple[str, ...]:
    cleaned = (" ".join(t.split()).lstrip("#").strip()[:80] for t in raw)
    return tuple(dict.fromkeys(t for t in cleaned if t))


def _record(
    uow: UnitOfWork, post: Post, manifest: Manifest, name: str, new_assets: list[MediaAsset]
) -> None:
    """The approval (bound to the imported content) and the history lines."""
    digest, snapshot = approval_record(uow.session, post)
    sent = manifest.approval
    post.approvals.append(
        Approval(
            decision=ApprovalDecision.APPROVED.value,
            reviewer_name=sent.reviewer_name[:120],
            reviewer_position=sent.reviewer_position[:160],
            decided_at=sent.decided_at,
            note=sent.note,
            content_hash=digest,
            content=snapshot,
        )
    )
    uow.session.flush()
    for asset in new_assets:
        audit.record(uow, "media", asset.id, "imported", name=asset.original_name, package=name)
    audit.record(
        uow, "post", post.id, "imported", package=name, source_department=post.source_department,
        source_post_id=manifest.post_id, source_content_hash=sent.content_hash,
        content_hash=digest, reviewer=sent.reviewer_name,
        data_sources=[str(d.get("citation", d.get("title", ""))) for d in manifest.data_sources],
        directions=[str(d.get("content", "")) for d in manifest.directions],
    )  # fmt: skip
