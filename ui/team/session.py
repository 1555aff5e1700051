"""Who works in this window: sign-in at start, signing out, the Team menu.

In team mode (`AppContext.sign_in_required`) the window shows no data until
someone signed in: the database opens in the background as always, then this
asks for the account (or, on an empty team database, creates the first
administrator) before the pages get the context.  The signed-in person lives in
the `AppContext` of this process only, never in the shared database.  On one
PC nothing here shows.  The session asks the window only for what
`ui.shell.WindowShell` offers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMenuBar, QMessageBox

from sosmed_desktop.domain.permissions import Permission
from sosmed_desktop.domain.throttle import SignInThrottle
from ui.team.labels import guard

if TYPE_CHECKING:
    from sosmed_desktop.bootstrap import AppContext
    from ui.operations import Operations
    from ui.shell import WindowShell


class TeamSession(QObject):
    """Signing in and out of a team database for one main window."""

    def __init__(self, window: WindowShell) -> None:
        super().__init__(window)  # the window (a QMainWindow) implements WindowShell
        self.window = window
        self.throttle = SignInThrottle()
        self.dialog: QDialog | None = None
        self.menu: QMenu
        self.users_action: QAction
        self.password_action: QAction
        self.sign_out_action: QAction

    def build_menu(self, bar: QMenuBar, before: QAction) -> None:
        """The Team menu (hidden until a team database is open)."""
        self.menu = QMenu(self.tr("&Team"), bar)
        bar.insertMenu(before, self.menu)
        self.users_action = self.menu.addAction(self.tr("&Users && departments…"))
        self.users_action.triggered.connect(self.open_users)
        self.password_action = self.menu.addAction(self.tr("&Change password…"))
        self.password_action.triggered.connect(self.change_password)
        self.menu.addSeparator()
        self.sign_out_action = self.menu.addAction(self.tr("Sign &out"))
        self.sign_out_action.triggered.connect(self.sign_out)
        self.menu.setToolTipsVisible(True)
        self.menu.menuAction().setVisible(False)

    # Signing in ----------------------------------------------------------------------
    def start(self, ctx: AppContext, ready: Callable[[], None]) -> None:
        """Call `ready` at once on one PC, after a sign-in in team mode."""
        if not ctx.sign_in_required:
            ready()
            return
        self.menu.menuAction().setVisible(True)
        self.window.statusBar().showMessage(self.tr("Please sign in"))
        from sosmed_desktop.services.team import accounts

        self._ops(ctx).read(
            self.window, accounts.needs_first_admin, lambda first: self.ask(ctx, first, ready)
        )

    def _ops(self, ctx: AppContext) -> Operations:
        """Operations on `ctx`: the window works with it only once someone signed in."""
        from ui.operations import Operations

        return Operations(lambda: ctx, self.window.bus)

    def ask(self, ctx: AppContext, first: bool, ready: Callable[[], None]) -> None:
        """Show the sign-in (or first administrator) dialog; quit when it is closed."""
        # Loaded here: it needs the database stack, which the window's first paint does not.
        from ui.team.sign_in import FirstAdminDialog, SignInDialog

        ops = self._ops(ctx)
        dialog: FirstAdminDialog | SignInDialog = (
            FirstAdminDialog(ctx, ops, self.window)
            if first
            else SignInDialog(ctx, ops, self.throttle, self.window)
        )
        self.dialog = dialog

        def accepted() -> None:
            self.dialog = None
            assert dialog.actor is not None
            ctx.sign_in(dialog.actor)
            self.update_actions(ctx)
            self.window.statusBar().clearMessage()
            ready()

        def rejected() -> None:
            self.dialog = None
            self.window.quit_app()

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(rejected)
        dialog.open()

    def update_actions(self, ctx: AppContext) -> None:
        """Grey out what the signed-in role may not do, saying why."""
        self.users_action.setEnabled(True)
        guard(self.users_action, ctx, Permission.MANAGE_USERS)

    # The menu's actions --------------------------------------------------------------
    def open_users(self) -> None:
        if self.window.ctx is None:
            return
        from ui.team.users_dialog import UsersDialog

        UsersDialog(self.window.ops, self.window).exec()

    def change_password(self) -> None:
        ctx = self.window.ctx
        if ctx is None or ctx.actor is None:
            return
        from ui.team.forms import PasswordForm

        if PasswordForm(self.window.ops, None, self.window).exec():
            self.window.show_status(self.tr("Your password was changed."))

    def sign_out(self) -> None:
        """Leave the data (editors closed first) and ask for an account again."""
        window, ctx = self.window, self.window.ctx
        if ctx is None or ctx.actor is None:
            return
        if not window.leave_data():
            QMessageBox.information(
                window,
                self.tr("Sign out"),
                self.tr("Close the open post editors first (save or discard their changes)."),
            )
            return
        ctx.sign_out()
        self.ask(ctx, False, window.return_to_data)
