#!/usr/bin/env python3
"""Screenshot of the programs dialog over the calendar at 1366×768 (demo data, Indonesian).

.venv/bin/python tools/programs_screenshot.py [OUT_DIR]    (default: docs/screenshots)

The dialog is a window of its own: it is painted over the window's picture where
it opens, so the shot shows it with the calendar legend it colours.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter

from tools.shots import demo_window, out_folder, settle
from ui.programs.dialog import ProgramsDialog


def main() -> int:
    out = out_folder(sys.argv)
    with demo_window(sys.argv) as (window, _ctx):
        settle(800)
        window.calendar.filter_bar.programs_button.click()
        settle()
        dialog = window.calendar.findChild(ProgramsDialog)
        assert dialog is not None
        dialog.list.setCurrentRow(0)  # "Cegah Stunting": its amber is faint on white
        settle()
        picture = window.grab()
        painter = QPainter(picture)
        corner = QPoint(
            (picture.width() - dialog.width()) // 2, (picture.height() - dialog.height()) // 2
        )
        painter.drawPixmap(corner, dialog.grab())
        painter.end()
        path = out / "programs-dialog.png"
        picture.save(str(path))
        print(f"wrote {path}")
        dialog.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
