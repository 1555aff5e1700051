"""End-to-end helpers: run `main.py` as a separate process on a temporary data folder.

Every process gets a clean environment: the offscreen Qt platform, no
`SOSMED_DATA_DIR` unless a test sets one, and `XDG_DATA_HOME` pointing into the
test's temporary folder, so a command that forgets `--data-dir` can never touch
the officer's real data folder.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAIN = ROOT / "main.py"
COMMAND_TIMEOUT = 60  # seconds; a command that hangs fails the test instead of the run
GUI_START_TIMEOUT = 15.0

# Tables filled by `seed-demo`; their row counts describe "the database content".
CONTENT_TABLES = (
    "posts",
    "post_variants",
    "approvals",
    "directions",
    "data_notes",
    "media_assets",
    "programs",
    "tags",
    "audit_log",
)


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment for one `main.py` process (`extra` adds or overrides variables)."""
    env = dict(os.environ)
    env.pop("SOSMED_DATA_DIR", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_DATA_HOME"] = str(home / "xdg-data")
    env["PYTHONIOENCODING"] = "utf-8"
    env.update(extra)
    return env


def error_lines(stderr: str) -> list[str]:
    """The non-blank lines a failed command wrote to stderr."""
    return [line for line in stderr.splitlines() if line.strip()]


def describe(result: subprocess.CompletedProcess[str]) -> str:
    """Everything a process printed, for assertion messages."""
    return (
        f"exit {result.returncode}\n--- stdout ---\n{result.stdout}\n--- stderr ---\n"
        f"{result.stderr}"
    )


def assert_one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    """A failed command: exit 1 and exactly one line "galat: ..." on stderr; return it.

    The commands speak the data folder's language: Bahasa Indonesia unless it says English.
    """
    assert result.returncode == 1, describe(result)
    lines = error_lines(result.stderr)
    assert len(lines) == 1, describe(result)
    assert lines[0].startswith("galat: "), describe(result)
    assert "Traceback" not in result.stderr + result.stdout, describe(result)
    return lines[0]


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def row_counts(db: Path, tables: tuple[str, ...] = CONTENT_TABLES) -> dict[str, int]:
    """Row count per table, read with a plain read-only sqlite3 connection."""
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def media_files(data_dir: Path) -> list[Path]:
    """The stored originals under DATA/media/ (sorted, hidden files skipped)."""
    return sorted(
        p for p in (data_dir / "media").rglob("*") if p.is_file() and not p.name.startswith(".")
    )


def wait_until(
    condition: Callable[[], bool],
    timeout: float,
    *,
    process: subprocess.Popen[bytes] | None = None,
    what: str = "condition",
    details: Callable[[], str] = str,
) -> None:
    """Poll `condition` until it holds; fail after `timeout` s or if `process` ends first.

    `details()` is called on failure and its text added to the message (process output).
    """
    deadline = time.monotonic() + timeout
    while True:
        if condition():
            return
        if process is not None and process.poll() is not None:
            pytest.fail(f"process exited with {process.returncode} before {what}\n{details()}")
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}\n{details()}")
        time.sleep(0.1)


@dataclass
class MainRunner:
    """Runs `main.py` in a fresh interpreter with a clean environment."""

    home: Path

    def env(self, **extra: str) -> dict[str, str]:
        return clean_env(self.home, **extra)

    def __call__(
        self,
        *args: str | os.PathLike[str],
        env: dict[str, str] | None = None,
        timeout: float = COMMAND_TIMEOUT,
    ) -> subprocess.CompletedProcess[str]:
        """Run `main.py ARGS...` to completion and capture what it prints."""
        return subprocess.run(
            [sys.executable, str(MAIN), *map(str, args)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
            env=env if env is not None else self.env(),
            cwd=self.home,
            check=False,
        )


@pytest.fixture
def main_py(tmp_path: Path) -> MainRunner:
    """`main_py("check", "--data-dir", d)` runs `main.py` as a process."""
    return MainRunner(tmp_path)


@dataclass
class SeededTemplate:
    """A data folder filled once per session by a real `seed-demo` process."""

    path: Path
    result: subprocess.CompletedProcess[str]


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> SeededTemplate:
    """Run `main.py seed-demo --data-dir DIR` once; tests work on copies of DIR."""
    home = tmp_path_factory.mktemp("seeded-template")
    path = home / "data"
    result = MainRunner(home)("seed-demo", "--data-dir", path)
    if result.returncode != 0:
        pytest.fail("seed-demo failed, nothing to test against:\n" + describe(result))
    return SeededTemplate(path, result)


@pytest.fixture
def seeded(tmp_path: Path, seeded_template: SeededTemplate) -> Path:
    """A private copy of the seeded data folder for one test."""
    target = tmp_path / "seeded"
    shutil.copytree(seeded_template.path, target)
    return target


@dataclass
class GuiProcess:
    """A GUI `main.py` started with Popen, its output going to files."""

    process: subprocess.Popen[bytes]
    stdout_path: Path
    stderr_path: Path
    _files: tuple[IO[bytes], IO[bytes]]

    def output(self) -> str:
        """What the process printed so far (for failure messages)."""
        out = self.stdout_path.read_text(encoding="utf-8", errors="replace")
        err = self.stderr_path.read_text(encoding="utf-8", errors="replace")
        return f"--- stdout ---\n{out}\n--- stderr ---\n{err}"

    def stop(self, *, kill: bool = False) -> int:
        """End the process (terminate, or kill when asked or when it does not stop)."""
        if self.process.poll() is None:
            if kill:
                self.process.kill()
            else:
                self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        for fh in self._files:
            fh.close()
        return self.process.returncode


class GuiLauncher:
    """Starts GUI processes and guarantees none survives the test."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.started: list[GuiProcess] = []

    def start(self, *args: str | os.PathLike[str], env: dict[str, str] | None = None) -> GuiProcess:
        """`main.py ARGS...` in the background (the window opens offscreen)."""
        index = len(self.started)
        out_path = self.home / f"gui-{index}.out"
        err_path = self.home / f"gui-{index}.err"
        out, err = out_path.open("wb"), err_path.open("wb")
        process = subprocess.Popen(
            [sys.executable, str(MAIN), *map(str, args)],
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            env=env if env is not None else clean_env(self.home),
            cwd=self.home,
        )
        gui = GuiProcess(process, out_path, err_path, (out, err))
        self.started.append(gui)
        return gui

    def stop_all(self) -> None:
        for gui in self.started:
            gui.stop()


@pytest.fixture
def gui(tmp_path: Path) -> Iterator[GuiLauncher]:
    """Start GUI processes with `gui.start(...)`; all are ended after the test, pass or fail."""
    launcher = GuiLauncher(tmp_path)
    try:
        yield launcher
    finally:
        launcher.stop_all()
