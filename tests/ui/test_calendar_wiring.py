"""The calendar page wired to the core and the editor: reschedule by drag with undo,
new posts from a day or a drop of photos, filters and the legend."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.services.posts import posts
from tests.ui.editing import wait_loaded
from tests.ui.test_calendar_views import _drop
from tests.unit.posting import WIB, add_program, post_input
from ui.calendar.chips import POST_MIME
from ui.main_window import MainWindow


def _day(offset: int) -> date:
    """A day of the shown month (so that the month grid holds it)."""
    first = clock.today(WIB).replace(day=1)
    return first + timedelta(days=offset)


def _create(ctx: AppContext, day: date, hour: int = 10, **kwargs: object) -> int:
    when = datetime.combine(day, time(hour, 30), WIB)
    with ctx.uow() as uow:
        return posts.create_post(uow, post_input(when=when, **kwargs)).id  # type: ignore[arg-type]


def _scheduled(ctx: AppContext, post_id: int) -> datetime | None:
    with ctx.uow() as uow:
        value = posts.get_post(uow, post_id).scheduled_at
    return value.astimezone(WIB) if value else None


def _reload(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.calendar.month_loaded, timeout=5000):
        window.calendar.reload()


def test_drag_reschedule_with_undo_and_redo(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    window = workbench
    window.resize(1366, 768)
    window.show()
    page = window.calendar
    source, target = _day(3), _day(12)
    post_id = _create(ctx, source)
    _reload(qtbot, window)
    mime = QMimeData()
    mime.setData(POST_MIME, str(post_id).encode())
    with qtbot.waitSignal(page.post_rescheduled, timeout=5000):
        _drop(page.month_view, page.month_view.cell_rect(target).center().toPoint(), mime)
    assert _scheduled(ctx, post_id) == datetime.combine(target, time(10, 30), WIB)
    assert window.commands.undo_action.isEnabled()
    assert (
        window.commands.undo_action.text()
        .replace("&", "")
        .startswith("Urungkan Pindahkan “Posyandu")
    )
    qtbot.waitUntil(lambda: [c.id for c in page.month_view.chips_on(target)] == [post_id])

    with qtbot.waitSignal(page.post_rescheduled, timeout=5000):
        window.commands.undo_action.trigger()
    assert _scheduled(ctx, post_id) == datetime.combine(source, time(10, 30), WIB)
    qtbot.waitUntil(lambda: [c.id for c in page.month_view.chips_on(source)] == [post_id])
    with qtbot.waitSignal(page.post_rescheduled, timeout=5000):
        window.commands.redo_action.trigger()
    assert _scheduled(ctx, post_id) == datetime.combine(target, time(10, 30), WIB)

    # A drop on the week timeline takes the slot's time as well.
    page.set_view("week")
    page.go_to(target)
    qtbot.waitUntil(lambda: target in page.week_view._chips)
    slot = datetime.combine(target, time(14, 15))
    with qtbot.waitSignal(page.post_rescheduled, timeout=5000):
        page.week_view.post_moved.emit(post_id, slot)
    assert _scheduled(ctx, post_id) == slot.replace(tzinfo=WIB)
    assert page.undo_stack.count() == 2
    window.show_section("approval")
    assert not window.commands.undo_action.isEnabled(), "moves are undone where they can be seen"
    window.show_section("calendar")
    assert window.commands.undo_action.isEnabled()


def test_undo_of_a_move_refuses_when_the_post_changed_elsewhere(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = workbench.calendar
    post_id = _create(ctx, _day(4))
    _reload(qtbot, workbench)
    with qtbot.waitSignal(page.post_rescheduled, timeout=5000):
        page.posts.move_post(post_id, _day(5))
    with ctx.uow() as uow:  # edited in another window meanwhile
        detail = posts.get_post(uow, post_id)
        posts.update_post(uow, post_id, post_input(title="Judul baru", when=detail.scheduled_at),
                          detail.version)  # fmt: skip
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warned.append(box.text()))
    workbench.commands.undo_action.trigger()
    qtbot.waitUntil(lambda: bool(warned))
    assert "diubah di tempat lain" in warned[0]
    assert _scheduled(ctx, post_id).date() == _day(5), "nothing was overwritten"


def test_a_refused_move_is_said_and_the_calendar_shows_where_the_post_is(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The post was moved in another window meanwhile (unannounced here): the drop is
    refused as stale, the calendar reloads to the post's real day, no undo step is left."""
    page = workbench.calendar
    post_id = _create(ctx, _day(4))
    _reload(qtbot, workbench)
    elsewhere = datetime.combine(_day(6), time(10, 30), WIB)
    with ctx.uow() as uow:
        posts.reschedule(uow, post_id, elsewhere, posts.get_post(uow, post_id).version)
    shown: list[str] = []
    monkeypatch.setattr("ui.errors.show_error", lambda _p, exc, _t=None: shown.append(exc.code))
    period = (*page.visible_range(), page.filters)
    page.periods.put(period, ([], None, {}), page.periods.generation)  # as if read ahead
    with qtbot.waitSignal(page.month_loaded, timeout=5000):
        page.posts.move_post(post_id, _day(5))
    assert shown == ["post_stale"]
    assert period not in page.periods, "the refusal reads the period again"
    assert [c.id for c in page.month_view.chips_on(_day(6))] == [post_id]
    assert _scheduled(ctx, post_id) == elsewhere, "nothing was overwritten"
    assert page.undo_stack.count() == 0


