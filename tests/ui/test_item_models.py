"""Every item model in ui/ passes Qt's model tester, fed with the demo department's data.

The tester checks what views rely on silently (row and column counts, parents,
indexes, header and data roles, the signals around resets and changes); a model
that breaks a rule there shows as a view that paints garbage or crashes later.
`force_py=True` runs pytest-qt's Python port, which reports what failed.  The tester
stays connected after `check` and runs every check again on each signal the model
emits, so a test checks once and then changes the model's data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSize, QTimer
from pytestqt.qtbot import QtBot

from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext, bootstrap
from sosmed_desktop.demo.seed import seed_demo
from sosmed_desktop.services.calendar import calendar
from sosmed_desktop.services.directions import data_notes
from sosmed_desktop.services.directions.directions import list_directions
from sosmed_desktop.services.media.library import MediaFilter, list_media_ids, media_rows
from sosmed_desktop.services.posts import board
from sosmed_desktop.services.reminders.reminders import prefs_from_config
from sosmed_desktop.services.reminders.rows import Listing, list_reminders
from sosmed_desktop.services.reminders.sync import sync_reminders
from tests.engines import folders_for
from ui.board.cards import BoardColumnModel
from ui.calendar.post_table import PostTableModel
from ui.directions.models import DirectionTableModel, NoteTableModel
from ui.media.grid_model import MediaGridModel
from ui.media.thumb_loader import ThumbnailLoader
from ui.operations import Latest
from ui.reminders.table_model import ReminderTableModel

ModelTester = Any  # pytest-qt's `qtmodeltester` fixture (its class is not public)


@pytest.fixture(scope="module")
def demo(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[AppContext]:
    """One data folder with the demo department and its reminders, shared by the module's
    tests, which only read it (seeding takes a few seconds)."""
    folders = folders_for(request, tmp_path_factory.mktemp("models"))
    context = bootstrap(folders.make())
    seed_demo(context)
    with context.uow() as uow:
        sync_reminders(uow, clock.now(), prefs_from_config(context.config))
    yield context
    context.dispose()
    folders.drop_all()


def test_board_column_model(app: object, demo: AppContext, qtmodeltester: ModelTester) -> None:
    with demo.uow() as uow:
        result = board.board(uow)
    model = BoardColumnModel(demo.config.tz)
    qtmodeltester.check(model, force_py=True)  # empty, as before the first load
    for cards in (result.waiting, result.needs_revision, result.approved, result.drafts):
        assert cards
        model.set_cards(cards)


def test_post_table_model(app: object, demo: AppContext, qtmodeltester: ModelTester) -> None:
    today = clock.today(demo.config.tz)
    with demo.uow() as uow:
        rows = calendar.month_posts(uow, today.year, today.month, demo.config.tz)
    assert any(row.overdue for row in rows) and any(row.program for row in rows)
    model = PostTableModel(demo.config.tz)
    model.set_rows(rows)
    qtmodeltester.check(model, force_py=True)
    model.set_time_zone(demo.config.tz)  # emits dataChanged over the date and time columns


def test_reminder_table_model(app: object, demo: AppContext, qtmodeltester: ModelTester) -> None:
    tz = demo.config.tz
    model = ReminderTableModel(tz)
    with demo.uow() as uow:
        lists = [list_reminders(uow, listing, tz) for listing in Listing]
    assert lists[0]  # the upcoming ones; nothing is missed or done yet in a fresh demo
    qtmodeltester.check(model, force_py=True)
    for rows in lists:
        model.set_rows(rows, tz)


def test_direction_table_model(app: object, demo: AppContext, qtmodeltester: ModelTester) -> None:
    tz = demo.config.tz
    with demo.uow() as uow:
        rows = list_directions(uow, now=clock.now(), tz=tz)
    assert rows
    model = DirectionTableModel(tz)
    model.set_rows(rows, clock.now())
    qtmodeltester.check(model, force_py=True)


def test_note_table_model(app: object, demo: AppContext, qtmodeltester: ModelTester) -> None:
    fresh = data_notes.Freshness.now(demo.config.stale_days, demo.config.tz)
    with demo.uow() as uow:
        rows = data_notes.list_notes(uow, None, fresh)
    assert rows
    model = NoteTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model, force_py=True)


def test_media_grid_model(
    app: object, demo: AppContext, qtmodeltester: ModelTester, qtbot: QtBot
) -> None:
    """The grid fetches rows a page at a time in the background, as the media page does:
    checked before the rows arrive, and again once they have."""

    def fetch_rows(ids: list[int], deliver: Callable[[list[Any]], None], rows: Latest) -> None:
        with demo.uow() as uow:
            found = media_rows(uow, demo.config, ids)
        QTimer.singleShot(0, lambda: deliver(found))

    loader = ThumbnailLoader(demo.config.thumbs_dir, QSize(150, 150))
    model = MediaGridModel(loader, fetch_rows)
    with demo.uow() as uow:
        ids = list_media_ids(uow, MediaFilter())
        rows = media_rows(uow, demo.config, ids)
    assert ids
    model.set_ids(ids)
    qtmodeltester.check(model, force_py=True)  # rows not there yet: placeholders
    qtbot.waitUntil(lambda: model.cached_rows() == len(ids))
    loader.wait()
    # The thumbnails arrive one by one (a dataChanged each).
    qtbot.waitUntil(
        lambda: all(
            loader.pixmap(r.sha256, r.path, r.kind) is not None or loader.failed(r.sha256)
            for r in rows
        )
    )
    model.set_ids(ids[::2])
