#!/usr/bin/env python3
"""Refresh the ``.ts`` catalogues from the source code (run after changing UI text).

Runs PySide6's lupdate over ``ui/`` into every ``resources/translations/sosmed_*.ts``
(dropping strings no longer used), then lrelease, and lists what still needs a
translation.  Translators edit the ``.ts`` files with Qt Linguist
(``pyside6-linguist``).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent


def unfinished(ts_file: Path) -> list[str]:
    """Source texts in `ts_file` without a finished translation."""
    missing = []
    for message in ET.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("vanished", "obsolete"):
            continue
        text = "".join(translation.itertext()) if translation is not None else ""
        if kind == "unfinished" or not text.strip():
            missing.append(message.findtext("source") or "")
    return missing


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    for ts_file in sorted(TRANSLATIONS.glob("sosmed_*.ts")):
        subprocess.run(
            [
                str(BIN / "pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                *sources,
                "-ts",
                str(ts_file.relative_to(ROOT)),
            ],
            check=True,
            cwd=ROOT,
        )
        subprocess.run(
            [
                str(BIN / "pyside6-lrelease"),
                "-silent",
                str(ts_file),
                "-qm",
                str(ts_file.with_suffix(".qm")),
            ],
            check=True,
        )
        for text in unfinished(ts_file):
            print(f"{ts_file.name}: untranslated: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
