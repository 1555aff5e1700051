"""The agenda: a table model of calendar rows (date, time, title, platforms, status,
program) and the table that shows it.

An overdue row (`PostRow.overdue`: its time has passed and it is not published,
the rule the board and the month's chips follow) has its date, time and status
in red and "overdue" after its status, whatever that status is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.i18n import long_date, time_text
from ui.labels import platform_short, status_colour, status_label
from ui.plain_text import as_html

if TYPE_CHECKING:
    from sosmed_desktop.services.calendar.calendar import PostRow

Index = QModelIndex | QPersistentModelIndex
OVERDUE_COLOUR = "#c0392b"
OVERDUE_COLUMNS = ("date", "time", "status")


class PostTableModel(QAbstractTableModel):
    """Rows of `PostRow`; times shown in the officer's time zone."""

    COLUMNS = ("date", "time", "title", "platforms", "status", "program")
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, tz: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PostRow] = []
        self._tz = tz

    def set_rows(self, rows: list[PostRow]) -> None:
        """Replace every row (a month's worth at a time)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_time_zone(self, tz: ZoneInfo) -> None:
        """Show times in another zone (after a settings change)."""
        self._tz = tz
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Date"),
            self.tr("Time"),
            self.tr("Title"),
            self.tr("Platforms"),
            self.tr("Status"),
            self.tr("Program"),
        )
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == self.ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue and column in OVERDUE_COLUMNS:
            return QColor(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return status_colour(row.status)
        if role == Qt.ItemDataRole.DecorationRole and column == "program" and row.program_colour:
            return QColor(row.program_colour)
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            return as_html(row.title)
        return None

    def _display(self, row: PostRow, column: str) -> str:
        local = row.scheduled_at.astimezone(self._tz) if row.scheduled_at else None
        if column == "date":
            return long_date(local) if local else ""
        if column == "time":
            return time_text(local) if local else ""
        if column == "title":
            return row.title
        if column == "platforms":
            return " · ".join(platform_short(code) for code in row.platforms)
        if column == "status" and row.overdue:
            return self.tr("{status} · overdue").format(status=status_label(row.status))
        if column == "status":
            return status_label(row.status)
        return row.program


def agenda_table(model: PostTableModel) -> QTableView:
    """The agenda's read-only table of `model`: whole rows selected, the title stretched."""
    table = QTableView()
    table.setModel(model)
    table.setObjectName("calendarTable")
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    head = table.horizontalHeader()
    head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    head.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    for column, width in ((0, 190), (1, 60), (3, 120), (4, 175), (5, 200)):
        table.setColumnWidth(column, width)
    return table
