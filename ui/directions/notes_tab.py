"""The "Data Pendukung" tab: figures with their sources, stale ones marked, table import."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from ui.directions.import_dialog import ImportPreviewDialog
from ui.directions.models import NoteTableModel
from ui.directions.note_dialog import NoteDialog
from ui.directions.note_panel import NotePanel
from ui.directions.records_tab import RecordsTab

if TYPE_CHECKING:
    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.services.directions.data_note_import import ImportOutcome, ImportPreview
    from sosmed_desktop.services.directions.data_notes import DataNoteRow
    from ui.workbench import Workbench


@dataclass(frozen=True)
class _Loaded:
    rows: list[DataNoteRow]
    tags: list[str]
    total: int
    stale: int
    sources: list[str]


class NotesTab(RecordsTab):
    """Data notes: search, tag filter, stale marking, detail panel and import of a table."""

    NAME = "notes"
    STRETCH = NoteTableModel.TITLE
    WIDTHS = ((1, 108), (2, 100), (3, 150), (4, 52), (5, 112))
    import_previewed = Signal(object)

    model: NoteTableModel
    panel: NotePanel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(NoteTableModel(), NotePanel(), parent)
        self.sources: list[str] = []
        bar = QHBoxLayout()
        self.search.setPlaceholderText(self.tr("Search title, source, period, figure or tag"))
        self.tag = QComboBox()
        self.tag.setMinimumContentsLength(12)
        self.tag.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.tag.addItem(self.tr("All tags"), "")
        self.stale_only = QCheckBox(self.tr("Out of date only"))
        self.import_button = QPushButton(self.tr("Import table…"))
        self.import_button.setToolTip(
            self.tr("Columns: judul; nilai; satuan; periode; per_tanggal; sumber; tautan; tag")
        )
        self.import_button.clicked.connect(self.choose_import_file)
        self.new_button = QPushButton(self.tr("New data note…"))
        self.new_button.clicked.connect(self.new_note)
        bar.addWidget(self.search, 2)
        bar.addWidget(self.tag, 1)
        bar.addWidget(self.stale_only)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.new_button)
        self.summary = QLabel()
        self.summary.setObjectName("pageSummary")
        self._lay_out(bar, self.summary)
        self.tag.currentIndexChanged.connect(lambda _index: self.reload())
        self.stale_only.toggled.connect(lambda _on: self.reload())

    # Loading --------------------------------------------------------------------------
    def _reader(self, bench: Workbench) -> Callable[[UnitOfWork], _Loaded]:
        """The notes, the tags and the counts in one background read."""
        from sosmed_desktop.services.directions import data_notes

        fresh = data_notes.Freshness.now(bench.config.stale_days, bench.tz)
        flt = data_notes.NoteFilter(
            text=self.search.text().strip(),
            tag=self.tag.currentData() or "",
            stale_only=self.stale_only.isChecked(),
        )
        self.model.max_age_days = self.panel.max_age_days = fresh.max_age_days

        def load(uow: UnitOfWork) -> _Loaded:
            every = data_notes.list_notes(uow, None, fresh)
            rows = (
                every if flt == data_notes.NoteFilter() else data_notes.list_notes(uow, flt, fresh)
            )
            return _Loaded(
                rows,
                data_notes.note_tags(uow),
                len(every),
                sum(1 for n in every if n.stale),
                sorted({n.source for n in every}),
            )

        return load

    def _fill(self, result: _Loaded) -> None:
        self.sources = result.sources
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), "")
        for name in result.tags:
            self.tag.addItem(name, name)
        self.tag.setCurrentIndex(max(0, self.tag.findData(current)))
        self.tag.blockSignals(False)
        self.summary.setText(
            self.tr("%n data note(s)", "", result.total)
            + " · "
            + self.tr("%n out of date (older than {days} days)", "", result.stale).format(
                days=self.model.max_age_days
            )
        )
        self.model.set_rows(result.rows)

    def _explain_empty(self, result: _Loaded) -> None:
        if result.total == 0:
            self.empty.title.setText(self.tr("No data notes yet"))
            self.empty.text.setText(
                self.tr(
                    "Keep the figures your posts cite here, with their source and date, so "
                    "every caption can name where a number comes from. Add one with “New data "
                    "note…” or import a table with “Import table…”."
                )
            )
        else:
            self.empty.title.setText(self.tr("No data note matches"))
            self.empty.text.setText(self.tr("Clear the search or the filters to see the others."))

    def show_note(self, ident: int) -> None:
        """Select data note `ident` (a search hit), clearing the filters when they hide
        it; a note deleted meanwhile is explained."""
        self.show_record(ident)

    def _fetcher(self, bench: Workbench, ident: int) -> Callable[[UnitOfWork], DataNoteRow]:
        from sosmed_desktop.services.directions.data_notes import Freshness, get_note

        fresh = Freshness.now(bench.config.stale_days, bench.tz)
        return lambda uow: get_note(uow, ident, fresh)

    def _gone(self) -> tuple[str, str]:
        return (
            self.tr("Data note not found"),
            self.tr("This data note no longer exists: it has been deleted."),
        )

    def _widen_filters(self, row: DataNoteRow) -> None:
        for widget, clear in (
            (self.search, self.search.clear),
            (self.tag, lambda: self.tag.setCurrentIndex(0)),
            (self.stale_only, lambda: self.stale_only.setChecked(False)),
        ):
            widget.blockSignals(True)
            clear()
            widget.blockSignals(False)

    # Actions --------------------------------------------------------------------------
    def new_note(self) -> NoteDialog | None:
        return self._open_dialog(None)

    def _dialog(
        self, bench: Workbench, undo_stack: QUndoStack, row: DataNoteRow | None
    ) -> NoteDialog:
        return NoteDialog(bench, undo_stack, self.sources, row, self)

    def choose_import_file(self) -> None:
        """Ask for a CSV file or an Excel workbook and show what it would import."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import data notes from a table"),
            "",
            self.tr("Tables (*.csv *.txt *.xlsx);;All files (*)"),
        )
        if name:
            self.preview_file(Path(name))

    def preview_file(self, path: Path) -> None:
        """Read `path` in the background and open the preview dialog."""
        from sosmed_desktop.services.directions.data_note_import import preview_import

        if self.bench is None:
            return
        self.bench.ops.read(
            self,
            lambda uow: preview_import(uow, path),
            lambda preview: self._open_preview(path, preview),
        )

    def _open_preview(self, path: Path, preview: ImportPreview) -> None:
        assert self.bench is not None
        dialog = ImportPreviewDialog(self.bench, path, preview, self)
        dialog.imported.connect(self._imported)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.import_previewed.emit(dialog)

    def _imported(self, outcome: ImportOutcome) -> None:
        if self.bench is None:
            return
        self.bench.show_message(
            self.tr("%n data note(s) imported", "", len(outcome.created))
            + (
                " · " + self.tr("%n already present, skipped", "", outcome.skipped)
                if outcome.skipped
                else ""
            )
        )
