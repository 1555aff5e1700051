"""Rendering a recipe from the original, and encoding the result for a platform.

The same function draws the studio's live preview and the editor's feed
preview (from a reduced decode of the original, `scale` < 1, see `preview`) and
the package's image (from the full original), so what the officer sees is what
is exported.  The output is saved from a copy without `info` and without any
metadata argument: no EXIF, GPS, XMP, IPTC, ICC profile or comment can survive
(Pillow copies a JPEG comment from the image's `info`).  Colours are converted
to sRGB when the original carries another ICC profile — after the resize, on
the platform-sized pixels, not on the 12 MP original; orientation is baked in by
`load_upright`.  JPEGs are encoded once at quality 90; only an image over its
platform's byte limit is re-encoded with `optimize`/`progressive` and lower
qualities.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageCms, ImageDraw, ImageEnhance, ImageFont, ImageOps

from sosmed_desktop.bundle import resource
from sosmed_desktop.domain.recipe import (
    STORY_SAFE_FRACTION,
    Crop,
    Recipe,
    TextOverlay,
    Watermark,
    effective_crop,
    output_size,
)
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.imaging.safe_open import load_upright, open_image

FONTS_DIR = resource("fonts")
BANNER_FONT = FONTS_DIR / "NotoSans-Bold.ttf"
QUALITY_STEPS = (90, 85, 80, 75, 70, 65, 60, 55, 50)
SHRINK_STEP = 0.85
MAX_SHRINKS = 6
# Downscaling first by whole factors (libjpeg-like box reduction), then Lanczos over
# the last factor of 3: indistinguishable from a plain Lanczos of the 12 MP original.
REDUCING_GAP = 3.0


class TooLargeError(ValidationError):
    """A render that stays above the platform's size limit even at low quality."""

    code = "render_too_large"
    template = "The image cannot be made smaller than {limit} bytes"


@dataclass(frozen=True)
class Source:
    """An upright original, possibly reduced for previews; `scale` = its size / full size.

    `icc` is the original's colour profile (None: sRGB); `render` converts its
    output with it."""

    image: Image.Image
    full_width: int
    full_height: int
    icc: bytes | None = None

    @property
    def scale(self) -> float:
        return self.image.width / self.full_width


def load_source(path: Path, max_side: int | None = None) -> Source:
    """Decode an original upright in RGB(A), reduced to `max_side` for previews."""
    image, info = load_upright(path, reduce_to=max_side)
    icc = image.info.get("icc_profile") or None
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (
        image.mode == "P" and "transparency" in image.info
    )
    mode = "RGBA" if has_alpha else "RGB"
    if image.mode != mode:
        image = image.convert(mode)
    if max_side and max(image.size) > max_side:
        image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    return Source(image, info.width, info.height, icc)


def preview(
    path: Path, recipe: Recipe, side: int, *, logo: Image.Image | None = None
) -> Image.Image:
    """The render of `recipe` fitting `side` px, from a reduced decode of the original.

    The same recipe and `render` as the package image, so it is that image
    reduced (up to resampling); the original is decoded at twice `side` at most."""
    return render(load_source(path, 2 * side), recipe, logo=logo, fit_within=side)


def to_srgb(image: Image.Image, icc: bytes | None) -> Image.Image:
    """`image` (RGB) in sRGB: pixels in the colour profile `icc` are converted."""
    if icc:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            target = ImageCms.createProfile("sRGB")
            converted = ImageCms.profileToProfile(image, source, target, outputMode=image.mode)
            if converted is not None:
                image = converted
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # an unreadable profile: the pixels are taken as sRGB
    return image


