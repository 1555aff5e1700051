"""The Settings dialog: language, time zone, profile, data folder and database.

Pages only load and save; the declarations and validation live in
`sosmed_desktop.config`.  Language, time zone and database changes apply at the
next start, which the dialog says.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.config import STALE_DAYS_KEY, STALE_DAYS_RANGE, Config, validate_value
from sosmed_desktop.domain.platforms import load_spec_file
from sosmed_desktop.errors import DomainError, ValidationError
from sosmed_desktop.services import profile
from ui.bus import DataBus
from ui.error_dialog import report_unexpected
from ui.errors import show_error
from ui.profile_form import ProfileForm
from ui.tasks import run_task

RESTART_KEYS = ("language", "timezone", "database_url", "platform_spec_file")


class SettingsDialog(QDialog):
    """Edits the settings of the open data folder."""

    def __init__(
        self, config: Config, ctx: AppContext | None, bus: DataBus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.config = config
        self.ctx = ctx
        self.bus = bus
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.profile_form = ProfileForm()
        self.profile_form.setEnabled(False)
        self.tabs.addTab(self.profile_form, self.tr("Profile"))
        self.tabs.addTab(self._data_tab(), self.tr("Data && database"))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self._load_profile()

    # Pages ---------------------------------------------------------------------------
    def _general_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.language = QComboBox()
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(self.config.get("language"))))
        form.addRow(self.tr("Language"), self.language)
        self.timezone = QComboBox()
        for zone, label in (
            ("Asia/Jakarta", self.tr("WIB — Western Indonesia (Asia/Jakarta)")),
            ("Asia/Makassar", self.tr("WITA — Central Indonesia (Asia/Makassar)")),
            ("Asia/Jayapura", self.tr("WIT — Eastern Indonesia (Asia/Jayapura)")),
        ):
            self.timezone.addItem(label, zone)
        current = self.config.get("timezone")
        if self.timezone.findData(current) < 0:
            self.timezone.addItem(current, current)
        self.timezone.setCurrentIndex(self.timezone.findData(current))
        form.addRow(self.tr("Time zone"), self.timezone)
        self.stale_days = QSpinBox()
        self.stale_days.setRange(*STALE_DAYS_RANGE)
        self.stale_days.setSuffix(self.tr(" days"))
        self.stale_days.setValue(self.config.stale_days)
        self.stale_days.setToolTip(
            self.tr(
                "Data notes older than this are marked out of date, and posts citing them "
                "get a warning"
            )
        )
        form.addRow(self.tr("Data notes out of date after"), self.stale_days)
        note = QLabel(self.tr("Language and time zone changes apply after a restart."))
        note.setWordWrap(True)
        form.addRow(note)
        return page

    def _data_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        folder_row = QHBoxLayout()
        self.data_dir = QLineEdit(str(self.config.data_dir))
        self.data_dir.setReadOnly(True)
        folder_row.addWidget(self.data_dir, 1)
        open_button = QPushButton(self.tr("Open folder"))
        open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.config.data_dir)))
        )
        folder_row.addWidget(open_button)
        form.addRow(self.tr("Data folder"), folder_row)
        self.database_url = QLineEdit(self.config.get("database_url"))
        self.database_url.setPlaceholderText(self.tr("Empty: the built-in SQLite database"))
        form.addRow(self.tr("Database URL"), self.database_url)
        hint = QLabel(
            self.tr(
                "For a team, enter a PostgreSQL server, e.g. "
                "postgresql+psycopg://user@server/sosmed. Applies after a restart."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        spec_row = QHBoxLayout()
        self.spec_file = QLineEdit(self.config.get("platform_spec_file"))
        self.spec_file.setPlaceholderText(self.tr("Built-in platform figures"))
        spec_row.addWidget(self.spec_file, 1)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_spec_file)
        spec_row.addWidget(browse)
        form.addRow(self.tr("Platform file"), spec_row)
        return page

    def _choose_spec_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Platform file"), "", self.tr("JSON files (*.json)")
        )
        if path:
            self.spec_file.setText(path)

    # Load / save -----------------------------------------------------------------
    def _load_profile(self) -> None:
        ctx = self.ctx
        if ctx is None:
            return

        def load() -> profile.Profile:
            with ctx.uow() as uow:
                return profile.get_profile(uow)

        def show(prof: profile.Profile) -> None:
            self.profile_form.set_profile(prof)
            self.profile_form.setEnabled(True)

        run_task(load, show)

    def values(self) -> dict[str, object]:
        """The settings as chosen in the dialog."""
        return {
            "language": self.language.currentData(),
            "timezone": self.timezone.currentData(),
            "database_url": self.database_url.text().strip(),
            "platform_spec_file": self.spec_file.text().strip(),
            STALE_DAYS_KEY: self.stale_days.value(),
        }

    def save(self) -> None:
        """Validate everything first; write only when all of it is valid."""
        chosen = self.values()
        try:
            if chosen["platform_spec_file"]:
                load_spec_file(Path(str(chosen["platform_spec_file"])))
            for key, value in chosen.items():
                validate_value(key, value)
        except ValidationError as exc:
            show_error(self, exc)
            return
        restart = any(self.config.get(k) != chosen[k] for k in RESTART_KEYS)
        previous = {key: self.config.get(key) for key in chosen}
        for key, value in chosen.items():
            self.config.set(key, value)
        try:
            self.config.save()
        except DomainError as exc:
            for key, value in previous.items():
                self.config.set(key, value)
            show_error(self, exc)
            return
        self._apply_live_settings(chosen)
        if self.ctx is not None and self.profile_form.isEnabled():
            self._save_profile(restart)
        else:
            self._finish(restart)

    def _apply_live_settings(self, chosen: dict[str, object]) -> None:
        """Settings that need no restart reach the open context (it may hold its own copy)."""
        if self.ctx is not None and self.ctx.config is not self.config:
            for key, value in chosen.items():
                if key not in RESTART_KEYS:
                    self.ctx.config.set(key, value)
        self.bus.announce("settings")

    def _save_profile(self, restart: bool) -> None:
        ctx = self.ctx
        assert ctx is not None
        typed = self.profile_form.profile()
        self.save_button.setEnabled(False)

        def work() -> None:
            with ctx.uow() as uow:
                profile.save_profile(uow, typed)
            ctx.user_name = typed.officer_name.strip()

        def failed(exc: BaseException, details: str) -> None:
            self.save_button.setEnabled(True)
            self.tabs.setCurrentWidget(self.profile_form)
            if isinstance(exc, DomainError):
                show_error(self, exc)
            else:
                report_unexpected(exc, details)

        def done(_: object) -> None:
            self.bus.announce("profile")
            self._finish(restart)

        run_task(work, done, failed)

    def _finish(self, restart: bool) -> None:
        if restart:
            QMessageBox.information(
                self,
                self.tr("Settings"),
                self.tr("Saved. Some changes apply the next time Sosmed Desktop starts."),
            )
        self.accept()
