"""The calendar's header row: new post, previous/today/next, the period's title and
count, the three views, and the commemorative days.

Only the widgets: the page connects their clicks to what they do.
"""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QWidget

from ui.calendar.first_steps import new_post_keys

VIEWS = ("month", "week", "agenda")


class PeriodHeader(QWidget):
    """The buttons and labels above the calendar's views."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.new_button = self._tool_button(
            self.tr("New post"), self.tr("New post ({keys})").format(keys=new_post_keys())
        )
        self.new_button.setObjectName("newPostButton")
        self.new_button.setEnabled(False)  # until the database is open
        row.addWidget(self.new_button)
        row.addSpacing(12)
        self.prev_button = self._tool_button("‹", self.tr("Previous (PgUp)"))
        self.next_button = self._tool_button("›", self.tr("Next (PgDn)"))
        self.today_button = self._tool_button(self.tr("Today"), self.tr("Go to today (T)"))
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setObjectName("pageSummary")
        for widget in (self.prev_button, self.today_button, self.next_button, self.title):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.summary)
        row.addSpacing(12)
        self.view_buttons = QButtonGroup(self)
        labels = {
            "month": (self.tr("Month"), self.tr("Month grid (M)")),
            "week": (self.tr("Week"), self.tr("Week timeline (W)")),
            "agenda": (self.tr("Agenda"), self.tr("List of the month's posts (A)")),
        }
        for index, key in enumerate(VIEWS):
            text, tip = labels[key]
            button = self._tool_button(text, tip)
            button.setCheckable(True)
            button.setObjectName(f"view_{key}")
            self.view_buttons.addButton(button, index)
            row.addWidget(button)
        self.marks_button = self._tool_button(
            self.tr("Commemorative days…"), self.tr("The commemorative days marked every year")
        )
        row.addSpacing(12)
        row.addWidget(self.marks_button)

    def show_view(self, view: str) -> None:
        """Check the button of `view`."""
        self.view_buttons.button(VIEWS.index(view)).setChecked(True)

    @staticmethod
    def _tool_button(text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)  # a screen reader would read the arrow's character
        return button
