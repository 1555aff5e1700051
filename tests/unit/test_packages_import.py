"""Importing post packages: the round trip, duplicates, and every hostile or broken zip."""

from __future__ import annotations

import hashlib
import io
import json
import warnings
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image

from sosmed_desktop.bootstrap import AppContext, bootstrap
from sosmed_desktop.db.models import Approval, Post, PostVariant, Tag, VariantMedia
from sosmed_desktop.domain import package_format as fmt
from sosmed_desktop.domain.statuses import PostStatus
from sosmed_desktop.errors import PackageError
from sosmed_desktop.services import audit
from sosmed_desktop.services.packages import exporting as packages_export
from sosmed_desktop.services.packages import importing as packages_import
from sosmed_desktop.services.posts import posts, workflow
from tests.unit.helpers import media_files, snapshot
from tests.unit.packaging import (
    Entries,
    approved_post,
    members,
    rebuild,
    root_of,
    with_added,
    with_manifest,
    with_replaced,
    without,
)


def test_round_trip(ctx: AppContext, receiver: AppContext, package: Path) -> None:
    outcome = packages_import.import_package(receiver, package)
    assert outcome.created
    assert outcome.source_department == "Dinas Kesehatan"
    assert (outcome.media_added, outcome.media_reused) == (3, 0)  # IG and FB crop one photo
    with ctx.uow() as uow:
        sent = posts.get_post(uow, 1)
    with receiver.uow() as uow:
        got = posts.get_post(uow, outcome.post_id)
        row = uow.session.get(Post, outcome.post_id)
        assert row is not None and row.source_department == "Dinas Kesehatan"
        history = audit.post_history(uow, outcome.post_id)
        exportable = workflow.assert_exportable(uow, outcome.post_id)
    assert got.uuid == sent.uuid
    assert got.title == sent.title and got.scheduled_at == sent.scheduled_at
    assert got.status == PostStatus.APPROVED
    assert {v.platform: v.caption for v in got.variants} == {
        v.platform: v.caption for v in sent.variants
    }
    assert got.master_caption == sent.master_caption
    assert set(got.tags) == set(sent.tags)
    # Same image hashes as the files in the package.
    files = members(package)
    for variant in got.variants:
        expected = [
            hashlib.sha256(files[f"{variant.platform}/{n:02d}.jpg"]).hexdigest()
            for n in range(1, len(variant.media) + 1)
        ]
        assert [m.sha256 for m in variant.media] == expected
    # Same approval record; bound to the imported content, so it can be passed on.
    a, b = sent.current_approval, got.current_approval
    assert a is not None and b is not None
    assert (b.decision, b.reviewer_name, b.reviewer_position, b.decided_at, b.note) == (
        a.decision, a.reviewer_name, a.reviewer_position, a.decided_at, a.note,
    )  # fmt: skip
    assert b.content_hash == got.content_hash == exportable.content_hash
    assert history[-1].action == "imported"
    assert history[-1].details["source_content_hash"] == a.content_hash
    assert history[-1].details["data_sources"][0].startswith("Cakupan imunisasi")
    # The media files are in the receiver's library.
    assert len(media_files(receiver)) == 3


def test_same_package_twice_adds_nothing(receiver: AppContext, package: Path) -> None:
    first = packages_import.import_package(receiver, package)
    before = snapshot(receiver, Post, Approval)
    again = packages_import.import_package(receiver, package)
    assert not again.created and again.post_id == first.post_id
    assert snapshot(receiver, Post, Approval) == before


def test_an_imported_post_edited_needs_approval_again(receiver: AppContext, package: Path) -> None:
    """The imported approval covers the imported content: a change sends it back to review."""
    outcome = packages_import.import_package(receiver, package)
    with receiver.uow() as uow:
        got = posts.get_post(uow, outcome.post_id)
    assert got.status == PostStatus.APPROVED
    assert got.current_approval is not None
    assert got.current_approval.scheduled_at == got.scheduled_at  # a snapshot was taken
    edited = got.to_input()
    edited = type(edited)(**{**edited.__dict__, "master_caption": "Caption diganti"})
    with receiver.uow() as uow:
        result = posts.update_post(uow, outcome.post_id, edited, got.version)
    assert result.approval_withdrawn and result.post.status == PostStatus.IN_REVIEW
    assert {c.kind for c in result.post.reapproval} == {"caption"}


