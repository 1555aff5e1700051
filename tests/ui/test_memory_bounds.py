"""Weeks in the tray (issue 17): what the window makes and forgets is freed, caches are bounded.

The soak bench (`bench/soak.py`) measures the resident memory; these tests pin
down each cause it found: background tasks that kept their callbacks, closed
editors that stayed in memory, the editors' previews kept without a bound (and
decoded from the originals), and snooze menus left behind by the notification
centre's cards.
"""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest
import shiboken6
from PIL import Image
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import MediaAsset
from sosmed_desktop.services.media import media
from sosmed_desktop.services.media.originals import stored_path
from tests.ui.editing import wait_loaded
from ui import tasks
from ui.editor import thumbnails
from ui.editor.thumbnails import EditorImages
from ui.main_window import MainWindow
from ui.operations import Operations


def flush(qtbot: QtBot) -> None:
    """Let pending deliveries, deferred deletes and the cycle collector run."""
    QThreadPool.globalInstance().waitForDone(5000)
    qtbot.wait(20)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    gc.collect()


class Payload:
    """Something a task's callbacks name (a weak reference tells when it is gone)."""


def test_a_finished_task_keeps_nothing_its_callbacks_named(app: QApplication, qtbot: QtBot):
    results: list[int] = []
    errors: list[str] = []
    gone: list[weakref.ref] = []
    for number in range(6):
        payload = Payload()
        gone.append(weakref.ref(payload))

        def work(number: int = number, payload: Payload = payload) -> int:
            if number == 3:
                raise ValueError("refused")
            return number

        tasks.run_task(
            work,
            lambda value, payload=payload: results.append(value),
            lambda exc, _details, payload=payload: errors.append(str(exc)),
        )
        del payload, work
    qtbot.waitUntil(lambda: tasks.pending_tasks() == 0, timeout=5000)
    flush(qtbot)
    assert sorted(results) == [0, 1, 2, 4, 5] and errors == ["refused"]
    assert [ref() for ref in gone] == [None] * 6


def test_a_closed_editor_is_deleted(workbench: MainWindow, qtbot: QtBot) -> None:
    editor = wait_loaded(qtbot, workbench.editors.new_post())
    ref = weakref.ref(editor)
    editor.close()
    del editor
    flush(qtbot)
    flush(qtbot)
    assert workbench.editors.editors == []
    assert ref() is None or not shiboken6.isValid(ref()), "the closed editor stays in memory"


@pytest.fixture
def photos(ctx: AppContext, tmp_path: Path) -> list[tuple[int, str]]:
    """Twelve imported photos of 1600×1200: (media id, stored name)."""
    found = []
    for number in range(12):
        path = tmp_path / f"foto-{number}.jpg"
        Image.new("RGB", (1600, 1200), (number * 20, 120, 80)).save(path, "JPEG")
        with ctx.uow() as uow:
            media_id = media.import_file(ctx.config, uow, path).media_id
            asset = uow.session.get(MediaAsset, media_id)
            assert asset is not None
            found.append((media_id, asset.stored_name))
    return found


def test_editor_previews_are_thumbnails_kept_within_a_bound(
    app: QApplication,
    ctx: AppContext,
    ops: Operations,
    qtbot: QtBot,
    photos: list[tuple[int, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    originals: list[str] = []

    def fetch(sha: str, extension: str) -> Path:
        originals.append(sha)
        return stored_path(ctx.config, sha, extension)

    monkeypatch.setattr(thumbnails, "IMAGE_CACHE_BYTES", 4 * 256 * 192 * 4)  # four previews
    owner = QWidget()
    qtbot.addWidget(owner)
    loader = EditorImages(fetch, ops, owner, thumbs_dir=ctx.config.thumbs_dir)
    ready: list[int] = []
    loader.ready.connect(ready.append)
    for media_id, stored_name in photos:
        loader.request(media_id, stored_name)
    qtbot.waitUntil(lambda: len(ready) == len(photos), timeout=10000)

    first, last = photos[0][0], photos[-1][0]
    image = loader.image(last)
    assert image is not None and max(image.width(), image.height()) == 256
    assert originals == [], "the import's thumbnails are read, not the originals"
    assert len(loader._images) == 4
    assert loader.held_bytes() <= thumbnails.IMAGE_CACHE_BYTES

    ready.clear()
    assert loader.image(first) is None, "dropped from the cache"
    qtbot.waitUntil(lambda: ready == [first], timeout=5000)  # ... and read again when painted
    assert loader.image(first) is not None
    assert len(loader._images) == 4


def test_the_notification_centre_leaves_no_menus_behind(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    from datetime import timedelta

    from sosmed_desktop import clock
    from tests.reminder_helpers import add_post

    for number in range(3):
        soon = clock.now() + timedelta(hours=1) - timedelta(seconds=number)
        add_post(ctx, f"Posyandu {number}", soon)  # its reminder an hour ahead fires now
    workbench.start_reminders()
    hub = workbench.reminders
    assert hub is not None
    try:
        centre = hub.show_centre()
        qtbot.waitUntil(lambda: len(centre.cards) > 0, timeout=5000)
        for _ in range(3):
            with qtbot.waitSignal(centre.loaded, timeout=5000):
                centre.reload()
        flush(qtbot)
        menus = len(centre.findChildren(QMenu))
        assert menus == len(centre.cards), "one snooze menu per card shown"
    finally:
        workbench.stop_reminders()
