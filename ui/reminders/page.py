"""The Pengingat page: upcoming, missed and past reminders, their actions, and the settings."""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.config import DEFAULT_TIMEZONE
from sosmed_desktop.db.change_kinds import Kind
from sosmed_desktop.domain.statuses import ReminderKind, ReminderState
from ui.autostart import Autostart
from ui.operations import Latest
from ui.reminders.actions import ReminderActions
from ui.reminders.settings_panel import PostLeadsDialog, ReminderSettings
from ui.reminders.table_model import ReminderTableModel
from ui.sections import Section
from ui.workbench import Page

if TYPE_CHECKING:
    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.services.reminders.rows import ReminderRow

REFRESH_KINDS = frozenset({Kind.POST, Kind.DIRECTION, Kind.REMINDER, Kind.ALL})


class RemindersPage(Page):
    """Three lists of reminders with actions; the reminder settings beside them."""

    loaded = Signal()
    open_requested = Signal(object)

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(section, parent)
        self._lists = Latest()
        self.actions: ReminderActions | None = None
        self.settings_panel: ReminderSettings | None = None
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        title = QLabel(section.title)
        title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setObjectName("pageSummary")
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.summary)
        layout.addLayout(header)

        self.splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        tz = ZoneInfo(DEFAULT_TIMEZONE)
        self.models = {
            key: ReminderTableModel(tz, self) for key in ("upcoming", "missed", "history")
        }
        self.tables: dict[str, QTableView] = {}
        for key in self.models:
            table = self._table(self.models[key])
            self.tables[key] = table
            self.tabs.addTab(table, "")
        self.tabs.currentChanged.connect(self._update_buttons)
        left_layout.addWidget(self.tabs, 1)
        left_layout.addLayout(self._action_row())
        self.splitter.addWidget(left)
        self.settings_area = QScrollArea()
        self.settings_area.setWidgetResizable(True)
        self.settings_area.setAccessibleName(self.tr("Reminder settings"))
        self.settings_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.settings_area.setMinimumWidth(400)
        self.splitter.addWidget(self.settings_area)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([700, 420])
        layout.addWidget(self.splitter, 1)
        self._set_tab_titles(0, 0)
        self._update_buttons()

    def _table(self, model: ReminderTableModel) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        head = table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 140), (1, 250), (3, 90)):
            table.setColumnWidth(column, width)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        table.doubleClicked.connect(lambda _: self.open_selected())
        return table

    def _action_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.clicked.connect(self._done_selected)
        self.leads_button = QPushButton(self.tr("Lead times for this post…"))
        self.leads_button.clicked.connect(self.edit_post_leads)
        for widget in (self.open_button, self.snooze_button, self.done_button, self.leads_button):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    # Page ------------------------------------------------------------------------------
    def on_attached(self) -> None:
        assert self.bench is not None
        self.actions = ReminderActions(self.bench, self)
        self.snooze_button.setMenu(self.actions.snooze_menu(self._selected_id))
        self.settings_panel = ReminderSettings(self.bench.ctx.config, Autostart())
        self.settings_panel.saved.connect(self._settings_saved)
        self.settings_area.setWidget(self.settings_panel)
        self.reload()

    def on_data_changed(self, kind: str, ids: list) -> None:
        if kind in REFRESH_KINDS:
            self.reload()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("reminders/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("reminders/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    def reload(self) -> None:
        """Load the three lists in the background; a newer request wins."""
        if self.bench is None:
            return
        from sosmed_desktop.services.reminders.rows import Listing, list_reminders

        tz = self.bench.tz

        def load(uow: UnitOfWork) -> dict[str, list[ReminderRow]]:
            return {
                "upcoming": list_reminders(uow, Listing.UPCOMING, tz),
                "missed": list_reminders(uow, Listing.MISSED, tz),
                "history": list_reminders(uow, Listing.HISTORY, tz),
            }

        self.bench.ops.read(self, load, self._show, latest=self._lists)

    def _show(self, lists: dict[str, list[ReminderRow]]) -> None:
        assert self.bench is not None
        for key, rows in lists.items():
            self.models[key].set_rows(rows, self.bench.tz)
        self._set_tab_titles(len(lists["upcoming"]), len(lists["missed"]))
        self.summary.setText(
            self.tr("%n upcoming", "", len(lists["upcoming"]))
            + " · "
            + self.tr("%n missed", "", len(lists["missed"]))
        )
        self._update_buttons()
        self.loaded.emit()

    def _set_tab_titles(self, upcoming: int, missed: int) -> None:
        self.tabs.setTabText(0, self.tr("Upcoming ({count})").format(count=upcoming))
        self.tabs.setTabText(1, self.tr("Missed ({count})").format(count=missed))
        self.tabs.setTabText(2, self.tr("History"))
        for index, table in enumerate(self.tables.values()):
            table.setAccessibleName(self.tabs.tabText(index))

    # Selection and actions -------------------------------------------------------------
    def current_table(self) -> QTableView:
        return self.tables[("upcoming", "missed", "history")[self.tabs.currentIndex()]]

    def selected(self) -> ReminderRow | None:
        """The reminder selected in the list on show."""
        table = self.current_table()
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        return table.model().data(rows[0], ReminderTableModel.ROW_ROLE)

    def _selected_id(self) -> int | None:
        row = self.selected()
        return row.id if row else None

    def _update_buttons(self) -> None:
        row = self.selected()
        active = row is not None and row.state != ReminderState.DONE
        self.open_button.setEnabled(
            row is not None
            and (
                row.post_id is not None
                or row.direction_id is not None
                or row.kind == ReminderKind.AGENDA
            )
        )
        self.snooze_button.setEnabled(active)
        self.done_button.setEnabled(active)
        self.leads_button.setEnabled(
            row is not None and row.kind == ReminderKind.POST_LEAD and row.post_id is not None
        )

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_requested.emit(row)

    def _done_selected(self) -> None:
        row = self.selected()
        if row is not None and self.actions is not None:
            self.actions.done(row.id)

    def edit_post_leads(self) -> None:
        """Let the officer give the selected reminder's post its own lead times."""
        row = self.selected()
        if row is None or row.post_id is None or self.bench is None:
            return
        from sosmed_desktop.services.reminders import reminders

        bench, post_id = self.bench, row.post_id

        def ask(own: tuple[int, ...] | None) -> None:
            dialog = PostLeadsDialog(row.subject, own, bench.config.get("reminder_leads"), self)
            if dialog.exec() != PostLeadsDialog.DialogCode.Accepted:
                return
            chosen, config, now = dialog.chosen(), bench.config, bench.clock.now()

            def save(uow: UnitOfWork) -> object:
                prefs = reminders.prefs_from_config(config)
                return reminders.set_post_leads(uow, post_id, chosen, prefs, now)

            bench.ops.write(
                self, save, lambda _: bench.show_message(self.tr("Lead times of the post saved"))
            )

        bench.ops.read(self, lambda uow: reminders.post_leads(uow, post_id), ask)

    def _settings_saved(self) -> None:
        """New settings change which reminders the data calls for: check at once."""
        assert self.bench is not None
        from ui.reminders.scheduler import ReminderScheduler

        # The window's scheduler (its reminder hub's), when reminders run: the page is
        # built apart from it and works without it.
        scheduler = self.window().findChild(ReminderScheduler)
        if scheduler is not None and scheduler.running:
            scheduler.check_now()
        self.bench.show_message(self.tr("Reminder settings saved"))
