"""The strip of four counts above the directions list; a click shows those directions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sosmed_desktop.services.directions.directions import DirectionView

if TYPE_CHECKING:
    from sosmed_desktop.services.directions.directions import DirectionSummary


class SummaryCard(QPushButton):
    """A big number over a short label; checked while its view is shown."""

    def __init__(self, label: str, tone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryCard")
        self.tone = tone
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.number = QLabel("–")
        self.number.setObjectName("summaryNumber")
        self.caption = QLabel(label)
        self.caption.setObjectName("summaryCaption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 6, 14, 6)
        layout.setSpacing(0)
        for label_widget in (self.number, self.caption):
            label_widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label_widget)
        self.setMinimumHeight(62)
        self.setAccessibleName(label)

    def set_count(self, count: int) -> None:
        self.number.setText(str(count))
        self.setAccessibleName(f"{self.caption.text()}: {count}")
        self.number.setProperty("alert", self.tone if count > 0 else "")
        self.number.style().unpolish(self.number)
        self.number.style().polish(self.number)


class SummaryStrip(QWidget):
    """Open · due this week · overdue · no post yet; emits the view a card stands for."""

    view_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.cards: dict[DirectionView, SummaryCard] = {}
        for view, label, tone in (
            (DirectionView.OPEN, self.tr("Open"), "plain"),
            (DirectionView.DUE_THIS_WEEK, self.tr("Due this week"), "plain"),
            (DirectionView.OVERDUE, self.tr("Overdue"), "danger"),
            (DirectionView.WITHOUT_POST, self.tr("No post yet"), "warning"),
        ):
            card = SummaryCard(label, tone)
            card.clicked.connect(lambda _=False, v=view: self.view_chosen.emit(v.value))
            self.group.addButton(card)
            self.cards[view] = card
            layout.addWidget(card, 1)

    def set_summary(self, summary: DirectionSummary) -> None:
        counts = {
            DirectionView.OPEN: summary.open,
            DirectionView.DUE_THIS_WEEK: summary.due_this_week,
            DirectionView.OVERDUE: summary.overdue,
            DirectionView.WITHOUT_POST: summary.without_post,
        }
        for view, card in self.cards.items():
            card.set_count(counts[view])
        tips = {
            DirectionView.OPEN: self.tr("New or in progress"),
            DirectionView.DUE_THIS_WEEK: self.tr("Open, due from now until Sunday"),
            DirectionView.OVERDUE: self.tr("Open and past the due date"),
            DirectionView.WITHOUT_POST: self.tr("Open, with no post linked yet"),
        }
        for view, card in self.cards.items():
            card.setToolTip(tips[view])

    def mark(self, view: str) -> None:
        """Check the card of `view` (none when the list shows another view)."""
        for card_view, card in self.cards.items():
            card.setChecked(card_view.value == view)
