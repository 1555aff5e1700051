"""Start-up paths: one instance per data folder, a database that cannot be opened."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from sosmed_desktop.config import load_config
from ui.app import open_database
from ui.main_window import MainWindow
from ui.single_instance import SingleInstance


def test_second_instance_is_refused_and_wakes_the_first(
    app: QApplication, tmp_path: Path, qtbot: QtBot
) -> None:
    first = SingleInstance(tmp_path)
    assert first.acquire()
    second = SingleInstance(tmp_path)
    try:
        assert not second.acquire()
        with qtbot.waitSignal(first.activate_requested, timeout=3000):
            assert second.notify_running()
    finally:
        first.release()
    third = SingleInstance(tmp_path)
    assert third.acquire(), "the lock is free again once the first instance released it"
    third.release()


def test_a_second_start_waits_for_a_first_that_does_not_listen_yet(
    app: QApplication, tmp_path: Path, qtbot: QtBot
) -> None:
    """The window takes the lock first and answers later starts after its first paint."""
    first = SingleInstance(tmp_path)
    assert first.acquire(listen=False)
    second = SingleInstance(tmp_path)
    try:
        assert second.wait_for_other(timeout_ms=600) == "no answer"
        first.listen()
        with qtbot.waitSignal(first.activate_requested, timeout=3000):
            assert second.wait_for_other() == "notified"
    finally:
        first.release()
    assert second.wait_for_other() == "acquired", "the first closed: the lock is free"
    second.release()


def test_other_data_folders_run_side_by_side(app: QApplication, tmp_path: Path) -> None:
    one, two = SingleInstance(tmp_path / "a"), SingleInstance(tmp_path / "b")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    try:
        assert one.acquire()
        assert two.acquire()
    finally:
        one.release()
        two.release()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"this is not a database at all" * 100, "rusak atau bukan basis data"),
        (b"", None),
    ],
)
def test_unopenable_database_is_explained_and_untouched(
    app: QApplication,
    data_dir: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    content: bytes,
    expected: str | None,
) -> None:
    data_dir.mkdir(parents=True)
    db = data_dir / "sosmed.db"
    db.write_bytes(content)
    config, log_file = load_config(data_dir)
    window = MainWindow(config, log_file)
    qtbot.addWidget(window)
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    if expected is None:
        with qtbot.waitSignal(window.context_ready, timeout=20000):
            open_database(window, data_dir)
        assert shown == []
        window.ctx.dispose()
        return
    open_database(window, data_dir)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert expected in shown[0]
    assert db.read_bytes() == content
    assert not Path(f"{db}-wal").exists()


def test_window_code_does_not_load_the_database_stack_before_first_paint(tmp_path: Path) -> None:
    """Start-up speed: SQLAlchemy, Alembic, Pillow, APScheduler, holidays, keyring and the
    post editor load later, not first: the main window is built, shown and painted (in a
    fresh process) without them (the editor manager loads when the database is open)."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "import ui.board.page, ui.editor.manager\n"
        "from ui.app import create_application\n"
        "from ui.main_window import MainWindow\n"
        "from sosmed_desktop.config import load_config\n"
        "app = create_application([])\n"
        "config, log_file = load_config(Path(sys.argv[1]))\n"
        "window = MainWindow(config, log_file)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "heavy = ('sqlalchemy', 'alembic', 'PIL', 'apscheduler', 'holidays', 'keyring',\n"
        "         'ui.editor.window')\n"
        "print(','.join(m for m in heavy if m in sys.modules))\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        cwd=root,
        check=True,
    )
    assert out.stdout.strip() == "", out.stderr[-2000:]


def test_a_lock_that_cannot_be_written_is_a_folder_problem(
    app: QApplication, tmp_path: Path
) -> None:
    """A full disk or a read-only folder must not look like "already running"."""
    from sosmed_desktop.errors import DataDirError

    missing = tmp_path / "no-such-folder"
    with pytest.raises(DataDirError):
        SingleInstance(missing).acquire()


def test_reminders_start_once_the_first_month_is_shown(
    app: QApplication, data_dir: Path, qtbot: QtBot
) -> None:
    """The scheduler (and its first check of every reminder) waits for the calendar."""
    data_dir.mkdir(parents=True)
    config, log_file = load_config(data_dir)
    window = MainWindow(config, log_file)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignals([window.context_ready, window.calendar.month_loaded], timeout=20000):
        open_database(window, data_dir)
    qtbot.waitUntil(lambda: window.reminders is not None, timeout=20000)
    window.stop_reminders()
    window.ctx.dispose()
