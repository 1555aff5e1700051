"""Screenshots of the approval invariant and the checks: the board's "Perlu persetujuan
ulang" column and the approval dialog listing a post's open warnings.

Called by `tools/screenshots.py`; runs on its own too (a fresh demo folder):

    .venv/bin/python tools/approval_screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREEN = ROOT / "tests" / "offscreen-1366x768.json"
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={SCREEN}")
sys.path.insert(0, str(ROOT))

from sosmed_desktop import clock  # noqa: E402
from sosmed_desktop.domain.personal_data import DataException  # noqa: E402
from sosmed_desktop.domain.recipe import Recipe  # noqa: E402
from sosmed_desktop.services.media import studio  # noqa: E402
from sosmed_desktop.services.posts import posts  # noqa: E402
from sosmed_desktop.services.posts.board import board  # noqa: E402


def _changed_after_approval(ctx) -> None:  # type: ignore[no-untyped-def]
    """Two approved demo posts still to come changed: a rendition attached from the studio
    (the issue's case) and a caption edited in the editor."""
    from sosmed_desktop.domain.statuses import PostStatus
    from sosmed_desktop.services.calendar.calendar import CalendarFilter, agenda

    approved = CalendarFilter(statuses=frozenset({PostStatus.APPROVED.value}))
    with ctx.uow() as uow:  # exported or not: the package shots exported one already
        rows = agenda(uow, clock.now(), 60, approved)
        details = [posts.get_post(uow, row.id) for row in rows]
    with_photo = next(
        d for d in details if any(v.platform == "instagram" and v.media for v in d.variants)
    )
    other = next(d for d in details if d.id != with_photo.id)
    photo = next(v.media[0].media_id for v in with_photo.variants if v.media)
    with ctx.uow() as uow:
        recipe = Recipe(preset="ig_square", width=1080, height=1080)
        studio.attach_renditions(uow, with_photo.id, photo, [("instagram", recipe)])
    data = other.to_input()
    edited = replace(data, master_caption=data.master_caption + "\n\nInfo lebih lanjut: puskesmas.")
    with ctx.uow() as uow:
        posts.update_post(uow, other.id, edited, other.version)


def _post_with_warnings(ctx) -> int:  # type: ignore[no-untyped-def]
    """A post waiting for approval whose time has passed, with a sensitive word, a figure
    without a source and a phone number published by exception."""
    with ctx.uow() as uow:
        card = board(uow).waiting[0]
        detail = posts.get_post(uow, card.post.id)
    phone = "0812-3456-7890"
    caption = (
        f"{detail.master_caption}\n\nJangan termakan hoaks: 1.245 warga sudah divaksin. "
        f"Pendaftaran lewat Bu Siti (kader posyandu) {phone}."
    )
    data = replace(
        detail.to_input(),
        master_caption=caption,
        scheduled_at=clock.now() - timedelta(hours=3),
        exceptions=(DataException("phone", phone, "Izin tertulis Bu Siti, 20 November 2026"),),
    )
    with ctx.uow() as uow:
        posts.update_post(uow, detail.id, data, detail.version)
    return detail.id


def approval_shots(window, ctx, out: Path) -> None:  # type: ignore[no-untyped-def]
    """board-reapproval.png, approval-warnings.png and editor-exception.png (personal data
    open, an exception recorded, the checklist point blocked)."""
    from sosmed_desktop.services.directions.data_notes import Freshness
    from sosmed_desktop.services.posts.checks import findings_for_post
    from sosmed_desktop.services.posts.sensitive_words import sensitive_pattern
    from sosmed_desktop.services.profile import get_profile
    from tools.shots import grab, settle
    from ui.editor.approval import ReviewDialog

    _changed_after_approval(ctx)
    post_id = _post_with_warnings(ctx)
    window.bus.announce("post", [])
    window.show_section("approval")
    settle(600)
    page = window.page("approval")
    page.select_post(post_id)
    grab(window, out / "board-reapproval.png")
    fresh = Freshness.now(ctx.config.stale_days, ctx.config.tz)
    with ctx.uow() as uow:
        findings = findings_for_post(uow, post_id, sensitive_pattern(ctx.config), fresh)
        prof = get_profile(uow)
        title = posts.get_post(uow, post_id).title
    dialog = ReviewDialog.for_reviewer(False, ctx, prof, title, window, findings)
    dialog.resize(640, 560)
    dialog.show()
    grab(dialog, out / "approval-warnings.png")
    dialog.close()
    editor = window.editors.open_post(post_id)
    settle(600)
    caption = editor.captions.master.caption
    caption.moveCursor(caption.textCursor().MoveOperation.End)
    caption.insertPlainText(" NIK peserta 3275 0112 0590 0001.")
    editor.run_checks()
    settle(600)
    editor.checks.list.setCurrentRow(0)
    grab(editor, out / "editor-exception.png")
    editor.force_close = True
    editor.close()


def main() -> int:
    from tools.shots import demo_window, out_folder, settle

    out = out_folder(sys.argv)
    with demo_window(sys.argv) as (window, ctx):
        settle(600)
        approval_shots(window, ctx, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
