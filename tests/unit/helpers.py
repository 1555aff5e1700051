"""Small builders shared by the core tests of directions and data notes."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from PIL import Image
from sqlalchemy import func, select

from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import AuditEntry, MediaAsset, Post, Program
from sosmed_desktop.domain.statuses import PostStatus
from tests.reminder_helpers import bind_approval

PDF_BYTES = (
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
    b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
)


def make_post(
    ctx: AppContext,
    title: str,
    status: PostStatus = PostStatus.DRAFT,
    when: datetime | None = None,
) -> int:
    """A post written straight into the database (posts have their own issue); an approved
    or published one with the approval of its content, as the services give it."""
    with ctx.uow() as uow:
        post = Post(title=title, status=status.value, scheduled_at=when)
        uow.session.add(post)
        if status in (PostStatus.APPROVED, PostStatus.PUBLISHED):
            uow.session.flush()
            bind_approval(uow.session, post, clock.now())
        uow.commit()
        return post.id


def make_program(ctx: AppContext, name: str) -> int:
    with ctx.uow() as uow:
        program = Program(name=name)
        uow.session.add(program)
        uow.commit()
        return program.id


def write_pdf(path: Path, data: bytes = PDF_BYTES) -> Path:
    path.write_bytes(data)
    return path


def write_photo(path: Path, colour: str = "#1f4e79") -> Path:
    Image.new("RGB", (64, 48), colour).save(path, "JPEG")
    return path


def count(ctx: AppContext, model: type) -> int:
    with ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model)) or 0


def media_files(ctx: AppContext) -> list[Path]:
    return sorted(p for p in ctx.config.media_dir.rglob("*") if p.is_file())


def snapshot(ctx: AppContext, *models: type) -> dict[str, int]:
    """Row counts, plus the audit log, media rows and media files (nothing-written checks)."""
    counts = {m.__name__: count(ctx, m) for m in (*models, AuditEntry, MediaAsset)}
    counts["files"] = len(media_files(ctx))
    return counts


def flip_page_headers(db: Path, pages: tuple[int, ...] = (2, 5), page_size: int = 4096) -> bytes:
    """Damage a SQLite file the way a failing disk does: invert the header bytes of `pages`.

    `quick_check` reports every such page; returns the damaged bytes.
    """
    data = bytearray(db.read_bytes())
    for page in pages:
        for offset in range(page * page_size, page * page_size + 8):
            data[offset] ^= 0xFF
    db.write_bytes(bytes(data))
    return bytes(data)


def titles(db: Path) -> list[str]:
    """The post titles in a SQLite file, read without changing it (sorted)."""
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return sorted(r[0] for r in conn.execute("SELECT title FROM posts"))
    finally:
        conn.close()
