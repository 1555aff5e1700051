"""Shared fixtures: a bootstrapped data folder per test, Qt offscreen."""

from __future__ import annotations

import os
import sys
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


_exit_status: list[int] = [0]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _exit_status[0] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave without the interpreter's final teardown once pytest has reported.

    Qt widgets and the QApplication that the GUI tests leave to that teardown
    are destroyed in an order Qt does not support, which can end the process
    with a segmentation fault after every result was written.  The exit status
    is pytest's own.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_exit_status[0])
