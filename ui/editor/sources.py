"""The editor's "Sources" side tab (Sumber): directions a post answers, data it cites.

It wires itself to the editor, so the window only creates it and adds the tab:
it follows the editor's load, save and checks, listens on the data bus for
changes made on the Arahan & Data page (a direction edited, a note's date
changed, the stale age set in Settings) and re-runs the content checks then,
since a note going out of date changes the findings of an unchanged post.

"Insert data note…" is offered where the officer types too: a button at the
caption tabs, the captions' context menu, and Ctrl+Shift+D anywhere in the
editor.  What each half does and how its undo works is told in
`ui/editor/source_directions.py` and `ui/editor/source_citations.py`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QSplitter, QToolButton, QVBoxLayout, QWidget

from sosmed_desktop.db.change_kinds import Kind
from ui.editor.captions import CaptionEdit
from ui.editor.source_citations import CitationsSection
from ui.editor.source_directions import DirectionsSection
from ui.editor.source_pickers import warning_icon

if TYPE_CHECKING:
    from ui.editor.checks_panel import ShownFinding
    from ui.editor.host import EditorHost

INSERT_SHORTCUT = "Ctrl+Shift+D"
CITATION_FINDINGS = ("stale_data_note", "data_note_missing")


class SourcesPanel(QWidget):
    """Directions this post answers (above) and the data it cites (below)."""

    def __init__(self, editor: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.directions = DirectionsSection(editor)
        self.citations = CitationsSection(editor)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.directions)
        split.addWidget(self.citations)
        split.setStretchFactor(0, 1)  # a post answers a direction or two
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(split)

        self.insert_action = QAction(self.tr("Insert data note…"), editor.window())
        self.insert_action.setShortcut(QKeySequence(INSERT_SHORTCUT))
        self.insert_action.setToolTip(
            self.tr("Insert a figure with its source at the caption cursor ({keys})").format(
                keys=INSERT_SHORTCUT
            )
        )
        self.insert_action.triggered.connect(lambda: self.citations.pick_note())
        editor.window().addAction(self.insert_action)
        corner = QToolButton()
        corner.setObjectName("insertDataNote")
        corner.setDefaultAction(self.insert_action)
        corner.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        editor.captions.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        self.corner = corner
        self._offer_in_menu(editor.captions.master.caption)

        editor.captions.tab_created.connect(lambda tab: self._offer_in_menu(tab.caption))
        editor.loaded.connect(self.reload)
        editor.saved.connect(lambda _id: self.reload())
        editor.checked.connect(self._after_checks)
        editor.operation_done.connect(lambda _key: self.update_state())
        editor.checks.finding_activated.connect(self._finding_activated)
        editor.bus.data_changed.connect(self._data_changed)
        self.citations.shown.connect(self._mark_tab)
        self.update_state()

    def _offer_in_menu(self, edit: CaptionEdit) -> None:
        edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        def show_menu(pos: QPoint) -> None:
            menu = self.caption_menu(edit, pos)
            menu.exec(edit.viewport().mapToGlobal(pos))
            menu.deleteLater()

        edit.customContextMenuRequested.connect(show_menu)

    def caption_menu(self, edit: CaptionEdit, pos: QPoint) -> QMenu:
        """The caption's usual context menu, plus "Insert data note…"."""
        menu = edit.createStandardContextMenu(pos)
        menu.addSeparator()
        menu.addAction(self.insert_action)
        return menu

    # Following the editor ------------------------------------------------------------------
    def reload(self) -> None:
        """Everything again (after loading or saving)."""
        self.directions.reload()
        self.citations.refresh(force=True)
        self.update_state()

    def update_state(self) -> None:
        self.directions.update_buttons()
        self.citations.update_buttons()
        self.insert_action.setEnabled(self.citations.can_edit())

    def _after_checks(self) -> None:
        """The checks ran after a change: the cited ids may have changed (load, undo)."""
        self.citations.refresh()
        self.update_state()

    def _data_changed(self, kind: str, ids: list) -> None:
        editor, state = self.editor, self.editor.state
        if not state.ready or state.finished:
            return
        if kind in (Kind.DIRECTION, Kind.ALL) or (kind == Kind.POST and state.post_id in ids):
            self.directions.reload()
        if kind in (Kind.DATA_NOTE, Kind.SETTINGS, Kind.ALL):
            self.citations.follow_database()
            self.citations.refresh(force=True)
            editor.run_checks()  # a note's date or the stale age changes the findings

    def _finding_activated(self, shown: ShownFinding) -> None:
        """A citation finding clicked in the checks: show the note here."""
        finding = shown.finding
        if finding.code in CITATION_FINDINGS:
            self.editor.side.setCurrentWidget(self)
            self.citations.select_note(finding.params.get("note_id", -1))

    def _mark_tab(self) -> None:
        side = self.editor.side
        index = side.indexOf(self)
        if index >= 0:
            side.setTabIcon(index, warning_icon() if self.citations.has_problem() else QIcon())
