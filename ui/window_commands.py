"""The main window's menu bar, its actions, and the commands behind them that open a
dialog or a tool (search, settings, backups, the guide …).

The window keeps what it is: its sections and pages, the open database, the status
bar, its state and closing.  Everything a menu entry opens lives here, so a new
dialog is added in one place: its action in `build` and its command below.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from ui.plain_text import action_text

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.programs.dialog import ProgramsDialog
    from ui.snippets.dialog import LibraryDialog
    from ui.spelling.dialog import DictionaryDialog


class WindowCommands(QObject):
    """The menus of `window` and what their entries open."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._build()

    def _action(self, menu: QMenu, text: str, slot, shortcut: QKeySequence | str | None = None):
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build(self) -> None:
        window = self.window
        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_post_action = self._action(
            file_menu, self.tr("&New post"), window.new_post, QKeySequence.StandardKey.New
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
            file_menu, self.tr("&Quit"), window.quit_app, QKeySequence.StandardKey.Quit
        )
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = window.undo_group.createUndoAction(window, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = window.undo_group.createRedoAction(window, self.tr("&Redo"))
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
            window.context_ready.connect(lambda action=action: action.setEnabled(True))

        view_menu = bar.addMenu(self.tr("&View"))
        for number, section in enumerate(window.sections, start=1):
            self._action(
                view_menu,
                action_text(section.title),
                lambda _=False, key=section.key: window.show_section(key),
                f"Ctrl+{number}",
            )
        view_menu.addSeparator()
        self.sidebar_action = self._action(
            view_menu, self.tr("Show &sidebar"), window.sidebar.setVisible, "Ctrl+B"
        )
        self.sidebar_action.setCheckable(True)
        self.sidebar_action.setChecked(True)
        self._action(
            view_menu,
            self.tr("&Full screen"),
            lambda: window.setWindowState(window.windowState() ^ Qt.WindowState.WindowFullScreen),
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
        window.team.build_menu(bar, help_menu.menuAction())

    def database_opened(self) -> None:
        """What needs the open database becomes available."""
        for action in (self.new_post_action, self.trash_action, self.find_action):
            action.setEnabled(True)

    # The commands ---------------------------------------------------------------------
    def open_search(self) -> None:
        """Search posts, directions and data notes (one search window, brought forward
        on each Ctrl+F)."""
        window = self.window
        if window.bench is None or window.editors is None:
            return
        if window.search_dialog is None:
            from ui.search.search_dialog import SearchDialog

            window.search_dialog = SearchDialog(window.bench, self.open_found, window)
        window.search_dialog.start()

    def open_found(self, kind: str, ident: int) -> None:
        """Open a search hit: a post in its editor, a direction or data note on its page."""
        from sosmed_desktop.services.search.search import HitKind

        window = self.window

        if kind == HitKind.POST:
            if window.editors is not None:
                window.editors.open_post(ident)
        elif kind == HitKind.DIRECTION:
            window.show_direction(ident)
        elif kind == HitKind.DATA_NOTE:
            window.show_note(ident)

    def open_snippets(self) -> LibraryDialog | None:
        """The saved hashtag groups and caption snippets (also in the editor's Insert menu)."""
        if self.window.ctx is None:
            return None
        from ui.snippets.dialog import LibraryDialog

        dialog = LibraryDialog(self.window.ctx, self.window.bus, self.window)
        dialog.open()
        return dialog

    def open_programs(self) -> ProgramsDialog | None:
        """The department's programs and their colours (also from the calendar's legend)."""
        from ui.programs.dialog import ProgramsDialog

        return ProgramsDialog.open_over(self.window.bench, self.window)

    def open_dictionary(self) -> DictionaryDialog | None:
        """The department's own words for the spell checker."""
        from ui.spelling.dialog import DictionaryDialog

        return DictionaryDialog.open_over(self.window.bench, self.window)

    def open_trash(self) -> None:
        if self.window.ctx is None:
            return
        from ui.editor.trash_dialog import TrashDialog

        TrashDialog(self.window.ctx, self.window.bus, self.window).open()

    def open_settings(self, _checked: bool = False, *, profile: bool = False) -> None:
        """The Settings dialog (on its Profile tab with `profile`)."""
        from ui.settings.dialog import SettingsDialog

        window = self.window
        dialog = SettingsDialog(window.config, window.ctx, window.ops, window)
        if profile:
            dialog.tabs.setCurrentWidget(dialog.profile_form)
        dialog.exec()

    def backup_now(self) -> None:
        """Write a verified backup in the background and say where it went."""
        window = self.window
        ctx = window.ctx
        if ctx is None:
            return
        db_file = ctx.sqlite_file
        if db_file is None:
            window.show_status(self.tr("A PostgreSQL database is backed up on its server."))
            return
        from sosmed_desktop.services.backup import backup_sqlite

        self.backup_action.setEnabled(False)
        window.statusBar().showMessage(self.tr("Backing up…"))

        def done(path: Path) -> None:
            self.backup_action.setEnabled(True)
            window.statusBar().showMessage(self.tr("Backup written: {name}").format(name=path.name))

        def failed(_exc: BaseException) -> None:
            self.backup_action.setEnabled(True)
            window.statusBar().clearMessage()

        folder = ctx.config.backups_dir
        window.ops.background(
            window, lambda: backup_sqlite(db_file, folder, "manual"), done, on_error=failed
        )

    def export_calendar(self) -> None:
        """Ask for a date range and a file, then write the iCalendar file."""
        window = self.window
        if window.bench is None:
            return
        from ui.packages.ics_dialog import IcsDialog

        dialog = IcsDialog(window.bench, window)
        dialog.written.connect(
            lambda result: window.show_status(
                self.tr("Calendar written: {name} (%n post(s))", "", result.events).format(
                    name=result.path.name
                )
            )
        )
        dialog.exec()

    def open_backups(self) -> None:
        """The Backups dialog (list, back up, restore); needs the open database."""
        if self.window.ctx is None:
            return
        from ui.backups.dialog import BackupsDialog

        dialog = BackupsDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.window.config.data_dir)))

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.window.log_file.parent)))

    def check_for_updates(self) -> None:
        """Bantuan → Periksa pembaruan: read the version file IT keeps (never automatic)."""
        from ui.update_check import UpdateCheck

        window = self.window
        UpdateCheck(window.ops, window, window.config, self.open_settings, window.quit_app).start()

    def show_guide(self) -> None:
        from ui.guide import show_guide

        show_guide(self.window, self.window.settings)

    def show_about(self) -> None:
        from ui.about import show_about

        show_about(self.window, self.window.config, self.window.ctx)
