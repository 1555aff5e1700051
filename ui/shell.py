"""What the main window offers the helpers it starts, as narrow interfaces.

The reminders hub, the team session and the Backups dialog each need a few
things of the window, not the whole of it.  They name these protocols instead
of `MainWindow`, so none of them imports the window (which imports them): each
interface says what its helper may ask for.  `MainWindow` implements both; it is
a QMainWindow, and the helpers parent their dialogs, icons and labels to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from sosmed_desktop.bootstrap import AppContext
    from sosmed_desktop.config import Config
    from sosmed_desktop.services.reminders.rows import ReminderRow
    from ui.bus import DataBus
    from ui.operations import Operations
    from ui.window_status import WindowStatus


class WindowShell(Protocol):
    """The window as the reminders hub and the team session see it."""

    bus: DataBus
    status_line: WindowStatus
    """The status bar's parts (the hub takes its bell)."""
    ctx: AppContext | None
    """The open database's context; None until it is open (and someone signed in)."""

    @property
    def ops(self) -> Operations:
        """Runs the operations of the window's own dialogs (`ui/operations.py`)."""
        ...

    def statusBar(self) -> QStatusBar: ...

    def isHidden(self) -> bool: ...

    def show_status(self, text: str) -> None: ...

    def show_section(self, key: str) -> None: ...

    def open_reminder(self, row: ReminderRow) -> None: ...

    def bring_to_front(self) -> None: ...

    def quit_app(self) -> None: ...

    def leave_data(self) -> bool:
        """Signing out: nothing of the data shows or runs; False while editors are open."""
        ...

    def return_to_data(self) -> None:
        """Someone signed in again: every view reloads for them, the reminders start."""
        ...


class DatabaseSwap(Protocol):
    """The window as the Backups dialog sees it: a restore puts another database in place."""

    config: Config
    ctx: AppContext | None

    @property
    def ops(self) -> Operations: ...

    def show_status(self, text: str) -> None: ...

    def stop_watching(self) -> None:
        """Before the database file is replaced (the watcher's connection keeps it open)."""
        ...

    def watch_changes(self, ctx: AppContext) -> None: ...

    def replace_context(self, ctx: AppContext) -> None:
        """Work with the restored database: every view reloads."""
        ...

    def lose_context(self, exc: BaseException, details: str = "") -> None:
        """The database in place cannot be used any more: explain and close."""
        ...
