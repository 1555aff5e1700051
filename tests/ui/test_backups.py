"""The Backups dialog and the offer of a backup when the database is damaged at start-up."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sosmed_desktop.bootstrap import AppContext, bootstrap
from sosmed_desktop.config import load_config
from sosmed_desktop.db.models import Post
from sosmed_desktop.errors import (
    BackupUnusableError,
    DatabaseInUseError,
    DiskFullError,
    DomainError,
)
from sosmed_desktop.services.backup import backup_sqlite, list_backups
from tests.unit.helpers import flip_page_headers, make_post
from ui import errors
from ui.app import open_database
from ui.backups import dialog as dialog_mod
from ui.backups.dialog import BackupsDialog
from ui.errors import describe
from ui.main_window import MainWindow


def titles(ctx: AppContext) -> list[str]:
    with ctx.uow() as uow:
        return sorted(uow.session.scalars(select(Post.title)))


def open_dialog(window: MainWindow, qtbot: QtBot) -> BackupsDialog:
    dialog = BackupsDialog(window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.listed, timeout=10000):
        dialog.show()
    return dialog


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_backups_are_listed_newest_first_with_date_and_size(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    folder = ctx.config.backups_dir
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("sosmed-20260105-080000-manual.db", "sosmed-20260301-093000-pre-migration.db"):
        (folder / name).write_bytes(b"x" * 2048)
    dialog = open_dialog(window, qtbot)
    rows = [dialog.table.topLevelItem(i) for i in range(dialog.table.topLevelItemCount())]
    assert [r.data(0, dialog_mod.PATH_ROLE) for r in rows] == [
        str(folder / "sosmed-20260301-093000-pre-migration.db"),
        str(folder / "sosmed-20260105-080000-manual.db"),
    ]
    # The name carries the PC's clock; it is shown in the officer's time zone.
    made = datetime(2026, 3, 1, 9, 30).astimezone(ctx.config.tz)
    assert f"{made.day} Maret 2026" in rows[0].text(0)
    assert f"{made:%H.%M}" in rows[0].text(0)
    assert rows[0].text(1) == "Sebelum pembaruan basis data"
    assert rows[1].text(1) == "Dibuat manual"
    assert rows[0].text(2).startswith("2,00 ") and rows[0].text(2).lower().endswith("kb")
    assert dialog.restore_button.isEnabled()


def test_back_up_now_adds_a_row(window: MainWindow, ctx: AppContext, qtbot: QtBot) -> None:
    dialog = open_dialog(window, qtbot)
    assert dialog.table.topLevelItemCount() == 0
    assert not dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.listed, timeout=10000):
        dialog.backup_button.click()
    assert dialog.table.topLevelItemCount() == 1
    assert len(list_backups(ctx.config.backups_dir)) == 1


def test_restore_asks_then_replaces_the_data_and_keeps_the_current_state(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_post(ctx, "Di cadangan")
    backup = backup_sqlite(ctx.config.db_path, ctx.config.backups_dir, "manual")
    make_post(ctx, "Sesudah cadangan")
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog = open_dialog(window, qtbot)
    steps: list[str] = []
    dialog.runner.step.connect(steps.append)
    with qtbot.waitSignal(dialog.restored, timeout=30000) as restored:
        dialog.restore_selected()
        assert dialog.progress.isVisible()
        assert not dialog.restore_button.isEnabled()
    assert len(asked) == 1 and "dicadangkan lebih dulu" in asked[0]
    assert steps == ["verify", "copy", "keep", "swap", "reopen"]
    assert restored.args[0].source == backup
    new_ctx = window.ctx
    assert new_ctx is not None and new_ctx is not ctx
    try:
        assert window.bench is not None and window.bench.ctx is new_ctx
        assert titles(new_ctx) == ["Di cadangan"]
        qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 2, timeout=10000)
        safety = next(b for b in list_backups(ctx.config.backups_dir) if b.reason == "pre-restore")
        assert dialog.table.topLevelItem(0).text(1) == "Sebelum pemulihan"
        check = bootstrap(ctx.config.data_dir, upgrade_schema=False)
        check.dispose()
        assert safety.path.is_file()
        assert not dialog.progress.isVisible() and dialog.restore_button.isEnabled()
    finally:
        new_ctx.dispose()


def test_declining_the_question_changes_nothing(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_post(ctx, "Tetap")
    backup_sqlite(ctx.config.db_path, ctx.config.backups_dir, "manual")
    make_post(ctx, "Juga tetap")
    answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog = open_dialog(window, qtbot)
    dialog.restore_selected()
    assert not dialog.runner.running
    assert window.ctx is ctx
    assert titles(ctx) == ["Juga tetap", "Tetap"]
    assert len(list_backups(ctx.config.backups_dir)) == 1


def test_a_damaged_backup_is_refused_with_a_message(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_post(ctx, "Tetap")
    backup = backup_sqlite(ctx.config.db_path, ctx.config.backups_dir, "manual")
    flip_page_headers(backup, (3,))
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    shown: list[tuple[str, str | None]] = []
    monkeypatch.setattr(
        errors, "show_error", lambda _parent, exc, title=None: shown.append((exc.code, title))
    )
    dialog = open_dialog(window, qtbot)
    dialog.restore_selected()
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert shown == [("backup_unusable", "Cadangan")]  # under the dialog's own title
    assert window.ctx is ctx
    assert titles(ctx) == ["Tetap"]
    assert not dialog.progress.isVisible()
    assert [b.reason for b in list_backups(ctx.config.backups_dir)] == ["manual"]


def test_a_restored_database_that_cannot_be_opened_closes_the_window(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After the swap the old engine must not be used: explain, then close."""
    import sosmed_desktop.bootstrap as bootstrap_mod
    from sosmed_desktop.errors import DatabaseError

    backup_sqlite(ctx.config.db_path, ctx.config.backups_dir, "manual")
    answer(monkeypatch, QMessageBox.StandardButton.Yes)

    def refuse(*_args: object, **_kwargs: object) -> AppContext:
        raise DatabaseError(detail="migration failed")

    monkeypatch.setattr(bootstrap_mod, "bootstrap", refuse)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()))
    window.show()
    dialog = open_dialog(window, qtbot)
    dialog.restore_selected()
    qtbot.waitUntil(lambda: bool(told), timeout=30000)
    assert "migration failed" in told[0] and "ditutup" in told[0]
    assert window.ctx is None and window.exit_code == 1
    assert not window.isVisible()


