"""The Kalender page: month grid, week timeline and agenda list of planned posts.

Data for the visible range is loaded in the background (`bench.ops`), through the
filter bar's filters; a newer request wins over an older one still running (`Latest`).
The page's first load, at start-up, brings the posts alone: the holidays and
commemorative days (the `holidays` package alone takes a few hundred milliseconds to
import) and the filter bar's choices follow once the month is shown.  Keys: PgUp/PgDn
previous/next period, T today, M/W/A month/week/agenda, arrows move the selected
day in the month grid.

Double-click a post to open it, an empty day or slot to start a post there;
drag a post to reschedule it (undoable with Ctrl+Z); drop photos on a day to
start a post with them.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QMenu,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop import clock
from sosmed_desktop.config import DEFAULT_TIMEZONE
from ui.calendar.calendar_data import add_months, chips_by_day
from ui.calendar.day_posts import DayPosts
from ui.calendar.filter_bar import FilterBar
from ui.calendar.first_steps import EmptyPeriodHint
from ui.calendar.header import VIEWS, PeriodHeader
from ui.calendar.month_view import WEEKS, MonthView, grid_start
from ui.calendar.periods import READ_AHEAD_MS, PeriodStore, period_reader
from ui.calendar.post_table import PostTableModel, agenda_table
from ui.calendar.week_view import HOUR_H, WeekView
from ui.empty_state import EmptyState
from ui.i18n import month_title, short_date
from ui.sections import Section, icon
from ui.workbench import Page

if TYPE_CHECKING:
    import sqlite3

    from sosmed_desktop.db.migrate import AfterCheck
    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.domain.commemorative import CalendarMark
    from sosmed_desktop.services.calendar.calendar import CalendarFilter, PostRow
    from ui.calendar.chips import Chip
    from ui.calendar.commemorative_dialog import CommemorativeDaysDialog
    from ui.operations import Latest

    Marks = dict[date, list[CalendarMark]]
    Chips = dict[date, list[Chip]]
    Choices = tuple[list[tuple[str, str]], list, list[str], list[tuple[int, str]] | None]


class CalendarPage(Page):
    """Planned posts by month, week or as a list."""

    month_loaded = Signal(int)
    early_rows_read = Signal(object, object)  # (first, last) dates, rows
    post_rescheduled = Signal(int)
    choices_loaded = Signal()

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(section, parent)
        self._tz = ZoneInfo(DEFAULT_TIMEZONE)
        self.anchor = self.today()
        self.view = "month"
        self._range: Latest | None = None  # the visible range's posts and marks (once attached)
        self._choices: Latest | None = None  # the filter bar's choices
        self._marks_with_posts = False  # the first load shows the posts before the marks
        self._reveal: int | None = None
        self.filters: CalendarFilter | None = None
        self.rows: dict[int, PostRow] = {}
        self.versions: dict[int, int] = {}
        self.undo_stack = QUndoStack(self)
        self.periods = PeriodStore()  # the periods beside the one shown, read ahead

        layout = QVBoxLayout(self)
        self.posts = DayPosts(self)
        self.header = PeriodHeader()
        self._connect_header()
        layout.addWidget(self.header)
        self.filter_bar = FilterBar()
        self.filter_bar.changed.connect(self.set_filters)
        self.filter_bar.manage_programs.connect(self.open_programs)
        layout.addWidget(self.filter_bar)
        new_button = self.header.new_button.text(), self.header.new_button.toolTip()
        self.empty_hint = EmptyPeriodHint(icon(section.icon), new_button)
        self.empty_hint.new_post.connect(self.posts.new_post)
        layout.addWidget(self.empty_hint)
        self.month_view = MonthView()
        self.month_view.selected_day_changed.connect(self._on_day_selected)
        self.month_view.more_requested.connect(self._open_week_of)
        self.month_view.day_menu_requested.connect(self._day_menu)
        self.marks_dialog: CommemorativeDaysDialog | None = None
        self.day_menu: QMenu | None = None
        self.week_view = WeekView()
        for view in (self.month_view, self.week_view):
            view.post_activated.connect(self.posts.open_post)
            view.post_moved.connect(self.posts.move_post)
            view.files_dropped.connect(self.posts.start_with_files)
        self.month_view.day_activated.connect(self.posts.new_post_at)
        self.week_view.slot_activated.connect(self.posts.new_post_at)
        self.week_scroll = QScrollArea()
        self.week_scroll.setWidget(self.week_view)
        self.week_scroll.setWidgetResizable(True)
        self.week_scroll.setAccessibleName(self.tr("Week"))
        week_panel = QWidget()
        week_layout = QVBoxLayout(week_panel)
        week_layout.setContentsMargins(0, 0, 0, 0)
        week_layout.setSpacing(0)
        week_layout.addWidget(self.week_view.header)
        week_layout.addWidget(self.week_scroll, 1)
        self.model = PostTableModel(self._tz, self)
        self.table = agenda_table(self.model)
        self.table.setAccessibleName(self.tr("Agenda"))
        self.table.doubleClicked.connect(self.posts.open_row)
        self.empty = EmptyState(icon(section.icon), section.empty_title, section.empty_text)
        self.agenda = QStackedWidget()
        self.agenda.addWidget(self.table)
        self.agenda.addWidget(self.empty)
        self.stack = QStackedWidget()
        for widget in (self.month_view, week_panel, self.agenda):
            self.stack.addWidget(widget)
        layout.addWidget(self.stack, 1)
        self._build_shortcuts()
        self.set_view("month")
        self.early_rows_read.connect(self._show_early)

    # Construction -------------------------------------------------------------------
    def _connect_header(self) -> None:
        header = self.header
        header.new_button.clicked.connect(self.posts.new_post)
        header.prev_button.clicked.connect(lambda: self.shift(-1))
        header.next_button.clicked.connect(lambda: self.shift(1))
        header.today_button.clicked.connect(self.go_today)
        header.view_buttons.idClicked.connect(lambda index: self.set_view(VIEWS[index]))
        header.marks_button.clicked.connect(lambda: self.edit_commemorative_days())

    def _build_shortcuts(self) -> None:
        bindings = (
            (QKeySequence.StandardKey.MoveToPreviousPage, lambda: self.shift(-1)),
            (QKeySequence.StandardKey.MoveToNextPage, lambda: self.shift(1)),
            (QKeySequence(Qt.Key.Key_T), self.go_today),
            (QKeySequence(Qt.Key.Key_M), lambda: self.set_view("month")),
            (QKeySequence(Qt.Key.Key_W), lambda: self.set_view("week")),
            (QKeySequence(Qt.Key.Key_A), lambda: self.set_view("agenda")),
        )
        for key, handler in bindings:
            shortcut = QShortcut(key, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(handler)

    # Page hooks ---------------------------------------------------------------------------
    def on_attached(self) -> None:
        from ui.operations import Latest  # loads with the database, after the first paint

        assert self.bench is not None
        self._range, self._choices = Latest(), Latest()
        self._set_time_zone(self.bench.tz)
        self.header.new_button.setEnabled(True)
        group = self.bench.undo_group
        group.addStack(self.undo_stack)
        if self.isVisible() or group.activeStack() is None:
            group.setActiveStack(self.undo_stack)
        self.reload()  # the filter bar's choices follow the first month (`_show`)

    def _set_time_zone(self, tz: ZoneInfo) -> None:
        self._tz = tz
        self.anchor = self.today()
        self.model.set_time_zone(tz)
        self.week_view.tz = tz

    def early_reader(self, tz: ZoneInfo) -> AfterCheck:
        """Work for the database's check at start-up: read the range shown at start.

        It runs on the check's thread, on its read-only connection, before
        SQLAlchemy is loaded (see `services.calendar_early`); the rows arrive
        here through `early_rows_read` and are shown until the database is open.
        """
        self._set_time_zone(tz)
        first, last = self.visible_range()
        start, end = (datetime.combine(day, time(), tz) for day in (first, last))
        notify = self.early_rows_read.emit  # bound here: the thread only calls it

        def read(conn: sqlite3.Connection, revision: str | None) -> None:
            from sosmed_desktop.db.migrate import head_revision
            from sosmed_desktop.services.calendar.early import read_rows

            if revision == head_revision():
                notify((first, last), read_rows(conn, start, end))

        return read

    def _show_early(self, shown: tuple[date, date], rows: list[PostRow]) -> None:
        # Not once the database is open (its own load follows), nor for a range
        # the officer has already moved away from.
        if self.bench is None and shown == self.visible_range():
            self._render(rows, None, None)

    def on_data_changed(self, kind: str, ids: list) -> None:
        from sosmed_desktop.db.change_kinds import Kind  # loads with the database

        if kind in (Kind.POST, Kind.PROGRAM, Kind.ALL):  # programs: chip colours, the legend
            self.periods.clear()
            self.reload()
            self.reload_choices()
        elif kind == Kind.CALENDAR_MARK:
            self.periods.clear()
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.bench is not None:
            self.bench.undo_group.setActiveStack(self.undo_stack)

    def hideEvent(self, event: QHideEvent) -> None:
        # Another section is shown: Edit → Undo must not move posts the officer cannot see.
        super().hideEvent(event)
        group = self.bench.undo_group if self.bench is not None else None
        if group is not None and group.activeStack() is self.undo_stack and not event.spontaneous():
            group.setActiveStack(None)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("calendar/header", self.table.horizontalHeader().saveState())
        settings.setValue("calendar/view", self.view)

    def restore_state(self, settings: QSettings) -> None:
        header = settings.value("calendar/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        view = settings.value("calendar/view", "month")
        self.set_view(view if view in VIEWS else "month")

    # Navigation --------------------------------------------------------------------------
    def set_view(self, view: str) -> None:
        """Switch between the month grid, the week timeline and the agenda."""
        self.view = view
        self.header.show_view(view)
        self.stack.setCurrentIndex(VIEWS.index(view))
        if view == "week":
            self.week_scroll.verticalScrollBar().setValue(int(1.5 * HOUR_H))
        self.reload()

    def shift(self, step: int) -> None:
        """Move `step` periods (months, or weeks in the week view) forward or back."""
        self.anchor = self._neighbour(step)
        self.month_view.selected_day = self.anchor
        self.reload()

    def today(self) -> date:
        """The officer's date (in their time zone, which may differ from the PC's)."""
        return clock.today(self._tz)

    def go_today(self) -> None:
        """Show today."""
        self.anchor = self.today()
        self.month_view.selected_day = self.anchor
        self.reload()

    def go_to(self, day: date) -> None:
        """Show the period holding `day`."""
        self.anchor = day
        self.month_view.selected_day = day
        self.reload()

    def _on_day_selected(self, day: date) -> None:
        moved_month = (day.year, day.month) != (self.anchor.year, self.anchor.month)
        self.anchor = day
        if moved_month:
            self.reload()

    def _open_week_of(self, day: date) -> None:
        self.anchor = day
        self.set_view("week")

    def visible_range(self, anchor: date | None = None) -> tuple[date, date]:
        """First and last+1 local dates the current view shows (around `anchor`)."""
        anchor = anchor or self.anchor
        if self.view == "week":
            monday = anchor - timedelta(days=anchor.weekday())
            return monday, monday + timedelta(days=7)
        if self.view == "month":
            start = grid_start(anchor.year, anchor.month)
            return start, start + timedelta(days=7 * WEEKS)
        first = anchor.replace(day=1)
        return first, add_months(first, 1)

    def _neighbour(self, step: int) -> date:
        """The anchor `step` periods away (what PgDn or PgUp would show)."""
        if self.view == "week":
            return self.anchor + timedelta(days=7 * step)
        return add_months(self.anchor, step)

    def reveal_post(self, post_id: int, scheduled_at: datetime) -> None:
        """Show the period of a post and select it once loaded (from a reminder)."""
        self._reveal = post_id
        self.go_to(scheduled_at.astimezone(self._tz).date())

    # Loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Load the visible range in the background (with its marks, after the first load)."""
        self._update_title()
        if self.bench is None:
            return
        first, last = self.visible_range()
        ahead = self.periods.get((first, last, self.filters))
        if ahead is not None:  # read ahead: no wait for the database
            self._range.cancel()  # an older read on its way must not replace it
            self._show(*ahead)
            return
        read = period_reader(first, last, self._tz, self.filters, self._marks_with_posts)
        self.bench.ops.read(self, read, lambda loaded: self._show(*loaded), latest=self._range)

    def _read_ahead(self) -> None:
        """Read the periods before and after the one shown (one read, off the GUI thread)."""
        keys = [(*self.visible_range(self._neighbour(step)), self.filters) for step in (1, -1)]
        work = self.periods.read_ahead(keys, self._tz)
        if self.bench is not None and work is not None:
            self.bench.ops.read(self, *work)

    def _load_marks(self) -> None:
        """The marks of the range the first load showed without them: part of that load
        (`join`), so a newer load drops them (it brings its own) and they drop nothing."""
        if self.bench is None:
            return
        first, last = self.visible_range()

        def load(uow: UnitOfWork) -> Marks:
            from sosmed_desktop.services.calendar.marks import marks_between

            return marks_between(uow, first, last)

        self.bench.ops.read(self, load, self._show_marks, latest=self._range, join=True)

    def _show(self, rows: list[PostRow], marks: Marks | None, chips: Chips) -> None:
        self._render(rows, marks, chips)
        if marks is None:  # the first load: what the month did not wait for follows,
            self._marks_with_posts = True  # once the month has painted (its update is posted)
            QTimer.singleShot(0, self, self._load_marks)
            QTimer.singleShot(0, self, self.reload_choices)
        else:
            # Once this one has painted: a read beside the paint would slow it (one GIL).
            QTimer.singleShot(READ_AHEAD_MS, self, self._read_ahead)

    def _show_marks(self, marks: Marks) -> None:
        if self.view == "month":
            self.month_view.set_marks(marks)
        elif self.view == "week":
            self.week_view.set_marks(marks)
        QTimer.singleShot(READ_AHEAD_MS, self, self._read_ahead)  # the first PgDn too

    def _render(self, rows: list[PostRow], marks: Marks | None, chips: Chips | None) -> None:
        """Show the loaded range in the current view (its chips made here if not given)."""
        self.rows = {row.id: row for row in rows}
        self.versions.update({row.id: row.version for row in rows})
        chips = chips if chips is not None else chips_by_day(rows, self._tz)
        if self.view == "month":
            self.month_view.set_month(
                self.anchor.year, self.anchor.month, chips, marks, today=self.today()
            )
            self.month_view.selected_day = self.anchor
            in_month = [
                r for r in rows if self._local_month(r) == (self.anchor.year, self.anchor.month)
            ]
            self.header.summary.setText(self.tr("%n post(s) this month", "", len(in_month)))
            self._hint_empty(not in_month)
        elif self.view == "week":
            first, _ = self.visible_range()
            self.week_view.set_week(first, chips, marks)
            self.header.summary.setText(self.tr("%n post(s) this week", "", len(rows)))
            self._hint_empty(not rows)
        else:
            self._hint_empty(False)  # the agenda shows its own empty state
            self.model.set_rows(rows)
            self.agenda.setCurrentWidget(self.table if rows else self.empty)
            self.header.summary.setText(self.tr("%n post(s) this month", "", len(rows)))
        if self._reveal is not None:
            self._select_post(self._reveal)
            self._reveal = None
        self.month_loaded.emit(len(rows))

    def _hint_empty(self, empty: bool) -> None:
        """How to start, over a month or week without posts (not when filters hide them)."""
        filtered = self.filters is not None and self.filters.active
        self.empty_hint.show_for(self.view == "week", empty and not filtered)

    @property
    def time_zone(self) -> ZoneInfo:
        """The officer's time zone, in which the calendar shows dates."""
        return self._tz

    def _select_post(self, post_id: int) -> None:
        self.month_view.selected_post = post_id
        self.week_view.selected_post = post_id
        self.month_view.update()
        self.week_view.update()
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if self.model.data(index, PostTableModel.ID_ROLE) == post_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return

    def selected_post_id(self) -> int | None:
        """The post selected in the current view, if any."""
        if self.view == "month":
            return self.month_view.selected_post
        if self.view == "week":
            return self.week_view.selected_post
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], PostTableModel.ID_ROLE) if rows else None

    def _local_month(self, row: PostRow) -> tuple[int, int] | None:
        if row.scheduled_at is None:
            return None
        local = row.scheduled_at.astimezone(self._tz)
        return local.year, local.month

    def _update_title(self) -> None:
        if self.view == "week":
            first, last = self.visible_range()
            last_day = last - timedelta(days=1)
            self.header.title.setText(f"{short_date(first)} – {short_date(last_day)}")
        else:
            self.header.title.setText(month_title(self.anchor.year, self.anchor.month))

    # Filters ------------------------------------------------------------------------------
    def set_filters(self, filters: CalendarFilter) -> None:
        """Show only the posts matching `filters` (from the filter bar)."""
        self.filters = filters
        self.reload()

    def reload_choices(self) -> None:
        """Platforms, programs (with colours) and tags for the filter bar and legend."""
        if self.bench is None:
            return

        def load(uow: UnitOfWork) -> Choices:
            from sosmed_desktop.services.calendar.calendar import legend, tag_names
            from sosmed_desktop.services.platforms import platform_specs
            from sosmed_desktop.services.team.departments import filter_choices

            platforms = [(code, spec.name) for code, spec in platform_specs(uow).items()]
            return platforms, legend(uow), tag_names(uow), filter_choices(uow)

        self.bench.ops.read(self, load, self._show_choices, latest=self._choices)

    def _show_choices(self, choices: Choices) -> None:
        self.filter_bar.set_choices(*choices)
        self.choices_loaded.emit()

    def open_programs(self) -> None:
        """The programs dialog, asked for by the legend or the program filter."""
        from ui.programs.dialog import ProgramsDialog  # loads after the first paint

        ProgramsDialog.open_over(self.bench, self)

    # Commemorative days ----------------------------------------------------------------------
    def edit_commemorative_days(
        self, day: date | None = None, add: bool = False
    ) -> CommemorativeDaysDialog | None:
        """The editable list of commemorative days (`day`'s selected, or a new one on it)."""
        if self.bench is None:
            return None
        from ui.calendar.commemorative_dialog import CommemorativeDaysDialog

        if self.marks_dialog is None:  # one list, which follows every change (a restore too)
            self.marks_dialog = CommemorativeDaysDialog(self.bench.ops, self)
        dialog = self.marks_dialog
        dialog.show()
        dialog.raise_()
        if day is not None and add:
            dialog.add(day)
        elif day is not None:
            dialog.select_day(day.month, day.day)
        return dialog

    def _day_menu(self, day: date, pos: QPoint) -> None:
        from ui.calendar.commemorative_dialog import day_menu

        self.day_menu = day_menu(self, day, lambda d, add: self.edit_commemorative_days(d, add))
        self.day_menu.popup(pos)
