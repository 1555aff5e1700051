"""GUI fixtures: the Indonesian translation installed, a window on a fresh data folder."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sosmed_desktop.bootstrap import AppContext
from ui.app import create_application
from ui.i18n import install_translators
from ui.main_window import MainWindow


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The test QApplication styled like the real one, in Bahasa Indonesia.

    Python's cycle collector runs only here, on the GUI thread, as in the
    application (`collect_garbage_on_gui_thread`): a collection in a worker
    thread would destroy Qt objects of earlier tests off the GUI thread.
    """
    create_application([])
    install_translators(qapp, "id")
    gc.disable()
    yield qapp
    QThreadPool.globalInstance().waitForDone(5000)
    gc.collect()
    gc.enable()


@pytest.fixture
def window(app: QApplication, ctx: AppContext, qtbot: QtBot) -> Iterator[MainWindow]:
    """A main window with its database open, calendar loaded."""
    main = MainWindow(ctx.config, ctx.log_file)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.calendar.month_loaded, timeout=20000):
        main.set_context(ctx)
    yield main
    QThreadPool.globalInstance().waitForDone(5000)
