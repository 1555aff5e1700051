"""The image studio's use cases: presets, saved recipes, the logo, renders and batches.

Renders always start from the original in the media folder.  Exported files
are written atomically into the chosen folder; renditions attached to a post
are stored as recipes in `VariantMedia` (the package export renders them).
"""

from __future__ import annotations

import io
import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PIL import Image
from sqlalchemy import func, select

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.config import Config, os_error_to_domain
from sosmed_desktop.db.models import MediaAsset, Platform, Post, PostVariant, VariantMedia
from sosmed_desktop.db.models_media import SavedRecipe
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.platform_render import preset_recipe
from sosmed_desktop.domain.platforms import ImagePreset
from sosmed_desktop.domain.recipe import Recipe, Watermark
from sosmed_desktop.errors import ConflictError, DomainError, NotFoundError, ValidationError
from sosmed_desktop.fileops import atomic_write_bytes
from sosmed_desktop.imaging.render import Source, encode_jpeg, load_logo, load_source, render
from sosmed_desktop.imaging.safe_open import BadImageError, open_image
from sosmed_desktop.services import audit
from sosmed_desktop.services.calendar.rows import SETTLED
from sosmed_desktop.services.media import originals
from sosmed_desktop.services.posts.store import touch

LOGO_NAME = "branding/watermark.png"


@dataclass(frozen=True)
class PresetChoice:
    """A platform's image preset, as the studio offers it."""

    key: str
    platform_code: str
    platform_name: str
    label: str
    width: int
    height: int
    max_bytes: int | None

    def recipe(self, base: Recipe | None = None) -> Recipe:
        """`base` (or a plain recipe) aimed at this preset, with a fresh centred crop."""
        preset = ImagePreset(self.key, self.label, self.width, self.height)
        return preset_recipe(preset, self.max_bytes, f"{self.platform_name} {self.label}", base)


@dataclass(frozen=True)
class NamedRecipe:
    """A saved recipe."""

    id: int
    name: str
    recipe: Recipe


@dataclass
class BatchReport:
    """Files written by a batch, and the photos that could not be rendered."""

    written: list[Path] = field(default_factory=list)
    failed: list[tuple[str, DomainError]] = field(default_factory=list)
    cancelled: bool = False


def presets(uow: UnitOfWork) -> list[PresetChoice]:
    """Every image preset of the enabled platforms, in spec-file order."""
    stmt = select(Platform).where(Platform.enabled.is_(True)).order_by(Platform.position)
    return [
        PresetChoice(
            str(p["key"]),
            platform.code,
            platform.name,
            str(p["label"]),
            int(p["width"]),
            int(p["height"]),
            platform.max_image_bytes,
        )
        for platform in uow.session.scalars(stmt)
        for p in platform.presets
    ]


def watermark_defaults(config: Config) -> Watermark:
    """The logo placement chosen in the settings."""
    return Watermark(
        position=config.get("watermark_position"),
        size=config.get("watermark_size") / 100,
        opacity=config.get("watermark_opacity") / 100,
        margin=config.get("watermark_margin") / 100,
    )


def install_logo(config: Config, source: Path) -> Path:
    """Check a chosen logo (PNG only) and keep a copy in the data folder; saves settings."""
    with open_image(source) as probe:
        fmt = probe.format
    if fmt != "PNG":
        raise BadImageError(
            name=source.name, reason="unsupported", detail="the logo must be a PNG file"
        )
    logo = load_logo(source)
    target = config.data_dir / LOGO_NAME
    try:
        atomic_write_bytes(target, _png_bytes(logo))
    except OSError as exc:
        raise os_error_to_domain(exc, target.parent) from exc
    config.set("watermark_file", LOGO_NAME)
    config.save()
    return target


def _png_bytes(image: Image.Image) -> bytes:
    out = io.BytesIO()
    Image.frombytes("RGBA", image.size, image.tobytes()).save(out, "PNG")
    return out.getvalue()


