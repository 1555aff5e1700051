"""A friendly empty state: a large icon, a title and one sentence of what belongs here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.plain_text import plain_label


class EmptyState(QWidget):
    """Centered explanation shown where a list has nothing to show yet."""

    def __init__(self, icon: QIcon, title: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        picture = QLabel()
        picture.setPixmap(icon.pixmap(72, 72))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture.setEnabled(False)
        layout.addWidget(picture)
        self.title = plain_label(title)  # may quote what was searched for
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.text = plain_label(text)
        self.text.setObjectName("emptyText")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        self.text.setMaximumWidth(520)
        # A word-wrapped label given an alignment in its layout miscomputes its
        # height (the text gets clipped); centre it between stretches instead.
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(self.text, 4)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(2)
