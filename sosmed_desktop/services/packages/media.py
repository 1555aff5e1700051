"""The files of a package's platform folders: photos rendered by their recipes, videos remuxed.

Every photo is rendered from its original by its platform recipe
(`domain.platform_render.platform_recipe`: the studio's edit, the preset the
officer picked, or the platform's feed preset for an unedited photo), the very
recipe the editor previews, and encoded as a metadata-free JPEG within the
platform's byte limit.  Each original is decoded once, however many platforms
use it; a photo used twice with the same recipe is rendered once.  Videos are
copied without their container metadata.  Reduced copies of each render feed
the approval sheet's thumbnails and the preview's embedded images, so the sheet
shows exactly the image the package holds.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from sosmed_desktop.config import Config
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain import package_format as fmt
from sosmed_desktop.domain.platform_render import platform_recipe
from sosmed_desktop.domain.recipe import Recipe
from sosmed_desktop.errors import DomainError
from sosmed_desktop.imaging.render import encode_jpeg, load_source, render
from sosmed_desktop.services.media import originals
from sosmed_desktop.services.media.studio import logo_image
from sosmed_desktop.services.packages.content import PackageContent

PREVIEW_SIDE = 720
THUMB_SIDE = 300


class ExportCancelled(DomainError):
    """The officer cancelled an export; nothing was written."""

    code = "export_cancelled"
    template = "The export was cancelled; nothing was written"


@dataclass
class PackageFile:
    """One media file of a platform folder: bytes (a photo) or a temporary file (a video)."""

    inner: str
    kind: str
    data: bytes = b""
    path: Path | None = None
    preview: bytes = b""
    thumb: bytes = b""


@dataclass
class RenderedMedia:
    """The platform folders' files, by platform code, in order."""

    files: dict[str, list[PackageFile]] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return sum(len(items) for items in self.files.values())


def media_steps(content: PackageContent) -> int:
    """How many renders and videos the export makes (for progress)."""
    renders = {
        (item.detail.sha256, _recipe_key(platform_recipe(item.detail.recipe, platform.spec)))
        for platform in content.platforms
        for item in platform.media
        if item.kind != "video"
    }
    videos = {i.detail.sha256 for p in content.platforms for i in p.media if i.kind == "video"}
    return len(renders) + len(videos)


def _reduced(image: Image.Image, side: int) -> Image.Image:
    """`image` fitting `side` px (itself when it already fits): bicubic with a reducing
    gap, as Pillow's thumbnails, enough for the preview page and the sheet."""
    scale = side / max(image.size)
    if scale >= 1:
        return image
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, Image.Resampling.BICUBIC, reducing_gap=2.0)


def _poster_thumb(original: Path) -> bytes:
    """A small JPEG of a video's poster frame; none (b"") without the video support."""
    from sosmed_desktop.imaging.video import has_pyav, poster_frame

    if not has_pyav():
        return b""  # the sheet lists the video without a picture
    return encode_jpeg(_reduced(poster_frame(original), THUMB_SIDE))


def _recipe_key(recipe: Recipe) -> str:
    return json.dumps(recipe.to_dict(), sort_keys=True)


def _rendered_images(
    config: Config,
    content: PackageContent,
    sources: dict[str, Path],
    cancel: threading.Event | None,
    on_step: Callable[[], None] | None,
) -> dict[tuple[str, str], PackageFile]:
    """Every photo's renders by (sha256, recipe key), each original decoded once."""
    wanted: dict[str, dict[str, Recipe]] = {}
    for platform in content.platforms:
        for item in platform.media:
            if item.kind != "video":
                recipe = platform_recipe(item.detail.recipe, platform.spec)
                wanted.setdefault(item.detail.sha256, {})[_recipe_key(recipe)] = recipe
    logo = logo_image(config) if wanted else None
    done: dict[tuple[str, str], PackageFile] = {}
    for sha256, recipes in wanted.items():
        if cancel is not None and cancel.is_set():
            raise ExportCancelled()
        source = load_source(sources[sha256])
        for key, recipe in recipes.items():
            image = render(source, recipe, logo=logo)
            preview = _reduced(image, PREVIEW_SIDE)
            done[sha256, key] = PackageFile(
                "", "image", encode_jpeg(image, recipe.max_bytes), preview=encode_jpeg(preview),
                thumb=encode_jpeg(_reduced(preview, THUMB_SIDE)),
            )  # fmt: skip
            if on_step is not None:
                on_step()
        del source
    return done


def local_sources(config: Config, uow: UnitOfWork, content: PackageContent) -> dict[str, Path]:
    """The local file of every original the package uses, by SHA-256 (fetched if needed)."""
    return {
        item.detail.sha256: originals.local_original(
            config, uow, item.detail.sha256, item.extension
        )
        for platform in content.platforms
        for item in platform.media
    }


def render_media(
    config: Config,
    content: PackageContent,
    scratch: Path,
    sources: dict[str, Path],
    *,
    cancel: threading.Event | None = None,
    on_step: Callable[[], None] | None = None,
) -> RenderedMedia:
    """Render every platform's media; videos go to temporary files in `scratch`.

    `sources` are the originals' local files (`local_sources`).
    """
    from sosmed_desktop.imaging.video import copy_without_metadata

    images = _rendered_images(config, content, sources, cancel, on_step)
    videos: dict[str, PackageFile] = {}
    result = RenderedMedia()
    for platform in content.platforms:
        items: list[PackageFile] = []
        for position, item in enumerate(platform.media, start=1):
            if cancel is not None and cancel.is_set():
                raise ExportCancelled()
            sha256 = item.detail.sha256
            if item.kind == "video":
                inner = f"{platform.code}/{fmt.image_name(position, 'mp4')}"
                if sha256 not in videos:
                    original = sources[sha256]
                    target = scratch / f"{sha256}.mp4"
                    copy_without_metadata(original, target)
                    thumb = _poster_thumb(original)
                    videos[sha256] = PackageFile(inner, "video", path=target, thumb=thumb)
                    if on_step is not None:
                        on_step()
                known = videos[sha256]
                items.append(PackageFile(inner, "video", path=known.path, thumb=known.thumb))
            else:
                recipe = platform_recipe(item.detail.recipe, platform.spec)
                known = images[sha256, _recipe_key(recipe)]
                inner = f"{platform.code}/{fmt.image_name(position)}"
                items.append(
                    PackageFile(inner, "image", known.data, None, known.preview, known.thumb)
                )
        result.files[platform.code] = items
    return result
