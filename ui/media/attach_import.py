"""Importing the photos dropped or chosen for a post into the media library.

Photos dropped on a calendar day start a post with them; photos dropped on or
chosen for a platform in the post editor are added to it.  Both import the
same way: in the background, each file in its own transaction, so one refused
file does not stop the others; the refused files are listed afterwards, each
with its reason.  (The media library page has its own import with progress and
cancel: `ui/media/importer.py`.)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from sosmed_desktop.errors import DomainError
from ui.errors import describe
from ui.plain_text import plain_box
from ui.tasks import run_task

if TYPE_CHECKING:
    from sosmed_desktop.bootstrap import AppContext
    from sosmed_desktop.services.media_catalog import MediaSummary
    from ui.bus import DataBus

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ImportedPhotos:
    """The library ids of the files taken in, what the library knows of them, the refusals."""

    ids: list[int]
    found: dict[int, MediaSummary]
    failures: list[DomainError]


def import_photos(
    ctx: AppContext,
    bus: DataBus,
    paths: Sequence[str],
    done: Callable[[ImportedPhotos], None],
    on_error: Callable[[BaseException, str], None] | None = None,
    *,
    owner: QObject | None = None,
) -> None:
    """Import `paths` in the background, announce the new media, then call `done`."""

    def work() -> ImportedPhotos:
        from sosmed_desktop.services.media import import_file
        from sosmed_desktop.services.media_catalog import describe_media

        ids: list[int] = []
        failures: list[DomainError] = []
        for raw in paths:
            try:
                with ctx.uow() as uow:
                    ids.append(import_file(ctx.config, uow, Path(raw)).media_id)
            except DomainError as exc:
                failures.append(exc)
        with ctx.uow() as uow:
            return ImportedPhotos(ids, describe_media(uow, ids), failures)

    def finished(result: ImportedPhotos) -> None:
        if result.ids:
            bus.announce("media", result.ids)
        done(result)

    run_task(work, finished, on_error, owner=owner)


def warn_refused(parent: QWidget, failures: list[DomainError]) -> None:
    """List the files that were not added, each with its reason (nothing when none)."""
    if failures:  # file names, in plain text
        title = translate("PhotoImport", "Some files were not added")
        text = "\n".join(describe(exc) for exc in failures)
        plain_box(parent, QMessageBox.Icon.Warning, title, text).exec()
