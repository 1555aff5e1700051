"""The Kalender page: the posts of one month as an agenda, loaded in the background."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.config import DEFAULT_TIMEZONE
from ui.i18n import month_title
from ui.models.post_table import PostTableModel
from ui.pages.base import Page
from ui.pages.empty_state import EmptyState
from ui.sections import Section, icon
from ui.tasks import run_task

if TYPE_CHECKING:
    from sosmed_desktop.services.calendar import PostRow


class CalendarPage(Page):
    """Month agenda with month navigation (PgUp/PgDn, T for today)."""

    month_loaded = Signal(int)

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(section, parent)
        today = date.today()
        self.year, self.month = today.year, today.month
        self._generation = 0
        self._reveal: int | None = None

        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.prev_button = self._nav_button("‹", self.tr("Previous month (PgUp)"), -1)
        self.next_button = self._nav_button("›", self.tr("Next month (PgDn)"), 1)
        self.today_button = QToolButton()
        self.today_button.setText(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Go to this month (T)"))
        self.today_button.clicked.connect(self.go_today)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setObjectName("pageSummary")
        for widget in (self.prev_button, self.today_button, self.next_button, self.title):
            header.addWidget(widget)
        header.addStretch(1)
        header.addWidget(self.summary)
        layout.addLayout(header)

        self.model = PostTableModel(ZoneInfo(DEFAULT_TIMEZONE), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setObjectName("calendarTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setStretchLastSection(False)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 190), (1, 60), (3, 120), (4, 175), (5, 200)):
            self.table.setColumnWidth(column, width)
        self.empty = EmptyState(icon(section.icon), section.empty_title, section.empty_text)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.stack.setCurrentWidget(self.empty)
        layout.addWidget(self.stack, 1)

        for key, handler in (
            (QKeySequence.StandardKey.MoveToPreviousPage, lambda: self.shift_month(-1)),
            (QKeySequence.StandardKey.MoveToNextPage, lambda: self.shift_month(1)),
            (QKeySequence(Qt.Key.Key_T), self.go_today),
        ):
            shortcut = QShortcut(key, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(handler)
        self._update_title()

    def _nav_button(self, text: str, tip: str, step: int) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(lambda: self.shift_month(step))
        return button

    def on_attached(self) -> None:
        assert self.bench is not None
        self.model.set_time_zone(self.bench.ctx.config.tz)
        self.reload()

    def on_data_changed(self, kind: str, ids: list) -> None:
        if kind in ("post", "all"):
            self.reload()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("calendar/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        header = settings.value("calendar/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)

    def shift_month(self, step: int) -> None:
        """Move `step` months forward (negative: back)."""
        index = self.year * 12 + (self.month - 1) + step
        self.year, self.month = divmod(index, 12)
        self.month += 1
        self.reload()

    def go_today(self) -> None:
        """Show the current month."""
        today = date.today()
        self.year, self.month = today.year, today.month
        self.reload()

    def show_month(self, year: int, month: int) -> None:
        """Show the given month."""
        self.year, self.month = year, month
        self.reload()

    def reveal_post(self, post_id: int, scheduled_at: datetime) -> None:
        """Show the month of a post and select it once loaded."""
        tz = self.bench.ctx.config.tz if self.bench else ZoneInfo(DEFAULT_TIMEZONE)
        local = scheduled_at.astimezone(tz)
        self._reveal = post_id
        self.show_month(local.year, local.month)

    def reload(self) -> None:
        """Load the shown month in the background; a newer request wins over older ones."""
        self._update_title()
        if self.bench is None:
            return
        ctx, year, month = self.bench.ctx, self.year, self.month
        self._generation += 1
        generation = self._generation

        def load() -> list[PostRow]:
            from sosmed_desktop.services.calendar import month_bounds, posts_between

            start, end = month_bounds(year, month, ctx.config.tz)
            with ctx.uow() as uow:
                return posts_between(uow, start, end)

        run_task(load, lambda rows: self._show(generation, rows))

    def _show(self, generation: int, rows: list[PostRow]) -> None:
        if generation != self._generation:
            return
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        if self._reveal is not None:
            self._select_post(self._reveal)
            self._reveal = None
        self.summary.setText(self.tr("%n post(s) this month", "", len(rows)))
        self.month_loaded.emit(len(rows))

    def _select_post(self, post_id: int) -> None:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if self.model.data(index, PostTableModel.ID_ROLE) == post_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                self.table.setFocus()
                return

    def selected_post_id(self) -> int | None:
        """The id of the selected post, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], PostTableModel.ID_ROLE) if rows else None

    def _update_title(self) -> None:
        self.title.setText(month_title(self.year, self.month))
