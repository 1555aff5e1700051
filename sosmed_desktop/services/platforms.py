"""Keeping the platform table in step with the spec file.

Every start hands the spec file to `sync_platforms_if_changed`.  The table is
only ever written by `sync_platforms`, which records a fingerprint of the rows it
made (in ``app_meta``, in the same transaction), so a start whose specs give the
same fingerprint has nothing to do and skips the ORM work of comparing each row.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from datetime import date
from typing import Any, cast

from sqlalchemy import Table, select

from sosmed_desktop.db.models import AppMeta, Platform
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.platforms import Counting, ImagePreset, LimitSource, PlatformSpec

FINGERPRINT_KEY = "platform_specs_sha256"


def _row_values(spec: PlatformSpec, position: int) -> dict[str, Any]:
    """The column values of a spec's platform row."""
    return {
        "name": spec.name,
        "caption_limit": spec.caption_limit,
        "hashtag_limit": spec.hashtag_limit,
        "max_images": spec.max_images,
        "max_image_bytes": spec.max_image_bytes,
        "min_ratio": spec.min_ratio,
        "max_ratio": spec.max_ratio,
        "min_image_width": spec.min_image_width,
        "requires_media": spec.requires_media,
        "presets": [asdict(p) for p in spec.presets],
        "rules": _rules(spec),
        "checked_on": spec.checked_on,
        "position": position,
        "enabled": True,
    }


def _rules(spec: PlatformSpec) -> dict[str, Any]:
    """What a spec says beyond the table's older columns, as the ``rules`` JSON."""
    return {
        "counting": spec.counting.value,
        "caption_soft_limit": spec.caption_soft_limit,
        "link_limit": spec.link_limit,
        "title_limit": spec.title_limit,
        "forbidden_characters": spec.forbidden_characters,
        "sources": [
            {"limit": s.limit, "source": s.source, "checked_on": s.checked_on.isoformat()}
            for s in spec.sources
        ],
    }


def specs_fingerprint(specs: tuple[PlatformSpec, ...]) -> str:
    """SHA-256 of the rows `specs` make: any change to a spec, its order or to what a
    row holds (a new version of `_row_values`) gives another fingerprint."""
    rows = [[spec.code, _row_values(spec, position)] for position, spec in enumerate(specs)]
    payload = json.dumps(rows, sort_keys=True, default=str, ensure_ascii=True)
    return hashlib.sha256(payload.encode("ascii")).hexdigest()


def synced_fingerprint(uow: UnitOfWork) -> str | None:
    """The fingerprint of the specs the table was last synchronised with (None: never).

    A Core read of ``app_meta``: at start-up no ORM query needs to run before the
    calendar shows (the first one configures every mapper).
    """
    meta = cast(Table, AppMeta.__table__)
    return uow.session.scalar(select(meta.c.value).where(meta.c.key == FINGERPRINT_KEY))


def sync_platforms(uow: UnitOfWork, specs: tuple[PlatformSpec, ...]) -> int:
    """Insert or update a row per spec (matched by code); return how many changed.

    Platforms missing from the file are disabled, never deleted: old posts still
    point at them.  The specs' fingerprint is recorded with the rows.
    """
    existing = {p.code: p for p in uow.session.scalars(select(Platform))}
    changed = 0
    for position, spec in enumerate(specs):
        row = existing.pop(spec.code, None) or Platform(code=spec.code)
        values = _row_values(spec, position)
        if row.id is None or any(getattr(row, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(row, key, value)
            uow.session.add(row)
            changed += 1
    for row in existing.values():
        if row.enabled:
            row.enabled = False
            changed += 1
    fingerprint = specs_fingerprint(specs)
    fingerprint_changed = synced_fingerprint(uow) != fingerprint
    if fingerprint_changed:
        uow.session.merge(AppMeta(key=FINGERPRINT_KEY, value=fingerprint))
    if changed or fingerprint_changed:
        uow.commit()
    return changed


def sync_platforms_if_changed(uow: UnitOfWork, specs: tuple[PlatformSpec, ...]) -> bool:
    """Synchronise the table unless it was last synchronised with these very specs
    (the usual start); return whether `sync_platforms` ran."""
    if synced_fingerprint(uow) == specs_fingerprint(specs):
        return False
    sync_platforms(uow, specs)
    return True


def list_platforms(uow: UnitOfWork) -> list[Platform]:
    """Enabled platforms in spec-file order."""
    stmt = select(Platform).where(Platform.enabled.is_(True)).order_by(Platform.position)
    return list(uow.session.scalars(stmt))


def spec_of(row: Platform) -> PlatformSpec:
    """The domain spec of a platform row, for the caption counters and content checks."""
    rules = row.rules or {}
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
        counting=Counting(rules.get("counting", Counting.GRAPHEMES)),
        caption_soft_limit=rules.get("caption_soft_limit"),
        link_limit=rules.get("link_limit"),
        title_limit=rules.get("title_limit"),
        forbidden_characters=rules.get("forbidden_characters", ""),
        requires_media=row.requires_media,
        sources=tuple(
            LimitSource(s["limit"], s["source"], date.fromisoformat(s["checked_on"]))
            for s in rules.get("sources", ())
        ),
    )


def platform_specs(uow: UnitOfWork) -> dict[str, PlatformSpec]:
    """Every enabled platform's spec by code, in spec-file order."""
    return {row.code: spec_of(row) for row in list_platforms(uow)}
