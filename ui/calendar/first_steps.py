"""The calendar's first steps: a "New post" button and a hint over an empty period.

A department starting with an empty data folder sees an empty grid and no way in
but the File menu or a double-click it does not know of.  The header's button starts
a post (as File → New post, Ctrl+N, does), and while the month or week shown has no
post (and no filter hides any) a hint above the grid says how posts start.  The
hint is the pages' empty state (`ui/empty_state.py`) laid out as a band: the
grid stays, as the days are where a post is started.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def new_post_keys() -> str:
    """The shortcut of File → New post as this system writes it ("Ctrl+N")."""
    keys = QKeySequence(QKeySequence.StandardKey.New)
    return keys.toString(QKeySequence.SequenceFormat.NativeText)


class EmptyPeriodHint(QFrame):
    """A band over the grid: the calendar icon, what is empty and how to start."""

    new_post = Signal()

    def __init__(self, icon: QIcon, button: tuple[str, str], parent: QWidget | None = None) -> None:
        """`button`: the text and tooltip of the page's own New post button."""
        super().__init__(parent)
        self.setObjectName("emptyHint")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        picture = QLabel()
        picture.setPixmap(icon.pixmap(40, 40))
        picture.setEnabled(False)
        layout.addWidget(picture)
        words = QVBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("emptyTitle")
        self.text = QLabel(
            self.tr(
                "Start a post with New post ({keys}) or double-click a day; drop photos on "
                "a day to start a post with them."
            ).format(keys=new_post_keys())
        )
        self.text.setObjectName("emptyText")
        self.text.setWordWrap(True)
        words.addWidget(self.title)
        words.addWidget(self.text)
        layout.addLayout(words, 1)
        self.button = QPushButton(button[0])
        self.button.setToolTip(button[1])
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.clicked.connect(self.new_post)
        layout.addWidget(self.button)
        self.hide()

    def show_for(self, week: bool, empty: bool) -> None:
        """Shown while the period (a week, or a month) has no post to show."""
        if week:
            self.title.setText(self.tr("No posts planned this week"))
        else:
            self.title.setText(self.tr("No posts planned this month"))
        self.setVisible(empty)
