#!/usr/bin/env python3
"""Screenshots of team mode: a post changed on another PC while it is open here.

Called by tools/screenshots.py and by tools/team_screenshots.py (team mode's
screens only): the editor's
"changed by" banner, the refused save's conflict dialog and the comparison of
both versions.  "Another PC" is a second application context on the same
database, signed in as Budi.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sosmed_desktop.bootstrap import bootstrap
from sosmed_desktop.services.posts import posts
from sosmed_desktop.services.posts.board import board
from tools.shots import grab, settle
from ui.editor.conflict_dialogs import CompareDialog, ConflictDialog
from ui.main_window import MainWindow


def _a_draft(window: MainWindow) -> int:
    assert window.ctx is not None
    with window.ctx.uow() as uow:
        groups = board(uow)
        cards = groups.drafts + groups.needs_revision + groups.waiting
    return cards[0].post.id


def live_shots(window: MainWindow, out: Path) -> None:
    """Editor banner, conflict dialog and comparison into `out`."""
    ctx = window.ctx
    assert ctx is not None and window.editors is not None and window.live is not None
    window.live.watcher.interval = 0.1
    window.live.watcher.check_now()
    editor = window.editors.open_post(_a_draft(window))
    editor.resize(1366, 740)
    settle(600)
    title = editor.details.title.text()
    editor.details.title.setText(title + " (revisi Rina)")
    caption = editor.captions.master.caption
    caption.moveCursor(caption.textCursor().MoveOperation.End)
    caption.insertPlainText("\n\nInfo lengkap di puskesmas terdekat.")
    colleague = bootstrap(ctx.config.data_dir)
    colleague.user_name = "Budi Santoso"
    with colleague.uow() as uow:
        current = posts.get_post(uow, editor.post_id)
        theirs = replace(
            current.to_input(),
            title=title + " — jadwal baru",
            master_caption=current.master_caption.replace("Sabtu", "Minggu")
            + "\n\nTerbuka untuk umum, gratis.",
        )
        posts.update_post(uow, editor.post_id, theirs, current.version)
    colleague.dispose()
    for _ in range(50):
        settle(100)
        if not editor.changed_banner.isHidden():
            break
    grab(editor, out / "team-editor-banner.png")

    def conflict_exec(dialog: ConflictDialog) -> int:
        dialog.show()
        grab(dialog, out / "team-conflict.png")
        dialog.choose("compare")
        return 1

    def compare_exec(dialog: CompareDialog) -> int:
        dialog.resize(1300, 720)
        dialog.show()
        grab(dialog, out / "team-compare.png")
        dialog.choose("keep")
        return 0

    ConflictDialog.exec = conflict_exec  # type: ignore[method-assign]
    CompareDialog.exec = compare_exec  # type: ignore[method-assign]
    editor.save()
    settle(1500)
    editor.force_close = True
    editor.close()
