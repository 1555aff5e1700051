"""What every section page shares: built on first view, attached once the database is open.

A page gets a `Workbench` (application context, data bus, operations, undo group,
settings, status-bar messages, the post editors) in `attach()`; until then it shows no
data.  Pages remember their own layout (column widths, splitters) in the window's
settings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QWidget

from sosmed_desktop.clock import Clock, ProcessClock
from ui.bus import DataBus
from ui.sections import Section

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from sosmed_desktop.bootstrap import AppContext
    from sosmed_desktop.config import Config
    from ui.editor.manager import EditorManager
    from ui.operations import Operations


@dataclass
class Workbench:
    """The shared things a page works with."""

    ctx: AppContext
    bus: DataBus
    undo_group: QUndoGroup
    settings: QSettings
    show_message: Callable[[str], None]
    editors: EditorManager | None = None
    """Opens post editors (None only where a page is tested on its own)."""
    clock: Clock = field(default_factory=ProcessClock)
    """The current time for actions such as snoozing (tests pass their own)."""
    ops: Operations = field(init=False)
    """Runs every operation of the pages (`ui/operations.py`)."""

    def __post_init__(self) -> None:
        from ui.operations import Operations  # the workbench comes with the database

        self.ops = Operations(lambda: self.ctx, self.bus)

    @property
    def config(self) -> Config:
        return self.ctx.config

    @property
    def tz(self) -> ZoneInfo:
        """The officer's time zone."""
        return self.ctx.config.tz


class Page(QWidget):
    """Base class of the page behind a sidebar section."""

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.bench: Workbench | None = None

    def attach(self, bench: Workbench) -> None:
        """Start working with the open database."""
        self.bench = bench
        bench.bus.data_changed.connect(self.on_data_changed)
        self.on_attached()

    def on_attached(self) -> None:
        """Load data for the first time (override)."""

    def on_data_changed(self, kind: str, ids: list) -> None:
        """Refresh what shows records of `kind` (override)."""

    def save_state(self, settings: QSettings) -> None:
        """Remember layout details under ``settings`` (override)."""

    def restore_state(self, settings: QSettings) -> None:
        """Restore what `save_state` remembered (override)."""
