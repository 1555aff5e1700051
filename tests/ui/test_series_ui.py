"""Recurring posts in the editor: Repeat… previews the dates (holidays flagged), creates the
series in the background, the calendar shows it, the editor says "x of N" and opens the other
occurrences; undo moves the new posts to the trash; bad rules are explained, nothing written."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import Post
from sosmed_desktop.services.posts import posts, recurrence
from tests.ui.editing import wait_loaded
from tests.unit.posting import WIB, count, post_input, snapshot
from ui.editor.repeat_dialog import RepeatDialog
from ui.editor.window import PostEditor
from ui.main_window import MainWindow

FIRST = datetime(2026, 12, 18, 7, 0, tzinfo=WIB)  # a Friday; a week later is Christmas


def _saved_post(ctx: AppContext, when: datetime | None = FIRST) -> int:
    with ctx.uow() as uow:
        data = replace(post_input(title="Jumat Sehat 🏃"), scheduled_at=when)
        return posts.create_post(uow, data).id


def _open(qtbot: QtBot, window: MainWindow, post_id: int) -> PostEditor:
    editor = wait_loaded(qtbot, window.editors.open_post(post_id))
    return editor


def _answer(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, fill) -> list[RepeatDialog]:
    shown: list[RepeatDialog] = []

    def fake_exec(dialog: RepeatDialog) -> int:
        shown.append(dialog)
        fill(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RepeatDialog, "exec", fake_exec)
    return shown


def test_repeat_weekly_creates_the_series(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    post_id = _saved_post(ctx)
    editor = _open(qtbot, workbench, post_id)
    tools = editor.series
    assert tools.repeat_action.isEnabled()
    assert not tools.button_action.isVisible()

    def fill(dialog: RepeatDialog) -> None:
        assert dialog.by_count.isChecked() and dialog.frequency.currentIndex() == 0
        dialog.count.setValue(4)
        qtbot.waitUntil(lambda: len(dialog.holiday_names()) == 2, timeout=10000)
        texts = [dialog.preview.item(i).text() for i in range(dialog.preview.count())]
        assert texts[0].startswith("1.  Jumat, 18 Desember 2026 · 07.00 WIB")
        assert "(posting ini)" in texts[0]
        assert "libur nasional" in texts[1] and "Natal" in texts[1]
        assert "Tahun Baru" in texts[2]
        assert dialog.create_button.text() == "Buat 3 posting"
        assert "4 posting dalam seri" in dialog.summary.text()
        assert dialog.holiday_hint.text().startswith("2 tanggal jatuh pada hari libur")

    shown = _answer(monkeypatch, qtbot, fill)
    with qtbot.waitSignal(tools.repeated, timeout=10000) as made:
        tools.repeat_action.trigger()
    assert len(shown) == 1
    result = made.args[0]
    assert len(result.created_ids) == 3

    # The core holds four posts at 07:00 WIB, a week apart.
    with ctx.uow() as uow:
        rows = recurrence.series_posts(uow, result.series_uuid)
    local = [r.scheduled_at.astimezone(WIB) for r in rows]
    assert [t.date() for t in local] == [date(2026, 12, 18), date(2026, 12, 25),
                                         date(2027, 1, 1), date(2027, 1, 8)]  # fmt: skip
    assert {(t.hour, t.minute) for t in local} == {(7, 0)}
    assert rows[0].id == post_id

    # The editor says where this post stands; the toolbar's Undo names the step.
    qtbot.waitUntil(lambda: tools.button_action.isVisible(), timeout=5000)
    assert tools.button.text() == "Bagian dari seri: 1 dari 4"
    assert not tools.repeat_action.isEnabled()
    assert "3 posting baru" in editor.banner.text()
    assert editor.undo_stack.undoText() == "Jadwal berulang"
    assert tools.repeat_action.text() == "Jadwal berulang…", "not “Ulangi”: that is Redo"
    assert not editor.isWindowModified()
    qtbot.waitUntil(lambda: "Dijadwalkan berulang: posting pertama dari seri berisi 4 posting"
                    in editor.history.texts()[0])  # fmt: skip

    # The calendar shows them.
    page = workbench.calendar
    with qtbot.waitSignal(page.month_loaded, timeout=5000):
        page.go_to(date(2026, 12, 1))
    assert [c.id for c in page.month_view.chips_on(date(2026, 12, 25))] == [result.created_ids[0]]
    assert page.month_view.chips_on(date(2027, 1, 8))[0].series

    # Another occurrence opens in its own editor, which says "3 of 4" and is editable alone.
    third = result.created_ids[1]
    action = next(a for a in tools.menu.actions() if a.data() == third)
    action.trigger()
    other = workbench.editors.find(third)
    assert other is not None and other is not editor
    wait_loaded(qtbot, other)
    qtbot.waitUntil(lambda: other.series.button.text() == "Bagian dari seri: 3 dari 4")
    assert "posting ke-3 dari 4 dalam satu seri" in other.history.texts()[-1]
    other.details.title.setText("Jumat Sehat Tahun Baru")
    with qtbot.waitSignal(other.saved, timeout=5000):
        other.save()
    with ctx.uow() as uow:
        titles = [posts.get_post(uow, r.id).title for r in rows]
    assert titles == ["Jumat Sehat 🏃"] * 2 + ["Jumat Sehat Tahun Baru", "Jumat Sehat 🏃"]

    # Undo moves the new posts to the trash; redo brings them back.
    with qtbot.waitSignal(tools.occurrences_moved, timeout=5000):
        editor.undo_stack.undo()
    with ctx.uow() as uow:
        assert {t.id for t in posts.list_trash(uow)} == set(result.created_ids)
    qtbot.waitUntil(lambda: not tools.button_action.isVisible(), timeout=5000)
    assert tools.repeat_action.isEnabled()
    with qtbot.waitSignal(tools.occurrences_moved, timeout=5000):
        editor.undo_stack.redo()
    with ctx.uow() as uow:
        assert len(recurrence.series_posts(uow, result.series_uuid)) == 4
    qtbot.waitUntil(lambda: tools.button_action.isVisible(), timeout=5000)


def test_monthly_until_a_date(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    post_id = _saved_post(ctx, datetime(2027, 1, 31, 19, 30, tzinfo=WIB))
    editor = _open(qtbot, workbench, post_id)

    def fill(dialog: RepeatDialog) -> None:
        dialog.frequency.setCurrentIndex(1)
        assert not dialog.month_hint.isHidden(), "31st: shorter months use their last day"
        dialog.by_date.setChecked(True)
        dialog.until.setDate(QDate(2027, 4, 30))
        assert [t.date() for t in dialog.times] == [
            date(2027, 1, 31), date(2027, 2, 28), date(2027, 3, 31), date(2027, 4, 30)
        ]  # fmt: skip
        assert dialog.interval.suffix() == " bulan"

    _answer(monkeypatch, qtbot, fill)
    with qtbot.waitSignal(editor.series.repeated, timeout=10000) as made:
        editor.series.repeat_action.trigger()
    with ctx.uow() as uow:
        rows = recurrence.series_posts(uow, made.args[0].series_uuid)
    assert [r.scheduled_at.astimezone(WIB).hour for r in rows] == [19, 19, 19, 19]


@pytest.mark.parametrize(
    ("fill", "message"),
    [
        (lambda d: d.count.setValue(0), "seri memerlukan paling sedikit 2 posting"),
        (lambda d: d.count.setValue(1), "seri memerlukan paling sedikit 2 posting"),
        (lambda d: d.count.setValue(105), "paling banyak 104 posting"),
        (
            lambda d: (d.by_date.setChecked(True), d.until.setDate(QDate(2026, 12, 1))),
            "Tanggal akhir sebelum posting pertama",
        ),
    ],
)
def test_bad_rules_are_explained_and_nothing_is_written(
    workbench: MainWindow,
    ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    fill,
    message: str,
) -> None:
    post_id = _saved_post(ctx)
    editor = _open(qtbot, workbench, post_id)
    seen: list[str] = []

    def check(dialog: RepeatDialog) -> None:
        fill(dialog)
        seen.append(dialog.problem.text())
        assert not dialog.create_button.isEnabled()
        assert dialog.preview.count() == 0

    shown = _answer(monkeypatch, qtbot, check)
    before = snapshot(ctx)
    editor.series.repeat_action.trigger()
    assert len(shown) == 1 and message in seen[0], seen
    assert snapshot(ctx) == before
    assert count(ctx, Post) == 1


def test_repeat_needs_a_saved_post_with_a_date(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = wait_loaded(qtbot, workbench.editors.new_post())
    assert not editor.series.repeat_action.isEnabled()
    assert "Simpan" in editor.series.repeat_action.toolTip()
    undated = _saved_post(ctx, when=None)
    editor = _open(qtbot, workbench, undated)
    errors: list[str] = []
    monkeypatch.setattr("ui.editor.series.show_error", lambda _p, exc: errors.append(exc.code))
    editor.series.repeat_action.trigger()
    assert errors == ["series_needs_date"]
