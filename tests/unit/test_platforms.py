"""Platform specs: the bundled file, strict parsing, syncing into the table, overrides."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from sosmed_desktop.bootstrap import AppContext, bootstrap
from sosmed_desktop.config import Config
from sosmed_desktop.db.models import Platform
from sosmed_desktop.domain.platforms import BUNDLED_SPEC, load_spec_file, parse_spec
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.services.platforms import list_platforms, sync_platforms


def _platform(code: str, **extra: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "code": code,
        "name": code.title(),
        "checked_on": "2026-11-01",
        "caption_limit": 1000,
        "presets": [{"key": f"{code}_sq", "label": "1:1", "width": 1080, "height": 1080}],
    }
    raw.update(extra)
    return raw


def _spec(*platforms: dict[str, Any]) -> dict[str, Any]:
    return {"format": 1, "platforms": list(platforms)}


# --- the bundled file ------------------------------------------------------------------


def test_bundled_spec_parses_with_known_limits() -> None:
    specs = {s.code: s for s in load_spec_file()}
    instagram = specs["instagram"]
    assert instagram.caption_limit == 2200
    assert instagram.hashtag_limit == 5
    assert instagram.name == "Instagram"
    assert {p.key for p in instagram.presets} >= {"ig_square", "ig_portrait", "ig_story"}
    portrait = next(p for p in instagram.presets if p.key == "ig_portrait")
    assert (portrait.width, portrait.height) == (1080, 1350)
    assert portrait.ratio == pytest.approx(0.8)
    assert specs["x"].caption_limit == 280
    assert specs["x"].presets
    assert specs["facebook"].hashtag_limit is None
    for spec in specs.values():
        assert isinstance(spec.checked_on, date)
        assert spec.presets, spec.code
        assert all(p.width > 0 and p.height > 0 for p in spec.presets)


def test_bundled_spec_file_exists_in_resources() -> None:
    assert BUNDLED_SPEC.is_file()
    assert BUNDLED_SPEC.parent.name == "resources"


# --- strict parsing --------------------------------------------------------------------


def test_valid_minimal_spec_parses() -> None:
    (spec,) = parse_spec(_spec(_platform("mastodon", hashtag_limit=None, notes="catatan")))
    assert spec.code == "mastodon"
    assert spec.caption_limit == 1000
    assert spec.hashtag_limit is None
    assert spec.checked_on == date(2026, 11, 1)
    assert spec.notes == "catatan"


def _without(key: str) -> dict[str, Any]:
    raw = _platform("ig")
    del raw[key]
    return raw


BAD_SPECS: list[tuple[str, Any]] = [
    ("not an object", [1, 2]),
    ("no platforms list", {"format": 1}),
    ("platforms not a list", {"platforms": {"code": "ig"}}),
    ("empty platforms list", {"platforms": []}),
    ("platform not an object", _spec("instagram")),
    ("duplicate code", _spec(_platform("ig"), _platform("ig"))),
    ("missing code", _spec(_without("code"))),
    ("missing name", _spec(_without("name"))),
    ("empty code", _spec(_platform(""))),
    ("missing checked_on", _spec(_without("checked_on"))),
    ("bad date", _spec(_platform("ig", checked_on="01-11-2026"))),
    ("impossible date", _spec(_platform("ig", checked_on="2026-02-30"))),
    ("negative caption limit", _spec(_platform("ig", caption_limit=-1))),
    ("zero hashtag limit", _spec(_platform("ig", hashtag_limit=0))),
    ("negative max images", _spec(_platform("ig", max_images=-4))),
    ("text limit", _spec(_platform("ig", caption_limit="2200"))),
    ("float limit", _spec(_platform("ig", caption_limit=22.5))),
    ("bool limit", _spec(_platform("ig", max_image_bytes=True))),
    ("preset missing width", _spec(_platform("ig", presets=[{"key": "a", "label": "A"}]))),
    ("preset not an object", _spec(_platform("ig", presets=["1080x1080"]))),
    ("presets null", _spec(_platform("ig", presets=None))),
    ("presets a number", _spec(_platform("ig", presets=5))),
    (
        "preset negative width",
        _spec(_platform("ig", presets=[{"key": "a", "label": "A", "width": -1080, "height": 1}])),
    ),
    (
        "preset zero height",
        _spec(_platform("ig", presets=[{"key": "a", "label": "A", "width": 1080, "height": 0}])),
    ),
    (
        "preset text width",
        _spec(_platform("ig", presets=[{"key": "a", "label": "A", "width": "lebar", "height": 1}])),
    ),
]


@pytest.mark.parametrize(("case", "data"), BAD_SPECS, ids=[c for c, _ in BAD_SPECS])
def test_bad_spec_is_rejected_with_validation_error(case: str, data: Any) -> None:
    with pytest.raises(ValidationError):
        parse_spec(copy.deepcopy(data))


def test_load_spec_file_errors_are_validation_errors(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="cannot read"):
        load_spec_file(tmp_path / "missing.json")
    broken = tmp_path / "broken.json"
    broken.write_text('{"platforms": [', encoding="utf-8")
    with pytest.raises(ValidationError, match="not valid JSON"):
        load_spec_file(broken)
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\xff\xfe\x80\x81")
    with pytest.raises(ValidationError):
        load_spec_file(binary)
    with pytest.raises(ValidationError):
        load_spec_file(tmp_path)  # a folder


# --- syncing into the platforms table -------------------------------------------------


def test_bootstrap_synced_bundled_platforms(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        codes = [p.code for p in list_platforms(uow)]
    assert codes == [s.code for s in load_spec_file()]


def test_sync_is_idempotent(ctx: AppContext) -> None:
    specs = load_spec_file()
    with ctx.uow() as uow:
        assert sync_platforms(uow, specs) == 0
    with ctx.uow() as uow:
        assert sync_platforms(uow, specs) == 0


def test_sync_disables_removed_platform_and_updates_changed(ctx: AppContext) -> None:
    smaller = parse_spec(
        _spec(_platform("instagram", caption_limit=2000, hashtag_limit=3), _platform("x"))
    )
    with ctx.uow() as uow:
        ids_before = {p.code: p.id for p in uow.session.scalars(select(Platform))}
    with ctx.uow() as uow:
        changed = sync_platforms(uow, smaller)
    assert changed == len(ids_before)  # 2 updated, the rest disabled
    with ctx.uow() as uow:
        enabled = list_platforms(uow)
        assert [p.code for p in enabled] == ["instagram", "x"]
        assert enabled[0].caption_limit == 2000
        assert enabled[0].hashtag_limit == 3
        rows = {p.code: p for p in uow.session.scalars(select(Platform))}
        assert {c: r.id for c, r in rows.items()} == ids_before  # nothing deleted
        assert rows["facebook"].enabled is False
    with ctx.uow() as uow:
        assert sync_platforms(uow, smaller) == 0
    with ctx.uow() as uow:
        assert sync_platforms(uow, load_spec_file()) == len(ids_before)
    with ctx.uow() as uow:
        assert [p.code for p in list_platforms(uow)] == [s.code for s in load_spec_file()]


def test_sync_adds_new_platform(ctx: AppContext) -> None:
    specs = (*load_spec_file(), *parse_spec(_spec(_platform("mastodon"))))
    with ctx.uow() as uow:
        assert sync_platforms(uow, specs) == 1
    with ctx.uow() as uow:
        assert list_platforms(uow)[-1].code == "mastodon"
        assert list_platforms(uow)[-1].presets == [
            {"key": "mastodon_sq", "label": "1:1", "width": 1080, "height": 1080}
        ]


# --- the officer's override file ------------------------------------------------------


def _configure_override(data_dir: Path, path: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    cfg = Config.load(data_dir)
    cfg.set("platform_spec_file", str(path))
    cfg.save()


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        json.dumps({"platforms": [{"code": "ig"}]}),
        json.dumps(_spec(_platform("ig", presets=None))),
        json.dumps({"platforms": []}),
    ],
)
def test_broken_override_falls_back_to_bundled_spec(
    data_dir: Path, tmp_path: Path, content: str
) -> None:
    override = tmp_path / "platforms-saya.json"
    override.write_text(content, encoding="utf-8")
    _configure_override(data_dir, override)
    context = bootstrap(data_dir)
    try:
        with context.uow() as uow:
            codes = [p.code for p in list_platforms(uow)]
        assert codes == [s.code for s in load_spec_file()]
    finally:
        context.dispose()


def test_missing_override_falls_back_to_bundled_spec(data_dir: Path, tmp_path: Path) -> None:
    _configure_override(data_dir, tmp_path / "hilang.json")
    context = bootstrap(data_dir)
    try:
        with context.uow() as uow:
            assert "instagram" in [p.code for p in list_platforms(uow)]
    finally:
        context.dispose()


def test_valid_override_is_used(data_dir: Path, tmp_path: Path) -> None:
    override = tmp_path / "platforms-saya.json"
    override.write_text(
        json.dumps(_spec(_platform("instagram", caption_limit=2000), _platform("threads"))),
        encoding="utf-8",
    )
    _configure_override(data_dir, override)
    context = bootstrap(data_dir)
    try:
        with context.uow() as uow:
            enabled = [(p.code, p.caption_limit) for p in list_platforms(uow)]
        assert enabled == [("instagram", 2000), ("threads", 1000)]
    finally:
        context.dispose()
