"""The move of this PC's data to the team server: progress, cancel, and the verification.

The work (`server_migration.migrate_to_server`) runs on the thread pool; its
progress reaches the dialog through a signal.  Cancel stops it between two
batches and everything written is rolled back.  At the end the dialog shows
the row count of every table here and on the server, and offers to switch
this PC to the server (the settings are saved; the switch applies at restart).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.config import Config
from sosmed_desktop.errors import DomainError
from sosmed_desktop.services.team.server_migration import (
    BLOBS_STEP,
    SCHEMA_STEP,
    VERIFY_STEP,
    MigrationReport,
    migrate_to_server,
)
from ui.i18n import decimal_text, number_text

if TYPE_CHECKING:
    from ui.operations import Operations


class _Progress(QObject):
    """Carries progress from the worker thread to the dialog (a queued signal)."""

    step = Signal(str, int, int)


class MigrationDialog(QDialog):
    """Runs the move and shows its progress and its verification."""

    def __init__(
        self,
        config: Config,
        ops: Operations,
        url: str,
        password: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.config, self.ops, self.url, self.password = config, ops, url, password
        self.cancel_event = threading.Event()
        self.running = False
        self.switch_chosen = False
        self.report: MigrationReport | None = None
        self.setWindowTitle(self.tr("Move data to the server"))
        self.setMinimumWidth(560)
        self.resize(640, 600)
        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("Preparing…"))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.bar = QProgressBar()
        layout.addWidget(self.bar)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Table"), self.tr("This PC"), self.tr("Server")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.hide()
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.switch_button = QPushButton(self.tr("Use the team server on this PC (restart)"))
        self.switch_button.clicked.connect(self._switch)
        self.switch_button.hide()
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.clicked.connect(self._cancel_or_close)
        buttons.addWidget(self.switch_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.progress = _Progress(self)
        self.progress.step.connect(self._show_step)

    def exec(self) -> int:
        self.start()
        return super().exec()

    def start(self) -> None:
        """Begin the move in the background."""
        config, url, password = self.config, self.url, self.password
        emit, cancel = self.progress.step.emit, self.cancel_event
        self.running = True

        def work() -> MigrationReport:
            return migrate_to_server(
                config, url, password=password, on_progress=emit, cancel=cancel
            )

        self.ops.background(self, work, self._done, on_error=self._failed)

    def _step_text(self, step: str, done: int, total: int) -> str:
        counts = self.tr("{done} of {total}").format(
            done=number_text(done), total=number_text(total)
        )
        if step == SCHEMA_STEP:
            return self.tr("Creating the tables on the server…")
        if step == BLOBS_STEP:
            return self.tr("Storing photos and videos on the server: {counts}").format(
                counts=counts
            )
        if step == VERIFY_STEP:
            return self.tr("Comparing the row counts…")
        return self.tr("Copying {table}: {counts}").format(table=step, counts=counts)

    def _show_step(self, step: str, done: int, total: int) -> None:
        if self.cancel_event.is_set():
            return
        self.status.setText(self._step_text(step, done, total))
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _cancel_or_close(self) -> None:
        if self.running:
            self.cancel_event.set()
            self.close_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling… everything written so far is undone."))
        else:
            self.reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:  # the window's close button cancels; the dialog waits for the undo
            self._cancel_or_close()
            event.ignore()
            return
        super().closeEvent(event)

    def _done(self, report: MigrationReport) -> None:
        self.running = False
        self.report = report
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        megabytes = report.media_bytes / 1_000_000
        self.status.setText(
            self.tr(
                "Done in {seconds} s: {rows} rows and {files} photos and videos ({size} MB) "
                "are on the server, and every table has the same number of rows on both "
                "sides. The data on this PC was left as it is."
            ).format(
                seconds=decimal_text(report.seconds),
                rows=number_text(report.rows),
                files=number_text(report.media_files),
                size=decimal_text(megabytes),
            )
        )
        self.table.setRowCount(len(report.counts))
        for row, count in enumerate(report.counts):
            name = self.tr("photos and videos") if count.table == BLOBS_STEP else count.table
            cells = (name, number_text(count.source), number_text(count.target))
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.show()
        self.switch_button.show()
        self.close_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))

    def _failed(self, exc: BaseException) -> bool | None:
        """Cancelled: say so and close.  Refused: say that nothing moved; the usual
        message then says why (anything unexpected closes the dialog first)."""
        self.running = False
        self.close_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))
        if isinstance(exc, DomainError) and exc.code == "migration_cancelled":
            self.status.setText(self.tr("Cancelled. The server database is still empty."))
            QMessageBox.information(self, self.windowTitle(), self.status.text())
            self.reject()
            return True
        if isinstance(exc, DomainError):
            self.status.setText(
                self.tr("The data was not moved; the server database is still empty.")
            )
        else:
            self.reject()
        return None

    def _switch(self) -> None:
        self.switch_chosen = True
        self.accept()
