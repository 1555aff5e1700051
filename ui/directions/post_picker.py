"""Choosing posts by title and date: to link them to a direction or to cite a note in them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.directions.labels import when_text
from ui.labels import status_colour, status_label
from ui.operations import Latest

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from sosmed_desktop.services.directions.directions import LinkedPost
    from ui.workbench import Workbench

translate = QCoreApplication.translate


def post_line(post: LinkedPost, tz: ZoneInfo) -> str:
    """ "Title — Sen, 27 Jun 09.30 · Draf" (undated posts say so)."""
    when = (
        when_text(post.scheduled_at, tz)
        if post.scheduled_at
        else translate("Directions", "no date")
    )
    return f"{post.title} — {when} · {status_label(post.status)}"


class PostPicker(QDialog):
    """A searchable list of posts; emits `chosen(ids)` with the selected posts."""

    chosen = Signal(list)
    loaded = Signal(int)

    def __init__(
        self,
        bench: Workbench,
        title: str,
        action: str,
        exclude: set[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bench = bench
        self.exclude = frozenset(exclude)
        self._posts = Latest()
        self.setWindowTitle(title)
        self.resize(620, 460)
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search posts by title or caption"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemDoubleClicked.connect(lambda _item: self._accept())
        layout.addWidget(self.list, 1)
        self.hint = QLabel()
        self.hint.setObjectName("panelMuted")
        layout.addWidget(self.hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setEnabled(False)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.itemSelectionChanged.connect(
            lambda: self.ok.setEnabled(bool(self.list.selectedItems()))
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.reload()

    def reload(self) -> None:
        """Load the posts matching the search (the newest request wins)."""
        from sosmed_desktop.services.posts.lookups import post_choices

        text, exclude = self.search.text(), self.exclude
        self.bench.ops.read(
            self,
            lambda uow: post_choices(uow, text, exclude=exclude),
            self._show,
            latest=self._posts,
        )

    def _show(self, posts: list[LinkedPost]) -> None:
        self.list.clear()
        for post in posts:
            item = QListWidgetItem(post_line(post, self.bench.tz))
            item.setData(Qt.ItemDataRole.UserRole, post.id)
            item.setForeground(status_colour(post.status))
            self.list.addItem(item)
        if posts:
            self.hint.setText(self.tr("Select one or more posts (Ctrl or Shift for several)."))
        else:
            self.hint.setText(self.tr("No posts match. Posts are planned in the Calendar."))
        self.loaded.emit(len(posts))

    def select_ids(self, ids: list[int]) -> None:
        """Select these posts (keyboard-free use, e.g. in tests)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setSelected(item.data(Qt.ItemDataRole.UserRole) in ids)

    def _accept(self) -> None:
        ids = [i.data(Qt.ItemDataRole.UserRole) for i in self.list.selectedItems()]
        if ids:
            self.chosen.emit(ids)
            self.accept()
