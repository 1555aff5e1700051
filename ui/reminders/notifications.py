"""The in-app notification centre: the list behind the status bar's bell (`bell.py`).

The centre lists the reminders that were shown or missed and are not done yet,
newest first, each with its actions: open the post (or direction), snooze
(10 minutes, 1 hour, tomorrow 08:00), done.  Opening the centre marks what it
shows as seen, so the bell's count drops; the items stay until done or snoozed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.db.change_kinds import Kind
from sosmed_desktop.domain.statuses import ReminderKind, ReminderState
from ui.operations import Latest
from ui.plain_text import plain_label
from ui.reminders.actions import ReminderActions
from ui.reminders.text import detail, moment_text, short_moment_text, title
from ui.workbench import Workbench

if TYPE_CHECKING:
    from sosmed_desktop.services.reminders.reminders import MissedReport
    from sosmed_desktop.services.reminders.rows import ReminderRow

REFRESH_KINDS = frozenset({Kind.REMINDER, Kind.POST, Kind.DIRECTION, Kind.ALL})
"""What the cards show: the reminders, and the posts and directions they are about."""


class NotificationCard(QFrame):
    """One reminder in the centre, with its actions."""

    def __init__(
        self, row: ReminderRow, bench: Workbench, actions: ReminderActions, centre: QWidget
    ) -> None:
        super().__init__(centre)
        self.row = row
        self.setObjectName("notificationCard")
        self.setProperty("unread", not row.read)
        tz = bench.ctx.config.tz
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        heading = QHBoxLayout()
        self.title = plain_label(title(row))
        self.title.setObjectName("notificationTitle")
        self.title.setWordWrap(True)
        heading.addWidget(self.title, 1)
        if row.state == ReminderState.MISSED:
            tag = QLabel(self.tr("Missed"))
            tag.setObjectName("missedTag")
            heading.addWidget(tag, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(heading)
        self.detail = plain_label(detail(row, tz))
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        when = QLabel(self._when_text(row, tz))
        when.setObjectName("notificationTime")
        layout.addWidget(when)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setVisible(
            row.post_id is not None
            or row.direction_id is not None
            or row.kind == ReminderKind.AGENDA
        )
        self.open_button.clicked.connect(lambda: centre.open_requested.emit(row))
        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snooze_button.setMenu(actions.snooze_menu(lambda: row.id, self))
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.clicked.connect(lambda: actions.done(row.id))
        for button in (self.open_button, self.snooze_button, self.done_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

    def _when_text(self, row: ReminderRow, tz) -> str:
        if row.state == ReminderState.MISSED:
            return self.tr("Was due {when}").format(when=short_moment_text(row.due_at, tz))
        shown = row.fired_at or row.due_at
        return self.tr("Shown {when}").format(when=short_moment_text(shown, tz))


class NotificationCentre(QDialog):
    """The list behind the bell (a window of its own, so it can stay open)."""

    open_requested = Signal(object)
    show_all_requested = Signal()
    loaded = Signal(int)

    def __init__(self, bench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bench = bench
        self.actions = ReminderActions(bench, self)
        self.cards: list[NotificationCard] = []
        self._list = Latest()
        self.setObjectName("notificationCentre")
        self.setWindowTitle(self.tr("Notifications"))
        self.resize(480, 560)
        layout = QVBoxLayout(self)
        self.banner = QLabel()
        self.banner.setObjectName("missedBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout.addWidget(self.banner)
        self.list_widget = QWidget()
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(8)
        self.list_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.list_widget)
        layout.addWidget(scroll, 1)
        self.empty = QLabel(
            self.tr("No notifications. Upcoming reminders are on the Reminders page.")
        )
        self.empty.setObjectName("emptyText")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.all_button = buttons.addButton(
            self.tr("All reminders…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.all_button.clicked.connect(self.show_all_requested)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        bench.bus.data_changed.connect(self._on_data_changed)

    def show_missed(self, report: MissedReport) -> None:
        """Say, once, that reminders fell due while the app was closed."""
        count = len(report.reminders)
        text = self.tr("%n reminder(s) fell due while Sosmed Desktop was not running.", "", count)
        if report.since is not None:
            text += " " + self.tr("It last ran on {when}.").format(
                when=moment_text(report.since, self.bench.ctx.config.tz)
            )
        self.banner.setText(text)
        self.banner.show()

    def reload(self) -> None:
        """Load the list in the background (the newest request wins); what it shows counts
        as seen."""
        from sosmed_desktop.services.reminders.rows import Listing, list_reminders

        tz = self.bench.tz
        self.bench.ops.read(
            self,
            lambda uow: list_reminders(uow, Listing.NOTIFICATIONS, tz, limit=100),
            self._show,
            latest=self._list,
        )

    def _show(self, rows: list[ReminderRow]) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = [NotificationCard(row, self.bench, self.actions, self) for row in rows]
        for position, card in enumerate(self.cards):
            self.list_layout.insertWidget(position, card)
        self.empty.setVisible(not rows)
        if self.isVisible():
            self.actions.mark_read([row.id for row in rows if not row.read])
        self.loaded.emit(len(rows))

    def _on_data_changed(self, kind: str, _ids: list) -> None:
        if kind in REFRESH_KINDS and self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.reload()
