#!/usr/bin/env python3
"""Screenshots of issue 16: counters as X and Threads count, the spell checker, cuti bersama.

.venv/bin/python tools/caption_screenshots.py [OUT_DIR]    (default: docs/screenshots)

A new post on Instagram, X and Threads with an s.id link and emoji: the X tab
with a caption of its own (link 23, emoji 2) and the Threads tab (emoji as
bytes, six links where five are allowed); the
same editor with a misspelt word's context menu (suggestions and "Tambahkan ke
kamus") painted where it opens; the month of December 2026 with its collective
leave day beside Christmas.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter, QTextCursor

from sosmed_desktop.bootstrap import AppContext
from tools.shots import demo_window, grab, out_folder, settle
from ui.main_window import MainWindow

CAPTION = (
    "Pendaftaran PPDB SD/SMP Kabupaten Bekasi dibuka 🎉🙏 Daftar ➡️ s.id/PPDB-Bekasi2026\n"
    "Himbauan: siapkan akta kelahiran dan kartu keluarga, jangan sampai kesehtan anak "
    "terganggu karena antri terlalu lama 👨‍👩‍👧‍👦\n"
    "Info: forms.gle/PPDBbks youtu.be/ppdb26 lnkd.in/dinasbks linktr.ee/disdikbks "
    "tokopedia.link/x1 #PPDB2026 #BekasiCerdas"
)

X_CAPTION = "PPDB SD/SMP Kab. Bekasi 2026 dibuka 🎉 Daftar ➡️s.id/PPDB-Bekasi2026 #PPDB2026"


def caption_shots(window: MainWindow, out: Path) -> None:
    """The X and Threads counters, then the spelling menu over the master caption."""
    assert window.editors is not None
    editor = window.editors.new_post(platforms=("instagram", "x", "threads"))
    editor.resize(1366, 740)
    settle(600)
    editor.details.title.setText("PPDB 2026 dibuka")
    editor.captions.master.caption.setPlainText(CAPTION)
    x_tab = editor.captions.platform_tabs["x"]
    x_tab.follow.setChecked(False)
    settle()
    x_tab.caption.setPlainText(X_CAPTION)
    editor.run_checks()
    settle(800)
    editor.captions.setCurrentWidget(x_tab)
    grab(editor, out / "editor-counters-x.png")
    editor.captions.setCurrentWidget(editor.captions.platform_tabs["threads"])
    grab(editor, out / "editor-counters-threads.png")
    master = editor.captions.master.caption
    editor.captions.setCurrentWidget(editor.captions.master)
    settle()
    cursor = master.document().find("kesehtan")
    middle = QTextCursor(cursor)
    middle.setPosition(cursor.selectionStart() + 3)
    pos = master.cursorRect(middle).center()
    menu = master.context_menu(pos)
    menu.adjustSize()
    settle()
    picture = editor.grab()
    painter = QPainter(picture)
    corner = master.viewport().mapTo(editor, pos) + QPoint(4, 4)
    painter.drawPixmap(corner, menu.grab())
    painter.end()
    picture.save(str(out / "editor-spelling.png"))
    print(f"wrote {out / 'editor-spelling.png'}")
    menu.deleteLater()
    editor.force_close = True
    editor.close()


def month_shot(window: MainWindow, out: Path) -> None:
    """December 2026: Cuti Bersama Hari Raya Natal (24th) beside Christmas (25th)."""
    window.show_section("calendar")
    window.calendar.set_view("month")
    window.calendar.go_to(date(2026, 12, 1))
    settle(800)
    grab(window, out / "calendar-cuti-bersama.png")


def shots(window: MainWindow, _ctx: AppContext, out: Path) -> None:
    """Every screenshot of this tool."""
    settle()
    caption_shots(window, out)
    month_shot(window, out)


def main() -> int:
    out = out_folder(sys.argv)
    with demo_window(sys.argv) as (window, ctx):
        shots(window, ctx, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
