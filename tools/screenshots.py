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

from datetime import UTC, datetime, timedelta  # noqa: E402

from PySide6.QtCore import QEventLoop, QPoint, QThreadPool, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QPainter  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from sosmed_desktop.bootstrap import bootstrap  # noqa: E402
from sosmed_desktop.services import reminders  # noqa: E402
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


class ShiftedClock:
    """The PC's clock moved by `offset` (to show a reminder falling due)."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset


def wait_for(signal, ms: int = 10_000) -> list:
    """Run the event loop until `signal` is emitted; return its arguments."""
    loop = QEventLoop()
    received: list = []

    def got(*args: object) -> None:
        received.extend(args)
        loop.quit()

    signal.connect(got)
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    signal.disconnect(got)
    return received


def reminder_shots(window: MainWindow, ctx, out: Path) -> None:
    """The notification centre over the window (bell counting) and the Pengingat page."""
    clock = ShiftedClock()
    with ctx.uow() as uow:  # as if the app last ran 30 hours ago ...
        prefs = reminders.prefs_from_config(ctx.config)
        reminders.run_check(uow, clock.now() - timedelta(hours=30), prefs, timedelta(hours=24))
    window.clock = clock
    window.start_reminders()  # ... so this start reports what was missed meanwhile
    hub = window.reminders
    outcome = wait_for(hub.scheduler.checked)[0]
    settle(800)
    hub.centre.close()
    if outcome.wake_times:  # let the next reminder fall due, so the bell counts
        clock.offset = outcome.wake_times[0][1] - datetime.now(UTC) + timedelta(seconds=1)
        hub.scheduler.check_now()
        wait_for(hub.scheduler.checked)
    settle()
    picture = window.grab()
    centre = hub.show_centre()
    settle(800)
    overlay = centre.grab()
    painter = QPainter(picture)
    corner = QPoint(
        picture.width() - overlay.width() - 24,
        picture.height() - overlay.height() - window.statusBar().height() - 8,
    )
    painter.fillRect(
        corner.x() - 1, corner.y() - 1, overlay.width() + 2, overlay.height() + 2, QColor("#8a9bb0")
    )
    painter.drawPixmap(corner, overlay)
    painter.end()
    picture.save(str(out / "notification-centre.png"))
    print(f"wrote {out / 'notification-centre.png'}")
    centre.close()
    window.show_section("reminders")
    grab(window, out / "reminders-page.png")
    window.stop_reminders()


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
        window.sidebar.setCurrentRow(2)
        grab(window, out / "empty-media-library.png")
        settings = SettingsDialog(ctx.config, ctx, window.bus, window)
        settings.show()
        grab(settings, out / "settings.png")
        settings.close()
        window.show_section("calendar")
        reminder_shots(window, ctx, out)
        window.quit_app()
        settle()
        ctx.dispose()
        empty_ctx.dispose()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