def test_double_click_a_day_starts_a_post_at_nine(workbench: MainWindow, qtbot: QtBot) -> None:
    window = workbench
    window.resize(1366, 768)
    window.show()
    view = window.calendar.month_view
    day = _day(20)
    with qtbot.waitSignal(window.editors.editor_opened, timeout=5000) as opened:
        qtbot.mouseDClick(
            view, Qt.MouseButton.LeftButton, pos=view.cell_rect(day).center().toPoint()
        )
    editor = wait_loaded(qtbot, opened.args[0])
    assert editor.post_id is None
    assert editor.details.schedule() == datetime.combine(day, time(9, 0), WIB)
    # A double-clicked time slot of the week starts a post at that time.
    window.calendar.week_view.slot_activated.emit(datetime.combine(day, time(16, 45)))
    qtbot.waitUntil(lambda: len(window.editors.editors) == 2)
    slot_editor = wait_loaded(qtbot, window.editors.editors[-1])
    assert slot_editor.details.schedule() == datetime.combine(day, time(16, 45), WIB)


def test_double_click_a_post_opens_it_once(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    window = workbench
    window.resize(1366, 768)
    window.show()
    day = _day(8)
    post_id = _create(ctx, day)
    _reload(qtbot, window)
    view = window.calendar.month_view
    cell = view.cell_rect(day)
    pos = QPoint(int(cell.center().x()), int(cell.top() + 30))
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: len(window.editors.editors) == 1)
    editor = wait_loaded(qtbot, window.editors.editors[0])
    assert editor.post_id == post_id
    assert editor.details.title.text() == "Posyandu Balita Sukamaju"
    window.calendar.posts.open_post(post_id)
    assert len(window.editors.editors) == 1


def test_dropping_photos_on_a_day_starts_a_post_with_them(
    workbench: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = workbench
    window.resize(1366, 768)
    window.show()
    good = tmp_path / "posyandu.jpg"
    Image.new("RGB", (1200, 900), (200, 120, 80)).save(good, "JPEG")
    bad = tmp_path / "catatan.txt"
    bad.write_text("bukan gambar", encoding="utf-8")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warned.append(box.text()))
    view = window.calendar.month_view
    day = _day(15)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good)), QUrl.fromLocalFile(str(bad))])
    with qtbot.waitSignal(window.editors.editor_opened, timeout=5000) as opened:
        _drop(view, view.cell_rect(day).center().toPoint(), mime)
    editor = wait_loaded(qtbot, opened.args[0])
    assert "catatan.txt" in warned[0], "the refused file is named"
    assert editor.details.schedule() == datetime.combine(day, time(9, 0), WIB)
    for code in editor.details.platforms():
        strip = editor.captions.platform_tabs[code].strip
        assert len(strip.items()) == 1
    assert editor.media_info[editor.captions.platform_tabs["instagram"].strip.items()[0].media_id]


def test_filters_and_legend(workbench: MainWindow, ctx: AppContext, qtbot: QtBot) -> None:
    page = workbench.calendar
    imunisasi = add_program(ctx, "Imunisasi", "#16a34a")
    gizi = add_program(ctx, "Gizi", "#f59e0b")
    on_x = _create(ctx, _day(2), program_id=imunisasi, platforms=("x",), tags=("bian",))
    on_ig = _create(ctx, _day(2), hour=11, program_id=gizi, platforms=("instagram",))
    with qtbot.waitSignal(page.choices_loaded, timeout=5000):
        page.reload_choices()
    _reload(qtbot, workbench)
    assert set(page.rows) == {on_x, on_ig}
    bar = page.filter_bar
    assert [button.text() for button in bar.legend_entries()] == ["Gizi", "Imunisasi"]
    assert bar.platforms.text() == "Platform"

    with qtbot.waitSignal(page.month_loaded, timeout=5000):
        bar.platforms.set_checked("x", True)
    assert set(page.rows) == {on_x}
    assert bar.platforms.text() == "Platform: X" and bar.clear_button.isVisibleTo(bar)
    with qtbot.waitSignal(page.month_loaded, timeout=5000):
        bar.clear()
    with qtbot.waitSignal(page.month_loaded, timeout=5000):
        bar.legend_entries()[0].click()  # the legend filters by its program
    assert set(page.rows) == {on_ig}
    with qtbot.waitSignal(page.month_loaded, timeout=5000):
        bar.clear()
    with qtbot.waitSignal(page.month_loaded, timeout=5000):
        bar.tags.set_checked("bian", True)
    assert set(page.rows) == {on_x}
    with qtbot.waitSignal(page.month_loaded, timeout=5000):
        bar.statuses.set_checked("disetujui", True)
    assert page.rows == {}
    assert "0 posting" in page.header.summary.text()


def test_ctrl_n_starts_a_post_on_the_selected_day(workbench: MainWindow, qtbot: QtBot) -> None:
    window = workbench
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    future = clock.today(WIB) + timedelta(days=2)
    window.calendar.month_view.selected_day = future
    with qtbot.waitSignal(window.editors.editor_opened, timeout=5000) as opened:
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = wait_loaded(qtbot, opened.args[0])
    assert editor.details.schedule() == datetime.combine(future, time(9, 0), WIB)
    window.calendar.month_view.selected_day = clock.today(WIB) - timedelta(days=1)
    window.commands.new_post_action.trigger()
    qtbot.waitUntil(lambda: len(window.editors.editors) == 2)
    past = wait_loaded(qtbot, window.editors.editors[-1])
    assert past.details.schedule() is None, "no date in the past is suggested"
