"""The main window: sidebar of sections, their pages, menus, status bar.

The window opens before the database does (it is opened in the background), so
the first paint is fast; pages get the application context once it is ready.
Size, position and splitter state are remembered in ``ui.ini`` in the data folder.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QMimeData, QSettings, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QPaintEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from sosmed_desktop import clock
from sosmed_desktop.clock import Clock
from sosmed_desktop.config import Config
from ui.bus import DataBus
from ui.empty_state import EmptyState
from ui.placement import fits, place
from ui.plain_text import action_text, plain_box
from ui.sections import Section, icon, sections
from ui.team.session import TeamSession
from ui.workbench import Page, Workbench

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from sosmed_desktop.bootstrap import AppContext
    from sosmed_desktop.db.migrate import AfterCheck
    from sosmed_desktop.services.profile import Profile
    from sosmed_desktop.services.reminders.rows import ReminderRow
    from ui.calendar.page import CalendarPage
    from ui.directions.page import DirectionsPage
    from ui.editor.manager import EditorManager
    from ui.live_updates import LiveUpdates
    from ui.operations import Latest, Operations
    from ui.packages.page import PackagesPage
    from ui.programs.dialog import ProgramsDialog
    from ui.reminders.hub import ReminderHub
    from ui.search.search_dialog import SearchDialog
    from ui.snippets.dialog import LibraryDialog
    from ui.spelling.dialog import DictionaryDialog


FIRST_DATA_WAIT_MS = 5_000
log = logging.getLogger(__name__)
"""Start-up work waiting for the calendar's month starts anyway after this long."""


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
        self._profile_read: Latest | None = None
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
        self._first_data_shown = False
        self._after_first_data: list[Callable[[], object]] = []
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

        self.profile_label = QToolButton()  # who works here; a click opens the profile
        self.profile_label.setObjectName("profileLink")
        self.profile_label.setAutoRaise(True)
        self.profile_label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.profile_label.setToolTip(self.tr("Your profile (Settings → Profile)"))
        self.profile_label.clicked.connect(self.open_profile_settings)
        self.database_label = QLabel()
        self.database_label.setContentsMargins(10, 0, 10, 0)
        for label in (self.profile_label, self.database_label):
            self.statusBar().addPermanentWidget(label)
        self.statusBar().showMessage(self.tr("Opening the database…"))
        self.team = TeamSession(self)
        self._build_menus()
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

    def _action(self, menu: QMenu, text: str, slot, shortcut: QKeySequence | str | None = None):
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_post_action = self._action(
            file_menu, self.tr("&New post"), self.new_post, QKeySequence.StandardKey.New
        )
        self.trash_action = self._action(file_menu, self.tr("&Trash…"), self.open_trash)
        file_menu.addSeparator()
        self.settings_action = self._action(
            file_menu,
            self.tr("&Settings…"),
            self.open_settings,
            QKeySequence.StandardKey.Preferences,
        )
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.backup_action = self._action(file_menu, self.tr("&Back up now"), self.backup_now)
        self.ics_action = self._action(
            file_menu, self.tr("Export &calendar…"), self.export_calendar
        )
        self.backups_action = self._action(file_menu, self.tr("Bac&kups…"), self.open_backups)
        self._action(file_menu, self.tr("Open &data folder"), self.open_data_folder)
        file_menu.addSeparator()
        quit_action = self._action(
            file_menu, self.tr("&Quit"), self.quit_app, QKeySequence.StandardKey.Quit
        )
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.find_action = self._action(
            edit_menu, self.tr("&Search…"), self.open_search, QKeySequence.StandardKey.Find
        )
        for action in (self.new_post_action, self.trash_action, self.find_action):
            action.setEnabled(False)  # until the database is open
        self.snippets_action = self._action(
            edit_menu, self.tr("&Hashtag groups && snippets…"), self.open_snippets
        )
        self.programs_action = self._action(edit_menu, self.tr("&Programs…"), self.open_programs)
        self.dictionary_action = self._action(
            edit_menu, self.tr("&Dictionary…"), self.open_dictionary
        )
        for action in (self.snippets_action, self.programs_action, self.dictionary_action):
            action.setEnabled(False)
            self.context_ready.connect(lambda action=action: action.setEnabled(True))

        view_menu = bar.addMenu(self.tr("&View"))
        for number, section in enumerate(self.sections, start=1):
            self._action(
                view_menu,
                action_text(section.title),
                lambda _=False, key=section.key: self.show_section(key),
                f"Ctrl+{number}",
            )
        view_menu.addSeparator()
        self.sidebar_action = self._action(
            view_menu, self.tr("Show &sidebar"), self._toggle_sidebar, "Ctrl+B"
        )
        self.sidebar_action.setCheckable(True)
        self.sidebar_action.setChecked(True)
        self._action(
            view_menu,
            self.tr("&Full screen"),
            self._toggle_full_screen,
            QKeySequence.StandardKey.FullScreen,
        )

        help_menu = bar.addMenu(self.tr("&Help"))
        self.guide_action = self._action(help_menu, self.tr("&Guide"), self.show_guide, "F1")
        self._action(help_menu, self.tr("Open &log folder"), self.open_log_folder)
        self.update_action = self._action(
            help_menu, self.tr("Check for &updates…"), self.check_for_updates
        )
        help_menu.addSeparator()
        about = self._action(help_menu, self.tr("&About Sosmed Desktop"), self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about_qt = self._action(help_menu, self.tr("About &Qt"), QApplication.aboutQt)
        about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.team.build_menu(bar, help_menu.menuAction())

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
        engine = "SQLite" if ctx.is_sqlite else "PostgreSQL"
        self.database_label.setText(self.tr("Database: {engine}").format(engine=engine))
        self.statusBar().showMessage(self.tr("Ready"), 4000)
        from ui.editor.manager import EditorManager

        def show_message(text: str) -> None:
            self.statusBar().showMessage(text, 8000)

        self.editors = EditorManager(ctx, self.bus, self.settings, show_message, self)
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
        for action in (self.new_post_action, self.trash_action, self.find_action):
            action.setEnabled(True)
        self.bus.data_changed.connect(self._on_data_changed)
        self.watch_changes(ctx)
        self.context_ready.emit()
        self.after_first_data(self.refresh_profile)
        self.after_first_data(self._offer_recovery)
        self._wait_for_first_data()

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

    def after_first_data(self, work: Callable[[], object]) -> None:
        """Run `work` once the page shown at start has its data (at once if it has).

        The calendar's month is the first thing the officer looks for; the work
        that does not show it (the profile in the status bar, crash drafts, the
        reminders) waits until it is there instead of competing with it for the
        database and for Python's one running thread (the GIL).
        """
        if self._first_data_shown:
            work()
        else:
            self._after_first_data.append(work)

    def _wait_for_first_data(self) -> None:
        calendar = self.page_by_key.get("calendar")
        if calendar is not None and self.pages.currentWidget() is calendar:
            self.calendar.month_loaded.connect(
                self._first_data_loaded, Qt.ConnectionType.SingleShotConnection
            )
            # A month that fails to load is reported; the rest still starts.
            QTimer.singleShot(FIRST_DATA_WAIT_MS, self, self._first_data_arrived)
        else:  # another page: it loads by itself, nothing to wait for
            QTimer.singleShot(0, self, self._first_data_arrived)

    def _first_data_loaded(self, *_rows: object) -> None:
        # A zero timer: the month's view paints first (its update is already posted).
        QTimer.singleShot(0, self, self._first_data_arrived)

    def _first_data_arrived(self) -> None:
        if self._first_data_shown or self.ctx is None:
            return
        self._first_data_shown = True
        current = self.sidebar.currentItem()
        log.info("Start-up complete: page %s shown", current.text() if current else "-")
        waiting, self._after_first_data = self._after_first_data, []
        for work in waiting:
            work()

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
        self.profile_label.setText("")
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

    def refresh_profile(self) -> None:
        """Show who works here in the status bar (read in the background, newest wins)."""
        if self.ctx is None:
            return
        from sosmed_desktop.services.profile import get_profile
        from ui.operations import Latest

        self._profile_read = self._profile_read or Latest()
        self.ops.read(self, get_profile, self._show_profile, latest=self._profile_read)

    def start_reminders(self) -> None:
        """Start the scheduler, tray icon and notification bell (after the database opened).

        Imported only now: APScheduler is not needed for the first paint.  At
        start-up this waits for the calendar's month (`after_first_data`): the
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

    def _show_profile(self, prof: Profile) -> None:
        actor = self.ctx.actor if self.ctx is not None else None
        if actor is not None:
            from ui.team.labels import who_text

            self.profile_label.setText(action_text(who_text(actor)))
            return
        if prof.complete:
            text = f"{prof.officer_name} · {prof.department_short or prof.department_name}"
        else:
            text = self.tr("Profile not set")
        self.profile_label.setText(action_text(text))
        font = self.profile_label.font()
        font.setUnderline(not prof.complete)  # a link to fill it in
        self.profile_label.setFont(font)

    def _on_data_changed(self, kind: str, _ids: list) -> None:
        from sosmed_desktop.db.change_kinds import Kind

        if kind in (Kind.PROFILE, Kind.ALL):
            self.refresh_profile()

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
            self.calendar.new_post()
        else:
            self.editors.new_post()

    def open_search(self) -> None:
        """Search posts, directions and data notes (one search window, brought forward
        on each Ctrl+F)."""
        if self.bench is None or self.editors is None:
            return
        if self.search_dialog is None:
            from ui.search.search_dialog import SearchDialog

            self.search_dialog = SearchDialog(self.bench, self.open_found, self)
        self.search_dialog.start()

    def open_snippets(self) -> LibraryDialog | None:
        """The saved hashtag groups and caption snippets (also in the editor's Insert menu)."""
        if self.ctx is None:
            return None
        from ui.snippets.dialog import LibraryDialog

        dialog = LibraryDialog(self.ctx, self.bus, self)
        dialog.open()
        return dialog

    def open_programs(self) -> ProgramsDialog | None:
        """The department's programs and their colours (also from the calendar's legend)."""
        from ui.programs.dialog import open_programs

        return open_programs(self.bench, self)

    def open_dictionary(self) -> DictionaryDialog | None:
        """The department's own words for the spell checker."""
        from ui.spelling.dialog import open_dictionary

        return open_dictionary(self.bench, self)

    def open_found(self, kind: str, ident: int) -> None:
        """Open a search hit: a post in its editor, a direction or data note on its page."""
        from sosmed_desktop.services.search.search import HitKind

        if kind == HitKind.POST:
            if self.editors is not None:
                self.editors.open_post(ident)
        elif kind == HitKind.DIRECTION:
            self.show_direction(ident)
        elif kind == HitKind.DATA_NOTE:
            self.show_note(ident)

    def show_direction(self, ident: int) -> None:
        """Switch to "Arahan & Data" with direction `ident` selected."""
        self.show_section("directions")
        cast("DirectionsPage", self.page("directions")).show_direction(ident)

    def show_note(self, ident: int) -> None:
        """Switch to "Arahan & Data" with data note `ident` selected."""
        self.show_section("directions")
        cast("DirectionsPage", self.page("directions")).show_note(ident)

    def open_trash(self) -> None:
        if self.ctx is None:
            return
        from ui.editor.trash_dialog import TrashDialog

        TrashDialog(self.ctx, self.bus, self).open()

    def open_settings(self, _checked: bool = False, *, profile: bool = False) -> None:
        """The Settings dialog (on its Profile tab with `profile`)."""
        from ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self.config, self.ctx, self.ops, self)
        if profile:
            dialog.tabs.setCurrentWidget(dialog.profile_form)
        dialog.exec()

    def open_profile_settings(self) -> None:
        """The status bar's profile was clicked: fill it in or change it."""
        self.open_settings(profile=True)

    def backup_now(self) -> None:
        """Write a verified backup in the background and say where it went."""
        ctx = self.ctx
        if ctx is None:
            return
        db_file = ctx.sqlite_file
        if db_file is None:
            self.statusBar().showMessage(
                self.tr("A PostgreSQL database is backed up on its server."), 8000
            )
            return
        from sosmed_desktop.services.backup import backup_sqlite

        self.backup_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Backing up…"))

        def done(path: Path) -> None:
            self.backup_action.setEnabled(True)
            self.statusBar().showMessage(self.tr("Backup written: {name}").format(name=path.name))

        def failed(_exc: BaseException) -> None:
            self.backup_action.setEnabled(True)
            self.statusBar().clearMessage()

        folder = ctx.config.backups_dir
        self.ops.background(
            self, lambda: backup_sqlite(db_file, folder, "manual"), done, on_error=failed
        )

    def export_calendar(self) -> None:
        """Ask for a date range and a file, then write the iCalendar file."""
        if self.bench is None:
            return
        from ui.packages.ics_dialog import IcsDialog

        dialog = IcsDialog(self.bench, self)
        dialog.written.connect(
            lambda result: self.statusBar().showMessage(
                self.tr("Calendar written: {name} (%n post(s))", "", result.events).format(
                    name=result.path.name
                ),
                8000,
            )
        )
        dialog.exec()

    # Dropping package zips anywhere on the window imports them. ----------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.ctx is not None and package_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.ctx is not None and package_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

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

    def open_backups(self) -> None:
        """The Backups dialog (list, back up, restore); needs the open database."""
        if self.ctx is None:
            return
        from ui.backups.dialog import BackupsDialog

        dialog = BackupsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.config.data_dir)))

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))

    def check_for_updates(self) -> None:
        """Bantuan → Periksa pembaruan: read the version file IT keeps (never automatic)."""
        from ui.update_check import UpdateCheck

        UpdateCheck(self.ops, self, self.config, self.open_settings, self.quit_app).start()

    def show_guide(self) -> None:
        from ui.guide import show_guide

        show_guide(self, self.settings)

    def show_about(self) -> None:
        from ui.about import show_about

        show_about(self, self.config, self.ctx)

    def _toggle_sidebar(self, checked: bool) -> None:
        self.sidebar.setVisible(checked)

    def _toggle_full_screen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

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
        self.sidebar_action.setChecked(visible)
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
        self.settings.setValue("window/sidebar", self.sidebar_action.isChecked())
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
