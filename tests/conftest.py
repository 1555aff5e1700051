"""Shared fixtures: a bootstrapped data folder per test, Qt offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from sosmed_desktop.bootstrap import AppContext, bootstrap

# An offscreen screen the size of the common office laptop (1366×768).
_SCREEN = Path(__file__).with_name("offscreen-1366x768.json")
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")
os.environ.pop("SOSMED_DATA_DIR", None)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data folder for one test."""
    return tmp_path / "data"


@pytest.fixture
def ctx(data_dir: Path) -> Iterator[AppContext]:
    """A bootstrapped application context on a fresh SQLite file."""
    context = bootstrap(data_dir)
    yield context
    context.dispose()
