"""A friendly empty state: a large icon, a title and one sentence of what belongs here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


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
        self.title = QLabel(title)
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.text = QLabel(text)
        self.text.setObjectName("emptyText")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        self.text.setMaximumWidth(520)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        self.action = QPushButton()
        self.action.hide()
        layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def set_action(self, label: str) -> QPushButton:
        """Show the button under the text (e.g. "Load sample data") and return it."""
        self.action.setText(label)
        self.action.show()
        return self.action
