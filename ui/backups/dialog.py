"""The Backups dialog ("Cadangan", File → Backups…): list, back up now, restore with confirmation.

Listing, backing up and restoring run in the background, owned by the dialog
(it is deleted when closed: a late result is dropped); a restore shows its
steps in a progress bar, and the window then works with the freshly opened
database (`DatabaseSwap.replace_context`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from sosmed_desktop.errors import DomainError
from ui import errors
from ui.backups.restore_runner import STEPS, Restored, RestoreRunner, step_text
from ui.i18n import long_date, time_text

if TYPE_CHECKING:
    from datetime import datetime

    from sosmed_desktop.services.backup import BackupInfo
    from ui.shell import DatabaseSwap

PATH_ROLE = Qt.ItemDataRole.UserRole


class BackupsDialog(QDialog):
    """Backups of the open database, newest first, and restoring one of them."""

    listed = Signal()
    restored = Signal(object)

    def __init__(self, window: DatabaseSwap) -> None:
        super().__init__(window)  # the window (a QMainWindow) implements DatabaseSwap
        self.main = window
        self.setWindowTitle(self.tr("Backups"))
        self.resize(760, 480)
        self.runner = RestoreRunner(window.ops, self)
        self.runner.step.connect(self._show_step)
        self.runner.finished.connect(self._restore_done)
        self.runner.failed.connect(self._restore_failed)

        layout = QVBoxLayout(self)
        ctx = window.ctx
        self.db_file = ctx.sqlite_file if ctx is not None else None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTreeWidget()
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Made on"), self.tr("Occasion"), self.tr("Size")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item, _col: self.restore_selected())
        layout.addWidget(self.table, 1)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, len(STEPS))
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.status)
        layout.addWidget(self.progress)

        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button = QPushButton(self.tr("Restore from a file…"))
        self.file_button.clicked.connect(self.restore_from_file)
        self.folder_button = QPushButton(self.tr("Open backups folder"))
        self.folder_button.clicked.connect(self.open_folder)
        for button in (self.backup_button, self.restore_button, self.file_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.folder_button)
        layout.addLayout(row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        if self.db_file is None:
            self.intro.setText(
                self.tr(
                    "This data folder uses a PostgreSQL server: its database is backed up "
                    "and restored on the server."
                )
            )
        else:
            self.intro.setText(
                self.tr(
                    "Backups of the database, newest first. Restoring one replaces all current "
                    "data with the backup's; the current data is saved as a backup first. "
                    "Photos and videos are not part of a backup: they stay in the media folder."
                )
            )
        self._update_buttons()
        self.refresh()

    # Listing -------------------------------------------------------------------------
    def refresh(self) -> None:
        """List the backups folder again (in the background)."""
        if self.db_file is None:
            return
        from sosmed_desktop.services.backup import list_backups

        folder = self.main.config.backups_dir
        self.main.ops.background(self, lambda: list_backups(folder), self._fill)

    def _fill(self, backups: list[BackupInfo]) -> None:
        self.table.clear()
        tz = self.main.config.tz
        for info in backups:
            item = QTreeWidgetItem(
                [
                    _when(info.created_at.astimezone(tz)),
                    self.occasion(info.reason),
                    QLocale().formattedDataSize(
                        info.size_bytes, 2, QLocale.DataSizeFormat.DataSizeTraditionalFormat
                    ),
                ]
            )
            item.setData(0, PATH_ROLE, str(info.path))
            item.setData(0, Qt.ItemDataRole.ToolTipRole, info.path.name)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(item)
        if backups:
            self.table.setCurrentItem(self.table.topLevelItem(0))
        elif not self.progress.isVisible():
            self.status.setText(self.tr("No backups yet."))
        self._update_buttons()
        self.listed.emit()

    def occasion(self, reason: str) -> str:
        """Why a backup was made, in words."""
        labels = {
            "manual": self.tr("Made by hand"),
            "pre-migration": self.tr("Before an update of the database"),
            "pre-restore": self.tr("Before a restore"),
            "": self.tr("Backup"),
        }
        return labels.get(reason, reason)

    def selected_path(self) -> Path | None:
        items = self.table.selectedItems()
        return Path(items[0].data(0, PATH_ROLE)) if items else None

    def _update_buttons(self, working: bool = False) -> None:
        usable = self.db_file is not None and not working
        self.backup_button.setEnabled(usable)
        self.file_button.setEnabled(usable)
        self.restore_button.setEnabled(usable and self.selected_path() is not None)
        self.buttons.setEnabled(not working)

    # Backing up ------------------------------------------------------------------------
    def backup_now(self) -> None:
        """Write a verified backup, then list it."""
        ctx = self.main.ctx
        if ctx is None or self.db_file is None:
            return
        from sosmed_desktop.services.backup import backup_sqlite

        db_file, folder = self.db_file, ctx.config.backups_dir
        self._working(self.tr("Backing up…"))
        self.main.ops.background(
            self,
            lambda: backup_sqlite(db_file, folder, "manual"),
            self._backed_up,
            on_error=self._failed,
        )

    def _backed_up(self, path: Path) -> None:
        self._idle(self.tr("Backup written: {name}").format(name=path.name))
        self.refresh()

    # Restoring -------------------------------------------------------------------------
    def restore_selected(self) -> None:
        path = self.selected_path()
        item = self.table.currentItem()
        if path is not None and item is not None and self.restore_button.isEnabled():
            self.restore(path, item.text(0))

    def restore_from_file(self) -> None:
        """Restore a backup kept elsewhere (a USB stick, a colleague's copy)."""
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(self.main.config.backups_dir),
            self.tr("Sosmed Desktop backups (*.db);;All files (*)"),
        )
        if name:
            self.restore(Path(name), Path(name).name)

    def restore(self, source: Path, label: str) -> None:
        """Ask, then restore `source` in the background."""
        if self.db_file is None or self.runner.running:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Restore the backup of {when}?\n\nAll data changed since then is replaced by "
                "the backup. The current data is saved as a backup first, so this can be "
                "undone by restoring that one."
            ).format(when=label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._working(step_text("verify"))
        self.progress.setValue(0)
        self.main.stop_watching()  # its connection would keep the file open
        self.runner.start(source, self.db_file, self.main.config, self.main.ctx)

    def _show_step(self, step: str) -> None:
        self.status.setText(step_text(step))
        self.progress.setValue(STEPS.index(step) if step in STEPS else 0)

    def _restore_done(self, restored: Restored) -> None:
        self.progress.setValue(len(STEPS))
        self.main.replace_context(restored.ctx)
        self._idle(self.tr("The backup was restored."))
        self.refresh()
        self.restored.emit(restored.result)
        self.main.show_status(self.tr("Backup restored."))

    def _restore_failed(self, exc: BaseException, details: str, swapped: bool) -> None:
        self._idle("")
        if swapped:
            # The backup is in place but could not be opened: the old engine is useless now.
            self.main.lose_context(exc, details)
            self.accept()
            return
        if self.main.ctx is not None:
            self.main.watch_changes(self.main.ctx)  # the data in place stays in use
        if not self._failed(exc):
            errors.show_failure(self, exc, details)

    # State -------------------------------------------------------------------------------
    def _working(self, text: str) -> None:
        self.status.setText(text)
        self.progress.setVisible(True)
        self.progress.setRange(0, len(STEPS))
        self._update_buttons(working=True)

    def _idle(self, text: str) -> None:
        self.status.setText(text)
        self.progress.hide()
        self._update_buttons()

    def _failed(self, exc: BaseException) -> bool:
        """A refusal under the dialog's own title (True); anything else goes the usual way."""
        self._idle("")
        if not isinstance(exc, DomainError):
            return False
        errors.show_error(self, exc, self.tr("Backups"))
        return True

    def open_folder(self) -> None:
        folder = self.main.config.backups_dir
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def reject(self) -> None:
        if not self.runner.running:  # a restore cannot be walked away from halfway
            super().reject()


def _when(moment: datetime) -> str:
    """A backup's time in the officer's zone, e.g. "Senin, 27 Juni 2022 09.30"."""
    return f"{long_date(moment)}  {time_text(moment)}"
