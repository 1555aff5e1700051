"""Table models of the directions list and the data-notes list (rows from the services)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from sosmed_desktop.db.types import utcnow
from sosmed_desktop.domain.statuses import Priority
from ui.directions.labels import (
    OVERDUE_COLOUR,
    STALE_COLOUR,
    day_text,
    direction_status_colour,
    direction_status_label,
    figure_text,
    priority_label,
    when_text,
)
from ui.plain_text import as_html

if TYPE_CHECKING:
    from sosmed_desktop.services.directions.data_notes import DataNoteRow
    from sosmed_desktop.services.directions.directions import DirectionRow

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RowsModel(QAbstractTableModel):
    """Rows with an `id`; subclasses name the columns and say what each cell shows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def titles(self) -> tuple[str, ...]:
        raise NotImplementedError

    def row_of(self, ident: int) -> int:
        """The row number of the record `ident`, or -1."""
        return next((i for i, r in enumerate(self.rows) if r.id == ident), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row.id
        value = self.cell(row, index.column(), role)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str):
            return as_html(value)  # names, directions and notes: never read as markup
        return value

    def cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError


class DirectionTableModel(RowsModel):
    """Due, priority, the direction, who gave it, posts, status (the program is in the panel)."""

    DUE, PRIORITY, CONTENT, LEADER, POSTS, STATUS = range(6)

    def __init__(self, tz: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.now: datetime = utcnow()

    def set_rows(self, rows: list[Any], now: datetime | None = None) -> None:
        self.now = now or utcnow()
        super().set_rows(rows)

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Due"),
            self.tr("Priority"),
            self.tr("Direction"),
            self.tr("From"),
            self.tr("Posts"),
            self.tr("Status"),
        )

    def cell(self, row: DirectionRow, column: int, role: int) -> Any:
        overdue = row.is_overdue(self.now)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.CONTENT:
                return row.content
            if column == self.LEADER:
                return "\n".join(x for x in (row.given_by_name, row.given_by_position) if x)
            if column == self.DUE and overdue:
                return self.tr("Overdue")
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.DUE and overdue:
                return OVERDUE_COLOUR
            if column == self.STATUS:
                return direction_status_colour(row.status)
            if column == self.PRIORITY and row.priority == Priority.HIGH.value:
                return OVERDUE_COLOUR
        if role == Qt.ItemDataRole.FontRole and column == self.DUE and overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.POSTS:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _text(self, row: DirectionRow, column: int) -> str:
        if column == self.DUE:
            return when_text(row.due_at, self.tz) if row.due_at else "—"
        if column == self.PRIORITY:
            return priority_label(row.priority)
        if column == self.CONTENT:
            return " ".join(row.content.split())
        if column == self.LEADER:
            return row.given_by_name
        if column == self.POSTS:
            return str(row.post_count)
        return direction_status_label(row.status)


class NoteTableModel(RowsModel):
    """Title, figure, period or date, source, citations, freshness (tags are in the panel)."""

    TITLE, FIGURE, WHEN, SOURCE, CITED, FRESHNESS = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.max_age_days = 90

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Title"),
            self.tr("Figure"),
            self.tr("As of"),
            self.tr("Source"),
            self.tr("Cited"),
            self.tr("Up to date?"),
        )

    def cell(self, row: DataNoteRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.FRESHNESS and row.stale:
                return self.tr(
                    "This figure is %n day(s) old, older than the limit of {limit} days. "
                    "Look for newer data before citing it.",
                    "",
                    row.age_days,
                ).format(limit=self.max_age_days)
            if column == self.WHEN:
                return " · ".join(x for x in (row.period, self._text(row, column)) if x)
            if column in (self.TITLE, self.SOURCE):
                return self._text(row, column)
            if column == self.FIGURE and row.tags:
                return ", ".join(row.tags)
        if role == Qt.ItemDataRole.ForegroundRole and row.stale and column == self.FRESHNESS:
            return STALE_COLOUR
        if role == Qt.ItemDataRole.DecorationRole and row.stale and column == self.FRESHNESS:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.FIGURE, self.CITED):
            align = (
                Qt.AlignmentFlag.AlignRight
                if column == self.FIGURE
                else Qt.AlignmentFlag.AlignCenter
            )
            return align | Qt.AlignmentFlag.AlignVCenter
        return None

    def _text(self, row: DataNoteRow, column: int) -> str:
        if column == self.TITLE:
            return row.title
        if column == self.FIGURE:
            return figure_text(row.value, row.unit)
        if column == self.WHEN:
            return day_text(row.as_of) if row.as_of else row.period
        if column == self.SOURCE:
            return row.source
        if column == self.CITED:
            return str(row.cited_count) if row.cited_count else ""
        return self.tr("Out of date") if row.stale else self.tr("Current")
