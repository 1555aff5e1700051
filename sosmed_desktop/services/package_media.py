"""The files of a package's platform folders: photos rendered by their recipes, videos remuxed.

Every photo is rendered from its original by the image studio's recipe (an
empty recipe gives the whole photo, upright, at most 4096 px) and encoded as a
metadata-free JPEG within the platform's byte limit.  A photo used twice with
the same recipe and limit is rendered once.  Videos are copied without their
container metadata.  Small copies feed the approval sheet's thumbnails and the
preview's embedded images.
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
from sosmed_desktop.domain.recipe import Recipe
from sosmed_desktop.errors import DomainError
from sosmed_desktop.imaging.render import encode_jpeg, load_source, render
from sosmed_desktop.services import originals
from sosmed_desktop.services.package_content import MediaFile, PackageContent, PlatformContent
from sosmed_desktop.services.studio import logo_image

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
    """How many media files the export writes (for progress)."""
    return sum(len(p.media) for p in content.platforms)


def _reduced(image: Image.Image, side: int) -> Image.Image:
    copy = image.copy()
    copy.thumbnail((side, side), Image.Resampling.LANCZOS)
    return copy


def _poster_thumb(original: Path) -> bytes:
    """A small JPEG of a video's poster frame; none (b"") without the video support."""
    from sosmed_desktop.imaging.video import has_pyav, poster_frame

    if not has_pyav():
        return b""  # the sheet lists the video without a picture
    return encode_jpeg(_reduced(poster_frame(original), THUMB_SIDE))


def _recipe(item: MediaFile, platform: PlatformContent) -> Recipe:
    recipe = Recipe.from_dict(item.detail.recipe) if item.detail.recipe else Recipe()
    if recipe.max_bytes is None and platform.max_image_bytes:
        recipe = recipe.with_changes(max_bytes=platform.max_image_bytes)
    return recipe


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

    logo = logo_image(config)
    done: dict[tuple[str, str], PackageFile] = {}
    result = RenderedMedia()
    for platform in content.platforms:
        items: list[PackageFile] = []
        for position, item in enumerate(platform.media, start=1):
            if cancel is not None and cancel.is_set():
                raise ExportCancelled()
            original = sources[item.detail.sha256]
            if item.kind == "video":
                inner = f"{platform.code}/{fmt.image_name(position, 'mp4')}"
                key = (item.detail.sha256, "video")
                if key not in done:
                    target = scratch / f"{item.detail.sha256}.mp4"
                    copy_without_metadata(original, target)
                    thumb = _poster_thumb(original)
                    done[key] = PackageFile(inner, "video", path=target, thumb=thumb)
                known = done[key]
                items.append(PackageFile(inner, "video", path=known.path, thumb=known.thumb))
            else:
                recipe = _recipe(item, platform)
                key = (item.detail.sha256, json.dumps(recipe.to_dict(), sort_keys=True))
                if key not in done:
                    image = render(load_source(original), recipe, logo=logo)
                    data = encode_jpeg(image, recipe.max_bytes)
                    preview = _reduced(image, PREVIEW_SIDE)
                    done[key] = PackageFile(
                        "", "image", data, preview=encode_jpeg(preview),
                        thumb=encode_jpeg(_reduced(preview, THUMB_SIDE)),
                    )  # fmt: skip
                known = done[key]
                inner = f"{platform.code}/{fmt.image_name(position)}"
                items.append(
                    PackageFile(inner, "image", known.data, None, known.preview, known.thumb)
                )
            if on_step is not None:
                on_step()
        result.files[platform.code] = items
    return result
