"""What the image studio loads and renders off the GUI thread.

Kept apart from the dialog so that the slow parts (reading a 24-megapixel
original, rendering a preview) are plain functions a worker thread can run and a
benchmark can time: the dialog only hands them to `run_task` and shows the
result.  The preview works on a reduced copy of the original (at most
`PROXY_SIDE` pixels) so it stays quick; exports render from the full original.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

if TYPE_CHECKING:
    from PIL import Image

    from sosmed_desktop.bootstrap import AppContext
    from sosmed_desktop.domain.recipe import Recipe
    from sosmed_desktop.imaging.render import Source
    from sosmed_desktop.services.studio import NamedRecipe, PresetChoice

PROXY_SIDE = 1600
PREVIEW_SIDE = 460


@dataclass
class StudioData:
    """What the studio loads in the background before it can show anything."""

    source: Source
    title: str
    presets: list[PresetChoice]
    saved: list[NamedRecipe]
    attached: list[Recipe]
    logo: Image.Image | None


def to_qimage(image: Image.Image) -> QImage:
    """A QImage copy of an RGB Pillow image (safe to make on a worker thread)."""
    rgb = image.convert("RGB")
    data = rgb.tobytes()
    return QImage(data, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888).copy()


def load_studio(ctx: AppContext, media_id: int) -> tuple[StudioData, QImage]:
    """Everything the studio shows for one photo, and the reduced copy as a QImage."""
    from sosmed_desktop.imaging.render import load_source
    from sosmed_desktop.services import studio

    with ctx.uow() as uow:
        original, title = studio.original_of(uow, ctx.config, media_id)
        presets = studio.presets(uow)
        saved = studio.saved_recipes(uow)
        attached = studio.attached_renditions(uow, media_id)
    source = load_source(original, PROXY_SIDE)
    data = StudioData(source, title, presets, saved, attached, studio.logo_image(ctx.config))
    return data, to_qimage(source.image)


def render_preview(data: StudioData, recipe: Recipe) -> tuple[QImage, tuple[int, int]]:
    """The preview of `recipe` (at most `PREVIEW_SIDE` pixels) and its output size."""
    from sosmed_desktop.domain.recipe import output_size
    from sosmed_desktop.imaging.render import render

    image = render(data.source, recipe, logo=data.logo, fit_within=PREVIEW_SIDE)
    size = output_size(recipe, data.source.full_width, data.source.full_height)
    return to_qimage(image), size
