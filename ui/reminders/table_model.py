"""A table model of reminder rows (when, what, about, state) for the Pengingat page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from sosmed_desktop.domain.reminders import SHOWN
from sosmed_desktop.domain.statuses import ReminderState
from ui.plain_text import as_html
from ui.reminders.text import detail, short_moment_text, state_text, title

if TYPE_CHECKING:
    from sosmed_desktop.services.reminders.rows import ReminderRow

Index = QModelIndex | QPersistentModelIndex
STATE_COLOURS = {
    ReminderState.MISSED: "#c0392b",
    ReminderState.SNOOZED: "#c77c02",
    ReminderState.DONE: "#8e8e93",
}


class ReminderTableModel(QAbstractTableModel):
    """Rows of `ReminderRow`; times in the officer's zone."""

    COLUMNS = ("when", "what", "about", "state")
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, tz: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ReminderRow] = []
        self._tz = tz

    def set_rows(self, rows: list[ReminderRow], tz: ZoneInfo | None = None) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self._tz = tz or self._tz
        self.endResetModel()

    def row_at(self, row: int) -> ReminderRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("When"), self.tr("Reminder"), self.tr("About"), self.tr("State"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == self.ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = detail(row, self._tz)
            return as_html(text) if text else None
        if role == Qt.ItemDataRole.ForegroundRole and column == "state":
            colour = STATE_COLOURS.get(ReminderState(row.state)) if row.state else None
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.FontRole and row.state in SHOWN and not row.read:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, row: ReminderRow, column: str) -> str:
        if column == "when":
            return short_moment_text(row.fire_at, self._tz)
        if column == "what":
            return title(row)
        if column == "about":
            return detail(row, self._tz).replace("\n", " · ")
        return state_text(row.state)
