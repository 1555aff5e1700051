"""The main window: sidebar of sections, their pages, the open database, its state.

The window opens before the database does (it is opened in the background), so
the first paint is fast; pages get the application context once it is ready.
Size, position and splitter state are remembered in ``ui.ini`` in the data folder.
Its parts: the menus and what they open (`ui/window_commands.py`), the status bar
(`ui/window_status.py`), the start-up work held back for the first data
(`ui/first_data.py`).
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QMimeData, QSettings, QSize, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragMoveEvent,
    QDropEvent,
    QPaintEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from sosmed_desktop import clock
from sosmed_desktop.clock import Clock
from sosmed_desktop.config import Config
from ui.bus import DataBus
from ui.empty_state import EmptyState
from ui.first_data import FirstData
from ui.placement import fits, place
from ui.plain_text import plain_box
from ui.sections import Section, icon, sections
from ui.team.session import TeamSession
from ui.window_commands import WindowCommands
from ui.window_status import WindowStatus
from ui.workbench import Page, Workbench

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from sosmed_desktop.bootstrap import AppContext
    from sosmed_desktop.db.migrate import AfterCheck
    from sosmed_desktop.services.reminders.rows import ReminderRow
    from ui.calendar.page import CalendarPage
    from ui.directions.page import DirectionsPage
    from ui.editor.manager import EditorManager
    from ui.live_updates import LiveUpdates
    from ui.operations import Operations
    from ui.packages.page import PackagesPage
    from ui.reminders.hub import ReminderHub
    from ui.search.search_dialog import SearchDialog


def package_paths(mime: QMimeData | None) -> list[Path]:
    """The local .zip files among dragged URLs (post packages)."""
    if mime is None or not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() == ".zip"]


class MainWindow(QMainWindow):
    """The officer's workbench window."""

    context_ready = Signal()
    first_painted = Signal()
    """The window has painted once: what the officer first sees is on the screen."""
    closed = Signal()
    """The window really closed (not just hidden to the tray): the application ends."""

    def __init__(self, config: Config, log_file: Path) -> None:
        super().__init__()
        self.config = config
        self.log_file = log_file
        self.ctx: AppContext | None = None
        self.exit_code = 0  # non-zero when the window closes because start-up failed
        self.clock: Clock = clock.ProcessClock()
        self.reminders: ReminderHub | None = None
        self.live: LiveUpdates | None = None
        self._ops: Operations | None = None
        self._quitting = False
        self.bus = DataBus(self)
        self.undo_group = QUndoGroup(self)
        self.settings = QSettings(str(config.data_dir / "ui.ini"), QSettings.Format.IniFormat)
        self.setWindowTitle("Sosmed Desktop")
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(900, 560)
        self.setAcceptDrops(True)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setIconSize(self.sidebar.iconSize() * 1.2)
        self.pages = QStackedWidget()
        self.sections = sections()
        self.page_by_key: dict[str, QWidget] = {}
        self.bench: Workbench | None = None
        self.editors: EditorManager | None = None
        self.search_dialog: SearchDialog | None = None
        self._quit_after_editors = False
        self._painted = False
        self.first_data = FirstData(self, lambda: self.ctx is not None, self._section_name)
        for section in self.sections:
            item = QListWidgetItem(icon(section.icon), section.title)
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.sidebar.addItem(item)
            self.pages.addWidget(QWidget())  # replaced by the real page on first view
        self.sidebar.currentRowChanged.connect(self._show_row)
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([210, 1100])
        self.setCentralWidget(self.splitter)

        self.status_line = WindowStatus(self)
        self.team = TeamSession(self)
        self.commands = WindowCommands(self)
        self._restore_state()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # The start-up record in the log says which language the officer sees.
            menus = [action.text().replace("&", "") for action in self.menuBar().actions()]
            log.info("Main window shown; menus: %s", ", ".join(menus))
            self.first_painted.emit()

    # Construction --------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page of section `key`, built now if it was never shown."""
        if key not in self.page_by_key:
            row = next(i for i, s in enumerate(self.sections) if s.key == key)
            page = self._build_page(self.sections[row])
            placeholder = self.pages.widget(row)
            self.pages.insertWidget(row, page)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self.page_by_key[key] = page
        return self.page_by_key[key]

    def _build_page(self, section: Section) -> QWidget:
        if not section.page:
            return EmptyState(icon(section.icon), section.empty_title, section.empty_text)
        module_name, class_name = section.page.split(":")
        page = getattr(importlib.import_module(module_name), class_name)(section)
        if section.key == "reminders":
            page.open_requested.connect(self.open_reminder)
        page.restore_state(self.settings)
        if self.bench is not None:
            page.attach(self.bench)
        return page

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            self.pages.setCurrentWidget(self.page(self.sections[row].key))

    @property
    def calendar(self) -> CalendarPage:
        return cast("CalendarPage", self.page("calendar"))

    # Context ---------------------------------------------------------------------
    @property
    def ops(self) -> Operations:
        """Runs the operations of the window and of its dialogs (`ui/operations.py`) on
        the open database; made on first use, after the first paint."""
        if self._ops is None:
            from ui.operations import Operations

            self._ops = Operations(self._open_context, self.bus)
        return self._ops

    def _open_context(self) -> AppContext:
        if self.ctx is None:
            raise RuntimeError("no database is open in this window")
        return self.ctx

    def set_context(self, ctx: AppContext) -> None:
        """The database is open: show data and enable what needs it."""
        self.ctx = ctx
        self.config = ctx.config  # one settings object, or a save would undo another's
        self.status_line.database_opened(ctx)
        from ui.editor.manager import EditorManager

        self.editors = EditorManager(ctx, self.bus, self.settings, self.show_status, self)
        self.editors.export_requested.connect(self.export_post)
        self.editors.all_closed.connect(self._editors_closed)
        self.editors.close_cancelled.connect(self._quit_cancelled)
        self.bench = Workbench(
            ctx=ctx,
            bus=self.bus,
            undo_group=self.undo_group,
            settings=self.settings,
            show_message=self.show_status,
            clock=self.clock,
            editors=self.editors,
        )
        for page in self.page_by_key.values():
            if isinstance(page, Page):
                page.attach(self.bench)
        self.commands.database_opened()
        self.watch_changes(ctx)
        self.context_ready.emit()
        self.first_data.after(self.status_line.refresh_profile)
        self.first_data.after(self._offer_recovery)
        calendar = self.page_by_key.get("calendar")
        shown = calendar is not None and self.pages.currentWidget() is calendar
        self.first_data.wait_for(self.calendar.month_loaded if shown else None)

    def _section_name(self) -> str:
        current = self.sidebar.currentItem()
        return current.text() if current else ""

    def early_month_reader(self) -> AfterCheck | None:
        """What the database's check at start-up reads for the page shown (the
        calendar's range), or None when another page is shown."""
        calendar = self.page_by_key.get("calendar")
        if calendar is None or self.pages.currentWidget() is not calendar:
            return None
        return self.calendar.early_reader(self.config.tz)

    def watch_changes(self, ctx: AppContext) -> None:
        """Show others' changes as they come, and the server's state (ui/live_updates.py)."""
        from ui.live_updates import start_live_updates

        self.stop_watching()
        self.live = start_live_updates(ctx, self.bus, self.statusBar())

    def stop_watching(self) -> None:
        """Before the database is closed or replaced."""
        if self.live is not None:
            self.live.stop()
            self.live = None

    def _offer_recovery(self) -> None:
        if self.editors is not None:
            self.editors.offer_recovery(self)

    def replace_context(self, ctx: AppContext) -> None:
        """Work with a freshly opened database (after a restore): every page reloads.

        Undo steps refer to data that was just replaced, so they are dropped.
        """
        old, self.ctx = self.ctx, ctx
        if self.bench is None:
            self.set_context(ctx)
            return
        self.bench.ctx = ctx
        self._drop_undo_steps()
        self.watch_changes(ctx)
        if old is not None and old is not ctx:
            old.dispose()
        self.reload_everything()

    def reload_everything(self) -> None:
        """Every view reads its data again (the status bar's profile too): the context
        changed under them (a restore, another person signed in).

        The one announcement not taken from a change record: nothing was committed,
        the data behind every view was exchanged.
        """
        from sosmed_desktop.db.change_kinds import Kind

        self.bus.announce(Kind.ALL)

    def leave_data(self) -> bool:
        """Signing out: no data shows and no reminder runs until someone signs in again.

        False (and nothing done) while post editors are open: they are closed first.
        """
        if self.editors is not None and self.editors.editors:
            return False
        self.stop_reminders()
        self.reminders = None
        self._drop_undo_steps()
        self.splitter.hide()
        self.status_line.profile_label.setText("")
        return True

    def return_to_data(self) -> None:
        """Someone signed in again: the pages show and reload for them, reminders start."""
        self.splitter.show()
        self.reload_everything()
        self.start_reminders()

    def _drop_undo_steps(self) -> None:
        """The steps refer to data that is no longer the one shown."""
        for stack in self.undo_group.stacks():
            stack.clear()

    def lose_context(self, exc: BaseException, details: str = "") -> None:
        """The database in place can no longer be used: explain and close the window."""
        from sosmed_desktop.errors import DomainError
        from ui.error_dialog import report_unexpected
        from ui.errors import describe

        if isinstance(exc, DomainError):
            log.error("The database in use was lost (%s): %s", exc.code, exc)
            plain_box(
                self,
                QMessageBox.Icon.Critical,
                self.tr("The data cannot be opened"),
                self.tr("{reason}\n\nSosmed Desktop will close; start it again.").format(
                    reason=describe(exc)
                ),
            ).exec()
        else:
            report_unexpected(exc, details)
        self.stop_watching()
        if self.ctx is not None:
            self.ctx.dispose()
        self.ctx = None
        self.exit_code = 1
        self.close()

    def start_reminders(self) -> None:
        """Start the scheduler, tray icon and notification bell (after the database opened).

        Imported only now: APScheduler is not needed for the first paint.  At
        start-up this waits for the calendar's month (`first_data`): the
        scheduler's first check derives every reminder from the data, work the
        month need not queue behind.
        """
        if self.reminders is not None or self.bench is None:
            return
        from ui.reminders.hub import ReminderHub

        self.reminders = ReminderHub(self, self.bench, self.clock)
        self.reminders.start()

    def stop_reminders(self) -> None:
        """Stop the scheduler and remove the tray icon (at exit)."""
        if self.reminders is not None:
            self.reminders.stop()

    def backup_at_exit(self) -> None:
        """The exit backup, when data changed since the last automatic one."""
        if self.reminders is not None:
            self.reminders.backup_at_exit()

    def show_status(self, text: str) -> None:
        """A message in the status bar for a few seconds."""
        self.statusBar().showMessage(text, 8000)

    def open_reminder(self, row: ReminderRow) -> None:
        """Show what a reminder is about: its post in the calendar, or its direction."""
        self.bring_to_front()
        if row.post_id is not None and row.post_scheduled_at is not None:
            self.show_section("calendar")
            self.calendar.reveal_post(row.post_id, row.post_scheduled_at)
        elif row.direction_id is not None:
            self.show_direction(row.direction_id)
        else:
            self.show_section("calendar")
            if row.event_at is not None:
                self.calendar.go_to(row.event_at.astimezone(self.calendar.time_zone).date())

    # Actions -----------------------------------------------------------------------
    def show_section(self, key: str) -> None:
        """Switch the sidebar and the page to section `key`."""
        for row, section in enumerate(self.sections):
            if section.key == key:
                self.sidebar.setCurrentRow(row)
                return

    def new_post(self) -> None:
        """A new post on the day selected in the calendar (09:00), if that is not past."""
        if self.editors is None or self.ctx is None:
            return
        if "calendar" in self.page_by_key:
            self.calendar.posts.new_post()
        else:
            self.editors.new_post()

    def show_direction(self, ident: int) -> None:
        """Switch to "Arahan & Data" with direction `ident` selected."""
        self.show_section("directions")
        cast("DirectionsPage", self.page("directions")).show_direction(ident)

    def show_note(self, ident: int) -> None:
        """Switch to "Arahan & Data" with data note `ident` selected."""
        self.show_section("directions")
        cast("DirectionsPage", self.page("directions")).show_note(ident)

    # Dropping package zips anywhere on the window imports them. ----------------------------
    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.ctx is not None and package_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    dragEnterEvent = dragMoveEvent  # a QDragEnterEvent is a QDragMoveEvent

    def dropEvent(self, event: QDropEvent) -> None:
        paths = package_paths(event.mimeData())
        if not paths or self.ctx is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.show_section("packages")
        cast("PackagesPage", self.page("packages")).import_files(paths)

    def export_post(self, post_id: int) -> None:
        """Export one post's package from its editor, on the Paket page (shows progress):
        the officer chooses the folder first; the result offers to open it."""
        self.bring_to_front()
        self.show_section("packages")
        cast("PackagesPage", self.page("packages")).panel.export_asking([post_id])

    def bring_to_front(self) -> None:
        """Called when a second start asks this instance to show itself."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # State -------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        restored = geometry is not None and self.restoreGeometry(geometry)
        if not restored or not fits(self):  # a remembered place off this screen is not kept
            place(self, self.size() if restored else QSize(1280, 720))
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        visible = self.settings.value("window/sidebar", True, type=bool)
        self.commands.sidebar_action.setChecked(visible)
        self.sidebar.setVisible(visible)
        row = self.settings.value("window/section", 0, type=int)
        self.sidebar.setCurrentRow(row if 0 <= row < len(self.sections) else 0)

    def save_state(self) -> None:
        """Remember size, position, splitter, columns and the open section."""
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        for page in self.page_by_key.values():
            if isinstance(page, Page):
                page.save_state(self.settings)
        self.settings.setValue("window/sidebar", self.commands.sidebar_action.isChecked())
        self.settings.setValue("window/section", self.sidebar.currentRow())
        self.settings.sync()

    def quit_app(self) -> None:
        """Close for real, even when closing the window would keep the app in the tray."""
        self._quitting = True
        if not self.close():
            self._quitting = False

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if not self._quitting and self.reminders is not None and self.reminders.keeps_running():
            # Reminders keep running in the tray; open editors stay open.
            event.ignore()
            self.hide()
            self.reminders.hidden_to_tray()
            return
        if self.editors is not None:
            outcome = self.editors.close_all()
            if outcome != "closed":
                # "saving": an editor closes once its save is done, then so do we.
                self._quit_after_editors = outcome == "saving"
                event.ignore()
                return
        self.stop_watching()
        super().closeEvent(event)
        self.closed.emit()

    def _editors_closed(self) -> None:
        if self._quit_after_editors:
            self._quit_after_editors = False
            self.quit_app()

    def _quit_cancelled(self) -> None:
        self._quit_after_editors = False
