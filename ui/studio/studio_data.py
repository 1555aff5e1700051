"""What the image studio loads and renders off the GUI thread.

What the library knows of the photo comes from the core in one read
(`studio.studio_facts`); kept here are the slow parts that follow (reading a
24-megapixel original, rendering a preview), plain functions a worker thread can
run and a benchmark can time: the dialog only hands them to its operations and
shows the result.  The preview works on a reduced copy of the original (at most
`PROXY_SIDE` pixels) so it stays quick; exports render from the full original.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

if TYPE_CHECKING:
    from PIL import Image

    from sosmed_desktop.config import Config
    from sosmed_desktop.domain.recipe import Recipe
    from sosmed_desktop.imaging.render import Source
    from sosmed_desktop.services.media.studio import NamedRecipe, PresetChoice, StudioFacts

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


def load_studio(facts: StudioFacts, config: Config) -> tuple[StudioData, QImage]:
    """Everything the studio shows for the photo of `facts`, and the reduced copy of its
    original as a QImage."""
    from sosmed_desktop.imaging.render import load_source
    from sosmed_desktop.services.media.studio import logo_image

    source = load_source(facts.original, PROXY_SIDE)
    data = StudioData(
        source, facts.title, facts.presets, facts.saved, facts.attached, logo_image(config)
    )
    return data, to_qimage(source.image)


def render_preview(data: StudioData, recipe: Recipe) -> tuple[QImage, tuple[int, int]]:
    """The preview of `recipe` (at most `PREVIEW_SIDE` pixels) and its output size."""
    from sosmed_desktop.domain.recipe import output_size
    from sosmed_desktop.imaging.render import render

    image = render(data.source, recipe, logo=data.logo, fit_within=PREVIEW_SIDE)
    size = output_size(recipe, data.source.full_width, data.source.full_height)
    return to_qimage(image), size
