#!/usr/bin/env python3
"""Screenshots for accessibility: the focused day of the month, and 150 % scaling.

.venv/bin/python tools/accessibility_screenshots.py [OUT_DIR]
    the month with a day focused from the keyboard and one of its posts selected
QT_SCALE_FACTOR=1.5 .venv/bin/python tools/accessibility_screenshots.py [OUT_DIR]
    the calendar and the post editor at 150 % on a 1366×768-logical screen
    (a 2049×1152 panel), to look for clipped text

(default OUT_DIR: docs/screenshots)
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.shots import demo_window, out_folder, settle

SCALE = float(os.environ.get("QT_SCALE_FACTOR", "1"))
if SCALE != 1:  # a panel big enough for 1366×768 logical pixels at this scale
    screen = {
        "screens": [
            {
                "name": "Scaled laptop",
                "x": 0,
                "y": 0,
                "width": round(1366 * SCALE),
                "height": round(768 * SCALE),
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": 1,
            }
        ]
    }
    config = Path(tempfile.mkdtemp()) / "screen.json"
    config.write_text(json.dumps(screen))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from ui.calendar.month_view import grid_start  # noqa: E402


def focused_day(window, out: Path) -> None:
    """The month with the keyboard on a day that has posts, its second post selected."""
    month = window.calendar.month_view
    window.activateWindow()
    month.setFocus()
    settle()
    first = grid_start(month.year, month.month)
    days = [first + timedelta(days=n) for n in range(42)]
    day = max(days, key=lambda d: len(month.chips_on(d)))  # the busiest day
    month.selected_day = day
    for _ in range(2):
        QTest.keyClick(month, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    settle()
    path = out / "calendar-focused-day.png"
    window.grab().save(str(path))
    print(f"wrote {path}")
    print("name:", month.accessibleName())
    print("description:", month.accessibleDescription())


def scaled(window, out: Path) -> None:
    """The calendar and a post editor at the current scale."""
    percent = round(SCALE * 100)
    settle(800)
    path = out / f"calendar-{percent}.png"
    window.grab().save(str(path))
    print(f"wrote {path}")
    editor = window.editors.new_post()
    editor.show()
    settle(1500)
    path = out / f"editor-{percent}.png"
    editor.grab().save(str(path))
    print(f"wrote {path} ({editor.width()}×{editor.height()} at y={editor.y()})")
    editor.force_close = True
    editor.close()


def main() -> int:
    out = out_folder(sys.argv)
    with demo_window(sys.argv) as (window, _ctx):
        settle(800)
        if SCALE == 1:
            focused_day(window, out)
        else:
            scaled(window, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
