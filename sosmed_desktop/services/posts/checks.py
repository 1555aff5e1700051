"""Running the content checks on a post: saved (before submitting) or as typed.

The checks themselves are pure (`domain/content_checks.py`); this module
gathers their input: each platform's spec, the size of each image *as it will
be posted* and whether a data note is cited.  An image's posted size is that of
its platform render (`platform_recipe`: the recipe's preset or crop, an unedited
photo the platform's default feed preset).  A rendered image is encoded within
the platform's byte limit on export, so only a file posted as it is (a video)
is checked against that limit.

The data notes a post cites are checked once for the whole post: a note older
than the configured age (`Freshness`) is a warning, a note deleted since it was
cited (an editor holding its id) an error, since such a post cannot be saved.
These findings carry no platform and no caption span; neither does a schedule
that has passed (a warning; not checked for published or archived posts).

Personal data the officer excepted (`Post.data_exceptions`) turns from an error
into a warning that carries the reason (`content_checks.apply_exceptions`).

A platform that posts a title (YouTube, TikTok) checks the post's title too
(`platform_rules.check_title`); a `Speller` adds the unknown-word findings.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

import regex
from sqlalchemy import select

from sosmed_desktop import clock
from sosmed_desktop.db.models import MediaAsset, Post
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.content_checks import (
    Finding,
    ImageFacts,
    Severity,
    apply_exceptions,
    check_schedule,
    check_variant,
)
from sosmed_desktop.domain.platform_render import platform_recipe
from sosmed_desktop.domain.platform_rules import check_title
from sosmed_desktop.domain.platforms import PlatformSpec
from sosmed_desktop.domain.recipe import RecipeError, output_size
from sosmed_desktop.domain.spelling_checks import Speller
from sosmed_desktop.domain.statuses import FROZEN
from sosmed_desktop.services.directions.data_notes import Freshness, notes_by_ids
from sosmed_desktop.services.platforms import platform_specs, spec_of
from sosmed_desktop.services.posts.data import PostInput, exceptions_of
from sosmed_desktop.services.posts.store import load_post


def image_facts(asset: MediaAsset, recipe: dict[str, Any], spec: PlatformSpec) -> ImageFacts:
    """Width, height and bytes of `asset` as posted on `spec`'s platform: the size of its
    platform render (`platform_recipe`), encoded within the platform's byte limit."""
    width, height = asset.width or 0, asset.height or 0
    if asset.kind != "image" or not width or not height:
        return ImageFacts(width, height, asset.size_bytes, media_id=asset.id)
    try:
        width, height = output_size(platform_recipe(recipe, spec), width, height)
    except RecipeError:
        return ImageFacts(width, height, asset.size_bytes, media_id=asset.id)
    return ImageFacts(width=width, height=height, size_bytes=0, media_id=asset.id)


def _assets(uow: UnitOfWork, ids: Iterable[int]) -> dict[int, MediaAsset]:
    wanted = set(ids)
    if not wanted:
        return {}
    return {
        a.id: a for a in uow.session.scalars(select(MediaAsset).where(MediaAsset.id.in_(wanted)))
    }


def citation_findings(
    uow: UnitOfWork, note_ids: Iterable[int], fresh: Freshness | None = None
) -> list[Finding]:
    """A warning per cited note that is out of date, an error per cited note that is gone."""
    fresh = fresh or Freshness.now()
    wanted = list(dict.fromkeys(note_ids))
    rows = notes_by_ids(uow, wanted, fresh)
    findings = [
        Finding(
            "stale_data_note",
            Severity.WARNING,
            {"note_id": r.id, "title": r.title, "days": r.age_days, "limit": fresh.max_age_days},
        )
        for r in rows
        if r.stale
    ]
    present = {r.id for r in rows}
    findings += [
        Finding("data_note_missing", Severity.ERROR, {"note_id": i})
        for i in wanted
        if i not in present
    ]
    return findings


def _title_findings(title: str, spec: PlatformSpec) -> list[Finding]:
    return [
        Finding(f.code, f.severity, f.params, f.spans, spec.code) for f in check_title(title, spec)
    ]


def post_findings(
    uow: UnitOfWork,
    post: Post,
    sensitive: regex.Pattern[str] | None = None,
    fresh: Freshness | None = None,
    speller: Speller | None = None,
) -> list[Finding]:
    """Every finding of a saved post row, platform by platform, then the post's own."""
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
            variant.caption, spec, images, sensitive=sensitive, data_cited=cited, speller=speller
        )
        findings += _title_findings(post.title, spec)
    findings = apply_exceptions(findings, exceptions_of(post))
    if post.status not in FROZEN:
        findings += check_schedule(post.scheduled_at, clock.now())
    return findings + citation_findings(uow, (n.id for n in post.data_notes), fresh)


def findings_for_post(
    uow: UnitOfWork,
    post_id: int,
    sensitive: regex.Pattern[str] | None = None,
    fresh: Freshness | None = None,
    speller: Speller | None = None,
) -> list[Finding]:
    """Every finding of a saved post (the board and the submit dialog show them)."""
    return post_findings(uow, load_post(uow, post_id), sensitive, fresh, speller)


def check_input(
    uow: UnitOfWork,
    data: PostInput,
    sensitive: regex.Pattern[str] | None = None,
    fresh: Freshness | None = None,
    speller: Speller | None = None,
    *,
    now: datetime | None = None,
) -> list[Finding]:
    """Findings of the editor's unsaved input (live checks while typing).

    Unknown platforms and media are skipped here; saving reports them.  Pass
    ``Freshness.now(config.stale_days, config.tz)`` to honour the stale-age setting,
    and `now` to check the schedule (not for a published or archived post).
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
        findings += check_variant(
            caption, spec, images, sensitive=sensitive, data_cited=cited, speller=speller
        )
        findings += _title_findings(data.title, spec)
    findings = apply_exceptions(findings, data.exceptions)
    if now is not None:
        findings += check_schedule(data.scheduled_at, now)
    return findings + citation_findings(uow, data.data_note_ids, fresh)