def test_import_into_the_sending_folder_recognises_the_post(ctx: AppContext, package: Path) -> None:
    before = snapshot(ctx, Post)
    outcome = packages_import.import_package(ctx, package)
    assert not outcome.created and outcome.post_id == 1
    assert snapshot(ctx, Post) == before


def test_shared_photos_are_deduplicated(
    ctx: AppContext, receiver: AppContext, package: Path, tmp_path: Path
) -> None:
    second = approved_post(ctx, tmp_path / "other", title="Posyandu Kedua")
    other = packages_export.export_post(ctx, second, tmp_path / "out2").path
    packages_import.import_package(receiver, package)
    outcome = packages_import.import_package(receiver, other)
    # The photo with the same studio recipe renders identically in both packages: stored once.
    assert outcome.media_reused >= 1
    assert len(media_files(receiver)) == 3 + outcome.media_added


# --- hostile and broken zips --------------------------------------------------------------


def _broken_jpeg() -> bytes:
    out = io.BytesIO()
    Image.effect_noise((300, 200), 60).convert("RGB").save(out, "JPEG")
    return out.getvalue()[:1500]


CASES: dict[str, tuple[Callable[[Entries], Entries], bool, str]] = {
    "dot-dot": (with_added("ROOT/../evil.jpg"), False, "package_unsafe_path"),
    "absolute": (with_added("/etc/cron.d/evil"), False, "package_unsafe_path"),
    "drive letter": (with_added("C:/Windows/evil.jpg"), False, "package_unsafe_path"),
    "drive backslash": (with_added("C:\\Users\\evil.jpg"), False, "package_unsafe_path"),
    "unc": (with_added("\\\\server\\share\\evil.jpg"), False, "package_unsafe_path"),
    "manifest missing": (without(fmt.MANIFEST), False, "package_manifest_missing"),
    "unknown version": (
        with_manifest(lambda m: m.update(format_version=99)),
        False,
        "package_version_unknown",
    ),
    "manifest not json": (with_replaced(fmt.MANIFEST, b"{nope"), False, "package_manifest_invalid"),
    "checksum mismatch": (
        with_replaced("instagram/caption.txt", b"Caption palsu"),
        False,
        "package_checksum_mismatch",
    ),
    "executable as jpeg": (
        with_replaced("instagram/01.jpg", b"MZ\x90\x00" + b"\x00" * 200),
        True,
        "package_file_type",
    ),
    "damaged jpeg": (with_replaced("instagram/01.jpg", _broken_jpeg()), True, "package_file_type"),
    "extra executable": (with_added("ROOT/setup.exe", b"MZ"), True, "package_file_type"),
    "shortcut": (with_added("ROOT/instagram/foto.lnk", b"L\x00"), True, "package_file_type"),
    "caption not utf-8": (
        with_replaced("facebook/caption.txt", "Sehat selalu".encode("utf-16")),
        True,
        "package_file_type",
    ),
    "unlisted file": (
        with_added("ROOT/instagram/09.jpg", b"\xff\xd8\xff"),
        False,
        "package_unlisted_file",
    ),
    "listed file missing": (without("facebook/01.jpg"), False, "package_file_missing"),
}


@pytest.fixture
def untouched(receiver: AppContext) -> Iterator[Callable[[], None]]:
    """Asserts that the receiver's database, media folder and staging area are unchanged."""
    before = snapshot(receiver, Post, PostVariant, VariantMedia, Approval, Tag)
    files = media_files(receiver)

    def check() -> None:
        assert snapshot(receiver, Post, PostVariant, VariantMedia, Approval, Tag) == before
        assert media_files(receiver) == files
        cache = receiver.config.data_dir / "cache"
        assert [p.name for p in cache.iterdir() if p.name.startswith("package-")] == []

    yield check


def _refused(receiver: AppContext, path: Path, code: str) -> PackageError:
    with pytest.raises(PackageError) as caught:
        packages_import.import_package(receiver, path)
    assert caught.value.code == code, caught.value
    return caught.value


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_zip_is_refused_with_nothing_written(
    receiver: AppContext, package: Path, tmp_path: Path, untouched: Callable[[], None], case: str
) -> None:
    change, sums, code = CASES[case]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bad = rebuild(package, tmp_path / "bad.zip", change, sums=sums)
    _refused(receiver, bad, code)
    untouched()


