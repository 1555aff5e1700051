"""Find posts (Ctrl+F): search as you type over titles, captions, tags and notes.

The core's search (FTS5 on SQLite) runs in the background a moment after the
last keystroke; an older search still running never overwrites a newer one.
Enter or a double-click opens the post in its editor.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QKeyEvent, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.errors import DomainError
from sosmed_desktop.services.search import SearchHit
from ui.errors import describe
from ui.i18n import short_date, time_text
from ui.labels import status_colour, status_label
from ui.tasks import run_task

if TYPE_CHECKING:
    from sosmed_desktop.bootstrap import AppContext

DEBOUNCE_MS = 250
ID_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2


def marked(text: str, spans) -> str:
    """`text` as HTML with the matched words in bold on yellow."""
    out, position = [], 0
    for span in sorted(spans, key=lambda s: s.start):
        if span.start < position:
            continue
        out.append(html.escape(text[position : span.start]))
        out.append(f"<b style='background:#fde68a'>{html.escape(text[span.start : span.end])}</b>")
        position = span.end
    out.append(html.escape(text[position:]))
    return "".join(out)


class HtmlDelegate(QStyledItemDelegate):
    """Paints an item's `HTML_ROLE` rich text, wrapped to the view's width."""

    def _document(self, option: QStyleOptionViewItem, index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(index.data(HTML_ROLE) or "")
        document.setTextWidth(max(100, option.rect.width() - 12))
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            # A light selection keeps the coloured date, status and highlights readable.
            painter.fillRect(option.rect, QColor("#dbe7f3"))
            bar = option.rect.adjusted(0, 0, 3 - option.rect.width(), 0)
            painter.fillRect(bar, QColor("#1f4e79"))
        painter.setPen(QColor("#e4e9ef"))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        document = self._document(option, index)
        painter.translate(option.rect.left() + 6, option.rect.top() + 4)
        document.documentLayout().draw(painter, QAbstractTextDocumentLayout.PaintContext())
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 8)


class SearchDialog(QDialog):
    """A search box and its results; stays open beside the work."""

    results_shown = Signal(int)

    def __init__(
        self, ctx: AppContext, open_post: Callable[[int], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open_post = open_post
        self._generation = 0
        self.hits: list[SearchHit] = []
        self.setWindowTitle(self.tr("Find posts"))
        self.setModal(False)
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        self.query = QLineEdit()
        self.query.setClearButtonEnabled(True)
        self.query.setPlaceholderText(
            self.tr('Search titles, captions, tags and notes… ("exact phrase", -exclude)')
        )
        self.query.textChanged.connect(self._typed)
        self.query.returnPressed.connect(self.open_current)
        self.query.installEventFilter(self)
        layout.addWidget(self.query)
        self.status = QLabel(self.tr("Type to search."))
        self.status.setObjectName("hint")
        layout.addWidget(self.status)
        self.results = QListWidget()
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(lambda _item: self.open_current())
        self.results.itemDoubleClicked.connect(lambda _item: self.open_current())
        layout.addWidget(self.results, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search)

    def start(self, text: str = "") -> None:
        """Show the dialog with the cursor in the search box."""
        if text:
            self.query.setText(text)
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus()
        self.query.selectAll()

    def _typed(self) -> None:
        self.timer.start()

    def search(self) -> None:
        """Run the search for the current text in the background."""
        text = self.query.text()
        self._generation += 1
        generation = self._generation
        if not text.strip():
            self._show(generation, [])
            return
        ctx = self.ctx
        self.status.setText(self.tr("Searching…"))

        def work() -> list[SearchHit]:
            from sosmed_desktop.services.search import search_posts

            with ctx.uow() as uow:
                return search_posts(uow, text)

        def failed(exc: BaseException, details: str) -> None:
            if generation != self._generation:
                return
            if isinstance(exc, DomainError):
                self.status.setText(describe(exc))
            else:
                from ui.error_dialog import report_unexpected

                report_unexpected(exc, details)

        run_task(work, lambda hits: self._show(generation, hits), failed)

    def _show(self, generation: int, hits: list[SearchHit]) -> None:
        if generation != self._generation:
            return
        self.hits = hits
        self.results.clear()
        tz = self.ctx.config.tz
        for hit in hits:
            when = ""
            if hit.scheduled_at is not None:
                local = hit.scheduled_at.astimezone(tz)
                when = f"{short_date(local)} {local.year} · {time_text(local)} · "
            colour = status_colour(hit.status).name()
            text = (
                f"<b>{html.escape(hit.title)}</b><br>"
                f"<span style='color:#5b6b7f'>{when}</span>"
                f"<span style='color:{colour}'>{html.escape(status_label(hit.status))}</span><br>"
                f"{marked(hit.snippet, hit.highlights)}"
            )
            item = QListWidgetItem()
            item.setData(ID_ROLE, hit.post_id)
            item.setData(HTML_ROLE, text)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        if not self.query.text().strip():
            self.status.setText(self.tr("Type to search."))
        else:
            self.status.setText(
                self.tr("%n post(s) found", "", len(hits)) if hits else self.tr("No posts found.")
            )
        self.results_shown.emit(len(hits))

    def open_current(self) -> None:
        """Open the selected result (the first one when none is selected)."""
        item = self.results.currentItem() or self.results.item(0)
        if item is not None:
            self.open_post(int(item.data(ID_ROLE)))

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
