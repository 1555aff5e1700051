"""Running the content checks on a post: saved (before submitting) or as typed.

The checks themselves are pure (`domain/content_checks.py`); this module
gathers their input: each platform's spec, the size of each image *as it will
be posted* and whether a data note is cited.  An image's posted size follows
its recipe: ``{"preset": KEY}`` renders to that preset of the platform,
``{"crop": {"width": W, "height": H}}`` to the cropped size; with no recipe the
original is posted as it is.  A rendered image is re-encoded on export, so only
an original's file size is checked against the platform's byte limit.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import regex
from sqlalchemy import select

from sosmed_desktop.db.models import MediaAsset, Post
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.content_checks import Finding, ImageFacts, check_variant
from sosmed_desktop.domain.platforms import PlatformSpec
from sosmed_desktop.services.platforms import platform_specs, spec_of
from sosmed_desktop.services.post_data import PostInput
from sosmed_desktop.services.post_store import load_post


def image_facts(asset: MediaAsset, recipe: dict[str, Any], spec: PlatformSpec) -> ImageFacts:
    """Width, height and bytes of `asset` as posted on `spec`'s platform."""
    width, height = asset.width or 0, asset.height or 0
    size = asset.size_bytes
    preset_key = recipe.get("preset")
    crop = recipe.get("crop")
    preset = next((p for p in spec.presets if p.key == preset_key), None)
    if preset is not None:
        width, height = preset.width, preset.height
    elif isinstance(crop, dict) and _positive(crop.get("width")) and _positive(crop.get("height")):
        width, height = int(crop["width"]), int(crop["height"])
    if recipe:
        size = 0  # rendered and re-encoded on export
    return ImageFacts(width=width, height=height, size_bytes=size, media_id=asset.id)


def _positive(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value > 0


def _assets(uow: UnitOfWork, ids: Iterable[int]) -> dict[int, MediaAsset]:
    wanted = set(ids)
    if not wanted:
        return {}
    return {
        a.id: a for a in uow.session.scalars(select(MediaAsset).where(MediaAsset.id.in_(wanted)))
    }


def post_findings(
    uow: UnitOfWork, post: Post, sensitive: regex.Pattern[str] | None = None
) -> list[Finding]:
    """Every finding of a saved post row, platform by platform."""
    assets = _assets(uow, (m.media_id for v in post.variants for m in v.media))
    cited = bool(post.data_notes)
    findings: list[Finding] = []
    for variant in post.variants:
        spec = spec_of(variant.platform)
        images = [
            image_facts(assets[m.media_id], m.recipe or {}, spec)
            for m in sorted(variant.media, key=lambda item: item.position)
            if m.media_id in assets
        ]
        findings += check_variant(
            variant.caption, spec, images, sensitive=sensitive, data_cited=cited
        )
    return findings


def findings_for_post(
    uow: UnitOfWork, post_id: int, sensitive: regex.Pattern[str] | None = None
) -> list[Finding]:
    """Every finding of a saved post (the board and the submit dialog show them)."""
    return post_findings(uow, load_post(uow, post_id), sensitive)


def check_input(
    uow: UnitOfWork, data: PostInput, sensitive: regex.Pattern[str] | None = None
) -> list[Finding]:
    """Findings of the editor's unsaved input (live checks while typing).

    Unknown platforms and media are skipped here; saving reports them.
    """
    specs = platform_specs(uow)
    assets = _assets(uow, (m.media_id for v in data.variants for m in v.media))
    cited = bool(data.data_note_ids)
    findings: list[Finding] = []
    for variant in data.variants:
        spec = specs.get(variant.platform)
        if spec is None:
            continue
        caption = data.master_caption if variant.follows_master else variant.caption
        images = [
            image_facts(assets[m.media_id], m.recipe, spec)
            for m in variant.media
            if m.media_id in assets
        ]
        findings += check_variant(caption, spec, images, sensitive=sensitive, data_cited=cited)
    return findings
