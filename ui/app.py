"""Starting the GUI: application, language, single instance, window, database.

The window is shown first and the database is opened in the background, so the
officer sees the app at once; a database that cannot be opened is explained and
left untouched.
"""

from __future__ import annotations

import gc
import logging
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from sosmed_desktop import APP_DISPLAY_NAME, APP_NAME, __version__
from sosmed_desktop.config import load_config
from sosmed_desktop.errors import DomainError
from ui.calendar import days_accessible
from ui.error_dialog import install_excepthook, report_unexpected
from ui.errors import describe
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.plain_text import make_plain, plain_box
from ui.sections import icon
from ui.single_instance import SingleInstance
from ui.style import STYLE_SHEET, use_light_scheme
from ui.tasks import pending_tasks
from ui.windows_identity import claim_identity
from ui.xcb_check import warn_if_missing

if TYPE_CHECKING:
    from sosmed_desktop.bootstrap import AppContext

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication with names, icon and style (reused if one exists, e.g. in tests)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        claim_identity()  # before any window: the taskbar and notifications say our name
        app = QApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(icon("app"))
    use_light_scheme(app)
    days_accessible.install()
    if app.styleSheet() != STYLE_SHEET:  # setting it again restyles every widget alive
        app.setStyleSheet(STYLE_SHEET)
    return app


GC_INTERVAL_MS = 10_000


def collect_garbage_on_gui_thread(app: QApplication) -> QTimer:
    """Run Python's cycle collector only on the GUI thread (as Anki does).

    The collector runs in whichever thread happens to allocate; in a worker
    (a background task, the scheduler) it would destroy unreachable Qt objects
    off the GUI thread and crash.  Automatic collection is turned off and a
    timer collects instead; objects without cycles are freed at once as always.
    """
    gc.disable()
    timer = QTimer(app)
    timer.timeout.connect(gc.collect)
    timer.start(GC_INTERVAL_MS)
    return timer


def _load_reminder_modules() -> None:
    import ui.reminders.hub  # noqa: F401


