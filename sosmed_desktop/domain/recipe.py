"""The recipe of an edited photo: what to do to the original, never the result itself.

Edits are non-destructive: a recipe (crop, rotation and flips, target size,
adjustments, watermark, text) is stored as JSON (`VariantMedia.recipe`, saved
recipes) and rendered from the original whenever an image is needed.  The crop
rectangle is in the pixels of the upright original (EXIF orientation applied),
taken before the recipe's own rotation, so it stays valid for every preview size.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

from sosmed_desktop.errors import ValidationError

ANCHORS = (
    "top-left",
    "top",
    "top-right",
    "left",
    "center",
    "right",
    "bottom-left",
    "bottom",
    "bottom-right",
)
TEXT_POSITIONS = ("top", "center", "bottom")
ROTATIONS = (0, 90, 180, 270)
STORY_RATIO = 9 / 16
STORY_SAFE_FRACTION = 250 / 1920  # top and bottom bands covered by the app's own controls
MAX_FREE_SIDE = 4096  # a free-ratio render without a size or bounds is kept to this size


class RecipeError(ValidationError):
    """A recipe that cannot be applied (bad numbers, unknown position ...)."""

    code = "bad_recipe"
    template = "Invalid edit recipe: {detail}"


@dataclass(frozen=True)
class Crop:
    """A rectangle in upright-original pixels."""

    x: int
    y: int
    w: int
    h: int


@dataclass(frozen=True)
class Watermark:
    """The department logo: anchor, width as a fraction of the image, opacity, margin."""

    position: str = "bottom-right"
    size: float = 0.18
    opacity: float = 0.85
    margin: float = 0.03


@dataclass(frozen=True)
class TextOverlay:
    """A line (or a few) of text, on a banner or straight on the photo."""

    text: str
    position: str = "bottom"
    banner: bool = True
    size: float = 0.05
    colour: str = "#ffffff"
    banner_colour: str = "#0f172a"
    banner_opacity: float = 0.7


@dataclass(frozen=True)
class Recipe:
    """Everything the studio does to one rendition of a photo.

    `width`×`height` is an exact output size (the crop takes its ratio); without
    it the output is the crop's own size, shrunk to fit `max_width`×`max_height`
    (a platform's bounds, see `domain.platform_render`) or `MAX_FREE_SIDE`.
    """

    preset: str | None = None
    width: int | None = None
    height: int | None = None
    ratio: float | None = None
    crop: Crop | None = None
    rotate: int = 0
    flip_h: bool = False
    flip_v: bool = False
    brightness: float = 1.0
    contrast: float = 1.0
    saturation: float = 1.0
    watermark: Watermark | None = None
    text: TextOverlay | None = None
    max_bytes: int | None = None
    max_width: int | None = None
    max_height: int | None = None
    label: str = field(default="", compare=False)

    @property
    def aspect(self) -> float | None:
        """The output's width/height, from the preset size or a chosen crop ratio."""
        if self.width and self.height:
            return self.width / self.height
        return self.ratio

    @property
    def is_story(self) -> bool:
        """True for a 9:16 rendition, whose top and bottom are covered by the app."""
        return self.aspect is not None and abs(self.aspect - STORY_RATIO) < 0.01

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (what the database stores)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> Recipe:
        """Build and check a recipe from stored JSON; unknown keys are ignored."""
        if not isinstance(data, dict):
            raise RecipeError(detail="not an object")
        try:
            crop = data.get("crop")
            watermark = data.get("watermark")
            text = data.get("text")
            recipe = cls(
                preset=_opt_str(data.get("preset")),
                width=_opt_int(data.get("width")),
                height=_opt_int(data.get("height")),
                ratio=_opt_float(data.get("ratio")),
                crop=Crop(*(int(crop[k]) for k in ("x", "y", "w", "h"))) if crop else None,
                rotate=int(data.get("rotate", 0)),
                flip_h=bool(data.get("flip_h", False)),
                flip_v=bool(data.get("flip_v", False)),
                brightness=float(data.get("brightness", 1.0)),
                contrast=float(data.get("contrast", 1.0)),
                saturation=float(data.get("saturation", 1.0)),
                watermark=Watermark(**_known(watermark, Watermark)) if watermark else None,
                text=TextOverlay(**_known(text, TextOverlay)) if text else None,
                max_bytes=_opt_int(data.get("max_bytes")),
                max_width=_opt_int(data.get("max_width")),
                max_height=_opt_int(data.get("max_height")),
                label=str(data.get("label", "")),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise RecipeError(detail=str(exc)) from exc
        return recipe.checked()

    def checked(self) -> Recipe:
        """This recipe if every value is usable, else RecipeError."""
        if self.rotate not in ROTATIONS:
            raise RecipeError(detail=f"rotation {self.rotate} is not a quarter turn")
        if (self.width is None) != (self.height is None):
            raise RecipeError(detail="a target size needs both width and height")
        for name in ("width", "height", "max_bytes", "max_width", "max_height"):
            value = getattr(self, name)
            if value is not None and value <= 0:
                raise RecipeError(detail=f"{name} must be positive")
        if self.ratio is not None and not 0.1 <= self.ratio <= 10:
            raise RecipeError(detail="crop ratio out of range")
        if self.crop is not None and (self.crop.w <= 0 or self.crop.h <= 0):
            raise RecipeError(detail="empty crop rectangle")
        for name in ("brightness", "contrast", "saturation"):
            if not 0.0 <= getattr(self, name) <= 3.0:
                raise RecipeError(detail=f"{name} out of range")
        mark = self.watermark
        if mark is not None and (
            mark.position not in ANCHORS
            or not 0.02 <= mark.size <= 1.0
            or not 0.0 <= mark.opacity <= 1.0
            or not 0.0 <= mark.margin <= 0.3
        ):
            raise RecipeError(detail="watermark settings out of range")
        text = self.text
        if text is not None and (
            text.position not in TEXT_POSITIONS
            or not 0.01 <= text.size <= 0.3
            or not 0.0 <= text.banner_opacity <= 1.0
            or not _is_colour(text.colour)
            or not _is_colour(text.banner_colour)
        ):
            raise RecipeError(detail="text settings out of range")
        return self

    def with_changes(self, **changes: Any) -> Recipe:
        """A copy with some fields changed (recipes are immutable)."""
        return replace(self, **changes).checked()


def rotated_size(width: int, height: int, rotate: int) -> tuple[int, int]:
    """The size after a quarter-turn rotation."""
    return (height, width) if rotate in (90, 270) else (width, height)


def crop_ratio(recipe: Recipe) -> float | None:
    """The width/height the crop rectangle must have (before the recipe's rotation)."""
    aspect = recipe.aspect
    if aspect is None:
        return None
    return 1 / aspect if recipe.rotate in (90, 270) else aspect


def centred_crop(width: int, height: int, ratio: float | None) -> Crop:
    """The largest rectangle of `ratio` centred in a `width`×`height` image (all of it: None)."""
    if ratio is None:
        return Crop(0, 0, width, height)
    if width / height > ratio:
        w, h = max(1, round(height * ratio)), height
    else:
        w, h = width, max(1, round(width / ratio))
    return Crop((width - w) // 2, (height - h) // 2, w, h)


def fit_crop(crop: Crop, width: int, height: int, ratio: float | None) -> Crop:
    """`crop` kept inside the image and, when a ratio is set, given that ratio.

    The rectangle keeps its centre and as much of its size as the ratio and the
    image allow; used by the studio while the officer drags and when the image
    or preset changes.
    """
    w, h = max(1, min(crop.w, width)), max(1, min(crop.h, height))
    if ratio is not None:
        if w / h > ratio:
            w = max(1, round(h * ratio))
        else:
            h = max(1, round(w / ratio))
        if w > width:
            w, h = width, max(1, round(width / ratio))
        if h > height:
            w, h = max(1, round(height * ratio)), height
    cx, cy = crop.x + crop.w / 2, crop.y + crop.h / 2
    x = min(max(0, round(cx - w / 2)), width - w)
    y = min(max(0, round(cy - h / 2)), height - h)
    return Crop(x, y, w, h)


def effective_crop(recipe: Recipe, width: int, height: int) -> Crop:
    """The crop a render uses: the recipe's (fitted to its ratio) or a centred one."""
    ratio = crop_ratio(recipe)
    if recipe.crop is None:
        return centred_crop(width, height, ratio)
    return fit_crop(recipe.crop, width, height, ratio)


def output_size(recipe: Recipe, width: int, height: int) -> tuple[int, int]:
    """The pixel size of the rendered image for an upright original of `width`×`height`."""
    if recipe.width and recipe.height:
        return recipe.width, recipe.height
    crop = effective_crop(recipe, width, height)
    w, h = rotated_size(crop.w, crop.h, recipe.rotate)
    scale = min(
        1.0, (recipe.max_width or MAX_FREE_SIDE) / w, (recipe.max_height or MAX_FREE_SIDE) / h
    )
    return max(1, round(w * scale)), max(1, round(h * scale))


def _known(raw: Any, kind: type) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise TypeError(f"{kind.__name__} settings must be an object")
    names = kind.__dataclass_fields__
    return {k: v for k, v in raw.items() if k in names}


def _opt_int(value: Any) -> int | None:
    return None if value is None else int(value)


def _opt_float(value: Any) -> float | None:
    return None if value is None else float(value)


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _is_colour(value: str) -> bool:
    return (
        isinstance(value, str)
        and len(value) == 7
        and value.startswith("#")
        and all(c in "0123456789abcdefABCDEF" for c in value[1:])
    )
