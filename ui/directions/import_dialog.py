"""The preview of a CSV import: every row with its result, bad rows explained, then import.

Nothing is written until the officer presses Import, and Import is offered only
when the file has no bad row (the import is all or nothing; see
`sosmed_desktop.services.directions.data_note_import`).  "Read again" re-reads the file
after it was fixed in the spreadsheet.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.services.table_files import WORKBOOK
from ui.directions.labels import day_text, field_label, figure_text, problem_text
from ui.form_parts import error_banner
from ui.plain_text import as_html, plain_label

if TYPE_CHECKING:
    from sosmed_desktop.services.directions.data_note_import import (
        ImportOutcome,
        ImportPreview,
        ImportRow,
    )
    from ui.workbench import Workbench

ERROR_BACKGROUND = QColor("#fdecea")
ERROR_FOREGROUND = QColor("#c0392b")
SKIPPED_FOREGROUND = QColor("#8e8e93")


class ImportPreviewDialog(QDialog):
    """Shows what a file would import; emits `imported(outcome)` after a successful import."""

    imported = Signal(object)
    reread = Signal()

    def __init__(
        self, bench: Workbench, path: Path, preview: ImportPreview, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bench = bench
        self.path = path
        self.preview = preview
        self.setWindowTitle(self.tr("Import data notes"))
        self.resize(1180, 560)
        layout = QVBoxLayout(self)
        self.file_label = plain_label()
        self.file_label.setWordWrap(True)
        layout.addWidget(self.file_label)
        self.counts = QLabel()
        self.counts.setObjectName("panelTitle")
        layout.addWidget(self.counts)
        self.banner = error_banner()
        self.banner.show()
        layout.addWidget(self.banner)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        # Rows fit their text once the stretched "Problems" column has its real width
        # (after the layout pass that resized it, hence the zero-delay timer).
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(self.table.resizeRowsToContents)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._fit_rows.start())
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.reread_button = QPushButton(self.tr("Read the file again"))
        self.reread_button.clicked.connect(self.read_again)
        buttons.addButton(self.reread_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.do_import)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.show_preview(preview)

    def show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        separators = {
            ";": self.tr("semicolon (;)"),
            ",": self.tr("comma (,)"),
            "\t": self.tr("tab"),
        }
        rows = len(preview.rows)
        if preview.encoding == WORKBOOK:
            text = self.tr("{file} · Excel workbook, first sheet · %n row(s)", "", rows)
        else:
            text = self.tr("{file} · {encoding} · separator: {separator} · %n row(s)", "", rows)
        text = text.format(
            file=preview.name,
            encoding=preview.encoding,
            separator=separators.get(preview.delimiter, preview.delimiter),
        )
        if preview.ignored_columns:
            text += "\n" + self.tr("Columns not used: {names}").format(
                names=", ".join(preview.ignored_columns)
            )
        self.file_label.setText(text)
        ready = len(preview.with_status("ready"))
        present = len(preview.with_status("duplicate"))
        bad = len(preview.with_status("error"))
        self.counts.setText(
            " · ".join(
                (
                    self.tr("%n ready to import", "", ready),
                    self.tr("%n already present (skipped)", "", present),
                    self.tr("%n with errors", "", bad),
                )
            )
        )
        self.banner.setVisible(bad > 0)
        self.banner.setText(
            self.tr(
                "Nothing will be imported while the file has errors. Fix the rows marked in "
                "red in the spreadsheet, save it again and press “Read the file again”."
            )
        )
        self.import_button.setEnabled(bad == 0 and ready > 0)
        self.import_button.setText(self.tr("Import %n data note(s)", "", ready))
        self._fill_table(preview.rows)

    def _fill_table(self, rows: tuple[ImportRow, ...]) -> None:
        fields = ("title", "value", "period", "as_of", "source")
        titles = [self.tr("Line"), self.tr("Result")]
        titles += [field_label(f) for f in fields] + [self.tr("Problems")]
        self.table.clear()
        self.table.setColumnCount(len(titles))
        self.table.setHorizontalHeaderLabels(titles)
        self.table.setRowCount(len(rows))
        results = {
            "ready": self.tr("Ready"),
            "duplicate": self.tr("Already present"),
            "error": self.tr("Error"),
        }
        for index, row in enumerate(rows):
            values = [str(row.line), results[row.status]]
            for field in fields:
                values.append(self._cell(row, field))
            values.append("\n".join(problem_text(p) for p in row.problems))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(as_html(value))
                if row.status == "error":
                    item.setBackground(QBrush(ERROR_BACKGROUND))
                    if column == 1:
                        item.setForeground(QBrush(ERROR_FOREGROUND))
                elif row.status == "duplicate":
                    item.setForeground(QBrush(SKIPPED_FOREGROUND))
                self.table.setItem(index, column, item)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((44, 104, 200, 110, 130, 96, 170)):
            self.table.setColumnWidth(column, width)
        head.setSectionResizeMode(len(titles) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()

    def _cell(self, row: ImportRow, field: str) -> str:
        note = row.note
        if note is None:
            return row.cells.get(field, "")
        if field == "value":
            from sosmed_desktop.domain.figures import canonical

            return figure_text(canonical(note.value), note.unit)
        if field == "as_of":
            return day_text(note.as_of) if note.as_of else ""
        return str(getattr(note, field))

    def read_again(self) -> None:
        """Re-read the file (after fixing it in the spreadsheet)."""
        from sosmed_desktop.services.directions.data_note_import import preview_import

        path = self.path
        self.reread_button.setEnabled(False)

        def shown(preview: ImportPreview) -> None:
            self.reread_button.setEnabled(True)
            self.show_preview(preview)
            self.reread.emit()

        self.bench.ops.read(
            self,
            lambda uow: preview_import(uow, path),
            shown,
            on_error=lambda _exc: self.reread_button.setEnabled(True),
        )

    def do_import(self) -> None:
        """Write the ready rows in one transaction."""
        from sosmed_desktop.services.directions.data_note_import import commit_import

        preview = self.preview
        self.import_button.setEnabled(False)

        def done(outcome: ImportOutcome) -> None:
            self.imported.emit(outcome)
            self.accept()

        self.bench.ops.write(
            self,
            lambda uow: commit_import(uow, preview),
            done,
            on_error=lambda _exc: self.import_button.setEnabled(True),
        )
