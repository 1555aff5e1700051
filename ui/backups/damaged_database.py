"""When the database is found damaged at start-up: explain, and offer the newest sound backup.

The backups are searched in the background (newest first, each must pass
``quick_check``).  Restoring keeps the damaged file beside the database under a
timestamped name — it is never deleted — and then opens the restored data as a
normal start would.  Without a usable backup the file is left untouched and the
application closes, as for any database it cannot open.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QMessageBox

from sosmed_desktop.db.engine import sqlite_path
from sosmed_desktop.errors import CorruptDatabaseError, DomainError
from ui.backups.restore_runner import Restored, RestoreRunner, step_text
from ui.error_dialog import report_unexpected
from ui.errors import describe
from ui.i18n import long_date, time_text
from ui.plain_text import make_plain

if TYPE_CHECKING:
    from sosmed_desktop.bootstrap import AppContext
    from sosmed_desktop.services.backup import BackupInfo
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)


class Recovery(QObject):
    """One offer to restore the newest sound backup over a damaged database."""

    def __init__(
        self,
        window: MainWindow,
        db_file: Path,
        exc: CorruptDatabaseError,
        on_opened: Callable[[AppContext], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.db_file = db_file
        self.exc = exc
        self.on_opened = on_opened
        self.backup: BackupInfo | None = None
        self.runner = RestoreRunner(window.ops, window)
        self.runner.step.connect(self._show_step)
        self.runner.finished.connect(self._restored)
        self.runner.failed.connect(self._failed)

    def start(self) -> None:
        """Look for a usable backup in the background, then ask."""
        from sosmed_desktop.services.backup import newest_sound_backup

        folder = self.window.config.backups_dir
        self.window.statusBar().showMessage(self.tr("Looking for a usable backup…"))
        self.window.ops.background(
            self.window,
            lambda: newest_sound_backup(folder),
            self._offer,
            on_error=self._failed,
        )

    def _box(self) -> QMessageBox:
        box = make_plain(QMessageBox(self.window))
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("The database is damaged"))
        box.setText(describe(self.exc))
        return box

    def _offer(self, backup: BackupInfo | None) -> None:
        self.backup = backup
        self.window.statusBar().clearMessage()
        box = self._box()
        folder_button = box.addButton(
            self.tr("Open data folder"), QMessageBox.ButtonRole.ActionRole
        )
        restore_button = None
        if backup is None:
            box.setInformativeText(
                self.tr(
                    "No backup that passes the check was found in {folder}. The damaged file "
                    "was left untouched. Sosmed Desktop will close."
                ).format(folder=self.window.config.backups_dir)
            )
        else:
            moment = backup.created_at.astimezone(self.window.config.tz)
            box.setInformativeText(
                self.tr(
                    "The newest backup that passes the check was made on {when} ({size}). "
                    "Restore it? The damaged file is kept beside it under a new name; changes "
                    "made after the backup are not in it."
                ).format(
                    when=f"{long_date(moment)} {time_text(moment)}",
                    size=QLocale().formattedDataSize(
                        backup.size_bytes, 2, QLocale.DataSizeFormat.DataSizeTraditionalFormat
                    ),
                )
            )
            restore_button = box.addButton(
                self.tr("Restore this backup"), QMessageBox.ButtonRole.AcceptRole
            )
            restore_button.setObjectName("restoreButton")
            box.setDefaultButton(restore_button)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if backup is not None and clicked is restore_button:
            self.runner.start(backup.path, self.db_file, self.window.config, None)
            return
        if clicked is folder_button:
            self.window.commands.open_data_folder()
        self._close()

    def _show_step(self, step: str) -> None:
        self.window.statusBar().showMessage(step_text(step))

    def _restored(self, restored: Restored) -> None:
        self.window.statusBar().clearMessage()
        self.on_opened(restored.ctx)
        aside = restored.result.set_aside
        text = self.tr("The backup was restored.")
        if aside is not None:
            text += " " + self.tr("The damaged file was kept as {name}.").format(name=aside.name)
        box = make_plain(QMessageBox(self.window))
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Backup restored"))
        box.setText(text)
        box.exec()

    def _failed(self, exc: BaseException, details: str = "", _swapped: bool = False) -> bool:
        """Explain why nothing can be opened, then close (True: the error is dealt with)."""
        self.window.statusBar().clearMessage()
        if isinstance(exc, DomainError):
            box = self._box()
            box.setText(describe(exc))
            box.setInformativeText(self.tr("Sosmed Desktop will close."))
            box.exec()
        else:
            report_unexpected(exc, details)
        self._close()
        return True

    def _close(self) -> None:
        self.window.exit_code = 1
        self.window.close()


def offer_recovery(
    window: MainWindow, exc: DomainError, on_opened: Callable[[AppContext], None]
) -> bool:
    """Take over a start-up failure if it is a damaged SQLite file; False otherwise."""
    db_file = sqlite_path(window.config.database_url)
    if not isinstance(exc, CorruptDatabaseError) or db_file is None:
        return False
    log.error("Damaged database at start-up, offering a backup: %s", exc)
    Recovery(window, db_file, exc, on_opened).start()
    return True
