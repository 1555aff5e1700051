"""A package manifest is held to its declared shape: one line per problem, naming the field.

Issue 15: ``format_version: [1]`` raised ``TypeError``, a date in year 9999 or
year 1 ``OverflowError``, JSON nested 100,000 deep ``RecursionError``; a
package with 150,000 tags held the write transaction for a quarter of an hour;
a 20 MB caption was imported as an approved Facebook post.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import Approval, Post, PostVariant, Tag, VariantMedia
from sosmed_desktop.domain import package_format as fmt
from sosmed_desktop.domain.captions import count_caption
from sosmed_desktop.domain.personal_data import DataException
from sosmed_desktop.domain.shapes import Fields, Items, Table, violations
from sosmed_desktop.domain.statuses import PostStatus
from sosmed_desktop.errors import PackageError
from sosmed_desktop.services.packages import exporting as packages_export
from sosmed_desktop.services.packages import importing as packages_import
from sosmed_desktop.services.posts.data import MediaItem, VariantInput
from sosmed_desktop.services.search import search
from tests.unit.helpers import media_files, snapshot
from tests.unit.packaging import (
    Entries,
    approve,
    members,
    rebuild,
    root_of,
    with_manifest,
    with_replaced,
)
from tests.unit.posting import add_photo, post_input, set_profile

Edit = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any) -> Edit:
    """Set the field at dotted `path` (``schedule.utc``) of the manifest to `value`."""

    def edit(manifest: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target = manifest
        for part in parents:
            target = target[part]
        target[last] = value

    return edit


def _delete(key: str) -> Edit:
    return lambda manifest: manifest.pop(key)


def _platforms(count: int) -> Edit:
    return _set("platforms", [{"code": f"p{i}", "name": "P", "caption_file": f"p{i}/caption.txt",
                               "media_files": []} for i in range(count)])  # fmt: skip


# case: (edit, the code, the words of the first problem)
CASES: dict[str, tuple[Edit, str, str]] = {
    "version is a list": (
        _set("format_version", [1]), "package_manifest_invalid",
        "format_version: a whole number expected, found a list",
    ),
    "version is text": (
        _set("format_version", "1"), "package_manifest_invalid", "format_version: a whole number",
    ),
    "schedule in year 9999": (
        _set("schedule.utc", "9999-12-31T23:00:00-05:00"), "package_manifest_invalid",
        "schedule.utc: year 9999 is outside 2000–2099",
    ),
    "schedule in year 1": (
        _set("schedule.utc", "0001-01-01T00:00:00+07:00"), "package_manifest_invalid",
        "schedule.utc: year 1 is outside",
    ),
    "schedule without zone": (
        _set("schedule.utc", "2026-12-05T09:00:00"), "package_manifest_invalid",
        "schedule.utc: '2026-12-05T09:00:00' has no time zone",
    ),
    "approval in year 9999": (
        _set("approval.decided_at", "9999-12-31T20:00:00-12:00"), "package_manifest_invalid",
        "approval.decided_at: year 9999",
    ),
    "150,000 tags": (
        _set("post.tags", [f"t{i}" for i in range(150_000)]), "package_manifest_invalid",
        "post.tags: 150000 items, 0–200 allowed",
    ),
    "tag is a number": (_set("post.tags", [7]), "package_manifest_invalid", "post.tags[0]: text"),
    "tag too long": (
        _set("post.tags", ["x" * 81]), "package_manifest_invalid",
        "post.tags[0]: 81 characters, at most 80",
    ),
    "title too long": (
        _set("post.title", "J" * 301), "package_manifest_invalid", "post.title: 301 characters",
    ),
    "title with an escape": (
        _set("post.title", "Judul\x1b[31m merah"), "package_manifest_invalid",
        "post.title: holds the control character U+001B",
    ),
    "title reversed": (
        _set("post.title", "Judul \u202egpj.exe"), "package_manifest_invalid", "U+202E",
    ),
    "id negative": (_set("post.id", -1), "package_manifest_invalid", "post.id: -1 is outside"),
    "id true": (_set("post.id", True), "package_manifest_invalid", "post.id: a whole number"),
    "id huge": (_set("post.id", 2**70), "package_manifest_invalid", "post.id: 1180591620717"),
    "id not a number": (
        _set("post.id", float("nan")), "package_manifest_invalid",
        "post.id: a whole number expected, found a number",
    ),
    "uuid not a uuid": (
        _set("post.uuid", "-" * 36), "package_manifest_invalid", "post.uuid: not a UUID",
    ),
    "no reviewer": (
        _set("approval.reviewer_name", "   "), "package_manifest_invalid",
        "approval.reviewer_name: empty",
    ),
    "13 platforms": (_platforms(13), "package_manifest_invalid", "platforms: 13 items, 1–12"),
    "no platforms": (_platforms(0), "package_manifest_invalid", "platforms: 0 items"),
    "platforms not a list": (
        _set("platforms", "instagram"), "package_manifest_invalid", "platforms: a list expected",
    ),
    "41 media files": (
        lambda m: m["platforms"][0].update(
            media_files=[f"instagram/{i:02d}.jpg" for i in range(41)]
        ),
        "package_manifest_invalid", "platforms[0].media_files: 41 items",
    ),
    "checksum not hex": (
        lambda m: m["files"].update({"preview.html": "z" * 64}), "package_manifest_invalid",
        "files['preview.html']",
    ),
    "51 data sources": (
        _set("data_sources", [{"title": "x"}] * 51), "package_manifest_invalid",
        "data_sources: 51 items",
    ),
    "long direction": (
        _set("directions", [{"content": "a" * 10_001}]), "package_manifest_invalid",
        "directions[0].content: 10001 characters",
    ),
    "department a list": (
        _set("department", ["Dinas"]), "package_manifest_invalid",
        "department: an object expected, found a list",
    ),
    "master caption too long": (
        _set("post.master_caption", "a" * 100_001), "package_manifest_invalid",
        "post.master_caption: 100001 characters",
    ),
    "post missing": (_delete("post"), "package_manifest_invalid", "post: missing"),
    "zone is a path": (
        _set("schedule.time_zone", "../../etc/passwd"), "package_manifest_invalid",
        "schedule.time_zone",
    ),
    "unknown version": (_set("format_version", 99), "package_version_unknown", "format version 99"),
}  # fmt: skip


def _refused(receiver: AppContext, path: Path, code: str) -> PackageError:
    before = snapshot(receiver, Post, PostVariant, VariantMedia, Approval, Tag)
    files = media_files(receiver)
    with pytest.raises(PackageError) as caught:
        packages_import.import_package(receiver, path)
    assert caught.value.code == code, caught.value
    assert snapshot(receiver, Post, PostVariant, VariantMedia, Approval, Tag) == before
    assert media_files(receiver) == files
    cache = receiver.config.data_dir / "cache"
    assert not [p for p in cache.glob("package-*")] if cache.is_dir() else True
    return caught.value


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_manifest_out_of_shape_is_refused_naming_the_field(
    receiver: AppContext, package: Path, tmp_path: Path, case: str
) -> None:
    edit, code, words = CASES[case]
    bad = rebuild(package, tmp_path / "bad.zip", with_manifest(edit), sums=False)
    error = _refused(receiver, bad, code)
    assert words in str(error)
    for line in error.params.get("problems", ()):
        assert "\n" not in line and len(line) < 200


def test_every_problem_is_a_line_of_its_own(
    receiver: AppContext, package: Path, tmp_path: Path
) -> None:
    def several(manifest: dict[str, Any]) -> None:
        manifest["post"]["title"] = ""
        manifest["post"]["tags"] = "posyandu"
        manifest["schedule"]["utc"] = "besok pagi"

    bad = rebuild(package, tmp_path / "bad.zip", with_manifest(several), sums=False)
    error = _refused(receiver, bad, "package_manifest_invalid")
    assert error.params["problems"] == (
        "manifest.json: post.title: empty",
        "manifest.json: post.tags: a list expected, found text",
        "manifest.json: schedule.utc: 'besok pagi' is not a date and time",
    )
    assert "(and 2 more problems)" in str(error)


def test_json_nested_100000_deep_is_refused_before_parsing(
    receiver: AppContext, package: Path, tmp_path: Path
) -> None:
    def nest(entries: Entries) -> Entries:
        key = f"{root_of(entries)}/{fmt.MANIFEST}"
        manifest = json.loads(entries[key])
        manifest["extra"] = "NEST"
        text = json.dumps(manifest).replace('"NEST"', "[" * 100_000 + "]" * 100_000)
        return {**entries, key: text.encode()}

    error = _refused(receiver, rebuild(package, tmp_path / "bad.zip", nest, sums=False),
                     "package_manifest_invalid")  # fmt: skip
    assert "nested 100001 levels deep, at most 8" in str(error)


def test_a_caption_over_its_platform_limit_is_refused(
    receiver: AppContext, package: Path, tmp_path: Path
) -> None:
    long = with_replaced("facebook/caption.txt", ("a" * 63_207).encode())
    error = _refused(receiver, rebuild(package, tmp_path / "bad.zip", long, sums=True),
                     "package_caption_too_long")  # fmt: skip
    assert "facebook/caption.txt: 63207 characters, at most 63206 on facebook" in str(error)


def test_a_20_mb_caption_is_refused_before_it_is_unpacked(
    receiver: AppContext, package: Path, tmp_path: Path
) -> None:
    huge = base64.b64encode(os.urandom(15 * 1024 * 1024))  # 20 MB that hardly compresses
    bad = rebuild(package, tmp_path / "bad.zip", with_replaced("facebook/caption.txt", huge),
                  sums=True)  # fmt: skip
    error = _refused(receiver, bad, "package_too_large")
    assert "facebook/caption.txt: 20971520 bytes, a caption has at most 1048576" in str(error)


def test_a_post_with_200_tags_imports_and_every_tag_is_found(
    ctx: AppContext, receiver: AppContext, package: Path, tmp_path: Path
) -> None:
    tags = [f"label{i:03d}" for i in range(200)]
    bad = rebuild(package, tmp_path / "tags.zip", with_manifest(_set("post.tags", tags)),
                  sums=False)  # fmt: skip
    outcome = packages_import.import_package(receiver, bad)
    with receiver.uow() as uow:
        linked = uow.session.scalar(select(func.count()).select_from(Tag))
        first = [(h.kind.value, h.id) for h in search.search_all(uow, "label000")]
        last = [(h.kind.value, h.id) for h in search.search_all(uow, "label199")]
    assert linked == 200
    assert first == last == [("post", outcome.post_id)]


def test_the_import_command_prints_each_problem_on_a_line(
    receiver: AppContext, package: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from sosmed_desktop.cli import parse, run_command

    def two(manifest: dict[str, Any]) -> None:
        manifest["format_version"] = [1]
        manifest["approval"]["decided_at"] = "9999-12-31T20:00:00-12:00"

    bad = rebuild(package, tmp_path / "bad.zip", with_manifest(two), sums=False)
    folder = str(receiver.config.data_dir)
    receiver.dispose()
    assert run_command(parse(["import-package", str(bad), "--data-dir", folder])) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("error: The package bad.zip was refused: manifest.json: format_")
    assert err[1:] == ["  manifest.json: approval.decided_at: year 9999 is outside 2000–2099"]


# --- what the export writes now fits the shape -------------------------------------


def _undeclared(value: Any, shape: Any, where: str = "") -> list[str]:
    """The keys of `value` that `shape` does not declare (the shape allows them unchecked)."""
    if isinstance(shape, Fields) and isinstance(value, dict):
        declared = {**shape.required, **shape.optional}
        found = [f"{where}.{key}".lstrip(".") for key in value if key not in declared]
        for key, inner in declared.items():
            if value.get(key) is not None:
                found += _undeclared(value[key], inner, f"{where}.{key}")
        return found
    if isinstance(shape, Items) and isinstance(value, list):
        return [k for i, v in enumerate(value) for k in _undeclared(v, shape.item, f"{where}[{i}]")]
    if isinstance(shape, Table) and isinstance(value, dict):
        return [
            k for key, v in value.items() for k in _undeclared(v, shape.value, f"{where}.{key}")
        ]
    return []


CAPTION_X = "Info posyandu: sehat.bekasikab.go.id 🙏 #BekasiSehat"
CAPTION_YT = "Posyandu Sukamaju — jadwal, lokasi dan layanan 🙏 Hubungi posko 0812-3456-7890"


def test_an_export_fits_the_declared_shape_and_imports_again(
    ctx: AppContext, receiver: AppContext, tmp_path: Path
) -> None:
    """The manifest of a post with every kind of platform count, a personal-data exception
    and cited sources declares each field it writes, and another department imports it."""
    set_profile(ctx)
    photo = add_photo(ctx, tmp_path / "photos", 1280, 720)
    consent = (DataException("phone", "0812-3456-7890", "Nomor resmi posko"),)
    data = replace(
        post_input((photo,), platforms=("instagram", "youtube")),
        variants=(
            VariantInput("instagram", media=(MediaItem(photo),)),
            VariantInput("youtube", CAPTION_YT, follows_master=False, media=(MediaItem(photo),)),
            VariantInput("x", CAPTION_X, follows_master=False),
        ),
        exceptions=consent,
    )
    post_id = approve(ctx, data)
    package = packages_export.export_post(ctx, post_id, tmp_path / "out").path
    manifest = json.loads(members(package)[fmt.MANIFEST])
    assert _undeclared(manifest, fmt.MANIFEST_SHAPE) == []
    assert violations(manifest, fmt.MANIFEST_SHAPE) == []
    lengths = {p["code"]: p["caption_length"] for p in manifest["platforms"]}
    assert lengths["x"] == {"count": count_caption(CAPTION_X, "x_weighted"), "limit": 280,
                            "counting": "x_weighted"}  # fmt: skip
    assert lengths["youtube"]["count"] == len(CAPTION_YT.encode())  # bytes
    outcome = packages_import.import_package(receiver, package)
    with receiver.uow() as uow:
        post = uow.session.get(Post, outcome.post_id)
        assert post is not None and post.status == PostStatus.APPROVED.value
        captions = {v.platform.code: v.caption for v in post.variants}
    assert captions == {"instagram": post_input().master_caption, "youtube": CAPTION_YT,
                        "x": CAPTION_X}  # fmt: skip


def test_a_caption_is_measured_by_its_platform_rule_on_import(
    ctx: AppContext, receiver: AppContext, tmp_path: Path
) -> None:
    """13 short links are 64 characters but 311 on X (a link weighs 23): refused."""
    set_profile(ctx)
    data = replace(post_input(platforms=("x",)), variants=(VariantInput("x", CAPTION_X, False),))
    package = packages_export.export_post(ctx, approve(ctx, data), tmp_path / "out").path
    links = with_replaced("x/caption.txt", ("a.co " * 13).strip().encode())
    error = _refused(receiver, rebuild(package, tmp_path / "bad.zip", links, sums=True),
                     "package_caption_too_long")  # fmt: skip
    assert "x/caption.txt: 311 characters, at most 280 on x" in str(error)
