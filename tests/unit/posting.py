"""Helpers for the post tests: a profile, photos in the library and a ready input."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PIL import Image
from sqlalchemy import func, select

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import AuditEntry, Post, Program
from sosmed_desktop.domain.content_checks import CHECKLIST_CODES
from sosmed_desktop.services import profile
from sosmed_desktop.services.media import media
from sosmed_desktop.services.posts.data import MediaItem, PostDetail, PostInput, VariantInput

WIB = ZoneInfo("Asia/Jakarta")
CAPTION = "Posyandu Balita di Desa Sukamaju, Sabtu pagi. Ajak si kecil ditimbang! #BekasiSehat"


def set_profile(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        profile.save_profile(
            uow,
            profile.Profile(
                officer_name="Rina Marlina",
                department_name="Dinas Kesehatan",
                regency="Kabupaten Bekasi",
                head_name="dr. Ahmad Fauzi",
                head_position="Kepala Dinas Kesehatan",
            ),
        )
    ctx.user_name = "Rina Marlina"


def add_photo(ctx: AppContext, folder: Path, width: int, height: int, colour: int = 0) -> int:
    """Import a small generated JPEG; returns its media id."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"foto-{width}x{height}-{colour}.jpg"
    Image.new("RGB", (width, height), (colour % 256, 120, 80)).save(path, "JPEG")
    with ctx.uow() as uow:
        return media.import_file(ctx.config, uow, path).media_id


def add_program(ctx: AppContext, name: str = "Posyandu", colour: str = "#16a34a") -> int:
    with ctx.uow() as uow:
        program = Program(name=name, colour=colour)
        uow.session.add(program)
        uow.commit()
        return program.id


def post_input(
    media_ids: tuple[int, ...] = (),
    *,
    title: str = "Posyandu Balita Sukamaju",
    when: datetime | None = None,
    platforms: tuple[str, ...] = ("instagram", "facebook"),
    caption: str = CAPTION,
    checklist: tuple[str, ...] = tuple(sorted(CHECKLIST_CODES)),
    program_id: int | None = None,
    tags: tuple[str, ...] = ("posyandu", "balita"),
) -> PostInput:
    return PostInput(
        title=title,
        scheduled_at=when or datetime(2026, 12, 5, 9, 0, tzinfo=WIB),
        program_id=program_id,
        tags=tags,
        master_caption=caption,
        variants=tuple(
            VariantInput(platform=code, media=tuple(MediaItem(m) for m in media_ids))
            for code in platforms
        ),
        checklist=checklist,
    )


def count(ctx: AppContext, model: type) -> int:
    with ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model)) or 0


def snapshot(ctx: AppContext) -> tuple[int, int]:
    """Posts and history lines: both unchanged after a refused change."""
    return count(ctx, Post), count(ctx, AuditEntry)


def approve_new(ctx: AppContext, media_ids: tuple[int, ...] = (), **kwargs: Any) -> PostDetail:
    """A new post (`post_input(media_ids, **kwargs)`) taken through submit and approval."""
    from sosmed_desktop.services.posts import posts, workflow

    with ctx.uow() as uow:
        post_id = posts.create_post(uow, post_input(media_ids, **kwargs)).id
    with ctx.uow() as uow:
        workflow.submit_for_review(uow, post_id)
    with ctx.uow() as uow:
        return workflow.approve(uow, post_id, "dr. Ahmad Fauzi", "Kepala Dinas Kesehatan")
