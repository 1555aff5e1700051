"""First start: who the officer is, an offer of sample data, and where data lives."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.errors import DomainError
from sosmed_desktop.services import profile
from ui.bus import DataBus
from ui.error_dialog import report_unexpected
from ui.errors import show_error
from ui.form_parts import heading
from ui.profile_form import ProfileForm
from ui.tasks import run_task


class WelcomeDialog(QDialog):
    """Asks for the profile, optionally loads sample data, then never shows again."""

    def __init__(self, ctx: AppContext, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bus = bus
        self.setWindowTitle(self.tr("Welcome"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        heading(
            layout,
            self.tr("Welcome to Sosmed Desktop"),
            self.tr(
                "Plan your department's posts, prepare photos, keep leadership directions "
                "and data at hand, and get approval — all on this PC, even offline. "
                "First, tell us who you are; the approval sheet uses these details."
            ),
        )
        self.form = ProfileForm()
        layout.addWidget(self.form)
        self.sample = QCheckBox(
            self.tr("Load sample data (a sample department with posts, directions and photos)")
        )
        layout.addWidget(self.sample)
        where = QHBoxLayout()
        folder = QLabel(self.tr("Your data is kept in: {path}").format(path=ctx.config.data_dir))
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.addWidget(folder, 1)
        open_folder = QPushButton(self.tr("Open folder"))
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(ctx.config.data_dir)))
        )
        where.addWidget(open_folder)
        layout.addLayout(where)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Preparing sample data…"))
        self.progress.setTextVisible(True)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(
            self.tr("Start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip_button = self.buttons.addButton(
            self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def start(self) -> None:
        """Save the profile (and the sample data) in the background, then close."""
        missing = self.form.missing_field()
        if missing is not None:
            missing.setFocus()
            missing.setStyleSheet("border: 1px solid #c0392b;")
            return
        typed = self.form.profile()
        with_sample = self.sample.isChecked()
        ctx = self.ctx
        self._busy(True, with_sample)

        def work() -> None:
            with ctx.uow() as uow:
                profile.save_profile(uow, typed)
            ctx.user_name = typed.officer_name.strip()
            if with_sample:
                from sosmed_desktop.services.demo import seed_demo

                seed_demo(ctx)

        run_task(work, lambda _: self._done(), self._failed)

    def _busy(self, busy: bool, with_sample: bool = False) -> None:
        self.form.setEnabled(not busy)
        self.sample.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        self.progress.setVisible(busy and with_sample)

    def _done(self) -> None:
        self._busy(False)
        self.ctx.config.set("welcome_done", True)
        self.ctx.config.save()
        self.bus.announce("all")
        self.accept()

    def _failed(self, exc: BaseException, details: str) -> None:
        self._busy(False)
        self.bus.announce("all")
        if isinstance(exc, DomainError):
            show_error(self, exc)
            return
        report_unexpected(exc, details)
