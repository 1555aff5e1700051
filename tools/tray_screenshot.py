#!/usr/bin/env python3
"""Render the desktop-notification screenshot on a virtual X screen with a real tray.

The offscreen platform of tools/screenshots.py has no system tray, so the balloon a
reminder raises can only be seen on an X server with a tray host.  This starts Xvfb
(1366×768) and trayer, runs the application with sample data, lets a reminder fall
due and saves the whole screen.  Needs Debian's xvfb, trayer and imagemagick:

    apt-get install xvfb trayer imagemagick
    .venv/bin/python tools/tray_screenshot.py [OUT_DIR]    (default: docs/screenshots)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DISPLAY = ":97"
sys.path.insert(0, str(ROOT))


def start_screen() -> list[subprocess.Popen]:
    """Xvfb and a tray host on `DISPLAY`; the caller stops them."""
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    screen = subprocess.Popen(
        ["Xvfb", DISPLAY, "-screen", "0", "1366x768x24", "-nolisten", "tcp"], **quiet
    )
    time.sleep(1.0)
    os.environ["DISPLAY"] = DISPLAY
    tray_host = "trayer --edge bottom --align right --widthtype request --height 28"
    tray = subprocess.Popen([*tray_host.split(), "--transparent", "false"], **quiet)
    time.sleep(1.0)
    return [tray, screen]


def shoot(out: Path) -> None:
    from datetime import timedelta

    from PySide6.QtCore import QEventLoop, QTimer

    from sosmed_desktop.bootstrap import bootstrap
    from sosmed_desktop.demo.seed import seed_demo
    from sosmed_desktop.services.reminders import reminders
    from tools.shots import ShiftedClock, settle, wait_for
    from ui.app import create_application
    from ui.i18n import install_translators
    from ui.main_window import MainWindow

    os.environ["QT_QPA_PLATFORM"] = "xcb"  # tools.screenshots chose offscreen on import
    app = create_application(sys.argv)
    install_translators(app, "id")
    with tempfile.TemporaryDirectory() as tmp:
        ctx = bootstrap(Path(tmp) / "demo")
        seed_demo(ctx)
        clock = ShiftedClock()
        with ctx.uow() as uow:  # nothing missed: only the next reminder shows
            prefs = reminders.prefs_from_config(ctx.config)
            reminders.run_check(uow, clock.now(), prefs, timedelta(hours=24))
        window = MainWindow(ctx.config, ctx.log_file)
        window.resize(1366, 700)
        window.move(0, 0)
        window.show()
        window.set_context(ctx)
        window.clock = clock
        window.start_reminders()
        hub = window.reminders
        outcome = wait_for(hub.scheduler.checked)[0]
        clock.fall_due(outcome.wake_times[0][1])
        hub.scheduler.check_now()
        wait_for(hub.scheduler.checked)
        settle(1500)
        loop = QEventLoop()
        QTimer.singleShot(500, loop.quit)
        loop.exec()
        path = out / "tray-notification.png"
        subprocess.run(["import", "-window", "root", str(path)], check=True)
        print(f"wrote {path}")
        window.quit_app()
        window.close()
        settle()
        ctx.dispose()
    app.quit()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    helpers = start_screen()
    try:
        shoot(out)
    finally:
        for process in helpers:
            process.terminate()
            process.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
