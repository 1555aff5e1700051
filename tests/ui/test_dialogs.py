"""Welcome, settings, About and the unexpected-error dialog."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.services import profile
from tests.ui.editing import answer_box
from ui.about import about_text
from ui.error_dialog import ErrorDialog
from ui.operations import Operations
from ui.settings.dialog import SettingsDialog
from ui.settings.welcome import WelcomeDialog


def _stored_profile(ctx: AppContext) -> profile.Profile:
    with ctx.uow() as uow:
        return profile.get_profile(uow)


def test_welcome_requires_name_and_department(
    app: QApplication, ctx: AppContext, ops: Operations, qtbot: QtBot
) -> None:
    dialog = WelcomeDialog(ctx, ops)
    qtbot.addWidget(dialog)
    dialog.form.department_name.setText("Dinas Kesehatan")
    dialog.start_button.click()
    assert dialog.result() == 0
    assert dialog.form.officer_name.styleSheet() != ""
    assert not _stored_profile(ctx).complete
    assert not ctx.config.get("welcome_done")


def test_welcome_saves_profile_and_is_done(
    app: QApplication, ctx: AppContext, ops: Operations, qtbot: QtBot
) -> None:
    dialog = WelcomeDialog(ctx, ops)
    qtbot.addWidget(dialog)
    dialog.form.officer_name.setText("Rina Marlina 🌱")
    dialog.form.officer_position.setText("Pengelola Media Sosial")
    dialog.form.department_name.setText("Dinas Kesehatan")
    dialog.form.regency.setText("Kabupaten Bekasi")
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.start_button.click()
    stored = _stored_profile(ctx)
    assert stored.officer_name == "Rina Marlina 🌱"
    assert stored.regency == "Kabupaten Bekasi"
    assert ctx.config.get("welcome_done") is True
    saved = json.loads((ctx.config.data_dir / "settings.json").read_text(encoding="utf-8"))
    assert saved["welcome_done"] is True


def test_welcome_shows_where_data_lives(
    app: QApplication, ctx: AppContext, ops: Operations, qtbot: QtBot
) -> None:
    dialog = WelcomeDialog(ctx, ops)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert f"Data Anda disimpan di: {ctx.config.data_dir}" in texts
    assert dialog.sample.text().startswith("Muat data contoh")


def _loaded_settings(ctx: AppContext, ops: Operations, qtbot: QtBot) -> SettingsDialog:
    dialog = SettingsDialog(ctx.config, ctx, ops)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.profile_form.isEnabled)
    return dialog


def _saved_and_closed(ctx: AppContext, dialog: SettingsDialog, qtbot: QtBot) -> dict:
    """Simpan: the dialog closes; the settings file as written."""
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.save_button.click()
    return json.loads((ctx.config.data_dir / "settings.json").read_text(encoding="utf-8"))


def test_settings_saves_language_and_time_zone(
    app: QApplication,
    ctx: AppContext,
    ops: Operations,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = answer_box(monkeypatch, QMessageBox.StandardButton.Ok)
    dialog = _loaded_settings(ctx, ops, qtbot)
    dialog.profile_form.officer_name.setText("Budi")
    dialog.profile_form.department_name.setText("Diskominfo")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.timezone.setCurrentIndex(dialog.timezone.findData("Asia/Makassar"))
    saved = _saved_and_closed(ctx, dialog, qtbot)
    assert saved["language"] == "en"
    assert saved["timezone"] == "Asia/Makassar"
    assert _stored_profile(ctx).department_name == "Diskominfo"
    assert asked == ["Tersimpan. Sebagian perubahan berlaku saat Sosmed Desktop dibuka berikutnya."]


def test_settings_saves_and_closes_with_the_profile_left_empty(
    app: QApplication,
    ctx: AppContext,
    ops: Operations,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """After the welcome's "Later" the profile is empty: Simpan still saves and closes."""
    shown = answer_box(monkeypatch, QMessageBox.StandardButton.Ok)
    dialog = _loaded_settings(ctx, ops, qtbot)
    dialog.stale_days.setValue(dialog.stale_days.value() + 1)
    saved = _saved_and_closed(ctx, dialog, qtbot)
    assert shown == []
    assert saved["data_note_stale_days"] == dialog.stale_days.value()
    assert not _stored_profile(ctx).complete


def test_settings_refuses_an_incomplete_team_server_and_writes_nothing(
    app: QApplication,
    ctx: AppContext,
    ops: Operations,
    qtbot: QtBot,
    monkeypatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    dialog = SettingsDialog(ctx.config, ctx, ops)
    qtbot.addWidget(dialog)
    dialog.database.server.setChecked(True)
    dialog.database.host.setText("")
    dialog.save_button.click()
    assert shown and "Isi server dan nama basis data" in shown[0]
    assert not (ctx.config.data_dir / "settings.json").exists()
    assert dialog.result() == 0


def test_settings_accepts_a_postgresql_url(
    app: QApplication,
    ctx: AppContext,
    ops: Operations,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answer_box(monkeypatch, QMessageBox.StandardButton.Ok)
    dialog = SettingsDialog(ctx.config, None, ops)
    qtbot.addWidget(dialog)
    dialog.database.server.setChecked(True)
    dialog.database.host.setText("server-dinas")
    dialog.database.user.setText("petugas")
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.save_button.click()
    expected = "postgresql+psycopg://petugas@server-dinas:5432/sosmed"
    assert ctx.config.get("database_url") == expected


def test_about_names_versions_and_data_folder(app: QApplication, ctx: AppContext) -> None:
    text = about_text(ctx.config, ctx)
    assert "Tentang" not in text
    assert str(ctx.config.data_dir) in text
    assert "Basis data: SQLite" in text


@pytest.mark.parametrize("with_log", [True, False])
def test_error_dialog_offers_copyable_details(
    app: QApplication, ctx: AppContext, qtbot: QtBot, with_log: bool
) -> None:
    log_file = ctx.log_file if with_log else None
    dialog = ErrorDialog("RuntimeError: boom", "Traceback ...\nRuntimeError: boom", log_file, None)
    qtbot.addWidget(dialog)
    dialog.copy_details()
    assert QGuiApplication.clipboard().text().endswith("RuntimeError: boom")
    assert dialog.details.isReadOnly()


def test_unexpected_errors_are_logged_and_shown(
    app: QApplication, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, caplog
) -> None:
    """The installed hook logs the traceback and opens the dialog with it."""
    import sys

    import ui.error_dialog as error_dialog

    shown: list[str] = []
    monkeypatch.setattr(
        error_dialog.ErrorDialog, "exec", lambda dialog: shown.append(dialog.details.toPlainText())
    )
    import threading

    previous, previous_thread_hook = sys.excepthook, threading.excepthook
    error_dialog.install_excepthook(ctx.log_file)
    try:
        try:
            raise RuntimeError("kalender rusak ☕")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook, threading.excepthook = previous, previous_thread_hook
    assert shown and "RuntimeError: kalender rusak ☕" in shown[0]
    assert "kalender rusak ☕" in caplog.text
