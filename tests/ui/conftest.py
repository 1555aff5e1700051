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
from ui.bus import DataBus
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.operations import Operations


@pytest.fixture(autouse=True)
def unexpected_errors_fail_the_test(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The unexpected-error dialog is modal: in a test it would wait forever.

    Its details are collected instead, and any test that caused one fails.
    """
    from ui.error_dialog import ErrorDialog

    shown: list[str] = []
    monkeypatch.setattr(
        ErrorDialog, "exec", lambda dialog: shown.append(dialog.details.toPlainText())
    )
    yield shown
    assert not shown, "an unexpected error was shown:\n" + "\n".join(shown)


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


@pytest.fixture
def ops(app: QApplication, ctx: AppContext) -> Operations:
    """Operations on the test's context with a data bus of their own, for a dialog
    tested without a window."""
    return Operations(lambda: ctx, DataBus())


@pytest.fixture
def workbench(
    window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    """The window with a profile, for tests that open post editors.

    pytest-qt closes the windows before fixtures are torn down, so an editor left
    with unsaved changes would wait for an answer: it discards instead, and any
    unexpected warning box fails the test rather than blocking it.
    """
    from PySide6.QtWidgets import QMessageBox

    from tests.unit.posting import set_profile
    from ui.editor.window import PostEditor

    def unexpected(box: QMessageBox) -> None:
        raise AssertionError(f"unexpected message box {box.windowTitle()!r}: {box.text()}")

    set_profile(ctx)
    monkeypatch.setattr(PostEditor, "ask_unsaved", lambda _self: "discard")
    monkeypatch.setattr(QMessageBox, "exec", unexpected)
    yield window
    for editor in list(window.editors.editors if window.editors else []):
        editor.force_close = True
        editor.close()
