"""How a search hit reads in the result list: its kind, a heading, a line of facts and
the excerpt, with the words found marked; and the delegate that paints that rich text."""

from __future__ import annotations

from collections.abc import Iterable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from sosmed_desktop.domain.captions import Span
from sosmed_desktop.services.search.search import HitKind, SearchHit
from ui.directions.labels import (
    day_text,
    direction_status_colour,
    direction_status_label,
    figure_text,
)
from ui.i18n import short_date, time_text
from ui.labels import status_colour, status_label
from ui.plain_text import escape

translate = QCoreApplication.translate

HTML_ROLE = Qt.ItemDataRole.UserRole + 2
MUTED = "#5b6b7f"
KIND_COLOURS = {  # text, background of the kind's badge
    HitKind.POST: ("#1f4e79", "#c9dcf2"),
    HitKind.DIRECTION: ("#8a4b00", "#fdebd0"),
    HitKind.DATA_NOTE: ("#1e6b3a", "#d5f0dd"),
}


def marked(text: str, spans: Iterable[Span]) -> str:
    """`text` as HTML with the matched words in bold on yellow."""
    out, position = [], 0
    for span in sorted(spans, key=lambda s: s.start):
        if span.start < position:
            continue
        out.append(escape(text[position : span.start]))
        out.append(f"<b style='background:#fde68a'>{escape(text[span.start : span.end])}</b>")
        position = span.end
    out.append(escape(text[position:]))
    return "".join(out)


def kind_label(kind: HitKind) -> str:
    """The name of a kind of hit, as its badge shows it."""
    names = {
        HitKind.POST: translate("SearchHits", "Post"),
        HitKind.DIRECTION: translate("SearchHits", "Direction"),
        HitKind.DATA_NOTE: translate("SearchHits", "Data"),
    }
    return names[kind]


def _coloured(text: str, colour: QColor | str) -> str:
    name = colour.name() if isinstance(colour, QColor) else colour
    return f"<span style='color:{name}'>{escape(text)}</span>"


def _facts(hit: SearchHit, tz: ZoneInfo) -> list[str]:
    """The second line: when and status of a post or direction; a note's figure and source."""
    if hit.kind is HitKind.POST:
        facts = []
        if hit.when is not None:
            local = hit.when.astimezone(tz)
            facts.append(escape(f"{short_date(local)} {local.year} · {time_text(local)}"))
        return [*facts, _coloured(status_label(hit.status), status_colour(hit.status))]
    if hit.kind is HitKind.DIRECTION:
        facts = []
        if hit.when is not None:
            facts.append(escape(day_text(hit.when.astimezone(tz).date())))
        facts.append(
            _coloured(direction_status_label(hit.status), direction_status_colour(hit.status))
        )
        return facts + ([escape(hit.program)] if hit.program else [])
    facts = [f"<b>{escape(figure_text(hit.value, hit.unit))}</b>", escape(hit.source)]
    if hit.as_of is not None:
        as_of = translate("SearchHits", "as of {date}").format(date=day_text(hit.as_of))
        facts.append(escape(as_of))
    return facts


def hit_html(hit: SearchHit, tz: ZoneInfo) -> str:
    """The rich text of one result: badge and heading, facts, excerpt (unless it is
    just the heading again)."""
    colour, background = KIND_COLOURS[hit.kind]
    badge = (
        f"<span style='color:{colour};background:{background}'>"
        f"&nbsp;{escape(kind_label(hit.kind))}&nbsp;</span>"
    )
    facts = " · ".join(fact for fact in _facts(hit, tz) if fact)
    text = (
        f"{badge}&nbsp; <b>{marked(hit.title, hit.title_highlights)}</b><br>"
        f"<span style='color:{MUTED}'>{facts}</span>"
    )
    if hit.snippet and hit.snippet != hit.title:
        text += f"<br>{marked(hit.snippet, hit.highlights)}"
    return text


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
