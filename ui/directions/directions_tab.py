"""The "Arahan Pimpinan" tab: summary strip, filters, the list and the selected direction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.config import DEFAULT_TIMEZONE
from sosmed_desktop.services.directions import DirectionFilter, DirectionView
from ui.directions.direction_dialog import DirectionDialog
from ui.directions.direction_panel import DirectionPanel
from ui.directions.models import ID_ROLE, DirectionTableModel
from ui.directions.summary import SummaryStrip
from ui.pages.empty_state import EmptyState
from ui.sections import icon

if TYPE_CHECKING:
    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.services.directions import DirectionRow, DirectionSummary
    from sosmed_desktop.services.lookups import Choice, Leader
    from ui.directions.desk import Desk


@dataclass(frozen=True)
class _Loaded:
    rows: list[DirectionRow]
    summary: DirectionSummary
    leaders: list[Leader]
    programs: list[Choice]
    now: datetime


class DirectionsTab(QWidget):
    """Directions from leadership: what is open, due, overdue or still without a post."""

    loaded = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk: Desk | None = None
        self.leaders: list[Leader] = []
        self.programs: list[Choice] = []
        self._generation = 0
        self._selected: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.summary = SummaryStrip()
        self.summary.view_chosen.connect(self.show_view)
        layout.addWidget(self.summary)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search directions, leaders, positions"))
        self.search.setClearButtonEnabled(True)
        self.view = QComboBox()
        for view, label in (
            (DirectionView.OPEN, self.tr("Open")),
            (DirectionView.OVERDUE, self.tr("Overdue")),
            (DirectionView.DUE_THIS_WEEK, self.tr("Due this week")),
            (DirectionView.WITHOUT_POST, self.tr("No post yet")),
            (DirectionView.DONE, self.tr("Done")),
            (DirectionView.CANCELLED, self.tr("Cancelled")),
            (DirectionView.ALL, self.tr("All directions")),
        ):
            self.view.addItem(label, view.value)
        self.leader = QComboBox()
        self.leader.setMinimumContentsLength(14)
        self.leader.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.program = QComboBox()
        self.program.setMinimumContentsLength(12)
        self.program.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._fill_choices()
        self.new_button = QPushButton(icon("directions"), self.tr("New direction…"))
        self.new_button.clicked.connect(self.new_direction)
        bar.addWidget(self.search, 2)
        bar.addWidget(self.view)
        bar.addWidget(self.leader, 1)
        bar.addWidget(self.program, 1)
        bar.addWidget(self.new_button)
        layout.addLayout(bar)

        self.model = DirectionTableModel(ZoneInfo(DEFAULT_TIMEZONE), self)
        self.table = QTableView()
        self.table.setObjectName("directionsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(DirectionTableModel.CONTENT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 142), (1, 68), (3, 140), (4, 62), (5, 100)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.empty = EmptyState(icon("directions"), "", "")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.panel = DirectionPanel()
        self.panel.edit_requested.connect(self.edit_direction)
        self.splitter = QSplitter()
        self.splitter.setObjectName("directionsSplitter")
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
        for combo in (self.view, self.leader, self.program):
            combo.currentIndexChanged.connect(lambda _index: self.reload())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def attach(self, desk: Desk) -> None:
        """Start working with the open database."""
        self.desk = desk
        self.panel.desk = desk
        self.model.tz = desk.tz
        self.reload()

    # Filters ------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        """Refill the leader and program filters, keeping what was chosen."""
        for combo, all_text, items in (
            (self.leader, self.tr("All leaders"), [(x.name, x.name) for x in self.leaders]),
            (self.program, self.tr("All programs"), [(c.name, c.id) for c in self.programs]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_text, None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def current_filter(self) -> DirectionFilter:
        return DirectionFilter(
            view=DirectionView(self.view.currentData()),
            leader=self.leader.currentData() or "",
            program_id=self.program.currentData(),
            text=self.search.text().strip(),
        )

    def show_view(self, view: str) -> None:
        """Show the directions of a summary card (clicking the shown one shows all open)."""
        if self.view.currentData() == view and view != DirectionView.OPEN.value:
            view = DirectionView.OPEN.value
        self.view.setCurrentIndex(self.view.findData(view))
        self.summary.mark(view)

    # Loading --------------------------------------------------------------------------
    def reload(self) -> None:
        """Load list, summary and filter choices in one background read."""
        if self.desk is None:
            return
        from sosmed_desktop.db.types import utcnow
        from sosmed_desktop.services import lookups
        from sosmed_desktop.services.directions import direction_summary, list_directions

        flt, tz = self.current_filter(), self.desk.tz
        self._generation += 1
        generation = self._generation

        def load(uow: UnitOfWork) -> _Loaded:
            now = utcnow()
            return _Loaded(
                list_directions(uow, flt, now=now, tz=tz),
                direction_summary(uow, now=now, tz=tz),
                lookups.leaders(uow),
                lookups.program_choices(uow),
                now,
            )

        self.desk.run(load, lambda result: self._show(generation, result))

    def _show(self, generation: int, result: _Loaded) -> None:
        if generation != self._generation:
            return
        keep = self._selected
        self.leaders, self.programs = result.leaders, result.programs
        self._fill_choices()
        self.summary.set_summary(result.summary)
        self.summary.mark(self.view.currentData())
        self.model.set_rows(result.rows, result.now)
        if result.rows:
            self.stack.setCurrentWidget(self.table)
        else:
            self._explain_empty(result.summary.total)
            self.stack.setCurrentWidget(self.empty)
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and result.rows:
            row = 0
        if row >= 0:
            self._select_at(row)
        else:
            self._selected = None
            self.panel.show_row(None)
        self.loaded.emit(len(result.rows))

    def show_direction(self, ident: int) -> None:
        """Select direction `ident` (a search hit), showing all open or all directions
        when the filters hide it; a direction deleted meanwhile is explained."""
        if self.desk is None:
            return
        from sosmed_desktop.services.directions import get_direction

        self.desk.fetch(lambda uow: get_direction(uow, ident), lambda row: self._reveal(ident, row))

    def _reveal(self, ident: int, row: DirectionRow | None) -> None:
        if self.desk is None:
            return
        if row is None:
            self.desk.report_gone(
                "direction",
                ident,
                self.tr("Direction not found"),
                self.tr("This direction no longer exists: it has been deleted."),
            )
            return
        self._selected = ident
        index = self.model.row_of(ident)
        if index >= 0:
            self._select_at(index)
            return
        view = DirectionView.OPEN if row.is_open else DirectionView.ALL
        wanted = self.view.findData(view.value)
        for combo, choice in ((self.view, wanted), (self.leader, 0), (self.program, 0)):
            combo.blockSignals(True)
            combo.setCurrentIndex(choice)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.reload()

    def _explain_empty(self, total: int) -> None:
        if total == 0:
            self.empty.title.setText(self.tr("No directions recorded yet"))
            self.empty.text.setText(
                self.tr(
                    "Record what leadership asks for (in a meeting, on WhatsApp, by memo or "
                    "phone) with “New direction…”, then link the posts that carry it out."
                )
            )
        else:
            self.empty.title.setText(self.tr("No direction matches"))
            self.empty.text.setText(
                self.tr("Choose “All directions” or clear the search to see the others.")
            )

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

    def selected_row(self) -> DirectionRow | None:
        row = self.model.row_of(self._selected) if self._selected is not None else -1
        return self.model.rows[row] if row >= 0 else None

    # Actions --------------------------------------------------------------------------
    def new_direction(self) -> DirectionDialog | None:
        """Open the form for a new direction (window-modal, saves by itself)."""
        return self._open_dialog(None)

    def edit_selected(self) -> DirectionDialog | None:
        row = self.selected_row()
        return self._open_dialog(row) if row else None

    def edit_direction(self, ident: int) -> DirectionDialog | None:
        index = self.model.row_of(ident)
        return self._open_dialog(self.model.rows[index]) if index >= 0 else None

    def _open_dialog(self, row: DirectionRow | None) -> DirectionDialog | None:
        if self.desk is None:
            return None
        dialog = DirectionDialog(self.desk, self.leaders, self.programs, row, self)
        dialog.saved.connect(self._saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _saved(self, ident: int) -> None:
        self._selected = ident

    # Layout -----------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue("directions/splitter", self.splitter.saveState())
        settings.setValue("directions/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        splitter = settings.value("directions/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = settings.value("directions/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
