"""Bantuan → Periksa pembaruan: what the officer is told and what is opened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.unit.test_updates import INSTALLER, publish
from ui.main_window import MainWindow


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], list[QMessageBox]]:
    """Answer each message box by clicking the button with the given text; collect the boxes."""
    shown: list[QMessageBox] = []

    def answer_with(label: str) -> list[QMessageBox]:
        def fake_exec(box: QMessageBox) -> int:
            shown.append(box)
            for button in box.buttons():
                if button.text() == label:
                    button.click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", fake_exec)
        return shown

    return answer_with


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def test_the_help_menu_offers_it_in_indonesian(window: MainWindow) -> None:
    assert window.commands.update_action.text() == "Periksa &pembaruan…"


def test_without_a_place_the_officer_is_told_where_to_set_it(
    window: MainWindow, answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_opened: list[bool] = []
    monkeypatch.setattr(window.commands, "open_settings", lambda: settings_opened.append(True))
    shown = answers("Buka Pengaturan")
    window.commands.check_for_updates()
    assert "Pengaturan → Data & basis data → Pembaruan" in shown[0].text()
    assert settings_opened == [True]


def test_a_newer_version_opens_its_installer_and_closes(
    window: MainWindow, qtbot: QtBot, answers, opened: list[QUrl], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    share = publish(tmp_path / "share", notes="<b>Perbaikan</b> lembar persetujuan.")
    window.config.set("update_source", str(share))
    quits: list[bool] = []
    monkeypatch.setattr(window, "quit_app", lambda: quits.append(True))
    shown = answers("Buka penginstal")
    window.commands.check_for_updates()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    box = shown[0]
    assert "Versi 0.2.0 tersedia (ini 0.1.0)." in box.text()
    assert "<b>Perbaikan</b> lembar persetujuan." in box.text()  # shown literally
    assert opened == [QUrl.fromLocalFile(str(share / INSTALLER))]
    assert quits == [True]


def test_later_opens_nothing(
    window: MainWindow, qtbot: QtBot, answers, opened: list[QUrl], tmp_path: Path
) -> None:
    window.config.set("update_source", str(publish(tmp_path / "share")))
    shown = answers("Nanti")
    window.commands.check_for_updates()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    qtbot.wait(50)
    assert opened == []


def test_up_to_date_and_unreachable_are_said_plainly(
    window: MainWindow, qtbot: QtBot, answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.config.set("update_source", str(publish(tmp_path / "share", version="0.1.0")))
    shown = answers("Close")
    window.commands.check_for_updates()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown[0].text().startswith("Anda sudah memakai versi terbaru (0.1.0).")
    shown.clear()
    window.config.set("update_source", str(tmp_path / "tidak ada"))
    window.commands.check_for_updates()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown[0].text().startswith("Tempat pembaruan tidak dapat dibaca")
