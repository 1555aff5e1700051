"""The main window's status bar: the reminders' bell, who works here (a link to the
profile) and the database.

Everything the bar will hold is in it from the first paint, so it never grows
afterwards (a bar one pixel taller shrinks the page above it, and the month is
painted again).  The profile is read in the background, the newest read wins, and
it is read again whenever the profile (or everything) changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QToolButton

from ui.plain_text import action_text
from ui.reminders.bell import NotificationBell

if TYPE_CHECKING:
    from sosmed_desktop.bootstrap import AppContext
    from sosmed_desktop.services.profile import Profile
    from ui.main_window import MainWindow
    from ui.operations import Latest


class WindowStatus(QObject):
    """The permanent labels of `window`'s status bar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._profile_read: Latest | None = None
        self.bell = NotificationBell()
        self.bell.setEnabled(False)  # until the reminders start (`ReminderHub`)
        self.profile_label = QToolButton()  # who works here; a click opens the profile
        self.profile_label.setObjectName("profileLink")
        self.profile_label.setAutoRaise(True)
        self.profile_label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.profile_label.setToolTip(self.tr("Your profile (Settings → Profile)"))
        self.profile_label.clicked.connect(lambda: window.commands.open_settings(profile=True))
        self.database_label = QLabel()
        self.database_label.setContentsMargins(10, 0, 10, 0)
        for label in (self.bell, self.profile_label, self.database_label):
            window.statusBar().addPermanentWidget(label)
        bar = window.statusBar()
        bar.setMinimumHeight(bar.sizeHint().height())  # the bell's: the tallest it holds
        bar.showMessage(self.tr("Opening the database…"))

    def database_opened(self, ctx: AppContext) -> None:
        engine = "SQLite" if ctx.is_sqlite else "PostgreSQL"
        self.database_label.setText(self.tr("Database: {engine}").format(engine=engine))
        self.window.statusBar().showMessage(self.tr("Ready"), 4000)
        self.window.bus.data_changed.connect(self._on_data_changed)

    def refresh_profile(self) -> None:
        """Show who works here (read in the background, newest wins)."""
        if self.window.ctx is None:
            return
        from sosmed_desktop.services.profile import get_profile
        from ui.operations import Latest

        self._profile_read = self._profile_read or Latest()
        self.window.ops.read(
            self.window, get_profile, self._show_profile, latest=self._profile_read
        )

    def _show_profile(self, prof: Profile) -> None:
        ctx = self.window.ctx
        actor = ctx.actor if ctx is not None else None
        if actor is not None:
            from ui.team.labels import who_text

            self.profile_label.setText(action_text(who_text(actor)))
            return
        if prof.complete:
            text = f"{prof.officer_name} · {prof.department_short or prof.department_name}"
        else:
            text = self.tr("Profile not set")
        self.profile_label.setText(action_text(text))
        font = self.profile_label.font()
        font.setUnderline(not prof.complete)  # a link to fill it in
        self.profile_label.setFont(font)

    def _on_data_changed(self, kind: str, _ids: list) -> None:
        from sosmed_desktop.db.change_kinds import Kind

        if kind in (Kind.PROFILE, Kind.ALL):
            self.refresh_profile()