def logo_image(config: Config) -> Image.Image | None:
    """The department logo for watermarks, or None when none was chosen (or it is gone)."""
    path = config.watermark_path
    if path is None or not path.is_file():
        return None
    try:
        return load_logo(path)
    except BadImageError:
        return None


def original_of(uow: UnitOfWork, config: Config, media_id: int) -> tuple[Path, str]:
    """Where a photo's original is and its title; only images can be edited."""
    asset = uow.session.get(MediaAsset, media_id)
    if asset is None:
        raise NotFoundError(what="media", ident=media_id)
    if asset.kind != "image":
        raise ValidationError(code="studio_not_image", detail="only photos can be edited")
    path = originals.local_original(config, uow, asset.sha256, asset.extension)
    return path, asset.title or Path(asset.original_name).stem


@dataclass(frozen=True)
class StudioFacts:
    """What the studio needs from the library to open a photo: where its original is,
    its title, the presets to offer, the saved recipes and the renditions already
    attached to posts (the studio starts from those)."""

    original: Path
    title: str
    presets: list[PresetChoice]
    saved: list[NamedRecipe]
    attached: list[Recipe]


def studio_facts(uow: UnitOfWork, config: Config, media_id: int) -> StudioFacts:
    """Everything the studio reads from the library for one photo (only photos open)."""
    original, title = original_of(uow, config, media_id)
    return StudioFacts(
        original, title, presets(uow), saved_recipes(uow), attached_renditions(uow, media_id)
    )


def render_jpeg(source: Source, recipe: Recipe, logo: Image.Image | None) -> bytes:
    """The final JPEG of one rendition: full size, metadata-free, within its byte limit."""
    return encode_jpeg(render(source, recipe, logo=logo), recipe.max_bytes)


def export_renditions(
    ctx: AppContext, media_id: int, recipes: list[Recipe], out_dir: Path
) -> list[Path]:
    """Render each recipe of one photo into `out_dir`; returns the files written."""
    with ctx.uow() as uow:
        original, title = original_of(uow, ctx.config, media_id)
    source = load_source(original)
    logo = logo_image(ctx.config)
    written = []
    for recipe in recipes:
        target = _unique(out_dir / f"{slug(title)}_{slug(recipe.preset or 'bebas')}.jpg")
        _write(target, render_jpeg(source, recipe, logo))
        written.append(target)
    return written


