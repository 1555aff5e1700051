"""Search (Ctrl+F): posts, leadership directions and data notes, as you type.

The core's search (FTS5 on SQLite, tsvector on PostgreSQL) runs in the background a moment after the
last keystroke, through the workbench's operations (so a restored database is
searched, not the one it replaced); an older search still running never
overwrites a newer one (`Latest`), and a change announced on the data bus
searches again, so a hit deleted or edited meanwhile does not linger.  Enter or a
double-click opens the hit: a post in its editor, a direction or data note selected
on the "Arahan & Data" page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.db.change_kinds import Kind
from sosmed_desktop.errors import DomainError
from sosmed_desktop.services.search.search import HitKind, SearchHit
from ui.errors import describe
from ui.operations import Latest
from ui.plain_text import plain_label
from ui.search.hits import HTML_ROLE, HtmlDelegate, hit_html

if TYPE_CHECKING:
    from sosmed_desktop.db.uow import UnitOfWork
    from ui.workbench import Workbench

DEBOUNCE_MS = 250
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
"""A hit as "kind:id"."""
SEARCHED_KINDS = (Kind.POST, Kind.DIRECTION, Kind.DATA_NOTE, Kind.PROGRAM, Kind.ALL)
"""Announced changes that can change what a search finds."""


class SearchDialog(QDialog):
    """A search box and its results; stays open beside the work."""

    results_shown = Signal(int)

    def __init__(
        self,
        bench: Workbench,
        open_hit: Callable[[str, int], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bench = bench
        self.open_hit = open_hit
        self._searching = Latest()
        self.hits: list[SearchHit] = []
        self.setWindowTitle(self.tr("Search"))
        self.setModal(False)
        self.resize(640, 540)
        layout = QVBoxLayout(self)
        self.query = QLineEdit()
        self.query.setClearButtonEnabled(True)
        self.query.setAccessibleName(self.tr("Search"))
        self.query.setPlaceholderText(
            self.tr('Posts, directions, data notes… ("exact phrase", -exclude)')
        )
        self.query.setToolTip(
            self.tr(
                "Searches post titles, captions, tags and notes; who gave a direction, its "
                "text and program; data notes' titles, figures, sources and tags."
            )
        )
        self.query.textChanged.connect(self._typed)
        self.query.returnPressed.connect(self.open_current)
        self.query.installEventFilter(self)
        layout.addWidget(self.query)
        self.status = plain_label(self.tr("Type to search."))
        self.status.setObjectName("hint")
        layout.addWidget(self.status)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Results"))
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(lambda _item: self.open_current())
        self.results.itemDoubleClicked.connect(lambda _item: self.open_current())
        layout.addWidget(self.results, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search)
        bench.bus.data_changed.connect(self._data_changed)

    def start(self, text: str = "") -> None:
        """Show the dialog with the cursor in the search box (searching again: the data
        may have changed while it was closed)."""
        if text:
            self.query.setText(text)
        elif self.isHidden() and self.query.text().strip():
            self.timer.start()
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus()
        self.query.selectAll()

    def _typed(self) -> None:
        self.timer.start()

    def _data_changed(self, kind: str, _ids: list) -> None:
        if kind in SEARCHED_KINDS and self.isVisible() and self.query.text().strip():
            self.timer.start()

    def search(self) -> None:
        """Run the search for the current text in the background."""
        text = self.query.text()
        if not text.strip():
            self._searching.cancel()
            self._show([])
            return
        self.status.setText(self.tr("Searching…"))

        def work(uow: UnitOfWork) -> list[SearchHit]:
            from sosmed_desktop.services.search.search import search_all

            return search_all(uow, text)

        def refused(exc: BaseException) -> bool:
            """A query the search cannot use is explained under the box, not in a box."""
            if isinstance(exc, DomainError):
                self.status.setText(describe(exc))
                return True
            return False

        self.bench.ops.read(self, work, self._show, latest=self._searching, on_error=refused)

    def _show(self, hits: list[SearchHit]) -> None:
        current = self.results.currentItem()
        keep = current.data(KEY_ROLE) if current is not None else None
        self.hits = hits
        self.results.clear()
        tz = self.bench.tz
        for hit in hits:
            item = QListWidgetItem()
            item.setData(KEY_ROLE, f"{hit.kind.value}:{hit.id}")
            item.setData(HTML_ROLE, hit_html(hit, tz))
            self.results.addItem(item)
        if hits:
            keys = [f"{hit.kind.value}:{hit.id}" for hit in hits]
            self.results.setCurrentRow(keys.index(keep) if keep in keys else 0)
        if not self.query.text().strip():
            self.status.setText(self.tr("Type to search."))
        elif hits:
            self.status.setText(self.tr("Found: {counts}").format(counts=self._counts(hits)))
        else:
            self.status.setText(self.tr("Nothing found."))
        self.results_shown.emit(len(hits))

    def _counts(self, hits: list[SearchHit]) -> str:
        """ "2 posts, 1 direction, 3 data notes", leaving out kinds with none."""
        kinds = Counter(hit.kind for hit in hits)
        posts, directions, notes = (
            kinds[HitKind.POST],
            kinds[HitKind.DIRECTION],
            kinds[HitKind.DATA_NOTE],
        )
        parts = [
            self.tr("%n post(s)", "", posts) if posts else "",
            self.tr("%n direction(s)", "", directions) if directions else "",
            self.tr("%n data note(s)", "", notes) if notes else "",
        ]
        return ", ".join(part for part in parts if part)

    def open_current(self) -> None:
        """Open the selected result (the first one when none is selected)."""
        item = self.results.currentItem() or self.results.item(0)
        if item is not None:
            kind, ident = str(item.data(KEY_ROLE)).split(":")
            self.open_hit(kind, int(ident))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up/Down in the search box move through the results.
        if (
            watched is self.query
            and isinstance(event, QKeyEvent)
            and (
                event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
                and self.results.count()
            )
        ):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)
