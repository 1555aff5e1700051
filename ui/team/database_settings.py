"""Settings → "Data & database": the built-in database or a team server, and the move to it.

The officer picks "Built-in database (this PC)" or "Team server (PostgreSQL)"
and, for a server, host, port, database, user and password.  The settings keep
the URL without the password (`ServerLogin.url`); the password goes to the
OS keyring when the dialog is saved (`store_password`), or — where this PC has
no keyring — is used for this session only, which the officer is told.
"Test connection" and the move of the local data run in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.config import Config
from sosmed_desktop.db import credentials
from sosmed_desktop.errors import DomainError, ValidationError
from sosmed_desktop.services.team.server_connection import (
    DEFAULT_PORT,
    EMPTY,
    SOSMED,
    ServerFacts,
    ServerLogin,
    probe_server,
)
from ui.errors import describe
from ui.plain_text import plain_label

if TYPE_CHECKING:
    from ui.operations import Operations

translate = QCoreApplication.translate


def facts_text(facts: ServerFacts) -> str:
    """What "test connection" found, in the officer's words."""
    connected = translate("Database", "Connected to PostgreSQL {version}.").format(
        version=facts.server_version
    )
    if facts.state == EMPTY:
        found = translate(
            "Database",
            "The database is empty: it can receive this PC's data (“Move data to the server…”).",
        )
    elif facts.state == SOSMED and facts.up_to_date:
        found = translate(
            "Database", "It is a Sosmed Desktop team database (schema {revision}), ready to use."
        ).format(revision=facts.revision)
    elif facts.state == SOSMED:
        found = translate(
            "Database",
            "It is a Sosmed Desktop team database at schema {revision}; this version "
            "uses {head} and brings it up to date when it starts.",
        ).format(revision=facts.revision, head=facts.head)
    else:
        found = translate(
            "Database",
            "The database holds tables of another program: choose an empty database or "
            "the team's Sosmed Desktop database.",
        )
    return f"{connected} {found}"


class DatabaseSettings(QWidget):
    """The database part of the "Data & database" tab."""

    switch_requested = Signal()
    """The data was moved and the officer wants this PC on the server: save the settings."""

    def __init__(self, config: Config, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.ops = ops
        url = config.get("database_url")
        login = ServerLogin.from_url(url) if url.startswith("postgresql") else None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.builtin = QRadioButton(self.tr("Built-in database (this PC)"))
        self.server = QRadioButton(self.tr("Team server (PostgreSQL)"))
        self._choice = QButtonGroup(self)
        for button in (self.builtin, self.server):
            self._choice.addButton(button)
            layout.addWidget(button)
        (self.server if login else self.builtin).setChecked(True)
        self.server_box = QWidget()
        form = QFormLayout(self.server_box)
        form.setContentsMargins(24, 0, 0, 0)
        self.host = QLineEdit(login.host if login else "")
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.10 or server-dinas"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(login.port if login else DEFAULT_PORT)
        self.database = QLineEdit(login.database if login else "sosmed")
        self.user = QLineEdit(login.user if login else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("Kept in this PC's password store")
            if login is None
            else self.tr("Empty: the saved password")
        )
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        buttons = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.move_button = QPushButton(self.tr("Move data to the server…"))
        self.move_button.clicked.connect(self.move_data)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.busy)
        buttons.addStretch(1)
        buttons.addWidget(self.move_button)
        form.addRow(buttons)
        self.result = plain_label()  # what the server answered
        self.result.setWordWrap(True)
        self.result.setObjectName("connectionResult")
        # Room for the longest finding, so the form does not jump (or clip it) when it comes.
        self.result.setMinimumHeight(self.result.fontMetrics().lineSpacing() * 3 + 4)
        form.addRow(self.result)
        layout.addWidget(self.server_box)
        hint = QLabel(
            self.tr(
                "A team shares one PostgreSQL server: every PC enters the same server and "
                "database. Switching the database applies after a restart; the data of the "
                "other database stays where it is."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.server.toggled.connect(self._show_server)
        self._show_server(self.server.isChecked())

    def _show_server(self, on: bool) -> None:
        self.server_box.setEnabled(on)

    def login(self) -> ServerLogin:
        """The server as entered."""
        return ServerLogin(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
        )

    def database_url(self) -> str:
        """The setting's value: empty for the built-in database, else the URL without password."""
        if not self.server.isChecked():
            return ""
        login = self.login()
        if not login.host or not login.database:
            raise ValidationError(code="server_login_incomplete", detail="server or database empty")
        return login.url()

    def _typed_password(self) -> str | None:
        return self.password.text() or None

    def _set_busy(self, on: bool) -> None:
        self.busy.setVisible(on)
        self.test_button.setEnabled(not on)
        self.move_button.setEnabled(not on)

    def test_connection(self) -> None:
        """Connect in the background and show what was found, or why it failed."""
        login = self.login()
        if not login.host or not login.database:
            self.result.setText(self.tr("Enter the server and the database name first."))
            return
        url, password = login.url(), self._typed_password()
        self._set_busy(True)
        self.result.setText(self.tr("Connecting to {host}…").format(host=login.host))

        def done(facts: ServerFacts) -> None:
            self._set_busy(False)
            self.result.setText(facts_text(facts))

        def failed(exc: BaseException) -> bool:
            self._set_busy(False)
            if not isinstance(exc, DomainError):
                return False
            self.result.setText(describe(exc))
            return True

        self.ops.background(self, lambda: probe_server(url, password), done, on_error=failed)

    def move_data(self) -> None:
        """Confirm, then move the local data into the (empty) server database."""
        from ui.team.server_migration_dialog import MigrationDialog

        login = self.login()
        if not login.host or not login.database:
            self.result.setText(self.tr("Enter the server and the database name first."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Move data to the server"),
            self.tr(
                "Copy every post, photo, note and the history of this PC into the database "
                "“{database}” on {host}?\n\nThe server database must be empty. The data on "
                "this PC stays as it is."
            ).format(database=login.database, host=login.host),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        dialog = MigrationDialog(self.config, self.ops, login.url(), self._typed_password(), self)
        dialog.exec()
        if dialog.switch_chosen:
            self.server.setChecked(True)
            self.switch_requested.emit()

    def store_password(self, then: Callable[[], None]) -> None:
        """Keep a typed password (keyring, or this session only) in the background, then go on."""
        password = self._typed_password()
        if not self.server.isChecked() or password is None:
            then()
            return
        url = self.login().url()

        def work() -> bool:
            credentials.remember_for_session(url, password)
            try:
                credentials.save_password(url, password)
            except credentials.KeyringUnavailableError:
                return False
            return True

        def done(saved: bool) -> None:
            if not saved:
                QMessageBox.warning(
                    self,
                    self.tr("Password not saved"),
                    self.tr(
                        "This computer has no password store (keyring), so the password "
                        "was not saved anywhere. It is used only until Sosmed Desktop "
                        "closes. To connect after a restart, install a password store "
                        "(for example GNOME Keyring) or set the environment variable "
                        "SOSMED_DB_PASSWORD."
                    ),
                )
            then()

        self.ops.background(self, work, done)
