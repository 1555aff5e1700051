"""Make ``resources/icons/app.ico`` (Windows: the executables, shortcuts, installer) from app.svg.

Run after changing the SVG: ``.venv/bin/python tools/make_icon.py``.  Qt draws the
SVG at each size Windows asks for (16 to 256 pixels), so small sizes are drawn
for their size, not shrunk from a large picture; Pillow writes the ICO.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "app.svg"
TARGET = ROOT / "resources" / "icons" / "app.ico"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def draw(renderer: QSvgRenderer, size: int) -> Image.Image:
    """The SVG drawn at `size` × `size` pixels, as a Pillow RGBA image."""
    canvas = QImage(size, size, QImage.Format.Format_ARGB32)
    canvas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    canvas.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> int:
    """Write the ICO with every size in `SIZES`."""
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"error: {SOURCE} is not a valid SVG", file=sys.stderr)
        return 1
    images = [draw(renderer, size) for size in SIZES]
    images[-1].save(TARGET, format="ICO", sizes=[(s, s) for s in SIZES], append_images=images[:-1])
    print(f"{TARGET.relative_to(ROOT)}: {len(SIZES)} sizes, {TARGET.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
