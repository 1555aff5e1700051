"""Every interface string has an Indonesian translation, and dates read the Indonesian way."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ui.i18n import TRANSLATIONS_DIR, install_translators, long_date

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from update_translations import english_plurals, translated_sources, unfinished  # noqa: E402


def test_catalogue_covers_every_string_in_the_code(tmp_path: Path) -> None:
    """lupdate over ui/ and the command line into a copy of the catalogue: nothing new."""
    catalogue = tmp_path / "sosmed_id.ts"
    catalogue.write_bytes((TRANSLATIONS_DIR / "sosmed_id.ts").read_bytes())
    sources = [str(p) for p in translated_sources()]
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), "-no-obsolete", "-locations", "none", *sources, "-ts", str(catalogue)],
        check=True,
        capture_output=True,
    )
    assert unfinished(catalogue) == []
    english = tmp_path / "sosmed_en.ts"
    english.write_bytes((TRANSLATIONS_DIR / "sosmed_en.ts").read_bytes())
    english_plurals(catalogue, english)
    assert unfinished(english) == [], "a count without its English singular and plural"


def test_shipped_catalogues_are_complete() -> None:
    for ts_file in TRANSLATIONS_DIR.glob("*.ts"):
        assert unfinished(ts_file) == [], ts_file.name


def test_indonesian_is_loaded_and_english_falls_back(app: QApplication) -> None:
    assert install_translators(app, "id")
    assert QCoreApplication.translate("Sections", "Calendar") == "Kalender"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"
    assert long_date(date(2022, 6, 27)) == "Senin, 27 Juni 2022"
    install_translators(app, "en")
    try:
        assert QCoreApplication.translate("Sections", "Calendar") == "Calendar"
        assert long_date(date(2022, 6, 27)) == "Monday, 27 June 2022"
    finally:
        install_translators(app, "id")


def test_plural_translate_calls_can_be_found_by_lupdate() -> None:
    """lupdate skips ``translate(ctx, text, "", len(x))``: the count must be a plain name.

    Such a string would silently stay English (and the catalogue test cannot see it).
    """
    import ast

    hidden = []
    for path in translated_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "translate"):
                continue
            plural = any(
                isinstance(a, ast.Constant) and isinstance(a.value, str) and "%n" in a.value
                for a in node.args
            )
            if plural and not isinstance(node.args[-1], ast.Name | ast.Constant):
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert hidden == []


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [
        ("en", "1 post this month", "20 posts this month"),
        ("id", "1 posting bulan ini", "20 posting bulan ini"),
    ],
)
def test_counts_use_the_plural_forms_of_the_language(
    app: QApplication, language: str, one: str, many: str
) -> None:
    """English shows "1 post" and "20 posts", never "20 post(s)"."""
    install_translators(app, language)
    try:
        counted = [
            QCoreApplication.translate("CalendarPage", "%n post(s) this month", "", n)
            for n in (1, 20)
        ]
        trash = QCoreApplication.translate("MediaPage", "Move %n item(s) to the trash?", "", 1)
    finally:
        install_translators(app, "id")
    assert counted == [one, many]
    assert "(s)" not in trash
