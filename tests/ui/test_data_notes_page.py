"""The "Data Pendukung" tab: the form, stale marking, citation copy, citing posts, CSV import."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.config import STALE_DAYS_KEY
from sosmed_desktop.db.models import DataNote
from sosmed_desktop.domain.figures import date_id
from sosmed_desktop.domain.notes import NoteInput
from sosmed_desktop.domain.statuses import PostStatus
from sosmed_desktop.services.directions.data_notes import create_note, notes_cited_by
from tests.ui.test_directions_page import open_page
from tests.unit.helpers import count, make_post, snapshot
from ui.directions.import_dialog import ImportPreviewDialog
from ui.directions.page import DirectionsPage
from ui.main_window import MainWindow
from ui.settings.dialog import SettingsDialog


def wib_today() -> date:
    """Today where the officer is (the app's default zone), not on the test machine."""
    return clock.today(ZoneInfo("Asia/Jakarta"))


HEADER = "judul;nilai;satuan;periode;per_tanggal;sumber;tautan;tag"


def _note(ctx: AppContext, title: str, days_old: int, **kw: object) -> int:
    data = NoteInput(
        title=title,
        value=kw.pop("value", Decimal("1245300")),  # type: ignore[arg-type]
        unit=str(kw.pop("unit", "dosis")),
        source="Dinas Kesehatan",
        as_of=wib_today() - timedelta(days=days_old),
    )
    with ctx.uow() as uow:
        return create_note(uow, data)


def notes_page(window: MainWindow, qtbot: QtBot) -> DirectionsPage:
    page = open_page(window, qtbot)
    page.tabs.setCurrentWidget(page.notes)
    return page


def test_create_note_via_the_form(window: MainWindow, ctx: AppContext, qtbot: QtBot) -> None:
    page = notes_page(window, qtbot)
    tab = page.notes
    dialog = tab.new_note()
    assert dialog is not None and dialog.windowTitle() == "Data pendukung baru"
    dialog.title.setText("Vaksinasi COVID-19 dosis lengkap")
    dialog.value.setText("sejuta")
    dialog.save_button.click()
    assert dialog.problem.text() == "Nilai “sejuta” bukan angka"
    dialog.value.setText("1.245.300")
    dialog.unit.setText("dosis")
    dialog.save_button.click()
    assert dialog.problem.text() == "Sumber kosong"
    dialog.source.setText("Dinas Kesehatan")
    dialog.link.setText("dinkes.bekasikab.go.id")
    dialog.save_button.click()
    assert dialog.problem.text().startswith("“dinkes.bekasikab.go.id” bukan tautan web")
    assert count(ctx, DataNote) == 0
    dialog.link.setText("https://dinkes.bekasikab.go.id")
    dialog.tags.setText("vaksinasi, #covid")
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        dialog.save_button.click()
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, tab.model.FIGURE).data() == "1.245.300 dosis"
    assert tab.panel.figure.text() == "1.245.300 dosis"
    assert tab.panel.citation.toPlainText() == (
        "Vaksinasi COVID-19 dosis lengkap: 1.245.300 dosis\n"
        f"Sumber: Dinas Kesehatan, per {date_id(wib_today())}"
    )
    assert "covid" in tab.panel.facts.text()


