"""One render everywhere: the image the editor previews is the image the package holds.

An unedited photo gets its platform's feed preset; the officer's choice of
another preset or "tidak dipotong" is rendered as chosen; no package image
exceeds its platform's pixel size or byte limit; the preview (a reduced decode
rendered with the same recipe) matches the package image reduced.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageStat
from sqlalchemy import update

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import Platform
from sosmed_desktop.domain.platform_render import (
    UNCROPPED,
    choose,
    chosen_key,
    platform_recipe,
)
from sosmed_desktop.domain.platforms import load_spec_file
from sosmed_desktop.domain.recipe import Recipe, TextOverlay
from sosmed_desktop.imaging.render import preview
from sosmed_desktop.services.media import media
from sosmed_desktop.services.packages import exporting as packages_export
from sosmed_desktop.services.posts.data import MediaItem, VariantInput
from tests.unit.packaging import approve, members
from tests.unit.posting import WIB, post_input, set_profile

SPECS = {spec.code: spec for spec in load_spec_file()}


def _scene(path: Path, size: tuple[int, int] = (3000, 2000), *, noise: bool = False) -> Path:
    """A landscape photo whose framing shows: red left third, blue right, a yellow disc."""
    width, height = size
    image = Image.new("RGB", size, (40, 90, 200))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width // 3, height), fill=(220, 30, 30))
    draw.ellipse((width // 2 - height // 4, height // 4, width // 2 + height // 4, height * 3 // 4),
                 fill=(250, 220, 0))  # fmt: skip
    if noise:  # JPEG's worst case, to meet a byte limit
        image = Image.blend(image, Image.effect_noise(size, 90).convert("RGB"), 0.5)
    image.save(path, "JPEG", quality=95)
    return path


def _approved(ctx: AppContext, variants: tuple[VariantInput, ...]) -> int:
    set_profile(ctx)
    return approve(ctx, replace(post_input(when=datetime(2026, 12, 5, 9, 0, tzinfo=WIB)),
                                variants=variants))  # fmt: skip


def _import(ctx: AppContext, path: Path) -> int:
    with ctx.uow() as uow:
        return media.import_file(ctx.config, uow, path).media_id


def _size(data: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(data)) as image:
        return image.size


def test_unedited_photo_gets_each_platforms_feed_preset(ctx: AppContext, tmp_path: Path) -> None:
    photo = _import(ctx, _scene(tmp_path / "kegiatan.jpg"))
    post_id = _approved(
        ctx,
        tuple(
            VariantInput(code, media=(MediaItem(photo),)) for code in ("instagram", "facebook", "x")
        ),
    )
    files = members(packages_export.export_post(ctx, post_id, tmp_path / "out").path)
    assert _size(files["instagram/01.jpg"]) == (1080, 1080)  # Feed 1:1, Instagram's first
    assert _size(files["facebook/01.jpg"]) == (1080, 1350)  # Feed 4:5, Facebook's first
    assert _size(files["x/01.jpg"]) == (1600, 900)
    assert files["instagram/01.jpg"] != files["facebook/01.jpg"]


def test_chosen_preset_and_uncropped_are_rendered_as_chosen(
    ctx: AppContext, tmp_path: Path
) -> None:
    photo = _import(ctx, _scene(tmp_path / "kegiatan.jpg"))
    ig, x = SPECS["instagram"], SPECS["x"]
    post_id = _approved(
        ctx,
        (
            VariantInput("instagram", media=(MediaItem(photo, choose({}, ig, "ig_portrait")),)),
            VariantInput("facebook", media=(MediaItem(photo, choose({}, ig, UNCROPPED)),)),
            VariantInput("x", media=(MediaItem(photo, choose({}, x, UNCROPPED)),)),
        ),
    )
    files = members(packages_export.export_post(ctx, post_id, tmp_path / "out").path)
    assert _size(files["instagram/01.jpg"]) == (1080, 1350)
    assert _size(files["facebook/01.jpg"]) == (1200, 800)  # whole photo within 1200×1920
    assert _size(files["x/01.jpg"]) == (1350, 900)  # whole photo within 1600×900


def test_no_package_image_exceeds_the_platform_byte_limit(ctx: AppContext, tmp_path: Path) -> None:
    with ctx.uow() as uow:
        uow.session.execute(update(Platform).where(Platform.code == "x").values(
            max_image_bytes=150_000))  # fmt: skip
        uow.commit()
    photo = _import(ctx, _scene(tmp_path / "ramai.jpg", noise=True))
    post_id = _approved(ctx, (VariantInput("x", media=(MediaItem(photo),)),))
    data = members(packages_export.export_post(ctx, post_id, tmp_path / "out").path)["x/01.jpg"]
    assert len(data) <= 150_000
    width, height = _size(data)
    assert width <= 1600 and height <= 900


@pytest.mark.parametrize(
    ("code", "stored"),
    [
        ("instagram", {}),
        ("facebook", {}),
        ("x", choose({}, SPECS["x"], UNCROPPED)),
        (
            "instagram",
            Recipe(
                preset="ig_portrait", width=1080, height=1350, text=TextOverlay("Posyandu Sabtu")
            ).to_dict(),
        ),
    ],
)
def test_preview_is_the_package_image_reduced(
    ctx: AppContext, tmp_path: Path, code: str, stored: dict
) -> None:
    path = _scene(tmp_path / "kegiatan.jpg")
    photo = _import(ctx, path)
    post_id = _approved(ctx, (VariantInput(code, media=(MediaItem(photo, stored),)),))
    files = members(packages_export.export_post(ctx, post_id, tmp_path / "out").path)
    with Image.open(io.BytesIO(files[f"{code}/01.jpg"])) as packaged:
        packaged.load()
    shown = preview(path, platform_recipe(stored, SPECS[code]), 340)
    assert max(shown.size) == 340
    assert abs(shown.width / shown.height - packaged.width / packaged.height) < 0.01
    reduced = packaged.convert("RGB").resize(shown.size, Image.Resampling.LANCZOS)
    difference = ImageStat.Stat(ImageChops.difference(shown, reduced)).mean
    assert max(difference) < 4, difference


def test_platform_recipe_rules() -> None:
    ig, x, fb = SPECS["instagram"], SPECS["x"], SPECS["facebook"]
    assert platform_recipe({}, ig).preset == "ig_square"
    assert (platform_recipe({}, x).width, platform_recipe({}, x).max_bytes) == (1600, 5_000_000)
    whole = platform_recipe(choose({}, fb, UNCROPPED), fb)
    assert (whole.width, whole.max_width, whole.max_height) == (None, 1200, 1920)
    free = platform_recipe(Recipe(ratio=1.5).to_dict(), x)  # a studio edit without a size
    assert (free.max_width, free.max_height) == (1600, 900)
    # Picking the feed preset of an unedited photo keeps following the default.
    assert choose({}, ig, "ig_square") == {}
    edited = Recipe(brightness=1.2, text=TextOverlay("Halo")).to_dict()
    chosen = Recipe.from_dict(choose(edited, ig, "ig_tall"))
    assert (chosen.width, chosen.height, chosen.brightness) == (1080, 1440, 1.2)
    assert chosen_key({}, ig) == "ig_square"
    assert chosen_key(choose(edited, ig, UNCROPPED), ig) == UNCROPPED
    with pytest.raises(ValueError):
        choose({}, ig, "fb_story")