# --- a damaged database at start-up ---------------------------------------------------------


def _damaged_folder(data_dir: Path) -> tuple[Path, bytes]:
    """A data folder with two backups (the newer one damaged) and a damaged database."""
    ctx = bootstrap(data_dir)
    make_post(ctx, "Cadangan lama yang utuh")
    good = backup_sqlite(ctx.config.db_path, ctx.config.backups_dir, "manual")
    make_post(ctx, "Cadangan baru yang rusak")
    bad = backup_sqlite(ctx.config.db_path, ctx.config.backups_dir, "manual")
    make_post(ctx, "Hanya di basis data")
    ctx.dispose()
    flip_page_headers(bad)
    return good, flip_page_headers(data_dir / "sosmed.db")


def _start(data_dir: Path, qtbot: QtBot) -> MainWindow:
    config, log_file = load_config(data_dir)
    window = MainWindow(config, log_file)
    qtbot.addWidget(window)
    return window


def test_damaged_database_at_start_offers_the_newest_sound_backup(
    app: QApplication, data_dir: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    good, damaged = _damaged_folder(data_dir)
    shown: list[tuple[str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.text(), box.informativeText()))
        restore = box.findChild(QPushButton, "restoreButton")
        if restore is not None:
            restore.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    window = _start(data_dir, qtbot)
    with qtbot.waitSignal(window.context_ready, timeout=30000):
        open_database(window, data_dir)
    ctx = window.ctx
    assert ctx is not None
    try:
        assert "rusak" in shown[0][0]
        assert "Pulihkan" in shown[0][1]
        assert titles(ctx) == ["Cadangan lama yang utuh"]
        asides = list(data_dir.glob("sosmed-damaged-*.db"))
        assert len(asides) == 1 and asides[0].read_bytes() == damaged
        qtbot.waitUntil(lambda: len(shown) == 2, timeout=10000)
        assert asides[0].name in shown[1][0]
        assert good.is_file()
        assert window.exit_code == 0
    finally:
        ctx.dispose()


def test_damaged_database_without_a_usable_backup_is_left_untouched(
    app: QApplication, data_dir: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    good, damaged = _damaged_folder(data_dir)
    flip_page_headers(good)
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.informativeText())
        assert box.findChild(QPushButton, "restoreButton") is None
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    window = _start(data_dir, qtbot)
    window.show()
    open_database(window, data_dir)
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert "Tidak ada cadangan" in shown[0]
    assert (data_dir / "sosmed.db").read_bytes() == damaged
    assert not list(data_dir.glob("sosmed-damaged-*"))
    assert window.exit_code == 1


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (DiskFullError(path="/data"), "penuh"),
        (DatabaseInUseError(path="/data/sosmed.db"), "masih terbuka di program lain"),
        (
            BackupUnusableError(path="/b.db", detail="rusak"),
            "Cadangan /b.db tidak dapat dipulihkan: rusak",
        ),
    ],
)
def test_storage_errors_read_in_indonesian(
    app: QApplication, error: DomainError, expected: str
) -> None:
    assert expected in describe(error)


def test_a_backup_finishing_after_the_dialog_closed_is_kept_and_reaches_no_deleted_dialog(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dialog deletes itself when closed; the backup it started still completes."""
    import threading

    from shiboken6 import isValid

    from sosmed_desktop.services import backup
    from ui.tasks import pending_tasks

    gate = threading.Event()
    real_backup = backup.backup_sqlite

    def held_backup(*args: object) -> Path:
        gate.wait(10)
        return real_backup(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(backup, "backup_sqlite", held_backup)
    window.commands.open_backups()
    dialog = window.findChild(BackupsDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=10000)  # the list was read
    dialog.backup_button.click()
    dialog.close()
    qtbot.waitUntil(lambda: not isValid(dialog), timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=10000)
    assert [b.reason for b in list_backups(ctx.config.backups_dir)] == ["manual"]
