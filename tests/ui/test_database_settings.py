"""Settings → "Data & database": built-in or team server, password, test connection, the move."""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, inspect
from sqlalchemy.pool import NullPool

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db import credentials
from sosmed_desktop.demo.seed import seed_demo
from tests.engines import PostgresServer, postgres_url
from tests.keyrings import MemoryKeyring
from ui.bus import DataBus
from ui.operations import Operations
from ui.settings.dialog import SettingsDialog
from ui.team.database_settings import DatabaseSettings
from ui.team.server_migration_dialog import MigrationDialog

SERVER_URL = "postgresql+psycopg://petugas@server-dinas:5433/sosmed_tim"


@pytest.fixture
def server(request: pytest.FixtureRequest) -> Iterator[PostgresServer]:
    if not postgres_url() and os.environ.get("CI", "").lower() != "true":
        pytest.skip("needs a PostgreSQL server: set SOSMED_TEST_POSTGRES")
    yield request.getfixturevalue("postgres_server")


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for name in ("warning", "information"):
        monkeypatch.setattr(
            QMessageBox,
            name,
            lambda _p, _t, text, *a, **k: shown.append(text) or QMessageBox.StandardButton.Ok,
        )
    # An error's message box shows its text as plain text (ui.plain_text.plain_box).
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append(box.text()) or QMessageBox.StandardButton.Ok
    )
    return shown


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def settings_dialog(ctx: AppContext, qtbot: QtBot) -> SettingsDialog:
    dialog = SettingsDialog(ctx.config, None, Operations(lambda: ctx, DataBus()))
    qtbot.addWidget(dialog)
    return dialog


def fill(panel: DatabaseSettings, host: str, port: int, database: str, user: str) -> None:
    panel.server.setChecked(True)
    panel.host.setText(host)
    panel.port.setValue(port)
    panel.database.setText(database)
    panel.user.setText(user)


def test_the_server_is_saved_without_its_password_which_goes_to_the_keyring(
    app: QApplication,
    ctx: AppContext,
    qtbot: QtBot,
    boxes: list[str],
    memory_keyring: MemoryKeyring,
) -> None:
    dialog = settings_dialog(ctx, qtbot)
    assert dialog.database.builtin.isChecked() and not dialog.database.server_box.isEnabled()
    fill(dialog.database, "server-dinas", 5433, "sosmed_tim", "petugas")
    assert dialog.database.server_box.isEnabled()
    dialog.database.password.setText("rahasia-dinas")
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.save_button.click()
    text = (ctx.config.data_dir / "settings.json").read_text(encoding="utf-8")
    assert json.loads(text)["database_url"] == SERVER_URL
    assert "rahasia" not in text
    assert list(memory_keyring.entries.values()) == ["rahasia-dinas"]
    assert credentials.with_password(SERVER_URL).password == "rahasia-dinas"
    assert any("berlaku" in b for b in boxes)  # the restart notice

    again = settings_dialog(ctx, qtbot)  # the next visit shows the saved server
    assert again.database.server.isChecked()
    assert again.database.host.text() == "server-dinas" and again.database.port.value() == 5433
    assert again.database.password.text() == ""


def test_without_a_keyring_the_officer_is_told_and_the_password_serves_this_session(
    app: QApplication, ctx: AppContext, qtbot: QtBot, boxes: list[str]
) -> None:
    keyring.set_keyring(fail.Keyring())
    dialog = settings_dialog(ctx, qtbot)
    fill(dialog.database, "server-dinas", 5433, "sosmed_tim", "petugas")
    dialog.database.password.setText("rahasia-dinas")
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.save_button.click()
    assert any("tidak punya penyimpanan kata sandi" in b for b in boxes), boxes
    assert credentials.with_password(SERVER_URL).password == "rahasia-dinas"
    assert not any(
        "rahasia" in p.read_text(errors="ignore")
        for p in ctx.config.data_dir.rglob("*")
        if p.is_file() and p.suffix in (".json", ".log", ".txt")
    )


def test_back_to_the_built_in_database(
    app: QApplication, ctx: AppContext, qtbot: QtBot, boxes: list[str]
) -> None:
    ctx.config.set("database_url", SERVER_URL)
    dialog = settings_dialog(ctx, qtbot)
    dialog.database.builtin.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.save_button.click()
    assert ctx.config.get("database_url") == ""


