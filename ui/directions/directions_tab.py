"""The "Arahan Pimpinan" tab: summary strip, filters, the list and the selected direction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from sosmed_desktop.config import DEFAULT_TIMEZONE
from sosmed_desktop.services.directions.directions import DirectionFilter, DirectionView
from ui.directions.direction_dialog import DirectionDialog
from ui.directions.direction_panel import DirectionPanel
from ui.directions.models import DirectionTableModel
from ui.directions.records_tab import RecordsTab
from ui.directions.summary import SummaryStrip
from ui.sections import icon

if TYPE_CHECKING:
    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.services.directions.directions import DirectionRow, DirectionSummary
    from sosmed_desktop.services.posts.lookups import Choice, Leader
    from ui.workbench import Workbench


@dataclass(frozen=True)
class _Loaded:
    rows: list[DirectionRow]
    summary: DirectionSummary
    leaders: list[Leader]
    programs: list[Choice]
    now: datetime


class DirectionsTab(RecordsTab):
    """Directions from leadership: what is open, due, overdue or still without a post."""

    NAME = "directions"
    STRETCH = DirectionTableModel.CONTENT
    WIDTHS = ((0, 142), (1, 68), (3, 140), (4, 62), (5, 100))

    model: DirectionTableModel
    panel: DirectionPanel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(DirectionTableModel(ZoneInfo(DEFAULT_TIMEZONE)), DirectionPanel(), parent)
        self.leaders: list[Leader] = []
        self.programs: list[Choice] = []
        self.summary = SummaryStrip()
        self.summary.view_chosen.connect(self.show_view)

        bar = QHBoxLayout()
        self.search.setPlaceholderText(self.tr("Search directions, leaders, positions"))
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
        self._lay_out(self.summary, bar)
        for combo in (self.view, self.leader, self.program):
            combo.currentIndexChanged.connect(lambda _index: self.reload())

    def attach(self, bench: Workbench, undo_stack: QUndoStack) -> None:
        """Start working with the open database."""
        self.model.tz = bench.tz
        super().attach(bench, undo_stack)

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

    def _widen_filters(self, row: DirectionRow) -> None:
        view = DirectionView.OPEN if row.is_open else DirectionView.ALL
        wanted = self.view.findData(view.value)
        for combo, choice in ((self.view, wanted), (self.leader, 0), (self.program, 0)):
            combo.blockSignals(True)
            combo.setCurrentIndex(choice)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)

    # Loading --------------------------------------------------------------------------
    def _reader(self, bench: Workbench) -> Callable[[UnitOfWork], _Loaded]:
        """List, summary and filter choices in one background read."""
        from sosmed_desktop.db.types import utcnow
        from sosmed_desktop.services.directions.directions import direction_summary, list_directions
        from sosmed_desktop.services.posts import lookups

        flt, tz = self.current_filter(), bench.tz

        def load(uow: UnitOfWork) -> _Loaded:
            now = utcnow()
            return _Loaded(
                list_directions(uow, flt, now=now, tz=tz),
                direction_summary(uow, now=now, tz=tz),
                lookups.leaders(uow),
                lookups.program_choices(uow),
                now,
            )

        return load

    def _fill(self, result: _Loaded) -> None:
        self.leaders, self.programs = result.leaders, result.programs
        self._fill_choices()
        self.summary.set_summary(result.summary)
        self.summary.mark(self.view.currentData())
        self.model.set_rows(result.rows, result.now)

    def _explain_empty(self, result: _Loaded) -> None:
        if result.summary.total == 0:
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

    def show_direction(self, ident: int) -> None:
        """Select direction `ident` (a search hit), showing all open or all directions
        when the filters hide it; a direction deleted meanwhile is explained."""
        self.show_record(ident)

    def _fetcher(self, bench: Workbench, ident: int) -> Callable[[UnitOfWork], DirectionRow]:
        from sosmed_desktop.services.directions.directions import get_direction

        return lambda uow: get_direction(uow, ident)

    def _gone(self) -> tuple[str, str]:
        return (
            self.tr("Direction not found"),
            self.tr("This direction no longer exists: it has been deleted."),
        )

    # Actions --------------------------------------------------------------------------
    def new_direction(self) -> DirectionDialog | None:
        """Open the form for a new direction (window-modal, saves by itself)."""
        return self._open_dialog(None)

    def edit_direction(self, ident: int) -> DirectionDialog | None:
        return self.edit_record(ident)

    def _dialog(
        self, bench: Workbench, undo_stack: QUndoStack, row: DirectionRow | None
    ) -> DirectionDialog:
        return DirectionDialog(bench, undo_stack, self.leaders, self.programs, row, self)
