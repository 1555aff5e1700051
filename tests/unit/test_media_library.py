"""The library's filters, details, usage, editing, trash; the studio's services; the CLI."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import Platform, Post, PostVariant, VariantMedia
from sosmed_desktop.domain.recipe import Recipe, Watermark
from sosmed_desktop.errors import ConflictError, NotFoundError, ValidationError
from sosmed_desktop.services.media import library as lib
from sosmed_desktop.services.media import studio
from sosmed_desktop.services.media.bulk_import import import_paths
from tests import media_files as mf


@pytest.fixture
def library(ctx: AppContext, tmp_path: Path) -> dict[str, int]:
    src = tmp_path / "src"
    src.mkdir()
    mf.phone_photo(src / "posyandu.jpg")
    mf.jpeg(src / "rapat.jpg", colour=(10, 200, 10))
    mf.video(src / "senam.mp4")
    report = import_paths(ctx, [src])
    return {Path(o.path).stem: o.media_id for o in report.outcomes}  # type: ignore[misc]


def post_using(ctx: AppContext, media_id: int, codes=("instagram",)) -> int:
    with ctx.uow() as uow:
        post = Post(title="Hari Gizi Nasional", scheduled_at=clock.now())
        for code in codes:
            platform = uow.session.scalar(select(Platform).where(Platform.code == code))
            variant = PostVariant(platform=platform)
            if media_id:
                variant.media.append(VariantMedia(media_id=media_id))
            post.variants.append(variant)
        uow.session.add(post)
        uow.commit()
        return post.id


def ids(ctx: AppContext, **kwargs) -> list[int]:
    with ctx.uow() as uow:
        return lib.list_media_ids(uow, lib.MediaFilter(**kwargs))


def test_filters_search_and_sort(ctx: AppContext, library: dict[str, int]) -> None:
    assert set(ids(ctx)) == set(library.values())
    assert ids(ctx, kind="video") == [library["senam"]]
    assert ids(ctx, text="SAMSUNG") == [library["posyandu"]]
    assert ids(ctx, text="50%_") == []
    with ctx.uow() as uow:
        lib.update_media(
            uow, library["rapat"], title="Rapat koordinasi", description="Ruang rapat lt. 2",
            tags=["rapat", " Bupati ", "rapat"], favourite=True,
        )  # fmt: skip
    assert ids(ctx, tag="Bupati") == [library["rapat"]]
    assert ids(ctx, text="lt. 2") == [library["rapat"]]
    assert ids(ctx, favourites=True) == [library["rapat"]]
    post_using(ctx, library["posyandu"])
    assert ids(ctx, used=True) == [library["posyandu"]]
    assert library["posyandu"] not in ids(ctx, used=False)
    # The phone photo was taken in November 2026, the others have no date: import time counts.
    assert ids(ctx, sort="taken")[-1] == library["posyandu"]
    future = clock.now() + timedelta(days=1)
    assert ids(ctx, since=future, sort="imported") == []
    with ctx.uow() as uow:
        assert lib.media_tag_names(uow) == ["Bupati", "rapat"]


def test_detail_usage_gps_and_rows(ctx: AppContext, library: dict[str, int]) -> None:
    photo = library["posyandu"]
    post_id = post_using(ctx, photo, codes=("instagram", "facebook"))
    with ctx.uow() as uow:
        detail = lib.media_detail(uow, ctx.config, photo)
        (row,) = lib.media_rows(uow, ctx.config, [photo])
    assert detail.has_gps and detail.camera == "samsung SM-A546E"
    assert (detail.width, detail.height) == (300, 400)
    assert [(u.kind, u.id, u.detail) for u in detail.usage] == [
        ("post", post_id, "Instagram, Facebook")
    ]
    assert detail.path.is_file() and detail.thumbnail.is_file()
    assert row.has_gps and row.path == detail.path


def test_trash_restore_and_empty(ctx: AppContext, library: dict[str, int]) -> None:
    used, unused = library["posyandu"], library["rapat"]
    post_using(ctx, used)
    with ctx.uow() as uow:
        assert lib.usage_counts(uow, [used, unused]) == {used: 1}
        assert lib.trash_media(uow, [used, unused]) == [used, unused]
    assert set(ids(ctx, trash=True)) == {used, unused}
    assert used not in ids(ctx)
    with ctx.uow() as uow:
        unused_detail = lib.media_detail(uow, ctx.config, unused)
        assert lib.restore_media(uow, [used]) == [used]
        assert lib.trash_media(uow, [used]) == [used]
    with ctx.uow() as uow:
        assert lib.empty_trash(uow, ctx.config) == (1, 1)  # the used one is kept
    assert ids(ctx, trash=True) == [used]
    assert not unused_detail.path.exists() and not unused_detail.thumbnail.exists()


def test_studio_export_batch_saved_recipes_and_attach(
    ctx: AppContext, library: dict[str, int], tmp_path: Path
) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGBA", (60, 30), (0, 120, 0, 255)).save(logo)
    studio.install_logo(ctx.config, logo)
    assert ctx.config.watermark_path is not None and ctx.config.watermark_path.is_file()
    with ctx.uow() as uow:
        choices = {p.key: p for p in studio.presets(uow)}
    x = choices["x_landscape"]
    assert (x.width, x.height, x.max_bytes) == (1600, 900, 5_000_000)
    base = Recipe(watermark=studio.watermark_defaults(ctx.config))
    renditions = [choices[k].recipe(base) for k in ("ig_portrait", "ig_story", "x_landscape")]
    out = tmp_path / "ekspor"
    files = studio.export_renditions(ctx, library["posyandu"], renditions, out)
    assert [Image.open(f).size for f in files] == [(1080, 1350), (1080, 1920), (1600, 900)]
    assert all("posyandu" in f.name for f in files)

    with ctx.uow() as uow:
        studio.save_recipe(uow, "Logo kanan bawah + 4:5", renditions[0])
        (saved,) = studio.saved_recipes(uow)
    assert saved.recipe.watermark == Watermark()
    report = studio.batch_render(
        ctx, [library["posyandu"], library["rapat"], library["senam"]], saved.recipe, out
    )
    assert len(report.written) == 2
    assert [code for _, code in ((t, e.code) for t, e in report.failed)] == ["studio_not_image"]

    post_id = post_using(ctx, 0, codes=("instagram", "x"))
    pairs = [("instagram", renditions[0]), ("instagram", renditions[1]), ("x", renditions[2])]
    with ctx.uow() as uow:
        assert len(studio.attach_renditions(uow, post_id, library["posyandu"], pairs)) == 3
    with ctx.uow() as uow:
        assert len(studio.attached_renditions(uow, library["posyandu"])) == 3
        with pytest.raises(ConflictError):
            studio.attach_renditions(uow, post_id, library["rapat"], [("tiktok", renditions[1])])
    with ctx.uow() as uow:
        assert lib.usage(uow, library["rapat"]) == []


def test_studio_facts_of_a_photo(ctx: AppContext, library: dict[str, int]) -> None:
    """What the studio reads to open a photo, in one read-only unit of work."""
    photo = library["posyandu"]
    with ctx.uow() as uow:
        choices = {p.key: p for p in studio.presets(uow)}
        studio.save_recipe(uow, "Cerah", Recipe(brightness=1.2))
    post_id = post_using(ctx, 0)
    story = choices["ig_story"].recipe()
    with ctx.uow() as uow:
        studio.attach_renditions(uow, post_id, photo, [("instagram", story)])
    with ctx.uow(read_only=True) as uow:
        facts = studio.studio_facts(uow, ctx.config, photo)
        assert facts.original.is_file() and facts.original.suffix == ".jpg"
        assert facts.title == "posyandu"
        assert "ig_portrait" in [p.key for p in facts.presets]
        assert [(n.name, n.recipe.brightness) for n in facts.saved] == [("Cerah", 1.2)]
        assert facts.attached == [story]
        with pytest.raises(ValidationError) as refused:
            studio.studio_facts(uow, ctx.config, library["senam"])
        assert refused.value.code == "studio_not_image"
        with pytest.raises(NotFoundError):
            studio.studio_facts(uow, ctx.config, 9999)
