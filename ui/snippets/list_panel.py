"""One saved list of the management dialog (hashtag groups or snippets) with its buttons.

The panel only shows entries and says what the officer asked for; the dialog
makes the changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.services.posts.snippets import GROUP, EntryKind
from ui.snippets.commands import Entry
from ui.snippets.texts import content_tooltip

ID_ROLE = Qt.ItemDataRole.UserRole


class ListPanel(QWidget):
    """One of the two lists with its buttons."""

    add_requested = Signal()
    edit_requested = Signal(object)
    delete_requested = Signal(object)
    move_requested = Signal(object, int)

    def __init__(self, kind: EntryKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.rows: list[Entry] = []
        group = kind == GROUP
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Hashtag groups") if group else self.tr("Snippets"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(title.text())
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels(
            [self.tr("Name"), self.tr("Hashtags") if group else self.tr("Text")]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        self.tree.setColumnWidth(0, 150)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self._edit())
        layout.addWidget(self.tree, 1)
        self.empty = QLabel(
            self.tr("No hashtag groups yet. Add the hashtags used again and again.")
            if group
            else self.tr("No snippets yet. Add the standard sign-off, a contact line …")
        )
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)

        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.up_button = QPushButton("▲")
        self.up_button.setToolTip(self.tr("Move up (Alt+Up)"))
        self.up_button.setAccessibleName(self.up_button.toolTip())
        self.down_button = QPushButton("▼")
        self.down_button.setToolTip(self.tr("Move down (Alt+Down)"))
        self.down_button.setAccessibleName(self.down_button.toolTip())
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.up_button, self.down_button):
            button.setAutoDefault(False)
            button.setFixedWidth(36)
            row.addWidget(button)
        layout.addLayout(row)
        for keys, slot in (
            (QKeySequence.StandardKey.Delete, self._delete),
            ("Alt+Up", lambda: self._move(-1)),
            ("Alt+Down", lambda: self._move(1)),
            ("Return", self._edit),
        ):
            action = QAction(self.tree)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.tree.addAction(action)
        self._update_buttons()

    def show_entries(self, rows: list[Entry], select_id: int | None) -> None:
        """Show `rows`, selecting `select_id` (or what was selected, if still there)."""
        keep = select_id if select_id is not None else self.selected_id()
        self.rows = rows
        self.tree.clear()
        for entry in rows:
            content = entry.state.content
            item = QTreeWidgetItem([entry.state.name, " ".join(content.split())])
            item.setData(0, ID_ROLE, entry.id)
            item.setToolTip(1, content_tooltip(content))
            self.tree.addTopLevelItem(item)
            if entry.id == keep:
                self.tree.setCurrentItem(item)
        self.tree.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._update_buttons()

    def selected_id(self) -> int | None:
        items = self.tree.selectedItems()
        return items[0].data(0, ID_ROLE) if items else None

    def selected(self) -> Entry | None:
        chosen = self.selected_id()
        return next((e for e in self.rows if e.id == chosen), None)

    def select(self, entry_id: int) -> None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item.data(0, ID_ROLE) == entry_id:
                self.tree.setCurrentItem(item)

    def set_enabled(self, enabled: bool) -> None:
        """Off while a change is being saved."""
        self.add_button.setEnabled(enabled)
        self._update_buttons(enabled)

    def _update_buttons(self, enabled: bool | None = None) -> None:
        on = self.add_button.isEnabled() if enabled is None else enabled
        entry = self.selected()
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(on and entry is not None)
        self.up_button.setEnabled(on and entry is not None and entry.state.index > 0)
        self.down_button.setEnabled(
            on and entry is not None and entry.state.index < len(self.rows) - 1
        )

    def _edit(self) -> None:
        entry = self.selected()
        if entry is not None and self.edit_button.isEnabled():
            self.edit_requested.emit(entry)

    def _delete(self) -> None:
        entry = self.selected()
        if entry is not None and self.delete_button.isEnabled():
            self.delete_requested.emit(entry)

    def _move(self, offset: int) -> None:
        entry = self.selected()
        button = self.up_button if offset < 0 else self.down_button
        if entry is not None and button.isEnabled():
            self.move_requested.emit(entry, offset)
