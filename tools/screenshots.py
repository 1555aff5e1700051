#!/usr/bin/env python3
"""Render the README screenshots offscreen at 1366×768 from a freshly seeded data folder.

.venv/bin/python tools/screenshots.py [OUT_DIR]    (default: docs/screenshots)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREEN = ROOT / "tests" / "offscreen-1366x768.json"
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from sosmed_desktop.bootstrap import bootstrap  # noqa: E402
from sosmed_desktop.services.demo import seed_demo  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.i18n import install_translators  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.settings_dialog import SettingsDialog  # noqa: E402
from ui.welcome import WelcomeDialog  # noqa: E402


def settle(ms: int = 300) -> None:
    """Let background tasks report back and the widgets repaint."""
    QThreadPool.globalInstance().waitForDone(10_000)
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def grab(widget: QWidget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))
    print(f"wrote {path}")


def _draft_with_photos(window: MainWindow) -> int:
    """A post still being worked on, on Instagram with photos (the editor shows their crop)."""
    from sosmed_desktop.services.board import board
    from sosmed_desktop.services.posts import get_post

    assert window.ctx is not None
    with window.ctx.uow() as uow:
        groups = board(uow)
        for card in groups.drafts + groups.needs_revision + groups.waiting + groups.approved:
            post = get_post(uow, card.post.id)
            if any(v.platform == "instagram" and v.media for v in post.variants):
                return post.id
    raise SystemExit("the demo data has no draft with photos")


def shoot_editorial(window: MainWindow, out: Path) -> None:
    """Calendar with filters, the editor flagging personal data, the approval board."""
    bar = window.calendar.filter_bar
    bar.platforms.set_checked("instagram", True)
    bar.statuses.set_checked("draf", True)
    bar.statuses.set_checked("menunggu_persetujuan", True)
    grab(window, out / "calendar-filters.png")
    bar.clear()
    settle()
    editor = window.editors.open_post(_draft_with_photos(window))
    settle(600)
    caption = editor.captions.master.caption
    caption.moveCursor(caption.textCursor().MoveOperation.End)
    caption.insertPlainText(
        "\n\nPendaftaran: hubungi Bu Sari 0812-3456-7890 atau kirim NIK 3216054708900002."
    )
    editor.run_checks()
    settle(600)
    grab(editor, out / "editor-checks.png")
    editor.side.setCurrentWidget(editor.preview)
    editor.captions.setCurrentWidget(editor.captions.platform_tabs["instagram"])
    grab(editor, out / "editor-preview.png")
    editor.force_close = True
    editor.close()
    window.show_section("approval")
    grab(window, out / "board.png")
    window.show_section("calendar")


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(sys.argv)
    install_translators(app, "id")
    with tempfile.TemporaryDirectory() as tmp:
        empty_ctx = bootstrap(Path(tmp) / "empty")
        welcome = WelcomeDialog(empty_ctx, MainWindow(empty_ctx.config, empty_ctx.log_file).bus)
        welcome.show()
        grab(welcome, out / "welcome.png")
        ctx = bootstrap(Path(tmp) / "demo")
        seed_demo(ctx)
        window = MainWindow(ctx.config, ctx.log_file)
        window.resize(1366, 768)
        window.show()
        window.set_context(ctx)
        grab(window, out / "main-window.png")
        window.calendar.set_view("week")
        grab(window, out / "calendar-week.png")
        window.calendar.set_view("agenda")
        grab(window, out / "calendar-agenda.png")
        window.calendar.set_view("month")
        shoot_editorial(window, out)
        window.sidebar.setCurrentRow(2)
        grab(window, out / "empty-media-library.png")
        settings = SettingsDialog(ctx.config, ctx, window.bus, window)
        settings.show()
        grab(settings, out / "settings.png")
        settings.close()
        window.close()
        settle()
        ctx.dispose()
        empty_ctx.dispose()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
