"""Small bar charts drawn with QPainter (Qt Charts is not part of PySide6-Essentials).

`BarChart` draws labelled horizontal bars with their counts, or vertical
columns (posts per week); it sizes itself to its rows so a dashboard of
several charts scrolls as one page.  A screen reader reads its rows as text
(the accessible description); the dashboard names each chart.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.i18n import number_text

BAR = QColor("#2f6fa8")
ROW_H = 24
COLUMN_AREA_H = 150


class BarChart(QWidget):
    """Bars of (label, count, colour or None); `vertical` draws columns instead."""

    def __init__(self, *, vertical: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vertical = vertical
        self.rows: list[tuple[str, int, QColor | None]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[tuple[str, int, QColor | None]]) -> None:
        """Show these bars (replacing the previous ones)."""
        self.rows = rows
        self.setAccessibleDescription(
            "; ".join(f"{label}: {number_text(count)}" for label, count, _ in rows)
        )
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        if self.vertical:
            return QSize(400, COLUMN_AREA_H + 2 * self.fontMetrics().height() + 8)
        return QSize(400, max(1, len(self.rows)) * ROW_H + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.vertical:
            self._columns(painter)
        else:
            self._bars(painter)
        painter.end()

    def _top(self) -> int:
        return max((count for _, count, _ in self.rows), default=0) or 1

    def _bars(self, painter: QPainter) -> None:
        metrics = QFontMetrics(self.font())
        text = self.palette().color(QPalette.ColorRole.WindowText)
        label_w = min(
            max((metrics.horizontalAdvance(label) for label, _, _ in self.rows), default=0) + 24,
            self.width() // 2,
        )
        count_w = metrics.horizontalAdvance("0000") + 8
        room = max(10, self.width() - label_w - count_w)
        top = self._top()
        for row, (label, count, colour) in enumerate(self.rows):
            y = row * ROW_H + 2
            painter.setPen(text)
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 10)
            painter.drawText(
                QRectF(0, y, label_w - 8, ROW_H - 4),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                elided,
            )
            width = room * count / top
            painter.fillRect(QRectF(label_w, y + 3, width, ROW_H - 10), colour or BAR)
            painter.drawText(
                QRectF(label_w + width + 6, y, count_w, ROW_H - 4),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                number_text(count),
            )

    def _columns(self, painter: QPainter) -> None:
        metrics = QFontMetrics(self.font())
        text = self.palette().color(QPalette.ColorRole.WindowText)
        line = metrics.height()
        if not self.rows:
            return
        slot = self.width() / len(self.rows)
        bar_w = min(64.0, slot * 0.6)
        base = line + 4 + COLUMN_AREA_H
        top = self._top()
        painter.setPen(QColor("#d1d5db"))
        painter.drawLine(0, base, self.width(), base)
        for index, (label, count, colour) in enumerate(self.rows):
            x = index * slot + (slot - bar_w) / 2
            height = (COLUMN_AREA_H - 4) * count / top
            painter.fillRect(QRectF(x, base - height, bar_w, height), colour or BAR)
            painter.setPen(text)
            painter.drawText(
                QRectF(index * slot, base - height - line - 2, slot, line),
                Qt.AlignmentFlag.AlignCenter,
                number_text(count),
            )
            painter.drawText(
                QRectF(index * slot, base + 4, slot, line),
                Qt.AlignmentFlag.AlignCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(slot) - 4),
            )
