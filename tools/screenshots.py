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
