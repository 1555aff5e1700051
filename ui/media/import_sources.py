"""Where the media page's imports come from: file dialogs, dropped files and the clipboard.

Officers bring photos in every way their desktop offers; each way ends in
`MediaPage.import_paths`.  Kept apart from the page, which only wires the
buttons, drop events and the paste shortcut to these; the texts keep the media
page's translation context.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from sosmed_desktop import clock

if TYPE_CHECKING:
    from ui.media.page import MediaPage

translate = QCoreApplication.translate


def local_paths(mime: QMimeData | None) -> list[Path]:
    """The local files and folders named in dragged or copied data."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def choose_files(page: MediaPage) -> None:
    names, _ = QFileDialog.getOpenFileNames(
        page,
        translate("MediaPage", "Import photos and videos"),
        "",
        translate(
            "MediaPage",
            "Photos and videos (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.mp4 *.mov)",
        )
        + ";;"
        + translate("MediaPage", "All files (*)"),
    )
    if names:
        page.import_paths([Path(n) for n in names])


def choose_folder(page: MediaPage) -> None:
    folder = QFileDialog.getExistingDirectory(page, translate("MediaPage", "Import a folder"))
    if folder:
        page.import_paths([Path(folder)])


def paste(page: MediaPage) -> None:
    """Import files copied in the file manager, or an image copied from another program."""
    mime = QGuiApplication.clipboard().mimeData()
    paths = local_paths(mime)
    if paths:
        page.import_paths(paths)
        return
    if mime.hasImage():
        image = QGuiApplication.clipboard().image()
        if not image.isNull():
            folder = Path(tempfile.mkdtemp(prefix="sosmed-paste-"))
            stamp = clock.now().astimezone().strftime("%Y%m%d-%H%M%S")
            path = folder / f"tempel-{stamp}.png"
            image.save(str(path), "PNG")
            page.import_paths([path], cleanup=lambda: shutil.rmtree(folder, True))
            return
    page.bench and page.bench.show_message(translate("MediaPage", "The clipboard holds no photo."))
