"""Recipes, rendering from the original, metadata stripping, byte limits and thumbnails."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from sosmed_desktop.domain.recipe import (
    Crop,
    Recipe,
    RecipeError,
    TextOverlay,
    Watermark,
    centred_crop,
    crop_ratio,
    fit_crop,
    output_size,
)
from sosmed_desktop.imaging.render import TooLargeError, encode_jpeg, load_source, render
from sosmed_desktop.imaging.thumbs import THUMB_SIZE, ensure_thumbnail, thumb_path
from tests import media_files as mf

STORY = Recipe(preset="ig_story", width=1080, height=1920)


def assert_no_metadata(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    assert image.format == "JPEG"
    assert len(image.getexif()) == 0
    for key in ("exif", "xmp", "XML:com.adobe.xmp", "icc_profile", "comment", "photoshop", "dpi"):
        assert key not in image.info, key
    assert b"Cikarang" not in data and b"samsung" not in data and b"rahasia" not in data
    assert b"Exif\x00\x00" not in data and b"http://ns.adobe.com/xap" not in data
    assert b"ICC_PROFILE" not in data and b"Photoshop 3.0" not in data
    return image


def test_phone_photo_renders_upright_with_no_metadata_left(tmp_path: Path) -> None:
    source = mf.phone_photo(tmp_path / "hp.jpg", size=(400, 300), orientation=6)
    with Image.open(source) as original:  # the test file really carries all of it
        assert original.getexif()[0x0112] == 6
        assert "xmp" in original.info and "icc_profile" in original.info
        assert original.info.get("comment") == b"rahasia"
    data = encode_jpeg(render(load_source(source), Recipe()))
    image = assert_no_metadata(data)
    assert image.size == (300, 400)  # upright: portrait
    top = image.convert("RGB").getpixel((150, 20))
    bottom = image.convert("RGB").getpixel((150, 380))
    assert top[0] > 200 and top[2] < 80  # the red band is at the top once turned
    assert bottom[2] > 150


def test_preset_crop_rotation_and_overlays(tmp_path: Path) -> None:
    source = load_source(mf.phone_photo(tmp_path / "hp.jpg", size=(800, 600)))
    logo = Image.new("RGBA", (100, 50), (0, 200, 0, 255))
    recipe = STORY.with_changes(
        watermark=Watermark(position="top-left", size=0.2, opacity=1.0, margin=0.0),
        text=TextOverlay("Ayo imunisasi lengkap! Jadwal posyandu: Selasa, 08.00 WIB"),
        brightness=1.1,
    )
    image = render(source, recipe, logo=logo)
    assert image.size == (1080, 1920)
    # Story: the logo is kept out of the top band the app covers.
    assert image.getpixel((100, 100)) != (0, 200, 0)
    assert image.getpixel((20, 260))[1] > 150
    preview = render(load_source(mf.phone_photo(tmp_path / "b.jpg", size=(800, 600)), 300),
                     recipe, logo=logo, fit_within=400)  # fmt: skip
    assert preview.size == (225, 400)
    turned = render(source, Recipe(rotate=90, flip_h=True))
    assert turned.size == (800, 600)  # upright 600x800, turned a quarter


def test_crop_in_original_pixels() -> None:
    recipe = Recipe(width=100, height=100)
    assert crop_ratio(recipe) == 1
    assert centred_crop(400, 300, 1.0) == Crop(50, 0, 300, 300)
    assert fit_crop(Crop(350, 250, 200, 100), 400, 300, 1.0) == Crop(300, 200, 100, 100)
    assert output_size(Recipe(crop=Crop(0, 0, 200, 100), rotate=90), 400, 300) == (100, 200)
    assert crop_ratio(STORY.with_changes(rotate=270)) == pytest.approx(1920 / 1080)


def test_recipe_round_trip_and_bad_values() -> None:
    recipe = STORY.with_changes(
        crop=Crop(1, 2, 30, 40), watermark=Watermark(), text=TextOverlay("Halo"), max_bytes=5
    )
    assert Recipe.from_dict(recipe.to_dict()) == recipe
    for bad in (
        {"rotate": 45},
        {"width": 10},
        {"brightness": 9},
        {"crop": {"x": 0, "y": 0, "w": 0, "h": 5}},
        {"watermark": {"position": "middle"}},
        {"text": {"text": "x", "colour": "red"}},
        "not a dict",
    ):
        with pytest.raises(RecipeError):
            Recipe.from_dict(bad)


def test_quality_steps_down_to_fit_the_limit(tmp_path: Path) -> None:
    noisy = Image.effect_noise((1200, 900), 80).convert("RGB")
    unlimited = encode_jpeg(noisy)
    limited = encode_jpeg(noisy, max_bytes=len(unlimited) // 3)
    assert len(limited) <= len(unlimited) // 3
    assert_no_metadata(limited)
    with pytest.raises(TooLargeError):
        encode_jpeg(noisy, max_bytes=200)


def test_thumbnail_is_upright_and_cached(tmp_path: Path) -> None:
    source = mf.phone_photo(tmp_path / "hp.jpg", size=(1200, 900))
    thumbs = tmp_path / "thumbs"
    made = ensure_thumbnail(thumbs, "ab" * 32, source, "image")
    assert made == thumb_path(thumbs, "ab" * 32) and made.name == f"{'ab' * 32}_{THUMB_SIZE}.jpg"
    with Image.open(made) as thumb:
        assert thumb.size == (192, 256)
        assert len(thumb.getexif()) == 0
    before = made.stat().st_mtime_ns
    assert ensure_thumbnail(thumbs, "ab" * 32, source, "image") == made
    assert made.stat().st_mtime_ns == before  # cached: not made again


def test_video_thumbnail_is_a_poster_frame(tmp_path: Path) -> None:
    clip = mf.video(tmp_path / "klip.mp4", frames=45)
    made = ensure_thumbnail(tmp_path / "thumbs", "cd" * 32, clip, "video")
    with Image.open(made) as thumb:
        assert thumb.size == (160, 120)  # never enlarged


def test_thumbnail_of_a_damaged_original_is_refused(tmp_path: Path) -> None:
    from sosmed_desktop.imaging.safe_open import BadImageError

    with pytest.raises(BadImageError):
        ensure_thumbnail(tmp_path / "thumbs", "ef" * 32, mf.truncated(tmp_path / "x.jpg"), "image")
    assert not (tmp_path / "thumbs").exists() or not any((tmp_path / "thumbs").rglob("*.jpg"))


def test_broken_cached_thumbnail_is_made_again(tmp_path: Path) -> None:
    source = mf.jpeg(tmp_path / "a.jpg", size=(400, 300))
    thumbs = tmp_path / "thumbs"
    made = ensure_thumbnail(thumbs, "12" * 32, source, "image")
    made.write_bytes(made.read_bytes()[:100])  # cut short, as after a power cut
    again = ensure_thumbnail(thumbs, "12" * 32, source, "image")
    with Image.open(again) as thumb:
        thumb.load()
        assert thumb.size == (256, 192)
