"""The "Arahan & Data" page: leadership directions and the data notes posts cite.

Two tabs share one undo stack (added to the window's undo group, active only
while the page shows), so Ctrl+Z undoes the last edit, status change, link or
attachment made here, and never one made here while another page is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QHideEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from sosmed_desktop.db.change_kinds import Kind
from ui.directions.directions_tab import DirectionsTab
from ui.directions.notes_tab import NotesTab
from ui.sections import Section
from ui.workbench import Page


class DirectionsPage(Page):
    """Tabs "Arahan Pimpinan" and "Data Pendukung"."""

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(section, parent)
        self.undo_stack = QUndoStack(self)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("directionsTabs")
        self.directions = DirectionsTab()
        self.notes = NotesTab()
        self.tabs.addTab(self.directions, self.tr("Leadership directions"))
        self.tabs.addTab(self.notes, self.tr("Supporting data"))
        for index, tab in enumerate((self.directions, self.notes)):
            tab.table.setAccessibleName(self.tabs.tabText(index))
        layout.addWidget(self.tabs)

    def on_attached(self) -> None:
        assert self.bench is not None
        self.bench.undo_group.addStack(self.undo_stack)
        if self.isVisible():
            self.bench.undo_group.setActiveStack(self.undo_stack)
        self.directions.attach(self.bench, self.undo_stack)
        self.notes.attach(self.bench, self.undo_stack)

    def show_direction(self, ident: int) -> None:
        """Bring the directions tab forward with direction `ident` selected."""
        self.tabs.setCurrentWidget(self.directions)
        self.directions.show_direction(ident)

    def show_note(self, ident: int) -> None:
        """Bring the data notes tab forward with data note `ident` selected."""
        self.tabs.setCurrentWidget(self.notes)
        self.notes.show_note(ident)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.bench is not None:
            self.bench.undo_group.setActiveStack(self.undo_stack)

    def hideEvent(self, event: QHideEvent) -> None:
        # Ctrl+Z on another page must not undo a change made here, unseen.
        if self.bench is not None and self.bench.undo_group.activeStack() is self.undo_stack:
            self.bench.undo_group.setActiveStack(None)
        super().hideEvent(event)

    def on_data_changed(self, kind: str, ids: list) -> None:
        if kind in (Kind.DIRECTION, Kind.POST, Kind.PROGRAM, Kind.ALL):
            self.directions.reload()
        if kind in (Kind.DATA_NOTE, Kind.POST, Kind.SETTINGS, Kind.ALL):
            self.notes.reload()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("directions/tab", self.tabs.currentIndex())
        self.directions.save_state(settings)
        self.notes.save_state(settings)

    def restore_state(self, settings: QSettings) -> None:
        self.tabs.setCurrentIndex(int(settings.value("directions/tab", 0)))
        self.directions.restore_state(settings)
        self.notes.restore_state(settings)
