"""The dialog for unexpected errors: short explanation, copyable details, log location.

Installed as `sys.excepthook` (and for worker threads via `threading.excepthook`)
so that nothing fails silently: every unexpected exception is logged and shown.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.errors import DatabaseUnreachableError, DomainError, is_connection_lost
from ui.errors import show_error

log = logging.getLogger(__name__)
_log_file: Path | None = None


class ErrorDialog(QDialog):
    """Explains that something went wrong and offers the technical details."""

    def __init__(self, summary: str, details: str, log_file: Path | None, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Something went wrong that Sosmed Desktop did not expect. Your saved work is "
                "safe. If it happens again, send the details below to your IT support."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        from ui.plain_text import escape  # only when something went wrong, not at every start

        summary_label = QLabel(f"<b>{escape(summary)}</b>")
        summary_label.setWordWrap(True)
        layout.addWidget(summary_label)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(180)
        layout.addWidget(self.details)
        if log_file is not None:
            where = QLabel(self.tr("The log file is at: {path}").format(path=log_file))
            where.setWordWrap(True)
            where.setTextInteractionFlags(
                where.textInteractionFlags() | where.textInteractionFlags().TextSelectableByMouse
            )
            layout.addWidget(where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy details"))
        copy.clicked.connect(self.copy_details)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        if log_file is not None:
            open_logs = QPushButton(self.tr("Open log folder"))
            open_logs.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file.parent)))
            )
            buttons.addButton(open_logs, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        """Put the details on the clipboard for a support message."""
        QGuiApplication.clipboard().setText(self.details.toPlainText())


class _Relay(QObject):
    """Carries exceptions from other threads to the GUI thread."""

    raised = Signal(object, str)


_relay: _Relay | None = None


def report_unexpected(exc: BaseException, details: str = "") -> None:
    """Log an exception and show it; domain errors get their plain message instead.

    `details` defaults to the traceback `exc` carries (an operation's error handler
    gets the exception only).
    """
    details = details or "".join(traceback.format_exception(exc))
    app = QApplication.instance()
    parent = app.activeWindow() if isinstance(app, QApplication) else None
    if type(exc).__module__.startswith(("sqlalchemy", "psycopg")) and is_connection_lost(exc):
        # Outside a unit of work (which maps it itself): still the server, not a bug.
        exc = DatabaseUnreachableError(detail=" ".join(str(exc).split()))
    if isinstance(exc, DomainError):
        show_error(parent, exc)  # logs it
        return
    log.error("Unexpected error: %s\n%s", exc, details)
    if not isinstance(app, QApplication):
        return
    ErrorDialog(f"{type(exc).__name__}: {exc}", details, _log_file, parent).exec()


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    report_unexpected(exc, "".join(traceback.format_exception(exc_type, exc, tb)))


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    details = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
    if _relay is not None and args.exc_value is not None:
        _relay.raised.emit(args.exc_value, details)
    else:
        log.error("Unexpected error in thread: %s", details)


def install_excepthook(log_file: Path | None) -> None:
    """Route every unhandled exception (GUI thread or worker) to the log and the dialog."""
    global _log_file, _relay
    _log_file = log_file
    _relay = _Relay()
    _relay.raised.connect(report_unexpected)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