def test_stale_notes_are_marked_and_the_citation_is_copied(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    _note(ctx, "Cakupan imunisasi dasar lengkap", 10, value=Decimal("92.4"), unit="%")
    old = _note(ctx, "Prevalensi stunting balita", 200, value=Decimal("17.8"), unit="%")
    page = notes_page(window, qtbot)
    tab = page.notes
    assert tab.summary.text() == "2 data pendukung · 1 kedaluwarsa (lebih dari 90 hari)"
    freshness = [tab.model.index(r, tab.model.FRESHNESS).data() for r in range(2)]
    assert freshness == ["Mutakhir", "Kedaluwarsa"]
    assert "200 hari" in tab.model.index(1, tab.model.FRESHNESS).data(3)  # tooltip
    tab.table.selectRow(1)
    assert tab.panel.row is not None and tab.panel.row.id == old
    assert not tab.panel.stale.isHidden()
    assert tab.panel.stale.text().startswith("Kedaluwarsa: angka ini sudah berumur 200 hari")
    with qtbot.waitSignal(tab.panel.copied):
        tab.panel.copy_button.click()
    assert (
        QGuiApplication.clipboard()
        .text()
        .startswith("Prevalensi stunting balita: 17,8%\nSumber: Dinas Kesehatan, per ")
    )
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.stale_only.setChecked(True)
    assert [r.id for r in tab.model.rows] == [old]


def test_stale_age_follows_the_setting(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _note(ctx, "Jumlah posyandu aktif", 45, value=Decimal("2436"), unit="posyandu")
    page = notes_page(window, qtbot)
    assert not page.notes.model.rows[0].stale
    dialog = SettingsDialog(ctx.config, ctx, window.ops, window)
    qtbot.addWidget(dialog)
    assert dialog.stale_days.value() == 90
    assert dialog.stale_days.suffix() == " hari"
    dialog.stale_days.setValue(30)
    with qtbot.waitSignal(page.notes.loaded, timeout=5000):
        dialog.save()
    assert ctx.config.get(STALE_DAYS_KEY) == 30
    assert page.notes.model.rows[0].stale
    assert "lebih dari 30 hari" in page.notes.summary.text()


def test_cite_a_note_in_a_post_then_undo(window: MainWindow, ctx: AppContext, qtbot: QtBot) -> None:
    note = _note(ctx, "Kasus DBD", 12, value=Decimal("312"), unit="kasus")
    post = make_post(ctx, "3M Plus untuk cegah demam berdarah", PostStatus.DRAFT)
    page = notes_page(window, qtbot)
    panel = page.notes.panel
    qtbot.waitUntil(lambda: panel.post_list.topLevelItemCount() == 1)
    picker = panel.pick_posts()
    assert picker is not None
    qtbot.waitUntil(lambda: picker.list.count() == 1)
    picker.select_ids([post])
    with qtbot.waitSignal(page.notes.loaded, timeout=5000):
        picker.ok.click()
    with ctx.uow() as uow:
        assert [n.id for n in notes_cited_by(uow, post)] == [note]
    assert page.notes.model.index(0, page.notes.model.CITED).data() == "1"
    with qtbot.waitSignal(page.notes.loaded, timeout=5000):
        window.commands.undo_action.trigger()
    with ctx.uow() as uow:
        assert notes_cited_by(uow, post) == []


def _open_preview(
    page: DirectionsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, path: Path
) -> ImportPreviewDialog:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    with qtbot.waitSignal(page.notes.import_previewed, timeout=5000) as shown:
        page.notes.import_button.click()
    dialog = shown.args[0]
    assert isinstance(dialog, ImportPreviewDialog)
    return dialog


def test_csv_import_preview_shows_errors_and_imports_nothing_until_fixed(
    window: MainWindow,
    ctx: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    good = "Vaksinasi dosis lengkap;1.245.300;dosis;;20/06/2022;Dinas Kesehatan;;vaksinasi"
    lines = [
        HEADER,
        good,
        "Cakupan IDL;92,4;%;Januari–Mei 2022;31/02/2022;Dinas Kesehatan;;",
        "Posyandu aktif;2.436;posyandu;;;;;",
        "Balita ditimbang;delapan puluh;%;;;Dinas Kesehatan;;",
        "Puskesmas;50;unit;;Dinas Kesehatan",
    ]
    path = tmp_path / "data.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    page = notes_page(window, qtbot)
    before = snapshot(ctx, DataNote)
    dialog = _open_preview(page, qtbot, monkeypatch, path)
    assert "Windows-1252" in dialog.file_label.text()
    assert "titik koma (;)" in dialog.file_label.text()
    assert dialog.counts.text() == "1 siap diimpor · 0 sudah ada (dilewati) · 4 bermasalah"
    assert not dialog.banner.isHidden()
    assert not dialog.import_button.isEnabled()
    problems = [dialog.table.item(r, dialog.table.columnCount() - 1).text() for r in range(5)]
    assert problems == [
        "",
        "Per tanggal “31/02/2022” bukan tanggal (gunakan 20/06/2022 atau 2022-06-20)",
        "Sumber kosong",
        "Nilai “delapan puluh” bukan angka",
        "jumlah kolom baris ini 5, sedangkan baris judul 8",
    ]
    assert [dialog.table.item(r, 1).text() for r in range(5)] == ["Siap"] + ["Bermasalah"] * 4
    assert dialog.table.item(0, 3).text() == "1.245.300 dosis"
    assert dialog.table.item(1, 0).background().color().name() == "#fdecea"
    assert snapshot(ctx, DataNote) == before

    # The officer fixes the file in Excel and reads it again.
    fixed = [
        HEADER,
        good,
        "Cakupan IDL;92,4;%;;30/06/2022;Dinas Kesehatan;;",
        "Posyandu aktif;2.436;posyandu;;;Dinas Kesehatan;;",
    ]
    path.write_bytes(("\r\n".join(fixed) + "\r\n").encode("utf-8-sig"))
    with qtbot.waitSignal(dialog.reread, timeout=5000):
        dialog.reread_button.click()
    assert dialog.banner.isHidden()
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "Impor 3 data pendukung"
    messages: list[str] = []
    monkeypatch.setattr(page.bench, "show_message", messages.append)
    with (
        qtbot.waitSignal(dialog.imported, timeout=5000),
        qtbot.waitSignal(page.notes.loaded, timeout=5000),
    ):
        dialog.import_button.click()
    assert count(ctx, DataNote) == 3
    assert page.notes.model.rowCount() == 3
    assert messages == ["3 data pendukung diimpor"]


def test_unreadable_file_is_explained(
    window: MainWindow,
    ctx: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    book = tmp_path / "data.xlsx"
    book.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    page = notes_page(window, qtbot)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(book), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    page.notes.import_button.click()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert shown[0].startswith("data.xlsx tidak dapat diimpor. Buku kerja Excel ini rusak")
    assert count(ctx, DataNote) == 0


def test_a_workbook_is_previewed_and_imported(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["judul", "nilai", "satuan", "sumber"])
    book.active.append(["Cakupan IDL", 92.4, "%", "Dinas Kesehatan"])
    path = tmp_path / "data.xlsx"
    book.save(path)
    dialog = _open_preview(notes_page(window, qtbot), qtbot, monkeypatch, path)
    assert dialog.file_label.text() == "data.xlsx · Buku kerja Excel, lembar pertama · 1 baris"
    assert dialog.table.item(0, 3).text() == "92,4%"
    with qtbot.waitSignal(dialog.imported, timeout=5000):
        dialog.import_button.click()
    assert count(ctx, DataNote) == 1