def batch_render(
    ctx: AppContext,
    media_ids: list[int],
    recipe: Recipe,
    out_dir: Path,
    *,
    on_progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> BatchReport:
    """Apply one recipe to many photos (each gets a centred crop of the recipe's ratio)."""
    report = BatchReport()
    logo = logo_image(ctx.config)
    shared = recipe.with_changes(crop=None)
    for done, media_id in enumerate(media_ids, start=1):
        if cancel is not None and cancel.is_set():
            report.cancelled = True
            break
        title = f"#{media_id}"
        try:
            with ctx.uow() as uow:
                original, title = original_of(uow, ctx.config, media_id)
            data = render_jpeg(load_source(original), shared, logo)
            target = _unique(out_dir / f"{slug(title)}_{slug(recipe.preset or 'bebas')}.jpg")
            _write(target, data)
            report.written.append(target)
        except (BadImageError, ValidationError, NotFoundError) as exc:
            report.failed.append((title, exc))
        if on_progress is not None:
            on_progress(done, len(media_ids))
    return report


def _write(target: Path, data: bytes) -> None:
    try:
        atomic_write_bytes(target, data)
    except OSError as exc:
        raise os_error_to_domain(exc, target.parent) from exc


def _unique(path: Path) -> Path:
    candidate, n = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


def slug(text: str) -> str:
    """A file-name-safe version of `text` (ASCII letters, digits and dashes)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    cleaned = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower()
    return cleaned[:60] or "foto"


# --- saved recipes ------------------------------------------------------------------


def save_recipe(uow: UnitOfWork, name: str, recipe: Recipe) -> int:
    """Store `recipe` under `name` (replacing one of the same name); commits."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError(code="recipe_name_required", detail="a saved recipe needs a name")
    data = recipe.with_changes(crop=None).to_dict()
    row = uow.session.scalar(select(SavedRecipe).where(SavedRecipe.name == name))
    if row is None:
        row = SavedRecipe(name=name[:120], recipe=data)
        uow.session.add(row)
    else:
        row.recipe = data
    uow.session.flush()
    audit.record(uow, "recipe", row.id, "saved", name=name)
    uow.commit()
    return row.id


def saved_recipes(uow: UnitOfWork) -> list[NamedRecipe]:
    """Every saved recipe, by name (unreadable ones are skipped)."""
    found = []
    for row in uow.session.scalars(select(SavedRecipe).order_by(SavedRecipe.name)):
        try:
            found.append(NamedRecipe(row.id, row.name, Recipe.from_dict(row.recipe)))
        except ValidationError:
            continue
    return found


# --- renditions attached to posts ---------------------------------------------------


@dataclass(frozen=True)
class PostChoice:
    """A post the renditions can be attached to, with its platforms, schedule and status
    (the officer picks it among many by its title, date and status)."""

    id: int
    title: str
    platform_codes: tuple[str, ...]
    scheduled_at: datetime | None
    status: str


def attachable_posts(uow: UnitOfWork, limit: int = 200) -> list[PostChoice]:
    """Posts not yet published nor archived (attaching to those is refused), newest
    schedule first."""
    stmt = (
        select(Post)
        .where(Post.deleted_at.is_(None), Post.published_at.is_(None), Post.status.not_in(SETTLED))
        .order_by(func.coalesce(Post.scheduled_at, Post.created_at).desc(), Post.id.desc())
        .limit(limit)
    )
    return [
        PostChoice(
            p.id, p.title, tuple(v.platform.code for v in p.variants), p.scheduled_at, p.status
        )
        for p in uow.session.scalars(stmt)
    ]


def attach_renditions(
    uow: UnitOfWork, post_id: int, media_id: int, renditions: list[tuple[str, Recipe]]
) -> list[int]:
    """Add each (platform code, recipe) to that platform's variant of the post; commits.

    A rendition for a platform the post does not have is refused (ConflictError),
    and then nothing is attached.  Attaching to an approved post sends it back to
    review, and to a published or archived one is refused (`approval_guard`).
    """
    post = uow.session.get(Post, post_id)
    if post is None or post.deleted_at is not None:
        raise NotFoundError(what="post", ident=post_id)
    if uow.session.get(MediaAsset, media_id) is None:
        raise NotFoundError(what="media", ident=media_id)
    variants = {v.platform.code: v for v in post.variants}
    missing = sorted({code for code, _ in renditions if code not in variants})
    if missing:
        raise ConflictError(
            code="post_lacks_platform",
            detail=f"the post is not planned for {', '.join(missing)}",
            platforms=", ".join(missing),
        )
    ids = []
    for code, recipe in renditions:
        variant: PostVariant = variants[code]
        position = max((m.position for m in variant.media), default=-1) + 1
        item = VariantMedia(media_id=media_id, position=position, recipe=recipe.to_dict())
        variant.media.append(item)
        uow.session.flush()
        ids.append(item.id)
    touch(post)  # the post's version moves on, so an open editor knows
    audit.record(uow, "post", post_id, "media_attached", media_id=media_id, count=len(ids),
                 platforms=[code for code, _ in renditions])  # fmt: skip
    uow.commit()
    return ids


def attached_renditions(uow: UnitOfWork, media_id: int) -> list[Recipe]:
    """The distinct edited recipes attached to posts for this photo (to start the studio from).

    An empty recipe (the photo attached as it is) is no rendition and is left out.
    """
    found: list[Recipe] = []
    for data in uow.session.scalars(
        select(VariantMedia.recipe)
        .where(VariantMedia.media_id == media_id)
        .order_by(VariantMedia.id)
    ):
        if not data:
            continue
        try:
            recipe = Recipe.from_dict(data)
        except ValidationError:
            continue
        if recipe not in found:
            found.append(recipe)
    return found
