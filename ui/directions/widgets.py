"""Small pieces both side panels use: headings, a facts block and the list of posts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ui.directions.labels import when_text
from ui.labels import status_colour, status_label
from ui.plain_text import as_html, escape, plain_label

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from sosmed_desktop.services.directions.directions import LinkedPost

FILE_FILTER = "*.jpg *.jpeg *.png *.webp *.gif *.pdf"


def heading(text: str) -> QLabel:
    """A section heading inside a panel (plain text: some name a record)."""
    label = plain_label(text)
    label.setObjectName("panelTitle")
    return label


def facts_label() -> QLabel:
    """A label for `facts_html`: rich text wraps to the panel's width correctly.

    (Word-wrapped plain labels in a form layout inside a scroll area get one
    line of height and are clipped.)
    """
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setOpenExternalLinks(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    return label


def facts_html(rows: list[tuple[str, str]], *, raw: frozenset[str] = frozenset()) -> str:
    """Caption/value rows as an HTML table; values are escaped unless their caption is in `raw`."""
    cells = []
    for caption, value in rows:
        shown = value if caption in raw else escape(value).replace("\n", "<br>")
        cells.append(
            f'<tr><td style="color:#5b6b7f; padding:2px 12px 2px 0">{escape(caption)}</td>'
            f'<td style="padding:2px 0">{shown}</td></tr>'
        )
    return f"<table>{''.join(cells)}</table>"


def list_height(widget: QListWidget | QTreeWidget, rows: int) -> None:
    """Room for `rows` lines: enough to see the list without crowding the panel."""
    widget.setFixedHeight(widget.fontMetrics().height() * rows + 30)


class PostList(QTreeWidget):
    """Posts as title · date · status rows (long titles are elided, shown in full as a tip)."""

    ID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setHeaderLabels([self.tr("Post"), self.tr("Date"), self.tr("Status")])
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        head = self.header()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

    def set_posts(self, posts: list[LinkedPost], tz: ZoneInfo, empty_text: str) -> None:
        self.clear()
        for post in posts:
            when = when_text(post.scheduled_at, tz) if post.scheduled_at else "—"
            item = QTreeWidgetItem([post.title, when, status_label(post.status)])
            item.setData(0, self.ID_ROLE, post.id)
            item.setToolTip(0, as_html(post.title))
            item.setForeground(2, status_colour(post.status))
            self.addTopLevelItem(item)
        if not posts:
            item = QTreeWidgetItem([empty_text])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)

    def selected_ids(self) -> list[int]:
        return [i.data(0, self.ID_ROLE) for i in self.selectedItems()]
