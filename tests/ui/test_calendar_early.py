"""The month shown at start-up before the database is open (services.calendar_early)."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime, time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import sosmed_desktop.bootstrap as bootstrap_mod
from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.config import load_config
from sosmed_desktop.db.migrate import head_revision
from sosmed_desktop.services.posts import posts
from tests.unit.posting import WIB, post_input
from ui.app import open_database
from ui.main_window import MainWindow


def _post_today(ctx: AppContext, title: str) -> datetime:
    when = datetime.combine(clock.today(WIB), time(10), WIB)
    with ctx.uow() as uow:
        posts.create_post(uow, post_input(title=title, when=when))
        uow.commit()
    ctx.dispose()
    return when


def test_the_month_shows_before_the_database_opens_then_reloads(
    app: QApplication, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    when = _post_today(ctx, "Posyandu 🌟 hari ini")
    release = threading.Event()
    real_bootstrap = bootstrap_mod.bootstrap

    def held_bootstrap(*args: object, **kwargs: object) -> AppContext:
        assert release.wait(20), "the test did not release the opening"
        return real_bootstrap(*args, **kwargs)

    monkeypatch.setattr(bootstrap_mod, "bootstrap", held_bootstrap)
    config, log_file = load_config(ctx.config.data_dir)
    window = MainWindow(config, log_file)
    qtbot.addWidget(window)
    window.show()
    calendar = window.calendar
    with qtbot.waitSignal(calendar.month_loaded, timeout=20000):
        open_database(window, ctx.config.data_dir)
    assert window.ctx is None and calendar.bench is None  # still opening
    chips = calendar.month_view.chips_on(when.date())
    assert [chip.title for chip in chips] == ["Posyandu 🌟 hari ini"]
    calendar.posts.open_post(chips[0].id)  # not before the database is open: nothing happens
    with qtbot.waitSignals([window.context_ready, calendar.month_loaded], timeout=20000):
        release.set()
    assert [c.title for c in calendar.month_view.chips_on(when.date())] == [chips[0].title]
    window.ctx.dispose()


@pytest.mark.parametrize("what", ["moved on", "older schema", "already open"])
def test_early_rows_are_not_shown_when_they_no_longer_fit(
    app: QApplication, ctx: AppContext, qtbot: QtBot, what: str
) -> None:
    when = _post_today(ctx, "Lama")
    config, log_file = load_config(ctx.config.data_dir)
    window = MainWindow(config, log_file)
    qtbot.addWidget(window)
    calendar = window.calendar
    read = window.early_month_reader()
    assert read is not None
    revision = "0001" if what == "older schema" else head_revision()
    if what == "moved on":
        calendar.shift(1)  # the officer went to next month before the rows arrived
    loaded: list[int] = []
    calendar.month_loaded.connect(loaded.append)
    if what == "already open":
        with qtbot.waitSignal(calendar.month_loaded, timeout=20000):
            window.set_context(bootstrap_mod.bootstrap(ctx.config.data_dir))
        loaded.clear()
    conn = sqlite3.connect(f"{Path(ctx.sqlite_file).as_uri()}?mode=ro", uri=True)
    try:
        read(conn, revision)
    finally:
        conn.close()
    QApplication.processEvents()
    assert loaded == []
    if what != "already open":
        assert calendar.month_view.chips_on(when.date()) == []
    else:
        window.ctx.dispose()