def test_test_connection_shows_a_busy_indicator_and_the_reason(
    app: QApplication, ctx: AppContext, ops: Operations, qtbot: QtBot
) -> None:
    panel = DatabaseSettings(ctx.config, ops)
    qtbot.addWidget(panel)
    fill(panel, "127.0.0.1", closed_port(), "sosmed", "petugas")
    panel.test_button.click()
    assert not panel.busy.isHidden() and not panel.test_button.isEnabled()
    qtbot.waitUntil(lambda: panel.busy.isHidden(), timeout=20000)
    assert "menolak sambungan" in panel.result.text()
    assert panel.test_button.isEnabled()


def test_test_connection_reports_an_empty_database(
    app: QApplication, ctx: AppContext, ops: Operations, qtbot: QtBot, server: PostgresServer
) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(server.create_empty_database())
    try:
        panel = DatabaseSettings(ctx.config, ops)
        qtbot.addWidget(panel)
        fill(panel, url.host or "", url.port or 5432, url.database or "", url.username or "")
        panel.test_button.click()
        qtbot.waitUntil(lambda: panel.busy.isHidden(), timeout=20000)
        assert "Tersambung ke PostgreSQL" in panel.result.text()
        assert "kosong" in panel.result.text()
    finally:
        server.drop_database(url.render_as_string(hide_password=False))


def _tables(url: str) -> list[str]:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return inspect(conn).get_table_names()
    finally:
        engine.dispose()


def test_the_move_shows_progress_then_the_verification_and_offers_the_switch(
    app: QApplication,
    ctx: AppContext,
    ops: Operations,
    qtbot: QtBot,
    server: PostgresServer,
    tmp_path: Path,
) -> None:
    seed_demo(ctx)
    url = server.create_empty_database()
    try:
        dialog = MigrationDialog(ctx.config, ops, url, None)
        qtbot.addWidget(dialog)
        dialog.show()
        steps: list[str] = []
        dialog.progress.step.connect(lambda step, _d, _t: steps.append(step))
        dialog.start()
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=60000)
        assert "posts" in steps and "media_blobs" in steps
        assert dialog.table.rowCount() == len(dialog.report.counts)
        posts_row = next(
            r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "posts"
        )
        assert dialog.table.item(posts_row, 1).text() == dialog.table.item(posts_row, 2).text()
        assert "Selesai" in dialog.status.text()
        dialog.grab().save(str(tmp_path / "summary.png"))
        with qtbot.waitSignal(dialog.accepted):
            dialog.switch_button.click()
        assert dialog.switch_chosen
    finally:
        server.drop_database(url)


def test_cancel_leaves_the_server_database_empty(
    app: QApplication,
    ctx: AppContext,
    ops: Operations,
    qtbot: QtBot,
    server: PostgresServer,
    boxes: list[str],
) -> None:
    seed_demo(ctx)
    url = server.create_empty_database()
    try:
        dialog = MigrationDialog(ctx.config, ops, url, None)
        qtbot.addWidget(dialog)
        dialog.start()
        dialog.close_button.click()  # cancel at once: stops before the first batch is kept
        with qtbot.waitSignal(dialog.rejected, timeout=60000):
            pass
        assert any("dibatalkan" in b.lower() for b in boxes), boxes
        assert _tables(url) == []
    finally:
        server.drop_database(url)


def test_a_database_in_use_is_refused_with_a_clear_message(
    app: QApplication,
    ctx: AppContext,
    ops: Operations,
    qtbot: QtBot,
    server: PostgresServer,
    boxes: list[str],
) -> None:
    url = server.create_database()
    try:
        dialog = MigrationDialog(ctx.config, ops, url, None)
        qtbot.addWidget(dialog)
        dialog.start()
        qtbot.waitUntil(lambda: not dialog.running, timeout=60000)
        assert any("tidak kosong" in b for b in boxes), boxes
        assert dialog.report is None and dialog.close_button.isEnabled()
    finally:
        server.drop_database(url)


def test_the_move_button_asks_first_and_then_switches(
    app: QApplication,
    ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[str],
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes,
    )

    def finished(dialog: MigrationDialog) -> int:
        dialog.switch_chosen = True
        return 1

    monkeypatch.setattr(MigrationDialog, "exec", finished)
    dialog = settings_dialog(ctx, qtbot)
    fill(dialog.database, "server-dinas", 5433, "sosmed_tim", "petugas")
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.database.move_button.click()
    assert asked and "sosmed_tim" in asked[0]
    assert ctx.config.get("database_url") == SERVER_URL
