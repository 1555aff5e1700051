"""Starting at login (Linux autostart entry, Windows Run key) and the tray's graceful absence."""

from __future__ import annotations

import configparser
import shlex
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from sosmed_desktop.errors import DataDirError
from ui.autostart import (
    DESKTOP_FILE,
    ENTRY_NAME,
    Autostart,
    desktop_entry,
    launch_command,
    supported,
)
from ui.tray import Tray, tray_available


def test_linux_autostart_entry_is_written_and_removed(tmp_path: Path) -> None:
    config_home = tmp_path / "config home"
    autostart = Autostart(platform="linux", environ={"XDG_CONFIG_HOME": str(config_home)})
    data_dir = tmp_path / "Data Dinas"
    command = launch_command(data_dir)
    assert command[-2:] == ["--data-dir", str(data_dir)]
    assert command[1].endswith("main.py")
    assert not autostart.enabled()
    autostart.set_enabled(True, command)
    entry = config_home / "autostart" / DESKTOP_FILE
    assert autostart.enabled() and entry.is_file()
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(entry, encoding="utf-8")
    section = parser["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Name"] == "Sosmed Desktop"
    assert shlex.split(section["Exec"]) == command  # the folder with a space stays one argument
    autostart.set_enabled(True, command)  # refreshing is harmless
    autostart.set_enabled(False, command)
    assert not entry.exists() and not autostart.enabled()
    autostart.set_enabled(False, command)  # removing twice too


def test_desktop_entry_quotes_what_the_spec_reserves() -> None:
    exec_line = next(
        line
        for line in desktop_entry(["/opt/py", "C:/a b/$x", "50%"]).splitlines()
        if line.startswith("Exec=")
    )
    assert exec_line == 'Exec=/opt/py "C:/a b/\\$x" 50%%'


def test_default_data_folder_is_not_passed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("ui.autostart.default_data_dir", lambda: tmp_path)
    assert "--data-dir" not in launch_command(tmp_path)


def test_unwritable_autostart_folder_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be")
    autostart = Autostart(platform="linux", environ={"XDG_CONFIG_HOME": str(blocker)})
    with pytest.raises(DataDirError):
        autostart.set_enabled(True, ["python", "main.py"])
    assert not autostart.enabled()


def test_windows_run_key_holds_one_command_line(app: QApplication, tmp_path: Path) -> None:
    # The real key is HKEY_CURRENT_USER\...\Run through QSettings' native format;
    # an INI file stands in for the registry here.
    store = str(tmp_path / "run.ini")
    autostart = Autostart(
        platform="win32", registry=lambda: QSettings(store, QSettings.Format.IniFormat)
    )
    command = [r"C:\Program Files\Python311\pythonw.exe", r"C:\Sosmed\main.py"]
    autostart.set_enabled(True, command)
    assert autostart.enabled()
    value = QSettings(store, QSettings.Format.IniFormat).value(ENTRY_NAME)
    assert value == r'"C:\Program Files\Python311\pythonw.exe" C:\Sosmed\main.py'
    autostart.set_enabled(False, command)
    assert not autostart.enabled()


def test_other_systems_are_not_offered_login_start() -> None:
    assert supported("linux") and supported("win32")
    assert not supported("darwin")
    assert not Autostart(platform="darwin").enabled()


def test_without_a_tray_there_is_no_icon_and_no_balloon(app: QApplication, qtbot: QtBot) -> None:
    assert not tray_available()  # the offscreen platform has no system tray
    parent = QWidget()
    qtbot.addWidget(parent)
    tray = Tray(parent)
    assert tray.icon is None and not tray.available
    assert tray.notify("Pengingat", "Posting 1 jam lagi") is False
    tray.hide()
