"""The "Data Pendukung" tab: figures with their sources, stale ones marked, CSV import."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.directions.import_dialog import ImportPreviewDialog
from ui.directions.models import ID_ROLE, NoteTableModel
from ui.directions.note_dialog import NoteDialog
from ui.directions.note_panel import NotePanel
from ui.pages.empty_state import EmptyState
from ui.sections import icon

if TYPE_CHECKING:
    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.services.data_note_import import ImportOutcome, ImportPreview
    from sosmed_desktop.services.data_notes import DataNoteRow
    from ui.directions.desk import Desk


@dataclass(frozen=True)
class _Loaded:
    rows: list[DataNoteRow]
    tags: list[str]
    total: int
    stale: int
    sources: list[str]


class NotesTab(QWidget):
    """Data notes: search, tag filter, stale marking, detail panel and CSV import."""

    loaded = Signal(int)
    import_previewed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk: Desk | None = None
        self.sources: list[str] = []
        self._generation = 0
        self._selected: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search title, source, period, figure or tag"))
        self.search.setClearButtonEnabled(True)
        self.tag = QComboBox()
        self.tag.setMinimumContentsLength(12)
        self.tag.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.tag.addItem(self.tr("All tags"), "")
        self.stale_only = QCheckBox(self.tr("Out of date only"))
        self.import_button = QPushButton(self.tr("Import CSV…"))
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
        layout.addLayout(bar)
        self.summary = QLabel()
        self.summary.setObjectName("pageSummary")
        layout.addWidget(self.summary)

        self.model = NoteTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("notesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(NoteTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 108), (2, 100), (3, 150), (4, 52), (5, 112)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.empty = EmptyState(icon("directions"), "", "")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.panel = NotePanel()
        self.panel.edit_requested.connect(self.edit_note)
        self.splitter = QSplitter()
        self.splitter.setObjectName("notesSplitter")
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([730, 400])
        self.splitter.setCollapsible(0, False)
        layout.addWidget(self.splitter, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.tag.currentIndexChanged.connect(lambda _index: self.reload())
        self.stale_only.toggled.connect(lambda _on: self.reload())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def attach(self, desk: Desk) -> None:
        """Start working with the open database."""
        self.desk = desk
        self.panel.desk = desk
        self.reload()

    # Loading --------------------------------------------------------------------------
    def reload(self) -> None:
        """Load the notes, the tags and the counts in one background read."""
        if self.desk is None:
            return
        from sosmed_desktop.services import data_notes

        desk = self.desk
        fresh = data_notes.Freshness.now(desk.config.stale_days, desk.tz)
        flt = data_notes.NoteFilter(
            text=self.search.text().strip(),
            tag=self.tag.currentData() or "",
            stale_only=self.stale_only.isChecked(),
        )
        self.model.max_age_days = self.panel.max_age_days = fresh.max_age_days
        self._generation += 1
        generation = self._generation

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

        desk.run(load, lambda result: self._show(generation, result))

    def _show(self, generation: int, result: _Loaded) -> None:
        if generation != self._generation:
            return
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
        if result.rows:
            self.stack.setCurrentWidget(self.table)
        else:
            self._explain_empty(result.total)
            self.stack.setCurrentWidget(self.empty)
        keep = self._selected
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and result.rows:
            row = 0
        if row >= 0:
            self._select_at(row)
        else:
            self._selected = None
            self.panel.show_row(None)
        self.loaded.emit(len(result.rows))

    def show_note(self, ident: int) -> None:
        """Select data note `ident` (a search hit), clearing the filters when they hide
        it; a note deleted meanwhile is explained."""
        if self.desk is None:
            return
        from sosmed_desktop.services.data_notes import Freshness, get_note

        desk = self.desk
        fresh = Freshness.now(desk.config.stale_days, desk.tz)
        desk.fetch(lambda uow: get_note(uow, ident, fresh), lambda row: self._reveal(ident, row))

    def _reveal(self, ident: int, row: DataNoteRow | None) -> None:
        if self.desk is None:
            return
        if row is None:
            self.desk.report_gone(
                "data_note",
                ident,
                self.tr("Data note not found"),
                self.tr("This data note no longer exists: it has been deleted."),
            )
            return
        self._selected = ident
        index = self.model.row_of(ident)
        if index >= 0:
            self._select_at(index)
            return
        for widget, clear in (
            (self.search, self.search.clear),
            (self.tag, lambda: self.tag.setCurrentIndex(0)),
            (self.stale_only, lambda: self.stale_only.setChecked(False)),
        ):
            widget.blockSignals(True)
            clear()
            widget.blockSignals(False)
        self.reload()

    def _explain_empty(self, total: int) -> None:
        if total == 0:
            self.empty.title.setText(self.tr("No data notes yet"))
            self.empty.text.setText(
                self.tr(
                    "Keep the figures your posts cite here, with their source and date, so "
                    "every caption can name where a number comes from. Add one with “New data "
                    "note…” or import a table with “Import CSV…”."
                )
            )
        else:
            self.empty.title.setText(self.tr("No data note matches"))
            self.empty.text.setText(self.tr("Clear the search or the filters to see the others."))

    def _select_at(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        self.panel.show_row(self.model.rows[row])

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        ident = rows[0].data(ID_ROLE)
        if ident != self._selected or self.panel.row is None:
            self._selected = ident
            self.panel.show_row(self.model.rows[rows[0].row()])

    # Actions --------------------------------------------------------------------------
    def new_note(self) -> NoteDialog | None:
        return self._open_dialog(None)

    def edit_selected(self) -> NoteDialog | None:
        row = self.model.row_of(self._selected) if self._selected is not None else -1
        return self._open_dialog(self.model.rows[row]) if row >= 0 else None

    def edit_note(self, ident: int) -> NoteDialog | None:
        row = self.model.row_of(ident)
        return self._open_dialog(self.model.rows[row]) if row >= 0 else None

    def _open_dialog(self, row: DataNoteRow | None) -> NoteDialog | None:
        if self.desk is None:
            return None
        dialog = NoteDialog(self.desk, self.sources, row, self)
        dialog.saved.connect(self._saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _saved(self, ident: int) -> None:
        self._selected = ident

    def choose_import_file(self) -> None:
        """Ask for a CSV file and show what it would import."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import data notes from a CSV file"),
            "",
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if name:
            self.preview_file(Path(name))

    def preview_file(self, path: Path) -> None:
        """Read `path` in the background and open the preview dialog."""
        from sosmed_desktop.services.data_note_import import preview_import

        if self.desk is None:
            return
        self.desk.run(
            lambda uow: preview_import(uow, path),
            lambda preview: self._open_preview(path, preview),
        )

    def _open_preview(self, path: Path, preview: ImportPreview) -> None:
        assert self.desk is not None
        dialog = ImportPreviewDialog(self.desk, path, preview, self)
        dialog.imported.connect(self._imported)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.import_previewed.emit(dialog)

    def _imported(self, outcome: ImportOutcome) -> None:
        if self.desk is None:
            return
        self.desk.bench.show_message(
            self.tr("%n data note(s) imported", "", len(outcome.created))
            + (
                " · " + self.tr("%n already present, skipped", "", outcome.skipped)
                if outcome.skipped
                else ""
            )
        )

    # Layout -----------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue("notes/splitter", self.splitter.saveState())
        settings.setValue("notes/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        splitter = settings.value("notes/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = settings.value("notes/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