def render(
    source: Source,
    recipe: Recipe,
    *,
    logo: Image.Image | None = None,
    fit_within: int | None = None,
) -> Image.Image:
    """Apply `recipe` to `source`; the result is `output_size` (or fits `fit_within`)."""
    width, height = output_size(recipe, source.full_width, source.full_height)
    if fit_within and max(width, height) > fit_within:
        factor = fit_within / max(width, height)
        width, height = max(1, round(width * factor)), max(1, round(height * factor))
    # Resize first, then turn and flip: a quarter turn or a flip of the small result
    # is the same image as of the big crop, at a fraction of the cost.
    turned = recipe.rotate in (90, 270)
    size = (height, width) if turned else (width, height)
    crop = effective_crop(recipe, source.full_width, source.full_height)
    box = _fitted_box(crop, source, size[0] / size[1])
    image = source.image.resize(size, Image.Resampling.LANCZOS, box=box, reducing_gap=REDUCING_GAP)
    image.info = {}  # a new image: nothing of the original's metadata comes along
    if recipe.rotate:
        image = image.rotate(-recipe.rotate, expand=True)
    if recipe.flip_h:
        image = ImageOps.mirror(image)
    if recipe.flip_v:
        image = ImageOps.flip(image)
    image = _flatten(image)
    image = to_srgb(image, source.icc)
    image = _adjust(image, recipe)
    block: tuple[int, int] | None = None
    if recipe.text is not None and recipe.text.text.strip():
        block = _text(image, recipe.text, story=recipe.is_story)
    if recipe.watermark is not None and logo is not None:
        _watermark(image, logo, recipe.watermark, story=recipe.is_story, avoid=block)
    return image


def _fitted_box(crop: Crop, source: Source, ratio: float) -> tuple[float, float, float, float]:
    """The crop in the source's pixels, trimmed (centred) to exactly `ratio`."""
    s = source.scale
    x, y, w, h = crop.x * s, crop.y * s, max(crop.w * s, 1.0), max(crop.h * s, 1.0)
    if w / h > ratio:
        x, w = x + (w - h * ratio) / 2, h * ratio
    else:
        y, h = y + (h - w / ratio) / 2, w / ratio
    right, bottom = min(x + w, source.image.width), min(y + h, source.image.height)
    return max(0.0, x), max(0.0, y), right, bottom


def _flatten(image: Image.Image) -> Image.Image:
    if image.mode == "RGB":
        return image
    rgba = image.convert("RGBA")
    flat = Image.new("RGB", rgba.size, (255, 255, 255))
    flat.paste(rgba, mask=rgba.getchannel("A"))
    return flat


def _adjust(image: Image.Image, recipe: Recipe) -> Image.Image:
    for value, enhancer in (
        (recipe.brightness, ImageEnhance.Brightness),
        (recipe.contrast, ImageEnhance.Contrast),
        (recipe.saturation, ImageEnhance.Color),
    ):
        if abs(value - 1.0) > 1e-3:
            image = enhancer(image).enhance(value)
    return image


