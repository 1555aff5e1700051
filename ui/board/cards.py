"""Board cards: a list model of `BoardCard` and the delegate that paints them.

A card shows the program colour, title, time and platforms, the status (an
overdue post can be in any status) and, for a post sent back, the reviewer's
comment, for one needing approval again, what changed since the approval — the
officer (and the head) should not have to open the post to know what to look at.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from sosmed_desktop.domain.statuses import PostStatus
from ui.i18n import short_date, time_text
from ui.labels import platform_short, status_colour, status_label
from ui.plain_text import as_html
from ui.workflow.approval_words import changes_text

if TYPE_CHECKING:
    from sosmed_desktop.services.posts.board import BoardCard

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
PAD = 8
COMMENT_LINES = 4
TITLE_LINES = 2


def wrapped_lines(text: str, metrics: QFontMetrics, width: int, limit: int) -> list[str]:
    """`text` broken into at most `limit` lines of `width` px, the last one elided."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for index, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if metrics.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            continue
        lines.append(current)
        current = word
        if len(lines) == limit - 1:
            current = " ".join(words[index:])
            break
    if current:
        lines.append(current)
    if lines:
        lines[-1] = metrics.elidedText(lines[-1], Qt.TextElideMode.ElideRight, width)
    return lines[:limit]


class BoardColumnModel(QAbstractListModel):
    """The cards of one board column."""

    def __init__(self, tz: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.cards: list[BoardCard] = []

    def set_cards(self, cards: list[BoardCard]) -> None:
        self.beginResetModel()
        self.cards = list(cards)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.cards):
            return None
        card = self.cards[index.row()]
        if role == CARD_ROLE:
            return card
        if role == ID_ROLE:
            return card.post.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return card.post.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return as_html(card_tooltip(card))
        return None


def when_text(card: BoardCard, tz: ZoneInfo) -> str:
    if card.post.scheduled_at is None:
        return translate("Board", "No date yet")
    local = card.post.scheduled_at.astimezone(tz)
    return f"{short_date(local)} · {time_text(local)}"


def reviewer_line(card: BoardCard) -> str:
    """What the last reviewer decided, as a card line (empty if nothing to say); for a
    post needing approval again, what changed since the approval."""
    status = card.post.status
    if card.changes:
        return translate("Board", "Since the approval: {changes}").format(
            changes=changes_text(card.changes)
        )
    if status == PostStatus.NEEDS_REVISION.value and card.reviewer_name:
        return translate("Board", "{name}: “{comment}”").format(
            name=card.reviewer_name, comment=card.comment
        )
    if status == PostStatus.APPROVED.value and card.reviewer_name:
        return translate("Board", "Approved by {name}").format(name=card.reviewer_name)
    return ""


def card_tooltip(card: BoardCard) -> str:
    lines = [card.post.title, status_label(card.post.status)]
    if card.post.program:
        lines.append(card.post.program)
    extra = reviewer_line(card)
    if extra:
        lines.append(extra)
    return "\n".join(lines)


def _line_colour(card: BoardCard) -> str:
    if card.changes:
        return "#9a5b00"
    return "#1e8449" if card.post.status == PostStatus.APPROVED.value else "#7b2d26"


def card_width(option: QStyleOptionViewItem) -> int:
    """How wide a card is: the list's visible width (less its scroll bar once shown), so
    a card never reaches under the scroll bar nor makes the list scroll sideways."""
    view = option.widget
    if isinstance(view, QListView):
        return view.viewport().width() - 2 * view.spacing()
    return option.rect.width()


class CardDelegate(QStyledItemDelegate):
    """Paints a board card; its height grows with the reviewer's comment."""

    def __init__(self, tz: ZoneInfo, show_status: bool = True, parent: Any = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.show_status = show_status  # not where the column already says it

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() - 0.5))
        return bold, small

    def _comment_rect(self, option: QStyleOptionViewItem, text: str, small: QFont) -> QRect:
        width = card_width(option) - 2 * PAD - 6
        metrics = QFontMetrics(small)
        flags = int(Qt.TextFlag.TextWordWrap)
        rect = metrics.boundingRect(QRect(0, 0, max(40, width), 10_000), flags, text)
        rect.setHeight(min(rect.height(), metrics.lineSpacing() * COMMENT_LINES))
        return rect

    def _title_lines(self, option: QStyleOptionViewItem, card: BoardCard, bold: QFont) -> list[str]:
        width = card_width(option) - 2 * PAD - 8
        return wrapped_lines(card.post.title, QFontMetrics(bold), max(40, width), TITLE_LINES)

    def when_lines(self, option: QStyleOptionViewItem, card: BoardCard, small: QFont) -> list[str]:
        """The date, time and platforms: one line where they fit, else the platforms on a
        line of their own (never cut off at the card's edge)."""
        badges = " ".join(platform_short(code) for code in card.post.platforms)
        when = when_text(card, self.tz)
        line = f"{when}   {badges}".rstrip()
        width = card_width(option) - 2 * PAD - 8  # as `paint` draws it
        if QFontMetrics(small).horizontalAdvance(line) <= width:
            return [line]
        return [when, badges]

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        card: BoardCard = index.data(CARD_ROLE)
        bold, small = self._fonts(option)
        titles = len(self._title_lines(option, card, bold))
        height = PAD + titles * QFontMetrics(bold).lineSpacing() + 2
        lines = len(self.when_lines(option, card, small)) + 1  # and the status line
        height += lines * QFontMetrics(small).lineSpacing()
        extra = reviewer_line(card)
        if extra:
            height += self._comment_rect(option, extra, small).height() + 4
        return QSize(card_width(option), height + PAD + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card: BoardCard = index.data(CARD_ROLE)
        post = card.post
        bold, small = self._fonts(option)
        box = QRectF(option.rect).adjusted(2, 3, -2, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#1f4e79" if selected else "#d5dde6"), 2 if selected else 1))
        painter.setBrush(QColor("#f3f7fb" if selected else "#ffffff"))
        painter.drawRoundedRect(box, 5, 5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(post.program_colour or "#9aa5b1"))
        painter.drawRoundedRect(QRectF(box.left(), box.top(), 5, box.height()), 2, 2)
        left = int(box.left()) + PAD + 2
        width = int(box.width()) - 2 * PAD - 4
        y = int(box.top()) + PAD - 2
        painter.setFont(bold)
        painter.setPen(QColor("#1c2b39"))
        metrics = QFontMetrics(bold)
        for title in self._title_lines(option, card, bold):
            painter.drawText(QRect(left, y, width, metrics.lineSpacing()), 0, title)
            y += metrics.lineSpacing()
        y += 2
        painter.setFont(small)
        line = QFontMetrics(small).lineSpacing()
        painter.setPen(QColor("#c0392b" if post.overdue else "#5b6b7f"))
        for text in self.when_lines(option, card, small):
            painter.drawText(QRect(left, y, width, line), 0, text)
            y += line
        painter.setPen(status_colour(post.status) if self.show_status else QColor("#5b6b7f"))
        parts = [status_label(post.status)] if self.show_status else []
        parts += [post.program] if post.program else []
        status = "  ·  ".join(parts)
        shown = QFontMetrics(small).elidedText(status, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(left, y, width, line), 0, shown)
        y += line + 4
        extra = reviewer_line(card)
        if extra:
            rect = self._comment_rect(option, extra, small)
            painter.setPen(QColor(_line_colour(card)))
            painter.drawText(
                QRect(left, y, width, rect.height()), int(Qt.TextFlag.TextWordWrap), extra
            )
        painter.restore()
