"""The Settings dialog: language, time zone, profile, data folder and database.

Pages only load and save; the declarations and validation live in
`sosmed_desktop.config`.  Language, time zone and database changes apply at the
next start, which the dialog says.  The profile is read and saved as operations
of the dialog (`ui/operations.py`), so the save is announced from what it
committed; only the settings file's change is announced by hand (it is no
database record).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
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
from sosmed_desktop.config import (
    STALE_DAYS_KEY,
    STALE_DAYS_RANGE,
    WATERMARK_RANGES,
    Config,
    validate_value,
)
from sosmed_desktop.db.change_kinds import Kind
from sosmed_desktop.domain.platforms import load_spec_file
from sosmed_desktop.domain.recipe import ANCHORS
from sosmed_desktop.errors import DomainError, ValidationError
from sosmed_desktop.services import profile
from ui import errors
from ui.plain_text import plain_box
from ui.settings.profile_form import ProfileForm
from ui.studio.controls import anchor_label
from ui.team.database_settings import DatabaseSettings

if TYPE_CHECKING:
    from sosmed_desktop.db.uow import UnitOfWork
    from ui.operations import Operations

RESTART_KEYS = ("language", "timezone", "database_url", "platform_spec_file")


class SettingsDialog(QDialog):
    """Edits the settings of the open data folder."""

    def __init__(
        self,
        config: Config,
        ctx: AppContext | None,
        ops: Operations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.config = config
        self.ctx = ctx
        self.ops = ops
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(660)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.profile_form = ProfileForm()
        self.profile_form.setEnabled(False)
        self.tabs.addTab(self.profile_form, self.tr("Profile"))
        self.tabs.addTab(self._data_tab(), self.tr("Data && database"))
        self.tabs.addTab(self._studio_tab(), self.tr("Studio"))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.loaded_profile: profile.Profile | None = None
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
        self.data_dir.setAccessibleName(self.tr("Data folder"))
        folder_row.addWidget(self.data_dir, 1)
        open_button = QPushButton(self.tr("Open folder"))
        open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.config.data_dir)))
        )
        folder_row.addWidget(open_button)
        form.addRow(self.tr("Data folder"), folder_row)
        self.database = DatabaseSettings(self.config, self.ops)
        self.database.switch_requested.connect(self.save)
        form.addRow(self.tr("Database"), self.database)
        spec_row = QHBoxLayout()
        self.spec_file = QLineEdit(self.config.get("platform_spec_file"))
        self.spec_file.setPlaceholderText(self.tr("Built-in platform figures"))
        self.spec_file.setAccessibleName(self.tr("Platform file"))
        spec_row.addWidget(self.spec_file, 1)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_spec_file)
        spec_row.addWidget(browse)
        form.addRow(self.tr("Platform file"), spec_row)
        self.update_source = QLineEdit(self.config.get("update_source"))
        self.update_source.setPlaceholderText(self.tr("\\\\server\\share\\sosmed or https://…"))
        self.update_source.setToolTip(
            self.tr(
                "Where your IT department keeps new versions: a shared folder or web address "
                "holding sosmed-desktop-version.json and the installer (Help → Check for updates)"
            )
        )
        form.addRow(self.tr("Updates"), self.update_source)
        return page

    def _studio_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        logo_row = QHBoxLayout()
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(140, 70)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setObjectName("logoPreview")
        self._show_logo()
        logo_row.addWidget(self.logo_preview)
        choose = QPushButton(self.tr("Choose logo (PNG)…"))
        choose.clicked.connect(self._choose_logo)
        logo_row.addWidget(choose)
        logo_row.addStretch(1)
        form.addRow(self.tr("Department logo"), logo_row)
        self.logo_position = QComboBox()
        for anchor in ANCHORS:
            self.logo_position.addItem(anchor_label(anchor), anchor)
        self.logo_position.setCurrentIndex(
            max(0, self.logo_position.findData(self.config.get("watermark_position")))
        )
        form.addRow(self.tr("Position"), self.logo_position)
        self.logo_spins: dict[str, QSpinBox] = {}
        for key, label in (
            ("watermark_size", self.tr("Size (% of the width)")),
            ("watermark_opacity", self.tr("Opacity (%)")),
            ("watermark_margin", self.tr("Margin (% of the width)")),
        ):
            spin = QSpinBox()
            low, high = WATERMARK_RANGES[key]
            spin.setRange(low, high)
            spin.setValue(self.config.get(key))
            spin.setSuffix(" %")
            self.logo_spins[key] = spin
            form.addRow(label, spin)
        note = QLabel(
            self.tr(
                "The logo is copied into the data folder. The studio and the batch tool "
                "start from these settings; each image can still change them."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        return page

    def _show_logo(self) -> None:
        path = self.config.watermark_path
        pixmap = QPixmap(str(path)) if path is not None else QPixmap()
        if pixmap.isNull():
            self.logo_preview.setText(self.tr("No logo yet"))
        else:
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    self.logo_preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Department logo"), "", self.tr("PNG images (*.png)")
        )
        if path:
            self.install_logo(Path(path))

    def install_logo(self, source: Path) -> None:
        """Check and copy the logo in the background, then show it."""
        config = self.config

        def work() -> Path:
            from sosmed_desktop.services.media.studio import install_logo

            return install_logo(config, source)

        self.ops.background(self, work, lambda _path: self._show_logo())

    def _choose_spec_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Platform file"), "", self.tr("JSON files (*.json)")
        )
        if path:
            self.spec_file.setText(path)

    # Load / save -----------------------------------------------------------------
    def _load_profile(self) -> None:
        if self.ctx is None:
            return

        def read(uow: UnitOfWork) -> tuple[profile.Profile, list[tuple[str, str]]]:
            from sosmed_desktop.services.platforms import list_platforms

            return profile.get_profile(uow), [(p.code, p.name) for p in list_platforms(uow)]

        def show(loaded: tuple[profile.Profile, list[tuple[str, str]]]) -> None:
            prof, platforms = loaded
            self.profile_form.set_platforms(platforms)
            self.adjustSize()  # room for the account fields that came with the list
            self.loaded_profile = prof
            self.profile_form.set_profile(prof)
            self.profile_form.setEnabled(True)

        self.ops.read(self, read, show)

    def values(self) -> dict[str, object]:
        """The settings as chosen in the dialog."""
        return {
            "language": self.language.currentData(),
            "timezone": self.timezone.currentData(),
            "database_url": self.database.database_url(),
            "platform_spec_file": self.spec_file.text().strip(),
            "update_source": self.update_source.text().strip(),
            STALE_DAYS_KEY: self.stale_days.value(),
            "watermark_position": self.logo_position.currentData(),
            **{key: spin.value() for key, spin in self.logo_spins.items()},
        }

    def save(self) -> None:
        """Validate everything first; write only when all of it is valid."""
        try:
            chosen = self.values()
            if chosen["platform_spec_file"]:
                load_spec_file(Path(str(chosen["platform_spec_file"])))
            for key, value in chosen.items():
                validate_value(key, value)
        except ValidationError as exc:
            errors.show_error(self, exc)
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
            errors.show_error(self, exc)
            return
        self._apply_live_settings(chosen)
        self.save_button.setEnabled(False)
        self.database.store_password(lambda: self._after_password(restart))

    def _after_password(self, restart: bool) -> None:
        self.save_button.setEnabled(True)
        # An untouched profile is not saved: one left empty after the welcome's "Later"
        # would be refused and keep the dialog open over settings already saved.
        loaded = self.loaded_profile
        if loaded is not None and self.profile_form.profile() != loaded:
            self._save_profile(restart)
        else:
            self._finish(restart)

    def _apply_live_settings(self, chosen: dict[str, object]) -> None:
        """Settings that need no restart reach the open context (it may hold its own copy)."""
        if self.ctx is not None and self.ctx.config is not self.config:
            for key, value in chosen.items():
                if key not in RESTART_KEYS:
                    self.ctx.config.set(key, value)
        self.ops.bus.announce(Kind.SETTINGS)

    def _save_profile(self, restart: bool) -> None:
        ctx = self.ctx
        assert ctx is not None
        typed = self.profile_form.profile()
        self.save_button.setEnabled(False)

        def failed(_exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.tabs.setCurrentWidget(self.profile_form)

        def done(name: str) -> None:
            ctx.user_name = name  # here, on the GUI thread: later units of work sign with it
            self._finish(restart)

        self.ops.write(self, lambda uow: profile.save_profile(uow, typed), done, on_error=failed)

    def _finish(self, restart: bool) -> None:
        if restart:
            plain_box(
                self,
                QMessageBox.Icon.Information,
                self.tr("Settings"),
                self.tr("Saved. Some changes apply the next time Sosmed Desktop starts."),
            ).exec()
        self.accept()