def _anchor_xy(position: str, outer: tuple[int, int], inner: tuple[int, int], margin: int):
    (ow, oh), (iw, ih) = outer, inner
    vertical, _, horizontal = position.partition("-") if "-" in position else ("", "", position)
    if position in ("top", "bottom"):
        vertical, horizontal = position, "center"
    if position in ("left", "right", "center"):
        vertical = "center"
    x = {"left": margin, "right": ow - iw - margin}.get(horizontal, (ow - iw) // 2)
    y = {"top": margin, "bottom": oh - ih - margin}.get(vertical, (oh - ih) // 2)
    return x, y


def _watermark(
    image: Image.Image,
    logo: Image.Image,
    mark: Watermark,
    *,
    story: bool,
    avoid: tuple[int, int] | None,
) -> None:
    """Paste the logo; kept out of a story's covered bands and off the text block."""
    width = max(8, round(image.width * mark.size))
    height = max(1, round(logo.height * width / logo.width))
    scaled = logo.convert("RGBA").resize((width, height), Image.Resampling.LANCZOS)
    if mark.opacity < 1.0:
        alpha = scaled.getchannel("A").point(lambda a: round(a * mark.opacity))
        scaled.putalpha(alpha)
    margin = round(image.width * mark.margin)
    x, y = _anchor_xy(mark.position, image.size, scaled.size, margin)
    if story:  # keep the logo out of the bands the app covers
        band = round(image.height * STORY_SAFE_FRACTION)
        y = min(max(y, band), image.height - band - scaled.height)
    if avoid is not None and y < avoid[1] and y + scaled.height > avoid[0]:
        # Over the text: move to the side of the block the logo is anchored to.
        below = avoid[1] + margin
        above = avoid[0] - margin - scaled.height
        fits_below = below + scaled.height <= image.height
        y = below if mark.position.startswith("top") and fits_below else max(0, above)
    image.paste(scaled, (x, y), scaled)


def banner_font(pixels: int) -> ImageFont.FreeTypeFont:
    """The bundled Noto Sans Bold (covers Indonesian and all Latin text) at `pixels`."""
    return ImageFont.truetype(str(BANNER_FONT), max(8, pixels))


def _text(image: Image.Image, overlay: TextOverlay, *, story: bool) -> tuple[int, int]:
    """Draw the text (on its banner); return the top and bottom of the block."""
    draw = ImageDraw.Draw(image)
    pad = round(image.width * 0.03)
    room = image.width - 4 * pad
    pixels = round(image.width * overlay.size)
    font = banner_font(pixels)
    longest = max(overlay.text.split(), key=lambda w: draw.textlength(w, font=font))
    while pixels > 8 and draw.textlength(longest, font=font) > room:
        pixels = pixels * 9 // 10  # one word wider than the image: smaller letters
        font = banner_font(pixels)
    lines = _wrap(draw, overlay.text, font, room)
    ascent, descent = font.getmetrics()
    line_h = round((ascent + descent) * 1.15)
    block_h = line_h * len(lines) + 2 * pad
    safe = round(image.height * STORY_SAFE_FRACTION) if story else 0
    top = {
        "top": safe,
        "center": (image.height - block_h) // 2,
        "bottom": image.height - block_h - safe,
    }[overlay.position]
    if overlay.banner:
        band = Image.new("RGBA", (image.width, block_h), _rgba(overlay))
        image.paste(band, (0, top), band)
    y = top + pad
    for line in lines:
        width = draw.textlength(line, font=font)
        x = (image.width - width) / 2
        if not overlay.banner:
            draw.text((x, y), line, font=font, fill="#000000", stroke_width=2, stroke_fill="#000")
        draw.text((x, y), line, font=font, fill=overlay.colour)
        y += line_h
    return top, top + block_h


def _rgba(overlay: TextOverlay) -> tuple[int, int, int, int]:
    colour = overlay.banner_colour.lstrip("#")
    r, g, b = (int(colour[i : i + 2], 16) for i in (0, 2, 4))
    return r, g, b, round(255 * overlay.banner_opacity)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font, max_width: int) -> list[str]:
    """Break `text` into lines that fit `max_width` (explicit line breaks are kept)."""
    lines: list[str] = []
    for paragraph in text.strip().splitlines() or [""]:
        words = paragraph.split()
        line = ""
        for word in words:
            candidate = f"{line} {word}".strip()
            if line and draw.textlength(candidate, font=font) > max_width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


def _jpeg(image: Image.Image, quality: int, *, compact: bool) -> bytes:
    """JPEG bytes; every metadata argument is empty, whatever the image's `info` holds."""
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, optimize=compact, progressive=compact,
               exif=b"", comment=b"", xmp=b"", icc_profile=None)  # fmt: skip
    return out.getvalue()


def encode_jpeg(image: Image.Image, max_bytes: int | None = None) -> bytes:
    """JPEG bytes without metadata at quality 90; over `max_bytes`, the encoder's
    `optimize`/`progressive` and then lower qualities and sizes are tried in turn."""
    clean = _flatten(image)
    data = _jpeg(clean, QUALITY_STEPS[0], compact=False)
    if max_bytes is None or len(data) <= max_bytes:
        return data
    for _ in range(MAX_SHRINKS + 1):
        for quality in QUALITY_STEPS:
            data = _jpeg(clean, quality, compact=True)
            if len(data) <= max_bytes:
                return data
        size = (max(1, round(clean.width * SHRINK_STEP)), max(1, round(clean.height * SHRINK_STEP)))
        clean = clean.resize(size, Image.Resampling.LANCZOS)
    raise TooLargeError(limit=max_bytes)


def load_logo(path: Path) -> Image.Image:
    """The watermark logo (a PNG, ideally with transparency), opened safely."""
    with open_image(path) as image:
        image.load()
        return image.convert("RGBA")
