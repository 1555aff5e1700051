"""The headless commands speak the data folder's language with the window's words."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from sosmed_desktop import wording
from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.errors import ConflictError
from sosmed_desktop.services.check import Finding, run_check
from tests.unit.test_check_repair import imported, leftovers
from ui.console import _FINDINGS, ConsoleWords, finding_text, folder_language
from ui.i18n import install_translators


@pytest.fixture
def speak(app: QApplication) -> Iterator[object]:
    """`speak("en")` installs the console's words in a language; English sources after."""

    def install(language: str) -> None:
        install_translators(app, language)
        wording.install(ConsoleWords())

    yield install
    wording.install(wording.EnglishWords())
    install_translators(app, "id")


def test_the_folder_chooses_the_language(tmp_path: Path) -> None:
    assert folder_language(str(tmp_path / "new")) == "id"
    english = tmp_path / "english"
    english.mkdir()
    (english / "settings.json").write_text(json.dumps({"language": "en"}), encoding="utf-8")
    assert folder_language(str(english)) == "en"
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "settings.json").write_text("{not json", encoding="utf-8")
    assert folder_language(str(broken)) == "id", "the command itself explains the bad file"


def test_errors_and_counts_in_both_languages(speak) -> None:
    refusal = ConflictError(code="demo_not_empty", detail="the database already has 2 posts")
    speak("id")
    assert wording.installed().error(refusal).startswith("Data contoh hanya dapat dimuat")
    assert wording.translate("Cli", "%n post(s)", "", 2) == "2 posting"
    assert wording.installed().number(622592) == "622.592"
    speak("en")
    assert wording.installed().error(refusal).startswith("Sample data can only be loaded")
    assert wording.translate("Cli", "%n post(s)", "", 1) == "1 post"
    assert wording.translate("Cli", "%n post(s)", "", 2) == "2 posts"


def test_the_check_report_reads_in_both_languages(ctx: AppContext, tmp_path: Path, speak) -> None:
    """English is word for word the core's detail; Indonesian is translated for every line."""
    _source, missing = imported(ctx, tmp_path, "hilang.jpg")
    missing.unlink()
    _source, altered = imported(ctx, tmp_path, "berubah.jpg", "#a01010")
    altered.write_bytes(altered.read_bytes() + b"\0")
    leftovers(ctx)
    findings = run_check(ctx).findings
    codes = {f.code for f in findings}
    assert {"schema", "schema_objects", "media", "media_orphan", "thumb_orphan"} <= codes
    assert {"temp_leftover", "media_changed"} <= codes
    speak("en")
    assert [finding_text(f) for f in findings] == [f.detail for f in findings]
    speak("id")
    for finding in findings:
        text = finding_text(finding)
        assert "{" not in text, text
        if finding.code != "integrity":  # "integrity_check: ok" in both
            assert text != finding.detail, finding


@pytest.mark.parametrize("key", sorted(_FINDINGS))
def test_every_finding_has_indonesian_words(key: str, speak) -> None:
    code, _, variant = key.partition(":")
    params = {
        "current": "0017", "head": "0018", "result": "ok", "reason": "timeout",
        "revision": "0017", "objects": "trigger t", "path": "/data/media/ab/x.jpg",
        "id": 4, "name": "x.jpg", "team": variant == "team", "cache": variant == "cache",
    }  # fmt: skip
    finding = Finding(
        code, ok=variant == "True", detail="English", warning=variant == "warning", params=params
    )
    speak("id")
    text = finding_text(finding)
    assert text != "English" and "{" not in text, text
