"""The application window as a real process: start-up, single instance, stale lock."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.e2e.conftest import (
    GUI_START_TIMEOUT,
    GuiLauncher,
    GuiProcess,
    MainRunner,
    describe,
    wait_until,
)

pytestmark = pytest.mark.slow

SQLITE_LINE = re.compile(r"SQLite library \d+\.\d+")
SCHEMA_CREATED = "Database schema upgraded from None to "
STARTED_LINE = re.compile(r"Sosmed Desktop \S+, data folder ")  # logged by bootstrap()


def _log_text(data_dir: Path) -> str:
    try:
        return (data_dir / "logs" / "sosmed.log").read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return ""


def _database_opened(data_dir: Path, times: int, marker: str | None) -> bool:
    """The window's background start-up has opened the database `times` times by now."""
    log = _log_text(data_dir)
    return (
        (data_dir / "sosmed.db").is_file()
        and (data_dir / ".instance.lock").is_file()
        and len(SQLITE_LINE.findall(log)) >= times
        and len(STARTED_LINE.findall(log)) >= times
        and (marker is None or marker in log)
    )


def _wait_for_start(
    window: GuiProcess, data_dir: Path, times: int = 1, marker: str | None = None
) -> None:
    """Poll until the window logged its start `times` times (and `marker`, if given)."""
    wait_until(
        lambda: _database_opened(data_dir, times, marker),
        GUI_START_TIMEOUT,
        process=window.process,
        what=f"the window to open {data_dir}",
        details=lambda: f"{window.output()}\n--- log ---\n{_log_text(data_dir)}",
    )


def test_second_start_hands_over_to_the_running_window(
    gui: GuiLauncher, main_py: MainRunner, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    first = gui.start("--data-dir", data_dir)
    # A new folder: the log names the SQLite library and the schema it created.
    _wait_for_start(first, data_dir, marker=SCHEMA_CREATED)

    second = main_py("--data-dir", data_dir, timeout=10)
    assert second.returncode == 0, describe(second)
    assert "sudah berjalan" in second.stderr, describe(second)
    assert str(data_dir) in second.stderr, describe(second)

    assert first.process.poll() is None, first.output()
    # The second start never opened the database itself.
    assert len(STARTED_LINE.findall(_log_text(data_dir))) == 1
    first.stop()
    assert first.process.poll() is not None


def test_a_second_start_at_once_hands_over_too(
    gui: GuiLauncher, main_py: MainRunner, tmp_path: Path
) -> None:
    """Started while the first is still starting (holding the lock, not yet answering:
    it listens after its first paint), the second start waits for it and hands over."""
    data_dir = tmp_path / "data"
    first = gui.start("--data-dir", data_dir)
    wait_until(
        lambda: (data_dir / ".instance.lock").is_file(),
        GUI_START_TIMEOUT,
        process=first.process,
        what="the first start to take the lock",
        details=first.output,
    )
    second = main_py("--data-dir", data_dir, timeout=20)
    assert second.returncode == 0, describe(second)
    assert "sudah berjalan" in second.stderr, describe(second)
    _wait_for_start(first, data_dir, marker=SCHEMA_CREATED)
    assert len(STARTED_LINE.findall(_log_text(data_dir))) == 1
    first.stop()


def test_lock_of_a_killed_window_does_not_block_the_next_start(
    gui: GuiLauncher, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    crashed = gui.start("--data-dir", data_dir)
    _wait_for_start(crashed, data_dir, marker=SCHEMA_CREATED)
    crashed.stop(kill=True)
    assert (data_dir / ".instance.lock").is_file()  # left behind, as after a power cut

    again = gui.start("--data-dir", data_dir)
    _wait_for_start(again, data_dir, times=2)
    assert again.process.poll() is None, again.output()


def test_termination_closes_the_window_properly(gui: GuiLauncher, tmp_path: Path) -> None:
    """SIGTERM (log-off, shutdown) saves the window layout and exits cleanly."""
    data_dir = tmp_path / "data"
    first = gui.start("--data-dir", data_dir)
    _wait_for_start(first, data_dir, marker=SCHEMA_CREATED)
    first.process.terminate()
    assert first.process.wait(timeout=10) == 0, first.output()
    assert (data_dir / "ui.ini").exists()
