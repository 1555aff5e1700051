"""The commemorative days dialog from the calendar: add, edit, delete with confirmation, and
the refusals (30 Februari, a duplicate, an empty name) said in Indonesian with nothing written;
the month grid shows every change at once, and the list follows changes made elsewhere."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.change_kinds import Kind
from sosmed_desktop.db.models import AuditEntry
from sosmed_desktop.db.models_editorial import CommemorativeDay
from sosmed_desktop.services.calendar.marks import (
    add_commemorative_day,
    delete_commemorative_day,
    list_commemorative_days,
)
from tests.ui.editing import answer_box
from tests.unit.posting import count
from ui.calendar.commemorative_dialog import CommemorativeDaysDialog, DayForm
from ui.main_window import MainWindow

ANNIVERSARY = "Hari Jadi Kabupaten Bekasi"


def _stored(ctx: AppContext) -> list[tuple[int, int, str, bool]]:
    with ctx.uow() as uow:
        return [(r.month, r.day, r.name, r.active) for r in list_commemorative_days(uow)]


def _open(window: MainWindow, qtbot: QtBot) -> CommemorativeDaysDialog:
    page = window.calendar
    with qtbot.waitSignal(page.month_loaded, timeout=5000):
        page.go_to(date(2027, 8, 1))
    page.header.marks_button.click()
    dialog = page.marks_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: bool(dialog.rows), timeout=5000)
    return dialog


def _fill(form: DayForm, month: int, day: int, name: str, note: str = "") -> None:
    form.set_day(month, day)
    form.name.setText(name)
    form.note.setText(note)


def _save(qtbot: QtBot, window: MainWindow, form: DayForm) -> None:
    """Save and wait until the calendar has redrawn its marks and the list has reloaded."""
    listing = form.parentWidget()
    assert isinstance(listing, CommemorativeDaysDialog)
    signals = [window.calendar.month_loaded, form.saved, listing.loaded]
    with qtbot.waitSignals(signals, timeout=5000):
        form.save_button.click()


def _refused(qtbot: QtBot, form: DayForm) -> str:
    with qtbot.waitSignal(form.failed, timeout=5000):
        form.save_button.click()
    assert form.isVisible(), "the form stays open with what was typed"
    return form.problem.text()


def _marks(window: MainWindow, day: date) -> list[str]:
    return [m.name for m in window.calendar.month_view._marks.get(day, [])]


def test_add_edit_delete_commemorative_days(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(window, qtbot)
    assert ("15 Agustus", ANNIVERSARY) in dialog.names()
    assert ("10 November", "Hari Pahlawan") in dialog.names()
    assert ANNIVERSARY in _marks(window, date(2027, 8, 15))

    # The regency's anniversary is already listed: a second one is refused.
    form = dialog.add()
    _fill(form, 8, 15, "hari jadi kabupaten bekasi")
    before = (_stored(ctx), count(ctx, AuditEntry))
    assert _refused(qtbot, form) == "Hari peringatan ini sudah ada di daftar."
    form.reject()

    # Delete it: "No" keeps it, "Yes" removes it from the list and from the calendar.
    dialog.select_day(8, 15)
    assert dialog.selected().name == ANNIVERSARY
    asked = answer_box(monkeypatch, QMessageBox.StandardButton.No)
    dialog.delete_button.click()
    assert asked == [f"Hapus “{ANNIVERSARY}” (15 Agustus) dari daftar? Kalender tidak lagi "
                     "menandainya."]  # fmt: skip
    assert (_stored(ctx), count(ctx, AuditEntry)) == before
    answer_box(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignals([window.calendar.month_loaded, dialog.deleted, dialog.loaded]):
        dialog.delete_button.click()
    assert ANNIVERSARY not in [name for _m, _d, name, _a in _stored(ctx)]
    assert ANNIVERSARY not in _marks(window, date(2027, 8, 15))

    # Add it again on 15 Agustus: the month grid shows it.
    form = dialog.add()
    assert form.windowTitle() == "Hari peringatan baru"
    _fill(form, 8, 15, ANNIVERSARY, "Ulang tahun kabupaten (1950)")
    _save(qtbot, window, form)
    assert not form.isVisible()
    assert ANNIVERSARY in _marks(window, date(2027, 8, 15))
    qtbot.waitUntil(lambda: dialog.selected() is not None and dialog.selected().name == ANNIVERSARY)

    # Edit: a new name with an emoji and Javanese script, another day.
    form = dialog.edit()
    assert form.name.text() == ANNIVERSARY and form.month.currentText() == "Agustus"
    renamed = "HUT Kabupaten Bekasi ke-77 🎉 ꦧꦺꦏꦱꦶ"
    _fill(form, 8, 16, renamed, "Ulang tahun kabupaten (1950)")
    _save(qtbot, window, form)
    assert (8, 16, renamed, True) in _stored(ctx)
    assert renamed in _marks(window, date(2027, 8, 16))
    assert ANNIVERSARY not in _marks(window, date(2027, 8, 15))
    assert ("16 Agustus", renamed) in dialog.names()

    # Hidden from the calendar, still on the list (greyed).
    form = dialog.edit()
    form.active.setChecked(False)
    _save(qtbot, window, form)
    assert renamed not in _marks(window, date(2027, 8, 16))
    qtbot.waitUntil(lambda: (8, 16, renamed, False) in _stored(ctx))
    item = dialog.list.currentItem()
    assert item.text(3) == "Disembunyikan"


@pytest.mark.parametrize(
    ("month", "day", "name", "message"),
    [
        (2, 30, "Hari Fiktif", "Tidak ada tanggal 30 Februari di kalender."),
        (4, 31, "Hari Fiktif", "Tidak ada tanggal 31 April di kalender."),
        (11, 10, "   ", "Beri nama hari peringatan ini."),
    ],
)
def test_bad_days_are_refused_in_words(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, month: int, day: int, name: str, message: str
) -> None:
    dialog = _open(window, qtbot)
    before = (_stored(ctx), count(ctx, AuditEntry), count(ctx, CommemorativeDay))
    form = dialog.add()
    _fill(form, month, day, name)
    assert _refused(qtbot, form) == message
    assert form.name.text() == name
    assert (_stored(ctx), count(ctx, AuditEntry), count(ctx, CommemorativeDay)) == before
    # Fixed, the same form saves.
    _fill(form, 2, 29, "Hari Penyakit Langka Sedunia 🧬")
    _save(qtbot, window, form)
    assert (2, 29, "Hari Penyakit Langka Sedunia 🧬", True) in _stored(ctx)


def test_right_click_on_a_day_offers_a_new_commemorative_day(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMenu, "popup", lambda _menu, _pos: None)  # offscreen cannot grab keys
    page = window.calendar
    with qtbot.waitSignal(page.month_loaded, timeout=5000):
        page.go_to(date(2027, 3, 1))
    page.month_view.resize(980, 600)
    target = date(2027, 3, 9)
    view = page.month_view
    where = view.cell_rect(target).center().toPoint()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, view.mapToGlobal(where))
    with qtbot.waitSignal(view.day_menu_requested) as asked:
        view.contextMenuEvent(event)
    assert asked.args[0] == target and view.selected_day == target
    actions = page.day_menu.actions()
    assert [a.text() for a in actions] == [
        "Tambah hari peringatan pada 9 Maret…",
        "Hari peringatan…",
    ]
    actions[0].trigger()
    form = page.marks_dialog.form
    assert form is not None and form.day.value() == 9 and form.month.currentData() == 3
    form.name.setText("Hari Musik Nasional")
    _save(qtbot, window, form)
    assert "Hari Musik Nasional" in _marks(window, target)
    # The list opened from a marked day selects that day's entry.
    page._day_menu(date(2027, 3, 22), QPoint(0, 0))
    page.day_menu.actions()[1].trigger()
    qtbot.waitUntil(lambda: page.marks_dialog.selected() is not None)
    assert page.marks_dialog.selected().name == "Hari Air Sedunia"


def test_the_list_follows_changes_made_elsewhere(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    """Another window or PC adds a day (its record arrives as `calendar_mark`), a restore
    replaces them all (`all`): the open list shows the database's days each time."""
    dialog = _open(window, qtbot)
    with ctx.uow() as uow:
        added = add_commemorative_day(uow, 3, 9, "Hari Musik Nasional")
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        window.bus.announce(Kind.CALENDAR_MARK, [added.id])
    assert ("9 Maret", "Hari Musik Nasional") in dialog.names()
    with ctx.uow() as uow:
        delete_commemorative_day(uow, added.id)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        window.bus.announce(Kind.ALL)
    assert ("9 Maret", "Hari Musik Nasional") not in dialog.names()


def test_deleting_a_day_deleted_elsewhere_is_said_and_the_list_reloads(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The day went meanwhile (unannounced here): the refusal is shown in words and the
    list shows the database's days again."""
    dialog = _open(window, qtbot)
    dialog.select_day(8, 15)
    gone = dialog.selected()
    assert gone is not None and gone.name == ANNIVERSARY
    with ctx.uow() as uow:
        delete_commemorative_day(uow, gone.id)
    shown: list[str] = []
    monkeypatch.setattr("ui.errors.show_error", lambda _p, exc, _t=None: shown.append(exc.code))
    answer_box(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.delete_button.click()
    assert shown == ["day_not_found"]
    assert ("15 Agustus", ANNIVERSARY) not in dialog.names()