def open_database(window: MainWindow, data_dir: Path) -> None:
    """Bootstrap in the background; on success hand the context to the window."""

    def opened(ctx: AppContext) -> None:
        window.team.start(ctx, lambda: signed_in(ctx))

    def signed_in(ctx: AppContext) -> None:
        window.set_context(ctx)
        # The reminders wait for the calendar's month; their modules (APScheduler)
        # load off the GUI thread.
        window.first_data.after(
            lambda: window.ops.background(
                window, _load_reminder_modules, lambda _: window.start_reminders()
            )
        )
        if not ctx.config.get("welcome_done") and not ctx.user_name:
            from ui.settings.welcome import WelcomeDialog

            WelcomeDialog(ctx, window.ops, window).open()

    def failed(exc: BaseException) -> bool:
        """Explain why the data cannot be opened and close (or offer a backup)."""
        if not isinstance(exc, DomainError):
            report_unexpected(exc)
            window.exit_code = 1
            window.close()
            return True
        from ui.backups.damaged_database import offer_recovery

        if offer_recovery(window, exc, opened):
            return True
        log.error("Database could not be opened: %s", exc)
        box = make_plain(QMessageBox(window))
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(translate("App", "The data cannot be opened"))
        box.setText(describe(exc))
        box.setInformativeText(
            translate("App", "Sosmed Desktop will close. Your data folder is: {path}").format(
                path=data_dir
            )
        )
        open_folder = box.addButton(
            translate("App", "Open data folder"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(translate("App", "Close"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is open_folder:
            window.commands.open_data_folder()
        window.exit_code = 1
        window.close()
        return True

    early_month = window.early_month_reader()

    def work() -> AppContext:
        from sosmed_desktop.db.migrate import start_file_check

        # SQLite checks the database file through (in C, without Python's lock)
        # on a thread of its own while SQLAlchemy is imported here; then, on that
        # thread, it reads the month shown at start for the calendar.
        file_check = start_file_check(window.config, early_month)
        from sosmed_desktop.bootstrap import bootstrap

        return bootstrap(data_dir, config=window.config, file_check=file_check)

    window.ops.background(window, work, opened, on_error=failed)


FIRST_PAINT_WAIT_MS = 1_000


def _after_first_paint(window: MainWindow, work: Callable[[], None]) -> None:
    """Run `work` once the window has painted (or after a second at most).

    What the first paint does not need waits for it: answering later starts
    (QtNetwork) and opening the database.  Opening is Python work, importing
    SQLAlchemy above all, on a thread of its own; while it runs, the GUI thread
    gets Python's interpreter lock (GIL) only in turns, so started any earlier it
    would delay the first paint by about as much as it overlapped.  The timer
    covers a window that does not paint (a minimised start).
    """
    started = False

    def start() -> None:
        nonlocal started
        if not started:
            started = True
            work()

    # Queued: the page and its widgets paint after the window itself.
    window.first_painted.connect(lambda: QTimer.singleShot(0, start))
    QTimer.singleShot(FIRST_PAINT_WAIT_MS, start)


def run_gui(data_dir: Path, argv: Sequence[str]) -> int:
    """Run the application window until it closes; return the exit code."""
    try:
        loaded = load_config(data_dir)  # first: logging starts, so the check below is logged
    except DomainError as exc:
        loaded = exc
    warn_if_missing(argv)  # Qt aborts naming one library when its xcb plugin lacks some
    app = create_application(argv)
    if isinstance(loaded, DomainError):
        install_translators(app, "id")
        plain_box(None, QMessageBox.Icon.Critical, APP_DISPLAY_NAME, describe(loaded)).exec()
        return 1
    config, log_file = loaded
    install_translators(app, config.get("language"))
    collect_garbage_on_gui_thread(app)
    instance = SingleInstance(data_dir)
    try:
        # The lock now; answering later starts waits for the first paint.
        outcome = "acquired" if instance.acquire(listen=False) else instance.wait_for_other()
        if outcome == "notified":
            print(
                translate(
                    "App",
                    "Sosmed Desktop is already running with {folder}; its window was "
                    "brought forward.",
                ).format(folder=data_dir),
                file=sys.stderr,
            )
            return 0
        if outcome == "no answer":
            QMessageBox.warning(
                None,
                APP_DISPLAY_NAME,
                translate(
                    "App",
                    "Sosmed Desktop is already running with this data folder but does not "
                    "respond. Close it (or wait until it has closed) and start again.",
                ),
            )
            return 1
    except DomainError as exc:
        plain_box(None, QMessageBox.Icon.Critical, APP_DISPLAY_NAME, describe(exc)).exec()
        return 1
    install_excepthook(log_file)
    window = MainWindow(config, log_file)
    # The window may live in the tray while closed: the application ends when it
    # really closes, not when the last visible window goes.
    app.setQuitOnLastWindowClosed(False)
    window.closed.connect(app.quit)
    instance.activate_requested.connect(window.bring_to_front)
    window.show()
    _close_on_termination(window)

    def after_first_paint() -> None:
        instance.listen()
        open_database(window, data_dir)

    _after_first_paint(window, after_first_paint)
    code = app.exec() or window.exit_code
    instance.stop_listening()  # a new start now waits for the lock instead of a reply
    shutdown(window)
    instance.release()
    # The window and its dialogs go now, in Qt's order (children first).  Left to
    # PySide's clean-up at interpreter exit, a dialog still open at the quit (the
    # welcome, Settings) was sometimes deleted twice: a crash on the way out.
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return code


def _close_on_termination(window: MainWindow) -> None:
    """Close the window properly (layout saved, database closed) on SIGTERM or Ctrl+C.

    Python runs signal handlers only between bytecodes, so a timer wakes the
    interpreter regularly while Qt's event loop waits.
    """
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: QTimer.singleShot(0, window.quit_app))
    waker = QTimer(window)
    waker.timeout.connect(lambda: None)
    waker.start(250)


def shutdown(window: MainWindow) -> None:
    """Stop the scheduler, let background work finish, back up, close the database."""
    from PySide6.QtCore import QThreadPool

    window.stop_reminders()
    QThreadPool.globalInstance().waitForDone(10_000)
    if pending_tasks():
        log.warning("%d background tasks did not report back before exit", pending_tasks())
    window.backup_at_exit()
    if window.ctx is not None:
        window.ctx.dispose()
