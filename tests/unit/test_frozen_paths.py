"""A frozen (PyInstaller) build finds its resources under sys._MEIPASS."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sosmed_desktop import bundle


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Pretend to run as ``C:\\Program Files\\...\\SosmedDesktop.exe`` unpacked in `tmp_path`."""
    internal = tmp_path / "SosmedDesktop" / "_internal"
    (internal / "resources" / "fonts").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "SosmedDesktop" / "SosmedDesktop.exe"))
    return internal


def test_from_source_the_resources_are_beside_the_packages() -> None:
    assert not bundle.is_frozen()
    assert bundle.resource("fonts", "NotoSans-Regular.ttf").is_file()
    assert bundle.resource("platforms.json").is_file()


def test_frozen_the_resources_are_in_the_bundle(frozen: Path) -> None:
    assert bundle.is_frozen()
    assert bundle.resource("fonts") == frozen / "resources" / "fonts"
