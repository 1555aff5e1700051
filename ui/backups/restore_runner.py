"""Restoring a backup in the background and opening the data layer again.

Used by the Backups dialog and by the offer made when the database is found
damaged at start-up.  The work runs as an operation of the widget that asked
(`Operations.background`), on a private one-thread pool: it first lets the
global pool's tasks finish (they may hold database connections), closes the
old engine, restores (`services.backup.restore_backup`) and bootstraps again, so
an older backup is also upgraded.  Each step is reported by a queued signal.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from sosmed_desktop.bootstrap import AppContext
    from sosmed_desktop.config import Config
    from sosmed_desktop.services.backup import RestoreResult
    from ui.operations import Operations

translate = QCoreApplication.translate
STEPS = ("verify", "copy", "keep", "swap", "reopen")
WAIT_FOR_TASKS_MS = 10_000


def step_text(step: str) -> str:
    """What the officer reads while a step runs."""
    texts = {
        "verify": translate("Restore", "Checking the backup (integrity check)…"),
        "copy": translate("Restore", "Copying the backup…"),
        "keep": translate("Restore", "Keeping the current data as a backup…"),
        "swap": translate("Restore", "Putting the backup in place…"),
        "reopen": translate("Restore", "Opening the restored data…"),
    }
    return texts.get(step, step)


@dataclass(frozen=True)
class Restored:
    """A finished restore: what the service did and the freshly opened context."""

    result: RestoreResult
    ctx: AppContext


class RestoreRunner(QObject):
    """Runs one restore at a time; `step`, then `finished` or `failed` on the GUI thread.

    `failed(exc, details, swapped)`: `swapped` is True when the backup was already
    in place but could not be opened (the old context must not be used then); its
    listener explains the failure.  When `owner` (the widget that asked) is
    deleted meanwhile, neither signal comes.
    """

    step = Signal(str)
    finished = Signal(object)
    failed = Signal(object, str, bool)

    def __init__(self, ops: Operations, owner: QWidget) -> None:
        super().__init__(owner)
        self._ops = ops
        self._owner = owner
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.running = False

    def start(
        self, source: Path, db_file: Path, config: Config, old_ctx: AppContext | None
    ) -> None:
        """Restore `source` over `db_file` and open the data folder of `config` again."""
        self.running = True
        swapped: list[bool] = []

        def work() -> Restored:
            from sosmed_desktop.bootstrap import bootstrap
            from sosmed_desktop.services.backup import restore_backup

            if old_ctx is not None:
                QThreadPool.globalInstance().waitForDone(WAIT_FOR_TASKS_MS)
                old_ctx.dispose()
            result = restore_backup(source, db_file, config.backups_dir, self.step.emit)
            swapped.append(True)
            self.step.emit("reopen")
            return Restored(result, bootstrap(config.data_dir, config=config))

        def done(restored: Restored) -> None:
            self.running = False
            if old_ctx is not None:
                old_ctx.dispose()  # connections opened meanwhile
            self.finished.emit(restored)

        def error(exc: BaseException) -> bool:
            self.running = False
            details = "".join(traceback.format_exception(exc))
            self.failed.emit(exc, details, bool(swapped))
            return True

        self._ops.background(self._owner, work, done, on_error=error, pool=self._pool)
