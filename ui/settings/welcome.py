"""First start: who the officer is, an offer of sample data, and where data lives.

The profile is saved first (`Operations.write`), then the window's context signs
with the officer's name, then the sample data is added (`Operations.run_ctx`,
as the officer): what each committed is announced, so every view shows it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
from sosmed_desktop.services import profile
from ui.form_parts import heading
from ui.settings.profile_form import ProfileForm

if TYPE_CHECKING:
    from ui.operations import Operations


class WelcomeDialog(QDialog):
    """Asks for the profile, optionally loads sample data, then never shows again."""

    def __init__(self, ctx: AppContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ops = ops
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
        self._busy(True, with_sample)

        def saved(name: str) -> None:
            self.ctx.user_name = name  # on the GUI thread: later units of work sign with it
            if not with_sample:
                self._done()
                return
            from sosmed_desktop.demo.seed import seed_demo

            self.ops.run_ctx(self, seed_demo, lambda _counts: self._done(), on_error=self._failed)

        self.ops.write(
            self, lambda uow: profile.save_profile(uow, typed), saved, on_error=self._failed
        )

    def _busy(self, busy: bool, with_sample: bool = False) -> None:
        self.form.setEnabled(not busy)
        self.sample.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        self.progress.setVisible(busy and with_sample)

    def _done(self) -> None:
        self._busy(False)
        self.ctx.config.set("welcome_done", True)
        self.ctx.config.save()
        self.accept()

    def _failed(self, _exc: BaseException) -> None:
        self._busy(False)  # the error is shown the usual way
