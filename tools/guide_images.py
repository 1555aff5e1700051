#!/usr/bin/env python3
"""Copy the screenshots the user guide shows into resources/guide/img/, reduced for shipping.

.venv/bin/python tools/guide_images.py

The guide (resources/guide/, Bantuan → Panduan) ships inside the application, so
its pictures are the README's screenshots (docs/screenshots/, made by
tools/screenshots.py from the demo data) made smaller: at most 900 pixels wide,
the width the guide window shows without scrolling sideways, and 256 colours
(the interface's flat colours and text survive it well).  The screenshots full
of photographs are JPEGs instead, where a palette would band them.  Run it again
after tools/screenshots.py so the guide shows the current screens.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "docs" / "screenshots"
TARGET = ROOT / "resources" / "guide" / "img"
WIDTH = 900

# The screenshots the guide shows; those mostly made of photographs become JPEGs.
SCREENS = (
    "welcome",
    "main-window",
    "calendar-week",
    "editor-preview",
    "editor-insert-menu",
    "editor-counters-x",
    "editor-spelling",
    "editor-exception",
    "board-reapproval",
    "approval-warnings",
    "media-library",
    "image-studio",
    "packages",
    "package-preview",
    "backups",
    "team-sign-in",
)
PHOTOGRAPHIC = {"media-library", "image-studio", "package-preview"}


def reduce(name: str) -> Path:
    """Write the reduced copy of one screenshot; return its path."""
    with Image.open(SOURCE / f"{name}.png") as original:
        image = original.convert("RGB")
    if image.width > WIDTH:
        height = round(image.height * WIDTH / image.width)
        image = image.resize((WIDTH, height), Image.Resampling.LANCZOS)
    if name in PHOTOGRAPHIC:
        path = TARGET / f"{name}.jpg"
        image.save(path, "JPEG", quality=82, optimize=True, progressive=True)
    else:
        path = TARGET / f"{name}.png"
        image.quantize(256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)
    return path


def main() -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    wanted = set()
    for name in SCREENS:
        path = reduce(name)
        wanted.add(path.name)
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} KB")
    for old in TARGET.iterdir():  # a screen the guide no longer shows
        if old.name not in wanted:
            old.unlink()
            print(f"removed {old.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
