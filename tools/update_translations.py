#!/usr/bin/env python3
"""Refresh the ``.ts`` catalogues from the source code (run after changing UI text).

Runs PySide6's lupdate over ``ui/`` and the headless commands' modules (their
``wording.translate("Cli", …)``) into ``resources/translations/sosmed_id.ts``
(dropping strings no longer used), writes the strings with a count into
``sosmed_en.ts`` (English singular and plural forms), then lrelease, and lists
what still needs a translation.  Qt's own strings live apart, in ``qt_extra_id.ts``
(edited by hand: lupdate over ui/ would drop them).  Translators edit the ``.ts``
files with Qt Linguist (``pyside6-linguist``).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent


def translated_sources() -> list[Path]:
    """Every module whose strings the catalogues hold: ui/ and the command line's."""
    return sorted([*(ROOT / "ui").rglob("*.py"), *(ROOT / "sosmed_desktop").glob("cli*.py")])


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


def lupdate(ts_file: Path) -> None:
    """Bring `ts_file` in line with the strings in the code (dropping those no longer used)."""
    sources = [str(p.relative_to(ROOT)) for p in translated_sources()]
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *sources,
            "-ts",
            str(ts_file),
        ],
        check=True,
        cwd=ROOT,
    )


def lrelease(ts_file: Path) -> None:
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


def english_plurals(catalogue: Path, english: Path) -> None:
    """Write `english` with every message of `catalogue` that has a count.

    English is the source language: only "1 post" / "2 posts" needs a catalogue
    (the source says "%n post(s)").  pyside6-lupdate marks only ``self.tr(text, "",
    n)`` as plural, not ``translate(context, text, "", n)``, so a "%n" in the text
    counts too.  Forms already written in `english` are kept.
    """

    def key(context: str, message: ET.Element) -> tuple[str, str, str]:
        return context, message.findtext("source") or "", message.findtext("comment") or ""

    written: dict[tuple[str, str, str], list[str]] = {}
    if english.exists():
        for context in ET.parse(english).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                forms = [form.text or "" for form in message.iter("numerusform")]
                written[key(name, message)] = forms
    root = ET.Element("TS", version="2.1", language="en_GB", sourcelanguage="en_GB")
    for context in ET.parse(catalogue).getroot().iter("context"):
        name = context.findtext("name") or ""
        counted = [
            m
            for m in context.iter("message")
            if m.get("numerus") == "yes" or "%n" in (m.findtext("source") or "")
        ]
        if not counted:
            continue
        entry = ET.SubElement(root, "context")
        ET.SubElement(entry, "name").text = name
        for message in counted:
            item = ET.SubElement(entry, "message", numerus="yes")
            ET.SubElement(item, "source").text = message.findtext("source")
            if message.findtext("comment"):
                ET.SubElement(item, "comment").text = message.findtext("comment")
            forms = written.get(key(name, message), ["", ""])
            translation = ET.SubElement(item, "translation")
            if not all(form.strip() for form in forms):
                translation.set("type", "unfinished")
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
    ET.indent(root, "    ")
    text = ET.tostring(root, encoding="unicode")
    english.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{text}\n', encoding="utf-8"
    )


def main() -> int:
    indonesian = TRANSLATIONS / "sosmed_id.ts"
    english = TRANSLATIONS / "sosmed_en.ts"
    lupdate(indonesian)
    english_plurals(indonesian, english)
    for ts_file in (indonesian, english):
        lrelease(ts_file)
        for text in unfinished(ts_file):
            print(f"{ts_file.name}: untranslated: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
