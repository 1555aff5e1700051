"""Running an import in the background with progress, cancel and a per-file report.

The batch runs through the page's operations (`Operations.run_ctx`: what it
committed is announced, a failure that is no file's fault is shown the usual
way); its worker threads report each file through a queued signal, so the
progress bar moves while the GUI stays free.  Refused files are listed
afterwards, each with its reason.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from sosmed_desktop.errors import DomainError
from ui.errors import describe

if TYPE_CHECKING:
    from sosmed_desktop.bootstrap import AppContext
    from sosmed_desktop.services.media.bulk_import import ImportReport
    from ui.operations import Operations

translate = QCoreApplication.translate


class MediaImporter(QObject):
    """One import at a time for the widget that owns it: start, progress, cancel, finished.

    `stopped` follows the import's end either way (`finished` with the report, or
    a failure, which the operations show over the owner)."""

    started = Signal(int)
    progress = Signal(int, int, str)
    finished = Signal(object)
    stopped = Signal()

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self._owner = owner
        self._cancel: threading.Event | None = None

    @property
    def running(self) -> bool:
        return self._cancel is not None

    def start(
        self,
        ops: Operations,
        paths: list[Path],
        cleanup: Callable[[], None] | None = None,
    ) -> bool:
        """Import `paths` in the background; False if an import is already running."""
        if self._cancel is not None:
            return False
        cancel = threading.Event()
        self._cancel = cancel
        self.started.emit(len(paths))

        def work(ctx: AppContext) -> ImportReport:
            from sosmed_desktop.services.media.bulk_import import import_paths

            try:
                return import_paths(
                    ctx,
                    paths,
                    cancel=cancel,
                    on_progress=lambda done, total, outcome: self.progress.emit(
                        done, total, outcome.name
                    ),
                )
            finally:
                if cleanup is not None:
                    cleanup()

        def done(report: ImportReport) -> None:
            self._cancel = None
            self.stopped.emit()
            self.finished.emit(report)

        def failed(_exc: BaseException) -> None:
            self._cancel = None
            self.stopped.emit()  # and the error is shown as usual

        ops.run_ctx(self._owner, work, done, on_error=failed)
        return True

    def cancel(self) -> None:
        """Stop after the files in flight."""
        if self._cancel is not None:
            self._cancel.set()


def summary(report: ImportReport) -> str:
    """One status-bar line about a finished import."""
    from sosmed_desktop.services.media.bulk_import import ADDED, DUPLICATE, RESTORED

    # lupdate only finds a plural translate() whose count is a plain name.
    new = report.count(ADDED) + report.count(RESTORED)
    known, refused = report.count(DUPLICATE), len(report.refused)
    text = translate("MediaImport", "Import finished: %n new", "", new)
    text += translate("MediaImport", ", %n already in the library", "", known)
    text += translate("MediaImport", ", %n refused", "", refused)
    if report.cancelled:
        skipped = report.not_started
        text += translate("MediaImport", " (cancelled: %n not imported)", "", skipped)
    posterless = report.videos_without_poster
    if posterless:
        text += translate(
            "MediaImport",
            "; %n video(s) without a picture: the video support (PyAV) is not installed",
            "",
            posterless,
        )
    return text


def refusal_lines(report: ImportReport) -> list[str]:
    """'name: reason' for every refused file, in the officer's language."""
    lines = []
    for outcome in report.refused:
        error = outcome.error
        reason = describe(error) if isinstance(error, DomainError) else str(error)
        lines.append(reason)
    return lines


def show_refusals(parent: QWidget, report: ImportReport) -> None:
    """Tell the officer which files were not imported and why."""
    lines = refusal_lines(report)
    count = len(lines)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("MediaImport", "Some files were not imported"))
    box.setText(
        translate("MediaImport", "%n file(s) could not be imported:", "", count)
        + "\n\n"
        + "\n".join(lines[:12])
    )
    if len(lines) > 12:
        box.setDetailedText("\n".join(lines))
    box.exec()
