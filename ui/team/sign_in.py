"""Signing in to a team database, and creating its first administrator.

Both dialogs run their service as an operation (`ui/operations.py`) and keep
what was typed when it is refused.  A wrong sign-in says the same whatever was wrong; after a few
in a row the Sign in button waits (`domain/throttle.py`), counting down.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.domain import passwords
from sosmed_desktop.domain.permissions import Actor
from sosmed_desktop.domain.statuses import Role
from sosmed_desktop.domain.throttle import SignInThrottle
from sosmed_desktop.errors import DomainError, SignInError
from ui.errors import describe
from ui.form_parts import error_banner, heading

if TYPE_CHECKING:
    from sosmed_desktop.bootstrap import AppContext
    from ui.operations import Operations


def password_field() -> QLineEdit:
    """A line edit that shows dots."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(passwords.MAX_LENGTH)
    return field


def server_text(ctx: AppContext) -> str:
    """The team database's server and name (no user, no password)."""
    url = ctx.engine.url
    return f"{url.host or 'localhost'} / {url.database or ''}"


class SignInDialog(QDialog):
    """Username and password; `actor` holds who signed in once accepted."""

    def __init__(
        self,
        ctx: AppContext,
        ops: Operations,
        throttle: SignInThrottle,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.throttle = throttle
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        heading(
            layout,
            self.tr("Sign in to the team database"),
            self.tr(
                "Everyone in the team works with their own account, so that approvals "
                "and the history name the right person.\nServer: {server}"
            ).format(server=server_text(ctx)),
        )
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setMaxLength(60)
        self.password = password_field()
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout.addLayout(form)
        self.banner = error_banner()
        layout.addWidget(self.banner)
        self.buttons = QDialogButtonBox()
        self.sign_in_button = self.buttons.addButton(
            self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._busy = False
        self._message = ""
        self._waiting = False
        self._message_before_wait = ""
        self.username.setFocus()
        self._tick()

    def sign_in(self) -> None:
        """Check the typed username and password in the background."""
        if self._busy or self.throttle.remaining() > 0:
            return
        username, password = self.username.text(), self.password.text()
        if not username.strip() or not password:
            self._show(self.tr("Please enter your username and password."))
            return
        self._busy = True
        self.sign_in_button.setEnabled(False)
        from sosmed_desktop.services.team import accounts

        self.ops.write(
            self,
            lambda uow: accounts.sign_in(uow, username, password),
            self._signed_in,
            on_error=self._refused,
        )

    def _signed_in(self, actor: Actor) -> None:
        self._busy = False
        self.throttle.succeeded()
        self.actor = actor
        self.accept()

    def _refused(self, exc: BaseException) -> bool:
        """A refusal in the banner (True); anything unexpected goes the usual way."""
        self._busy = False
        self.sign_in_button.setEnabled(True)
        if not isinstance(exc, DomainError):
            return False
        if isinstance(exc, SignInError):
            self.throttle.failed()
            self.password.clear()
            self.password.setFocus()
        self._show(describe(exc))
        self._tick()
        return True

    def _show(self, text: str) -> None:
        self._message = text
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _tick(self) -> None:
        """Count down a wait after repeated failures; the button waits with it."""
        wait = self.throttle.remaining()
        if wait <= 0:
            self._countdown.stop()
            self.sign_in_button.setEnabled(not self._busy)
            if self._waiting:
                self._waiting = False
                self._show(self._message_before_wait)
            return
        if not self._waiting:
            self._waiting = True
            self._message_before_wait = self._message
        self.sign_in_button.setEnabled(False)
        seconds = int(wait + 0.999)
        text = self.tr("Too many wrong attempts: try again in {seconds} s.").format(seconds=seconds)
        before = self._message_before_wait
        self.banner.setText(f"{before}\n{text}" if before else text)
        self.banner.show()
        if not self._countdown.isActive():
            self._countdown.start()


class FirstAdminDialog(QDialog):
    """The first start on an empty team database: the administrator's own account."""

    def __init__(self, ctx: AppContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("First administrator"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        heading(
            layout,
            self.tr("A new team database"),
            self.tr(
                "This team database has no accounts yet. Create the administrator's account "
                "first; the administrator then adds the departments and the other people.\n"
                "Server: {server}"
            ).format(server=server_text(ctx)),
        )
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.position = QLineEdit()
        self.position.setMaxLength(160)
        self.username = QLineEdit()
        self.username.setMaxLength(60)
        self.password = password_field()
        self.repeat = password_field()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Position"), self.position)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Repeat password"), self.repeat)
        layout.addLayout(form)
        hint = QLabel(self.tr("At least {count} characters.").format(count=passwords.MIN_LENGTH))
        hint.setObjectName("hint")
        layout.addWidget(hint)
        self.banner = error_banner()
        layout.addWidget(self.banner)
        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(
            self.tr("Create and sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.name.setFocus()

    def save(self) -> None:
        """Create the account in the background (the core checks every field)."""
        if self.password.text() != self.repeat.text():
            self.banner.setText(self.tr("The two passwords differ."))
            self.banner.show()
            return
        from sosmed_desktop.services.team import accounts

        data = accounts.UserInput(
            self.name.text(), self.username.text(), Role.ADMIN, None, self.position.text()
        )
        password = self.password.text()
        self.create_button.setEnabled(False)
        self.ops.write(
            self,
            lambda uow: accounts.create_first_admin(uow, data, password),
            self._created,
            on_error=self._refused,
        )

    def _created(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()

    def _refused(self, exc: BaseException) -> bool:
        """A refusal in the banner (True); anything unexpected goes the usual way."""
        self.create_button.setEnabled(True)
        if not isinstance(exc, DomainError):
            return False
        self.banner.setText(describe(exc))
        self.banner.show()
        return True
