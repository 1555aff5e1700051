"""The application ends quietly after Settings asked for a restart (a process of its own:
what Qt prints when the last objects go is only seen at the end of a process)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_no_qobject_warning_at_exit_after_a_restart_setting(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.settings_exit_run", str(tmp_path / "data")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert '"timezone": "Asia/Makassar"' in (tmp_path / "data" / "settings.json").read_text(
        encoding="utf-8"
    )
    assert "QObject" not in done.stderr, done.stderr
