"""Windows start-up details, simulated on Linux: the AppUserModelID (a fake shell32, an INI
file as registry) and the login entry of a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from ui import autostart
from ui.windows_identity import APP_USER_MODEL_ID, claim_identity

E_FAIL = -2147467259  # 0x80004005 as the signed HRESULT ctypes returns


class FakeShell32:
    """Records the ID the process claims; answers with `result`."""

    def __init__(self, result: int = 0) -> None:
        self.result = result
        self.claimed: list[str] = []

    def SetCurrentProcessExplicitAppUserModelID(self, app_id: str) -> int:
        self.claimed.append(app_id)
        return self.result


def test_windows_gets_the_id_and_its_display_name(tmp_path: Path) -> None:
    shell = FakeShell32()
    store = str(tmp_path / "registry.ini")
    registry = lambda: QSettings(store, QSettings.Format.IniFormat)  # noqa: E731
    assert claim_identity("win32", lambda: shell, registry)
    assert shell.claimed == [APP_USER_MODEL_ID]
    written = registry()
    assert written.value("DisplayName") == "Sosmed Desktop"
    icon = Path(str(written.value("IconUri")))
    assert icon.name == "app.ico" and icon.is_file()
    assert claim_identity("win32", lambda: shell, registry)  # a second start changes nothing


def test_a_refusal_is_logged_and_harmless(tmp_path: Path) -> None:
    store = tmp_path / "registry.ini"
    registry = lambda: QSettings(str(store), QSettings.Format.IniFormat)  # noqa: E731
    assert not claim_identity("win32", lambda: FakeShell32(E_FAIL), registry)
    assert not store.exists()


def test_the_frozen_build_keeps_the_id_of_its_executable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shell = FakeShell32()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert not claim_identity("win32", lambda: shell)
    assert shell.claimed == []


def test_other_systems_are_left_alone() -> None:
    def no_shell() -> None:
        raise AssertionError("shell32 must not be touched off Windows")

    assert not claim_identity("linux", no_shell)


def test_frozen_login_start_runs_the_installed_executable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    exe = tmp_path / "SosmedDesktop" / "SosmedDesktop.exe"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.setattr(autostart, "default_data_dir", lambda: tmp_path / "default")
    assert autostart.launch_command(tmp_path / "default") == [str(exe.resolve())]
    assert autostart.launch_command(tmp_path / "D") == [
        str(exe.resolve()),
        "--data-dir",
        str(tmp_path / "D"),
    ]
