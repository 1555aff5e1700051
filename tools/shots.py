"""What every screenshot tool shares: the 1366×768 offscreen screen, a seeded demo
window at the test suite's fixed moment, waiting for the widgets to settle, saving
a grab, and a clock that can be moved on.

Importing it sets Qt's platform, so it comes before the tool creates its application.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREEN = ROOT / "tests" / "offscreen-1366x768.json"
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from sosmed_desktop import clock as process_clock  # noqa: E402
from sosmed_desktop.bootstrap import bootstrap  # noqa: E402
from sosmed_desktop.demo.seed import seed_demo  # noqa: E402
from tests.fixed_time import start_clock  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.i18n import install_translators  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402


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


def seeded_window(folder: Path) -> tuple[MainWindow, object]:
    """A window at 1366×768 over a freshly seeded demo folder in `folder`, and its context."""
    ctx = bootstrap(folder)
    seed_demo(ctx)
    window = MainWindow(ctx.config, ctx.log_file)
    window.resize(1366, 768)
    window.show()
    window.set_context(ctx)
    return window, ctx


def out_folder(argv: list[str]) -> Path:
    """Where a screenshot tool writes: its first argument, else docs/screenshots (made)."""
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    return out


@contextmanager
def demo_window(argv: list[str]) -> Iterator[tuple[MainWindow, object]]:
    """For a tool that takes a few shots on its own: the Indonesian application and a
    `seeded_window` at the fixed moment; closed afterwards."""
    start_clock()
    app = create_application(argv)
    install_translators(app, "id")
    with tempfile.TemporaryDirectory() as tmp:
        window, ctx = seeded_window(Path(tmp) / "demo")
        yield window, ctx
        window.quit_app()
        window.close()
        settle()
        ctx.dispose()
    app.quit()


class ShiftedClock:
    """The process's clock moved by `offset` (to show a reminder falling due)."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def now(self) -> datetime:
        return process_clock.now() + self.offset

    def fall_due(self, moment: datetime) -> None:
        """Move on to just after `moment`."""
        self.offset = moment - process_clock.now() + timedelta(seconds=1)


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
