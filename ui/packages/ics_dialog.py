"""File → Export calendar…: choose a date range, then where to save the .ics file.

The file is written in the background (`bench.ops`): reading the posts is all the
database sees of it, so nothing is recorded or announced.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop import clock

if TYPE_CHECKING:
    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.services.calendar.ics_export import IcsResult
    from ui.workbench import Workbench


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class IcsDialog(QDialog):
    """The date range of the calendar file; `export` asks for the file and writes it."""

    written = Signal(object)

    def __init__(self, bench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bench = bench
        self.setWindowTitle(self.tr("Export calendar"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Scheduled posts as a calendar file (.ics) for Outlook, Thunderbird or Google "
                "Calendar. Importing a newer file updates the events instead of adding copies."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        today = clock.now().astimezone().date().replace(day=1)
        self.start = QDateEdit(_qdate(today))
        self.end = QDateEdit(
            _qdate((today + timedelta(days=95)).replace(day=1) - timedelta(days=1))
        )
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMMM yyyy")
        self.all_dates = QCheckBox(self.tr("All dates"))
        self.all_dates.toggled.connect(
            lambda on: (self.start.setDisabled(on), self.end.setDisabled(on))
        )
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        form.addRow("", self.all_dates)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def range(self) -> tuple[date | None, date | None]:
        """The chosen first and last day (None, None for all dates)."""
        if self.all_dates.isChecked():
            return None, None
        return _pydate(self.start.date()), _pydate(self.end.date())

    def choose_file(self) -> None:
        default = self.bench.config.exports_dir / "jadwal-media-sosial.ics"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the calendar file"), str(default), self.tr("Calendar (*.ics)")
        )
        if name:
            path = Path(name)
            self.export(
                path if path.suffix.lower() == ".ics" else path.with_name(f"{path.name}.ics")
            )

    def export(self, target: Path) -> None:
        """Write the file in the background; close the dialog when it is written."""
        tz, (start, end) = self.bench.tz, self.range()

        def work(uow: UnitOfWork) -> IcsResult:
            from sosmed_desktop.services.calendar.ics_export import export_ics

            return export_ics(uow, tz, target, start, end)

        def done(result: IcsResult) -> None:
            self.written.emit(result)
            self.accept()

        self.bench.ops.read(self, work, done)
