"""The result files imported so far, with the removal of a wrong one (after a confirmation).

Removing a file takes its figures out; other exports of the same posts stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import day_date, number_text
from ui.plain_text import as_html, ask, plain_label
from ui.results.words import platform_name

if TYPE_CHECKING:
    from sosmed_desktop.services.results.files import ImportedFile
    from ui.workbench import Workbench


class ResultFilesDialog(QDialog):
    """Lists the imported files; `loaded` after each reading of the list."""

    loaded = Signal()

    def __init__(self, bench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bench = bench
        self.files: list[ImportedFile] = []
        self.setWindowTitle(self.tr("Imported result files"))
        self.resize(900, 420)
        layout = QVBoxLayout(self)
        self.empty = plain_label(self.tr("No result file was imported yet."))
        layout.addWidget(self.empty)
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Imported result files"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Platform"), self.tr("Source"), self.tr("Exported"),
             self.tr("Rows")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.remove_button = buttons.addButton(
            self.tr("Remove file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        from sosmed_desktop.services.results.files import imported_files

        self.bench.ops.read(self, imported_files, self.show_files)

    def show_files(self, files: list[ImportedFile]) -> None:
        self.files = files
        self.table.setRowCount(len(files))
        for index, file in enumerate(files):
            values = (file.name, platform_name(file.platform), file.source,
                      day_date(file.exported_on), number_text(file.rows))  # fmt: skip
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(as_html(value))
                self.table.setItem(index, column, item)
        self.empty.setVisible(not files)
        self._selected()
        self.loaded.emit()

    def _selected(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def remove_selected(self) -> None:
        """Remove the chosen file and its figures, once the officer confirms."""
        from sosmed_desktop.services.results.files import remove_file

        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        file = self.files[rows[0].row()]
        question = self.tr(
            "Remove {file} (exported {day}) and its %n row(s) of figures? Other exports of "
            "the same posts stay. The file can be imported again.",
            "",
            file.rows,
        ).format(file=file.name, day=day_date(file.exported_on))
        if not ask(self, self.tr("Remove result file"), question):
            return
        self.bench.ops.write(self, lambda uow: remove_file(uow, file.id), lambda _r: self.reload())
