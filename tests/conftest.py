"""Shared fixtures: a bootstrapped data folder per test, Qt offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("SOSMED_DATA_DIR", None)

from sosmed_desktop.bootstrap import AppContext, bootstrap  # noqa: E402


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
