"""Keeping the platform table in step with the spec file."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

from sqlalchemy import select

from sosmed_desktop.db.models import Platform
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.platforms import ImagePreset, PlatformSpec


def sync_platforms(uow: UnitOfWork, specs: tuple[PlatformSpec, ...]) -> int:
    """Insert or update a row per spec (matched by code); return how many changed.

    Platforms missing from the file are disabled, never deleted: old posts still
    point at them.
    """
    existing = {p.code: p for p in uow.session.scalars(select(Platform))}
    changed = 0
    for position, spec in enumerate(specs):
        row = existing.pop(spec.code, None) or Platform(code=spec.code)
        values = {
            "name": spec.name,
            "caption_limit": spec.caption_limit,
            "hashtag_limit": spec.hashtag_limit,
            "max_images": spec.max_images,
            "max_image_bytes": spec.max_image_bytes,
            "min_ratio": spec.min_ratio,
            "max_ratio": spec.max_ratio,
            "min_image_width": spec.min_image_width,
            "presets": [asdict(p) for p in spec.presets],
            "checked_on": spec.checked_on,
            "position": position,
            "enabled": True,
        }
        if row.id is None or any(getattr(row, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(row, key, value)
            uow.session.add(row)
            changed += 1
    for row in existing.values():
        if row.enabled:
            row.enabled = False
            changed += 1
    if changed:
        uow.commit()
    return changed


def list_platforms(uow: UnitOfWork) -> list[Platform]:
    """Enabled platforms in spec-file order."""
    stmt = select(Platform).where(Platform.enabled.is_(True)).order_by(Platform.position)
    return list(uow.session.scalars(stmt))


def spec_of(row: Platform) -> PlatformSpec:
    """The domain spec of a platform row, for the caption counters and content checks."""
    return PlatformSpec(
        code=row.code,
        name=row.name,
        caption_limit=row.caption_limit,
        hashtag_limit=row.hashtag_limit,
        max_images=row.max_images,
        max_image_bytes=row.max_image_bytes,
        presets=tuple(ImagePreset(**p) for p in row.presets or ()),
        checked_on=row.checked_on or date.min,
        min_ratio=row.min_ratio,
        max_ratio=row.max_ratio,
        min_image_width=row.min_image_width,
    )


def platform_specs(uow: UnitOfWork) -> dict[str, PlatformSpec]:
    """Every enabled platform's spec by code, in spec-file order."""
    return {row.code: spec_of(row) for row in list_platforms(uow)}
