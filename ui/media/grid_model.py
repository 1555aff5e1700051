"""The media grid's model: the ids of a filter result, rows fetched a page at a time.

The model knows only the ids matching the current filter (5,000 items: 5,000
integers).  The row of a cell (title, thumbnail key, kind) is fetched when the
view first asks for it, a page of `PAGE` rows per background query, and kept in
a bounded cache; thumbnails come from `ThumbnailLoader`.  Until a row or a
thumbnail is there, the cell shows a grey placeholder.  Pages asked for before
the ids changed are dropped when they arrive (`Latest`).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from ui.media.thumb_loader import ThumbnailLoader
from ui.operations import Latest
from ui.plain_text import as_html

if TYPE_CHECKING:
    from sosmed_desktop.services.media.library import MediaRow

Index = QModelIndex | QPersistentModelIndex
PAGE = 100
CACHED_PAGES = 12
ICON = QSize(150, 150)

RowFetcher = Callable[[list[int], Callable[[list["MediaRow"]], None], Latest], None]
"""(ids, deliver, rows) fetches the rows of `ids` in the background and hands them to
`deliver`, as a request that joins `rows` (`Operations.read(..., latest=rows, join=True)`):
the model cancels `rows` when its ids change, so older pages never arrive."""


def placeholder(colour: str = "#e3e8ee", mark: str = "") -> QPixmap:
    """A neutral square shown while a thumbnail loads (or the video symbol)."""
    pixmap = QPixmap(ICON)
    pixmap.fill(QColor(colour))
    if mark:
        painter = QPainter(pixmap)
        painter.setPen(QColor("#5b6b7f"))
        font = painter.font()
        font.setPointSize(28)
        painter.setFont(font)
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, mark)
        painter.end()
    return pixmap


class MediaGridModel(QAbstractListModel):
    """Ids of the shown items plus a small cache of their rows."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    ROW_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, loader: ThumbnailLoader, fetch_rows: RowFetcher, parent=None) -> None:
        super().__init__(parent)
        self.loader = loader
        self._fetch_rows = fetch_rows
        self._ids: list[int] = []
        self._position: dict[int, int] = {}
        self._pages: OrderedDict[int, dict[int, MediaRow]] = OrderedDict()
        self._loading: set[int] = set()
        self._rows = Latest()
        self._rows_by_sha: dict[str, set[int]] = {}
        self._waiting = QIcon(placeholder())
        self._broken = QIcon(placeholder("#f3d9d9", "!"))
        self._video = QIcon(placeholder("#d9e2ec", "▶"))
        loader.loaded.connect(self._thumbnail_loaded)

    # Content -----------------------------------------------------------------------
    def set_ids(self, ids: list[int]) -> None:
        """Show these items (a new filter result); cached rows are dropped."""
        self.beginResetModel()
        self._rows.cancel()
        self._ids = list(ids)
        self._position = {media_id: row for row, media_id in enumerate(self._ids)}
        self._pages.clear()
        self._loading.clear()
        self._rows_by_sha.clear()
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, media_id: int) -> int | None:
        return self._position.get(media_id)

    def cached_rows(self) -> int:
        """How many rows are held (the benchmark reports it)."""
        return sum(len(page) for page in self._pages.values())

    # Qt interface ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == self.ID_ROLE:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(ICON.width() + 16, ICON.height() + 34)
        row = self._row(index.row())
        if role == self.ROW_ROLE:
            return row
        if row is None:
            if role == Qt.ItemDataRole.DecorationRole:
                return self._waiting
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            prefix = "★ " if row.favourite else ""
            return prefix + row.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return as_html(row.title)
        if role == Qt.ItemDataRole.DecorationRole:
            pixmap = self.loader.pixmap(row.sha256, row.path, row.kind)
            if pixmap is not None:
                return QIcon(pixmap)
            if self.loader.failed(row.sha256):
                return self._video if row.kind == "video" else self._broken
            return self._waiting
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # Row cache -----------------------------------------------------------------------
    def _row(self, position: int) -> MediaRow | None:
        page_number = position // PAGE
        page = self._pages.get(page_number)
        if page is None:
            self._load_page(page_number)
            return None
        self._pages.move_to_end(page_number)
        return page.get(self._ids[position])

    def _load_page(self, page_number: int) -> None:
        if page_number in self._loading:
            return
        self._loading.add(page_number)
        ids = self._ids[page_number * PAGE : (page_number + 1) * PAGE]
        self._fetch_rows(ids, lambda rows: self._page_loaded(page_number, rows), self._rows)

    def _page_loaded(self, page_number: int, rows: list[MediaRow]) -> None:
        self._loading.discard(page_number)
        self._pages[page_number] = {r.id: r for r in rows}
        for r in rows:
            self._rows_by_sha.setdefault(r.sha256, set()).add(r.id)
        while len(self._pages) > CACHED_PAGES:
            _, dropped = self._pages.popitem(last=False)
            for r in dropped.values():
                self._rows_by_sha.get(r.sha256, set()).discard(r.id)
        first = page_number * PAGE
        last = min(len(self._ids), first + PAGE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first), self.index(last))

    def _thumbnail_loaded(self, sha: str) -> None:
        for media_id in self._rows_by_sha.get(sha, ()):
            row = self._position.get(media_id)
            if row is not None:
                # No roles list: passing one crashed PySide6 6.12 after some thousand
                # emissions (a reference-count bug in its list conversion).
                index = self.index(row)
                self.dataChanged.emit(index, index)
