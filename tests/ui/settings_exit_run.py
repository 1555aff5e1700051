"""Run the application (`run_gui`) on a new data folder: Settings, change the time zone,
Simpan, answer the restart notice, quit.  Run as a process of its own by
test_settings_exit.py, which reads what Qt printed at exit.

    python -m tests.ui.settings_exit_run DATA_DIR
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui.app import create_application, run_gui
from ui.main_window import MainWindow
from ui.settings.dialog import SettingsDialog


def when_shown(kind: type[QWidget], then: Callable[[QWidget], None]) -> None:
    """Call `then` with the visible top-level widget of `kind` once there is one."""
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    if found:
        then(found[0])
    else:
        QTimer.singleShot(100, lambda: when_shown(kind, then))


def change_time_zone(dialog: QWidget) -> None:
    assert isinstance(dialog, SettingsDialog)
    dialog.timezone.setCurrentIndex(dialog.timezone.findData("Asia/Makassar"))
    when_shown(QMessageBox, lambda box: box.accept())  # "Saved. … the next time …"
    dialog.save_button.click()


def open_settings(window: QWidget) -> None:
    assert isinstance(window, MainWindow)
    if window.ctx is None:
        QTimer.singleShot(100, lambda: open_settings(window))
        return
    when_shown(SettingsDialog, change_time_zone)
    window.commands.open_settings()
    QTimer.singleShot(0, window.quit_app)


def main() -> int:
    create_application(sys.argv)
    when_shown(MainWindow, open_settings)
    return run_gui(Path(sys.argv[1]), sys.argv[:1])


if __name__ == "__main__":
    sys.exit(main())
