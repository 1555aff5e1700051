"""Importing the photos dropped or chosen for a post into the media library.

Photos dropped on a calendar day start a post with them; photos dropped on or
chosen for a platform in the post editor are added to it.  Both import the
same way, through the core's `media_import.import_files` in the background: one
refused file does not stop the others, and the refused files are listed
afterwards, each with its reason.  (The media library page has its own import
with progress and cancel: `ui/media/importer.py`.)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.errors import describe
from ui.plain_text import plain_box

if TYPE_CHECKING:
    from sosmed_desktop.bootstrap import AppContext
    from sosmed_desktop.errors import DomainError
    from sosmed_desktop.services.media.bulk_import import ImportedFiles
    from ui.operations import ErrorHandler, Operations

translate = QCoreApplication.translate


def import_photos(
    ops: Operations,
    parent: QWidget,
    paths: Sequence[str],
    done: Callable[[ImportedFiles], None],
    *,
    on_error: ErrorHandler | None = None,
) -> None:
    """Import `paths` in the background for `parent`, then call `done` with the result.

    The new photos are announced from the import's record; an error that is no
    file's fault (a full disk) takes the operations' error path (`on_error` first).
    """
    files = [Path(raw) for raw in paths]

    def work(ctx: AppContext) -> ImportedFiles:
        from sosmed_desktop.services.media.bulk_import import import_files

        return import_files(ctx, files)

    ops.run_ctx(parent, work, done, on_error=on_error)


def warn_refused(parent: QWidget, failures: list[DomainError]) -> None:
    """List the files that were not added, each with its reason (nothing when none)."""
    if failures:  # file names, in plain text
        title = translate("PhotoImport", "Some files were not added")
        text = "\n".join(describe(exc) for exc in failures)
        plain_box(parent, QMessageBox.Icon.Warning, title, text).exec()
