"""Pickers of the editor's Sources tab: a data note to cite, open directions to answer.

Both are searchable lists filled in the background (the newest search wins),
with an empty state that says where such records come from, so an officer
who has recorded none yet learns where to do it instead of facing a blank list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QStackedWidget,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.domain.figures import format_citation
from sosmed_desktop.services.directions.data_notes import Freshness
from ui.directions.labels import (
    OVERDUE_COLOUR,
    STALE_COLOUR,
    day_text,
    direction_status_colour,
    direction_status_label,
    figure_text,
    when_text,
)
from ui.empty_state import EmptyState
from ui.operations import Latest
from ui.plain_text import as_html, plain_label
from ui.sections import icon

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.services.directions.data_notes import DataNoteRow
    from sosmed_desktop.services.directions.directions import DirectionRow
    from ui.operations import Operations

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole


def stale_text(row: DataNoteRow, limit: int) -> str:
    """ "Out of date: 120 days old (limit 90)" for a stale note."""
    days = row.age_days
    return translate("Sources", "Out of date: %n day(s) old (limit {limit})", "", days).format(
        limit=limit
    )


def warning_icon() -> QIcon:
    """The warning sign that marks an out-of-date or deleted note."""
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


class _SearchPicker(QDialog):
    """A search box over a list loaded in the background, with an empty state."""

    loaded = Signal(int)

    def __init__(self, ops: Operations, title: str, action: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._rows = Latest()
        self.setWindowTitle(title)
        self.resize(900, 500)
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemDoubleClicked.connect(lambda *_: self._accept())
        self.empty = EmptyState(icon("directions"), "", "")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self.detail = plain_label()  # a note's citation
        self.detail.setWordWrap(True)
        self.detail.setObjectName("panelMuted")
        layout.addWidget(self.detail)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setEnabled(False)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._timer.start())

    def _columns(self, titles: list[str], stretch: tuple[int, ...]) -> None:
        """Columns sized to their contents, except `stretch` ones sharing the rest (elided)."""
        self.list.setHeaderLabels(titles)
        head = self.list.header()
        head.setStretchLastSection(False)
        for column in range(len(titles)):
            mode = QHeaderView.ResizeMode.ResizeToContents
            if column in stretch:
                mode = QHeaderView.ResizeMode.Stretch
            head.setSectionResizeMode(column, mode)

    def _load(self, work: Callable[[UnitOfWork], list], show: Callable[[list], None]) -> None:
        """Run `work` in the background; only the newest request is shown."""

        def done(rows: list) -> None:
            show(rows)
            self.loaded.emit(len(rows))

        self.ops.read(self, work, done, latest=self._rows)

    def _show_empty(self, title: str, text: str) -> None:
        self.empty.title.setText(title)
        self.empty.text.setText(text)
        self.stack.setCurrentWidget(self.empty)

    def reload(self) -> None:
        raise NotImplementedError

    def _selection_changed(self) -> None:
        self.ok.setEnabled(bool(self.list.selectedItems()))

    def selected_ids(self) -> list[int]:
        return [item.data(0, ID_ROLE) for item in self.list.selectedItems()]

    def select_ids(self, ids: list[int]) -> None:
        """Select these rows (keyboard-free use, e.g. in tests)."""
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            item.setSelected(item.data(0, ID_ROLE) in ids)

    def _accept(self) -> None:
        raise NotImplementedError


class NotePicker(_SearchPicker):
    """Choose the data note whose citation goes into the caption; emits `chosen(row)`."""

    chosen = Signal(object)  # DataNoteRow

    def __init__(self, ops: Operations, fresh: Freshness, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Insert data note"), self.tr("Insert"), parent)
        self.fresh = fresh
        self.rows: dict[int, DataNoteRow] = {}
        self.search.setPlaceholderText(self.tr("Search by title, tag, source or figure"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._columns(
            [
                self.tr("Title"),
                self.tr("Figure"),
                self.tr("As of"),
                self.tr("Source"),
                self.tr("Up to date?"),
            ],
            stretch=(0, 3),
        )
        self.reload()

    def reload(self) -> None:
        from sosmed_desktop.services.directions.data_notes import NoteFilter, list_notes

        text, fresh = self.search.text().strip(), self.fresh
        self._load(lambda uow: list_notes(uow, NoteFilter(text=text), fresh), self._show)

    def _show(self, rows: list[DataNoteRow]) -> None:
        self.list.clear()
        self.rows = {r.id: r for r in rows}
        for row in rows:
            when = day_text(row.as_of) if row.as_of else row.period
            fresh_text = self.tr("Out of date") if row.stale else self.tr("Current")
            item = QTreeWidgetItem(
                [row.title, figure_text(row.value, row.unit), when, row.source, fresh_text]
            )
            item.setData(0, ID_ROLE, row.id)
            item.setToolTip(
                0, as_html(row.title + ("\n" + ", ".join(row.tags) if row.tags else ""))
            )
            item.setToolTip(3, as_html(row.source))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if row.stale:
                item.setIcon(4, warning_icon())
                item.setForeground(4, STALE_COLOUR)
                item.setToolTip(4, stale_text(row, self.fresh.max_age_days))
            self.list.addTopLevelItem(item)
        if rows:
            self.stack.setCurrentWidget(self.list)
            self.detail.setText(
                self.tr("Choose a note to see the text that goes into the caption.")
            )
        elif self.search.text().strip():
            self._show_empty(
                self.tr("No data note matches"),
                self.tr(
                    "Nothing matches “{text}”. Search for part of a title, a tag or a source."
                ).format(text=self.search.text().strip()),
            )
            self.detail.clear()
        else:
            self._show_empty(
                self.tr("No data notes yet"),
                self.tr(
                    "Record figures with their sources on the Arahan & Data page (tab "
                    "“Supporting data”), or import them from a CSV file; then insert them here."
                ),
            )
            self.detail.clear()
        self.ok.setEnabled(False)

    def _selection_changed(self) -> None:
        super()._selection_changed()
        ids = self.selected_ids()
        row = self.rows.get(ids[0]) if ids else None
        if row is None:
            return
        text = self.tr("Goes into the caption:") + "\n" + format_citation(row)
        if row.stale:
            text += "\n⚠ " + stale_text(row, self.fresh.max_age_days)
        self.detail.setText(text)

    def _accept(self) -> None:
        ids = self.selected_ids()
        if ids and ids[0] in self.rows:
            self.chosen.emit(self.rows[ids[0]])
            self.accept()


class DirectionPicker(_SearchPicker):
    """Choose open directions this post answers; emits `chosen(ids)`."""

    chosen = Signal(list)

    def __init__(
        self, ops: Operations, tz: ZoneInfo, exclude: set[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, self.tr("Link direction"), self.tr("Link"), parent)
        self.tz = tz
        self.exclude = frozenset(exclude)
        self.search.setPlaceholderText(
            self.tr("Search the direction, who gave it or their position")
        )
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._columns(
            [self.tr("Due"), self.tr("From"), self.tr("Direction"), self.tr("Status")], stretch=(2,)
        )
        self.reload()

    def reload(self) -> None:
        from sosmed_desktop.services.directions.directions import DirectionFilter, list_directions

        text, exclude, tz = self.search.text().strip(), self.exclude, self.tz

        def work(uow: UnitOfWork) -> list[DirectionRow]:
            rows = list_directions(uow, DirectionFilter(text=text), tz=tz)
            return [r for r in rows if r.id not in exclude]

        self._load(work, self._show)

    def _show(self, rows: list[DirectionRow]) -> None:
        from sosmed_desktop.db.types import utcnow

        now, tz = utcnow(), self.tz
        self.list.clear()
        for row in rows:
            content = " ".join(row.content.split())
            item = QTreeWidgetItem(
                [
                    when_text(row.due_at, tz) if row.due_at else "—",
                    row.given_by_name,
                    content,
                    direction_status_label(row.status),
                ]
            )
            item.setData(0, ID_ROLE, row.id)
            item.setToolTip(2, as_html(row.content))
            leader = "\n".join(x for x in (row.given_by_name, row.given_by_position) if x)
            item.setToolTip(1, as_html(leader))
            item.setForeground(3, direction_status_colour(row.status))
            if row.is_overdue(now):
                item.setForeground(0, OVERDUE_COLOUR)
                item.setToolTip(0, self.tr("Overdue"))
            self.list.addTopLevelItem(item)
        if rows:
            self.stack.setCurrentWidget(self.list)
            self.detail.setText(self.tr("Select one or more (Ctrl or Shift for several)."))
        elif self.search.text().strip():
            self._show_empty(
                self.tr("No open direction matches"),
                self.tr("Nothing matches “{text}” among the open directions.").format(
                    text=self.search.text().strip()
                ),
            )
            self.detail.clear()
        else:
            self._show_empty(
                self.tr("No open directions"),
                self.tr(
                    "Directions from leadership are recorded on the Arahan & Data page; the "
                    "open ones (new or in progress) can be linked here."
                ),
            )
            self.detail.clear()
        self.ok.setEnabled(False)

    def _accept(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.chosen.emit(ids)
            self.accept()
