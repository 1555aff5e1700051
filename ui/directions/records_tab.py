"""What the directions tab and the data notes tab have in common.

A search field and filters over a table of records, the selected record's
panel beside it in a splitter, an explanation in place of an empty table.  The
list is read in the background; a newer read wins over an older one still
running (`Latest`), and the selection survives a reload.  A search
hit is shown with `show_record`, widening the filters when they hide it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLayout,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.directions.models import ID_ROLE
from ui.directions.record_panel import or_none
from ui.empty_state import EmptyState
from ui.operations import Latest
from ui.sections import icon

if TYPE_CHECKING:
    from sosmed_desktop.db.uow import UnitOfWork
    from ui.directions.models import RowsModel
    from ui.directions.record_panel import RecordPanel
    from ui.workbench import Workbench


class RecordsTab(QWidget):
    """Filters, table, side panel and empty state of one kind of record.

    A subclass names its widgets and settings (`NAME`), the table's `STRETCH`
    column and column `WIDTHS`, makes its model and panel, and says how to read
    (`_reader`, `_fetcher`), show (`_fill`, `_explain_empty`), widen the filters
    (`_widen_filters`), report a deleted record (`_gone`) and edit (`_dialog`).
    """

    loaded = Signal(int)
    NAME = ""  # object names and settings keys: "directions" -> directionsTable, directions/...
    STRETCH = 0
    WIDTHS: tuple[tuple[int, int], ...] = ()

    def __init__(self, model: RowsModel, panel: RecordPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bench: Workbench | None = None
        self.undo_stack: QUndoStack | None = None
        self._list = Latest()
        self._selected: int | None = None
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))

        model.setParent(self)
        self.model = model
        self.table = QTableView()
        self.table.setObjectName(f"{self.NAME}Table")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(self.STRETCH, QHeaderView.ResizeMode.Stretch)
        for column, width in self.WIDTHS:
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.empty = EmptyState(icon("directions"), "", "")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.panel = panel
        self.panel.edit_requested.connect(self.edit_record)
        self.splitter = QSplitter()
        self.splitter.setObjectName(f"{self.NAME}Splitter")
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([730, 400])
        self.splitter.setCollapsible(0, False)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def _lay_out(self, *above: QWidget | QLayout) -> None:
        """Stack the subclass's bars (`above`) over the splitter."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        for item in above:
            if isinstance(item, QLayout):
                layout.addLayout(item)
            else:
                layout.addWidget(item)
        layout.addWidget(self.splitter, 1)

    def attach(self, bench: Workbench, undo_stack: QUndoStack) -> None:
        """Start working with the open database; edits are undo steps on `undo_stack`."""
        self.bench = bench
        self.undo_stack = undo_stack
        self.panel.attach(bench, undo_stack)
        self.reload()

    # Loading --------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the list (and what the filters offer) in one background read."""
        if self.bench is None:
            return
        self.bench.ops.read(self, self._reader(self.bench), self._show, latest=self._list)

    def _reader(self, bench: Workbench) -> Callable[[UnitOfWork], Any]:
        """The background read of the current filters (taken now, on the GUI thread)."""
        raise NotImplementedError

    def _fill(self, result: Any) -> None:
        """Put a read's rows into the model, its choices into the filters."""
        raise NotImplementedError

    def _explain_empty(self, result: Any) -> None:
        """Say why the table is empty: nothing recorded yet, or nothing matches."""
        raise NotImplementedError

    def _show(self, result: Any) -> None:
        keep = self._selected
        self._fill(result)
        rows = self.model.rows
        if rows:
            self.stack.setCurrentWidget(self.table)
        else:
            self._explain_empty(result)
            self.stack.setCurrentWidget(self.empty)
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self._select_at(row)
        else:
            self._selected = None
            self.panel.show_row(None)
        self.loaded.emit(len(rows))

    def show_record(self, ident: int) -> None:
        """Select record `ident` (a search hit), widening the filters when they hide it;
        a record deleted meanwhile is explained."""
        if self.bench is None:
            return
        self.bench.ops.read(
            self, or_none(self._fetcher(self.bench, ident)), lambda row: self._reveal(ident, row)
        )

    def _fetcher(self, bench: Workbench, ident: int) -> Callable[[UnitOfWork], Any]:
        """The background read of one record (with what its row shows)."""
        raise NotImplementedError

    def _gone(self) -> tuple[str, str]:
        """The title and text telling the officer the record asked for was deleted."""
        raise NotImplementedError

    def _widen_filters(self, row: Any) -> None:
        """Set the filters (without reloading) so that they show `row`."""
        raise NotImplementedError

    def _reveal(self, ident: int, row: Any) -> None:
        if self.bench is None:
            return
        if row is None:
            QMessageBox.information(self, *self._gone())
            # Not a change made here: the views that still show the record drop it.
            self.bench.bus.announce(self.panel.KIND, [ident])
            return
        self._selected = ident
        index = self.model.row_of(ident)
        if index >= 0:
            self._select_at(index)
            return
        self._widen_filters(row)
        self.reload()

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

    def selected_row(self) -> Any:
        row = self.model.row_of(self._selected) if self._selected is not None else -1
        return self.model.rows[row] if row >= 0 else None

    # Editing --------------------------------------------------------------------------
    def edit_selected(self) -> QDialog | None:
        row = self.selected_row()
        return self._open_dialog(row) if row else None

    def edit_record(self, ident: int) -> QDialog | None:
        index = self.model.row_of(ident)
        return self._open_dialog(self.model.rows[index]) if index >= 0 else None

    def _dialog(self, bench: Workbench, undo_stack: QUndoStack, row: Any) -> QDialog:
        """The form for a new record (`row` None) or for changing `row`."""
        raise NotImplementedError

    def _open_dialog(self, row: Any) -> Any:
        if self.bench is None or self.undo_stack is None:
            return None
        dialog = self._dialog(self.bench, self.undo_stack, row)
        dialog.saved.connect(self._saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _saved(self, ident: int) -> None:
        self._selected = ident

    # Layout -----------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"{self.NAME}/splitter", self.splitter.saveState())
        settings.setValue(f"{self.NAME}/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        splitter = settings.value(f"{self.NAME}/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = settings.value(f"{self.NAME}/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
