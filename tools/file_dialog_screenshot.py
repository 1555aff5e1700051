#!/usr/bin/env python3
"""Render the post editor's photo file dialog in Indonesian over the window at 1366×768.

Qt's own file dialog (the one Linux desktops without a native dialog get) speaks
Indonesian through resources/translations/qt_extra_id.ts; this shows it in detail
view over a folder of phone photos, HEIC included.

.venv/bin/python tools/file_dialog_screenshot.py [OUT_DIR]    (default: docs/screenshots)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image
from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHeaderView,
    QSplitter,
    QToolButton,
    QTreeView,
)

from tools.shots import demo_window, out_folder, settle

PHOTOS = {
    "posyandu-sukamaju.jpg": (40, 150, 90),
    "kader-kesehatan.heic": (200, 120, 40),
    "imunisasi-balita.png": (30, 90, 170),
    "senam-lansia.jpg": (170, 40, 70),
}


def photo_folder(folder: Path) -> Path:
    """A few photos as a phone and a camera leave them."""
    import pillow_heif

    pillow_heif.register_heif_opener()
    folder.mkdir()
    for name, colour in PHOTOS.items():
        Image.new("RGB", (1080, 1080), colour).save(folder / name)
    return folder


def main() -> int:
    out = out_folder(sys.argv)
    with demo_window(sys.argv) as (window, _ctx), tempfile.TemporaryDirectory() as tmp:
        editor = window.editors.new_post()
        settle(600)
        editor.settings.setValue("editor/photo_folder", str(photo_folder(Path(tmp) / "Foto")))
        editor.hide()

        def shoot() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, QFileDialog):
                QTimer.singleShot(100, shoot)
                return
            dialog.findChild(QToolButton, "detailModeButton").click()
            dialog.resize(1000, 540)
            dialog.findChild(QSplitter, "splitter").setSizes([170, 830])
            settle(600)
            columns = dialog.findChild(QTreeView, "treeView").header()
            columns.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
            columns.resizeSection(0, 380)
            screen = window.grab()
            painter = QPainter(screen)
            shot: QPixmap = dialog.grab()
            corner = QPoint(screen.width() - shot.width(), screen.height() - shot.height()) / 2
            painter.drawPixmap(corner, shot)
            painter.setPen(QColor("#5a6470"))
            painter.drawRect(QRect(corner, shot.size()).adjusted(-1, -1, 0, 0))
            painter.end()
            screen.save(str(out / "file-dialog.png"))
            print(f"wrote {out / 'file-dialog.png'}")
            dialog.reject()

        QTimer.singleShot(100, shoot)
        editor.captions.platform_tabs["facebook"].add_files.click()
        editor.force_close = True
        editor.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