def test_symlink_is_refused(
    receiver: AppContext, package: Path, tmp_path: Path, untouched: Callable[[], None]
) -> None:
    bad = rebuild(package, tmp_path / "bad.zip", lambda e: e, sums=False)
    with zipfile.ZipFile(bad, "a") as archive:
        root = archive.namelist()[0].split("/")[0]
        link = zipfile.ZipInfo(f"{root}/instagram/03.jpg")
        link.create_system = 3
        link.external_attr = 0o120777 << 16
        archive.writestr(link, "/etc/passwd")
    _refused(receiver, bad, "package_symlink")
    untouched()


def test_duplicate_names_are_refused(
    receiver: AppContext, package: Path, tmp_path: Path, untouched: Callable[[], None]
) -> None:
    bad = rebuild(package, tmp_path / "bad.zip", lambda e: e, sums=False)
    with warnings.catch_warnings(), zipfile.ZipFile(bad, "a") as archive:
        warnings.simplefilter("ignore")
        caption = next(n for n in archive.namelist() if n.endswith("instagram/caption.txt"))
        archive.writestr(caption, "Caption kedua menimpa yang pertama")
    _refused(receiver, bad, "package_duplicate_name")
    untouched()


def test_too_many_entries_are_refused(
    receiver: AppContext, package: Path, tmp_path: Path, untouched: Callable[[], None]
) -> None:
    def many(entries: Entries) -> Entries:
        extra = {f"{root_of(entries)}/instagram/{n:03d}.jpg": b"" for n in range(fmt.MAX_ENTRIES)}
        return {**entries, **extra}

    _refused(receiver, rebuild(package, tmp_path / "bad.zip", many, sums=False),
             "package_too_many_entries")  # fmt: skip
    untouched()


def test_compression_bomb_is_refused(
    receiver: AppContext, package: Path, tmp_path: Path, untouched: Callable[[], None]
) -> None:
    zeros = with_replaced(fmt.PREVIEW, b"\x00" * (8 * 1024 * 1024))
    bad = rebuild(package, tmp_path / "bad.zip", zeros, sums=True)
    assert bad.stat().st_size < 100_000
    _refused(receiver, bad, "package_ratio")
    untouched()


def test_too_large_unpacked_is_refused(
    receiver: AppContext,
    package: Path,
    untouched: Callable[[], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Real limits are in gigabytes; the same check with a lower one.
    monkeypatch.setattr(fmt, "MAX_TOTAL_BYTES", 20_000)
    _refused(receiver, package, "package_too_large")
    untouched()


def test_not_a_zip_is_refused(
    receiver: AppContext, tmp_path: Path, untouched: Callable[[], None]
) -> None:
    fake = tmp_path / "paket.zip"
    fake.write_bytes(b"PK\x03\x04 not really a zip" * 10)
    _refused(receiver, fake, "package_not_zip")
    _refused(receiver, tmp_path / "hilang.zip", "package_unreadable")
    untouched()


def test_unknown_platform_is_refused(
    receiver: AppContext, package: Path, tmp_path: Path, untouched: Callable[[], None]
) -> None:
    def rename(entries: Entries) -> Entries:
        root = root_of(entries)
        moved = {
            k.replace(f"{root}/facebook/", f"{root}/friendster/"): v for k, v in entries.items()
        }
        key = f"{root}/{fmt.MANIFEST}"
        manifest = json.loads(moved[key])
        for p in manifest["platforms"]:
            if p["code"] == "facebook":
                p.update(code="friendster", caption_file="friendster/caption.txt",
                         media_files=["friendster/01.jpg"])  # fmt: skip
        moved[key] = json.dumps(manifest).encode()
        return moved

    _refused(receiver, rebuild(package, tmp_path / "bad.zip", rename, sums=True),
             "package_unknown_platform")  # fmt: skip
    untouched()


def test_failure_while_committing_undoes_the_media(
    receiver: AppContext,
    package: Path,
    untouched: Callable[[], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(packages_import, "_record", broken)
    with pytest.raises(RuntimeError):
        packages_import.import_package(receiver, package)
    untouched()


def test_import_without_profile_still_marks_the_sender(
    new_data_dir: Callable[..., Path], package: Path
) -> None:
    bare = bootstrap(new_data_dir("bare"))
    try:
        outcome = packages_import.import_package(bare, package)
        assert outcome.created and outcome.source_department == "Dinas Kesehatan"
    finally:
        bare.dispose()
