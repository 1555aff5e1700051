"""Builders for the package tests: an approved post with photos, a data note and a direction."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.domain import package_format as fmt
from sosmed_desktop.domain.content_checks import CHECKLIST_CODES
from sosmed_desktop.domain.notes import NoteInput
from sosmed_desktop.domain.recipe import Recipe, TextOverlay
from sosmed_desktop.services.directions import data_notes, directions
from sosmed_desktop.services.media import media
from sosmed_desktop.services.posts import posts, workflow
from sosmed_desktop.services.posts.data import MediaItem, PostInput, VariantInput
from tests import media_files as mf
from tests.unit.posting import WIB, add_photo, set_profile

HEAD = ("dr. Ahmad Fauzi", "Kepala Dinas Kesehatan")
CAPTION_IG = (
    "Posyandu Balita di Desa Sukamaju, Sabtu pagi 🙏. Cakupan imunisasi 92,4%.\n\n"
    "#BekasiSehat #Posyandu"
)
CAPTION_FB = "Ayo ke posyandu! Timbang si kecil setiap bulan. #BekasiSehat"
RECIPE = Recipe(preset="ig_portrait", width=432, height=540, text=TextOverlay("Posyandu Sabtu"))


def phone_photo(ctx: AppContext, folder: Path) -> int:
    """A photo with camera data, GPS, XMP, ICC and a comment, imported into the library."""
    folder.mkdir(parents=True, exist_ok=True)
    path = mf.phone_photo(folder / "IMG_20261102_084213.jpg", size=(800, 600))
    with ctx.uow() as uow:
        return media.import_file(ctx.config, uow, path).media_id


def approved_post(
    ctx: AppContext,
    folder: Path,
    *,
    title: str = "Posyandu Balita Sukamaju",
    when: datetime | None = None,
    cite: bool = True,
) -> int:
    """An approved post on Instagram (two photos, one with a studio recipe) and Facebook."""
    set_profile(ctx)
    gps_photo = phone_photo(ctx, folder)
    plain = add_photo(ctx, folder, 640, 480, colour=len(title))
    data = PostInput(
        title=title,
        scheduled_at=when or datetime(2026, 12, 5, 9, 0, tzinfo=WIB),
        tags=("posyandu", "balita"),
        master_caption=CAPTION_IG,
        variants=(
            VariantInput(
                "instagram",
                media=(MediaItem(gps_photo, RECIPE.to_dict()), MediaItem(plain)),
            ),
            VariantInput("facebook", CAPTION_FB, follows_master=False, media=(MediaItem(plain),)),
        ),
        checklist=tuple(sorted(CHECKLIST_CODES)),
    )
    with ctx.uow() as uow:
        post_id = posts.create_post(uow, data).id
    if cite:
        with ctx.uow() as uow:
            note = data_notes.create_note(
                uow,
                NoteInput(
                    "Cakupan imunisasi dasar lengkap",
                    Decimal("92.4"),
                    "Dinas Kesehatan",
                    unit="%",
                    period="Januari–Mei 2026",
                    as_of=date(2026, 6, 20),
                ),
            )
        with ctx.uow() as uow:
            data_notes.cite_note(uow, post_id, note)
        with ctx.uow() as uow:
            direction = directions.create_direction(
                uow,
                directions.DirectionInput(
                    "H. Dani Ramdan",
                    "Gencarkan ajakan ke posyandu bulan ini",
                    datetime(2026, 11, 20, 2, 0, tzinfo=UTC),
                    given_by_position="Bupati Bekasi",
                ),
            )
        with ctx.uow() as uow:
            directions.link_posts(uow, direction, [post_id])
    with ctx.uow() as uow:
        workflow.submit_for_review(uow, post_id)
    with ctx.uow() as uow:
        workflow.approve(uow, post_id, *HEAD, note="Silakan tayang")
    return post_id


def approve(ctx: AppContext, data: PostInput) -> int:
    """Create the post, submit it and have the head approve it; returns its id."""
    with ctx.uow() as uow:
        post_id = posts.create_post(uow, data).id
    with ctx.uow() as uow:
        workflow.submit_for_review(uow, post_id)
    with ctx.uow() as uow:
        workflow.approve(uow, post_id, *HEAD)
    return post_id


def approved_video_post(ctx: AppContext, clip: Path) -> int:
    """An approved post on Instagram whose one media item is the video `clip`."""
    set_profile(ctx)
    with ctx.uow() as uow:
        video_id = media.import_file(ctx.config, uow, clip).media_id
    data = PostInput(
        title="Video posyandu",
        scheduled_at=datetime(2026, 12, 5, 9, 0, tzinfo=WIB),
        master_caption="Lihat videonya #BekasiSehat",
        variants=(VariantInput("instagram", media=(MediaItem(video_id),)),),
        checklist=tuple(sorted(CHECKLIST_CODES)),
    )
    return approve(ctx, data)


def members(path: Path) -> dict[str, bytes]:
    """The files of a package zip by their path inside the package folder."""
    with zipfile.ZipFile(path) as archive:
        return {
            info.filename.split("/", 1)[1]: archive.read(info)
            for info in archive.infolist()
            if not info.is_dir()
        }


Entries = dict[str, bytes]
"""A package's zip entries by their full names."""


def rebuild(source: Path, target: Path, change: Callable[[Entries], Entries], *, sums: bool):
    """Copy a package with `change` applied to its entries (full names), re-summed if asked."""
    with zipfile.ZipFile(source) as archive:
        entries = {info.filename: archive.read(info) for info in archive.infolist()}
    root = next(iter(entries)).split("/")[0]
    entries = change(entries)
    key = f"{root}/{fmt.MANIFEST}"
    if sums and key in entries:
        manifest = json.loads(entries[key])
        manifest["files"] = {
            name.split("/", 1)[1]: hashlib.sha256(data).hexdigest()
            for name, data in entries.items()
            if name != key and not name.endswith("/")
        }
        entries[key] = json.dumps(manifest).encode()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in entries.items():
            out.writestr(name, data)
    return target


def root_of(entries: Entries) -> str:
    return next(iter(entries)).split("/")[0]


def with_added(name: str, data: bytes = b"x") -> Callable[[Entries], Entries]:
    def change(entries: Entries) -> Entries:
        return {**entries, name.replace("ROOT", root_of(entries)): data}

    return change


def with_replaced(inner: str, data: bytes) -> Callable[[Entries], Entries]:
    def change(entries: Entries) -> Entries:
        return {**entries, f"{root_of(entries)}/{inner}": data}

    return change


def without(inner: str) -> Callable[[Entries], Entries]:
    def change(entries: Entries) -> Entries:
        return {k: v for k, v in entries.items() if k != f"{root_of(entries)}/{inner}"}

    return change


def with_manifest(edit: Callable[[dict], None]) -> Callable[[Entries], Entries]:
    def change(entries: Entries) -> Entries:
        key = f"{root_of(entries)}/{fmt.MANIFEST}"
        manifest = json.loads(entries[key])
        edit(manifest)
        return {**entries, key: json.dumps(manifest).encode()}

    return change
