#!/usr/bin/env python3
"""Screenshots of the first day at 1366×768 (Indonesian): an empty data folder after
the welcome's "Later" — the calendar's hint and New post button, the status bar's
"Profil belum diisi" link — and a new post's editor opened from the hint.

.venv/bin/python tools/first_day_screenshots.py [OUT_DIR]    (default: docs/screenshots)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sosmed_desktop.bootstrap import bootstrap
from tools.shots import grab, out_folder, settle  # sets the offscreen 1366×768 screen
from ui.app import create_application
from ui.i18n import install_translators
from ui.main_window import MainWindow


def main() -> int:
    out = out_folder(sys.argv)
    app = create_application(sys.argv)
    install_translators(app, "id")
    with tempfile.TemporaryDirectory() as tmp:
        ctx = bootstrap(Path(tmp) / "baru")  # no profile, no posts: as after "Nanti saja"
        window = MainWindow(ctx.config, ctx.log_file)
        window.resize(1366, 768)
        window.show()
        window.set_context(ctx)
        settle(800)
        grab(window, out / "first-day-calendar.png")
        window.calendar.empty_hint.button.click()
        settle(800)
        assert window.editors is not None
        editor = window.editors.editors[-1]
        editor.side.setCurrentWidget(editor.checks)
        grab(editor, out / "first-day-new-post.png")
        editor.close()
        window.quit_app()
        window.close()
        settle()
        ctx.dispose()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
