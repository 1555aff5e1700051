"""The "Arahan & Data" page: record a direction in the form, link a post, change status, undo."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import Direction
from sosmed_desktop.domain.statuses import DirectionStatus, PostStatus
from sosmed_desktop.services import audit
from sosmed_desktop.services.directions.directions import (
    DirectionInput,
    create_direction,
    get_direction,
    posts_of_direction,
)
from tests.ui.editing import answer_box
from tests.unit.helpers import count, make_post, make_program, write_pdf
from ui.directions.page import DirectionsPage
from ui.main_window import MainWindow


def open_page(window: MainWindow, qtbot: QtBot) -> DirectionsPage:
    """Show the window on the section and wait until both tabs have loaded."""
    window.show()
    page = window.page("directions")
    assert isinstance(page, DirectionsPage)
    with (
        qtbot.waitSignal(page.directions.loaded, timeout=5000),
        qtbot.waitSignal(page.notes.loaded, timeout=5000),
    ):
        window.show_section("directions")
    return page


def _direction(ctx: AppContext, content: str = "Publikasikan kegiatan posyandu.", **kw) -> int:
    now = clock.now()
    data = DirectionInput(
        given_by_name=kw.pop("name", "Hj. Nurhayati, S.KM., M.M."),
        given_by_position="Sekretaris Dinas",
        given_at=now - timedelta(days=1),
        content=content,
        due_at=kw.pop("due_at", now + timedelta(days=3)),
        **kw,
    )
    with ctx.uow() as uow:
        return create_direction(uow, data)


def test_empty_page_explains_itself_in_indonesian(window: MainWindow, qtbot: QtBot) -> None:
    page = open_page(window, qtbot)
    tab = page.directions
    assert page.tabs.tabText(0) == "Arahan Pimpinan"
    assert page.tabs.tabText(1) == "Data Pendukung"
    assert tab.stack.currentWidget() is tab.empty
    assert tab.empty.title.text() == "Belum ada arahan yang dicatat"
    assert [c.caption.text() for c in tab.summary.cards.values()] == [
        "Terbuka",
        "Tenggat minggu ini",
        "Lewat tenggat",
        "Belum ada posting",
    ]
    assert [c.number.text() for c in tab.summary.cards.values()] == ["0", "0", "0", "0"]
    assert page.notes.empty.title.text() == "Belum ada data pendukung"


def test_create_direction_via_the_form(window: MainWindow, ctx: AppContext, qtbot: QtBot) -> None:
    program = make_program(ctx, "Imunisasi")
    page = open_page(window, qtbot)
    tab = page.directions
    dialog = tab.new_direction()
    assert dialog is not None and dialog.windowTitle() == "Arahan baru"
    assert dialog.program.findData(program) > 0

    # Nothing typed: the form says what is missing and writes nothing.
    dialog.save_button.click()
    assert dialog.problem.text() == "Isikan siapa yang memberi arahan."
    assert count(ctx, Direction) == 0

    dialog.name.setText("dr. H. Ahmad Fauzi, M.Kes.")
    dialog.position.setText("Kepala Dinas Kesehatan")
    dialog.content.setPlainText("Segera buat klarifikasi hoaks imunisasi MR.")
    dialog.channel.setCurrentIndex(dialog.channel.findData("whatsapp"))
    dialog.priority.setCurrentIndex(dialog.priority.findData("tinggi"))
    dialog.program.setCurrentIndex(dialog.program.findData(program))
    with (
        qtbot.waitSignal(dialog.saved, timeout=5000) as saved,
        qtbot.waitSignal(tab.loaded, timeout=5000),
    ):
        dialog.save_button.click()
    ident = saved.args[0]
    with ctx.uow() as uow:
        row = get_direction(uow, ident)
    assert (row.given_by_name, row.channel, row.priority, row.program, row.status) == (
        "dr. H. Ahmad Fauzi, M.Kes.",
        "whatsapp",
        "tinggi",
        "Imunisasi",
        "baru",
    )
    assert row.due_at is not None and row.due_at > row.given_at
    assert tab.model.rowCount() == 1
    assert tab.summary.cards[next(iter(tab.summary.cards))].number.text() == "1"
    assert tab.panel.row is not None and tab.panel.row.id == ident
    assert "Kepala Dinas Kesehatan" in tab.panel.facts.text()
    assert tab.model.index(0, tab.model.PRIORITY).data() == "Tinggi"


def test_edit_is_undoable(window: MainWindow, ctx: AppContext, qtbot: QtBot) -> None:
    ident = _direction(ctx)
    page = open_page(window, qtbot)
    tab = page.directions
    dialog = tab.edit_direction(ident)
    assert dialog is not None and dialog.name.text() == "Hj. Nurhayati, S.KM., M.M."
    dialog.content.setPlainText("Publikasikan kegiatan posyandu Desa Sukamaju.")
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        dialog.save_button.click()
    assert "Sukamaju" in tab.model.rows[0].content
    assert window.commands.undo_action.isEnabled()
    assert window.commands.undo_action.text().replace("&", "") == "Urungkan Ubah arahan"
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        window.commands.undo_action.trigger()
    assert tab.model.rows[0].content == "Publikasikan kegiatan posyandu."
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        window.commands.redo_action.trigger()
    assert "Sukamaju" in tab.model.rows[0].content


def test_link_a_post_from_the_picker_then_undo(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    ident = _direction(ctx)
    post = make_post(ctx, "Kegiatan Posyandu Sukamaju", PostStatus.APPROVED, clock.now())
    make_post(ctx, "Cuci tangan pakai sabun", PostStatus.DRAFT)
    page = open_page(window, qtbot)
    panel = page.directions.panel
    qtbot.waitUntil(lambda: panel.post_list.topLevelItemCount() == 1)
    assert (
        panel.post_list.topLevelItem(0).text(0)
        == "Belum ada posting. Tautkan posting yang menjalankannya."
    )
    picker = panel.pick_posts()
    assert picker is not None
    qtbot.waitUntil(lambda: picker.list.count() == 2)
    with qtbot.waitSignal(picker.loaded, timeout=5000):
        picker.search.setText("posyandu")
    assert picker.list.count() == 1
    assert "Disetujui" in picker.list.item(0).text()
    assert not picker.ok.isEnabled()
    picker.select_ids([post])
    with qtbot.waitSignal(panel.detail_loaded, timeout=5000):
        picker.ok.click()
    item = panel.post_list.topLevelItem(0)
    assert (item.text(0), item.text(2)) == ("Kegiatan Posyandu Sukamaju", "Disetujui")
    assert page.directions.model.rows[0].post_count == 1
    with ctx.uow() as uow:
        assert [p.id for p in posts_of_direction(uow, ident)] == [post]
    with qtbot.waitSignal(panel.detail_loaded, timeout=5000):
        window.commands.undo_action.trigger()
    with ctx.uow() as uow:
        assert posts_of_direction(uow, ident) == []
    assert (
        page.directions.summary.cards[next(iter(page.directions.summary.cards))].number.text()
        == "1"
    )


def test_status_change_from_the_menu_and_undo(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    ident = _direction(ctx)
    page = open_page(window, qtbot)
    tab = page.directions
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.view.setCurrentIndex(tab.view.findData("all"))
    labels = [a.text() for a in tab.panel.status_menu.actions()]
    assert labels == ["Sedang dikerjakan", "Tandai selesai", "Batalkan arahan"]
    done = next(a for a in tab.panel.status_menu.actions() if a.data() == "selesai")
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        done.trigger()
    assert tab.model.rows[0].status == DirectionStatus.DONE.value
    assert tab.model.index(0, tab.model.STATUS).data() == "Selesai"
    assert [a.data() for a in tab.panel.status_menu.actions()] == ["dikerjakan"]
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        window.commands.undo_action.trigger()
    assert tab.model.rows[0].status == DirectionStatus.NEW.value
    with ctx.uow() as uow:
        actions = [e.action for e in audit.history(uow, "direction", ident)]
    assert actions == ["created", "status_changed", "status_reverted"]


def test_summary_cards_filter_the_list(window: MainWindow, ctx: AppContext, qtbot: QtBot) -> None:
    now = clock.now()
    _direction(ctx, "Lewat tenggat", due_at=now - timedelta(hours=2))
    _direction(ctx, "Tanpa tenggat", due_at=None)
    page = open_page(window, qtbot)
    tab = page.directions
    overdue = tab.summary.cards[next(v for v in tab.summary.cards if v.value == "overdue")]
    assert overdue.number.text() == "1"
    assert overdue.number.property("alert") == "danger"
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        overdue.click()
    assert tab.view.currentData() == "overdue"
    assert [r.content for r in tab.model.rows] == ["Lewat tenggat"]
    assert overdue.isChecked()
    assert tab.model.index(0, tab.model.DUE).data(0) != "—"
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.search.setText("zzz")
        tab.view.setCurrentIndex(tab.view.findData("all"))
    qtbot.waitUntil(lambda: tab.stack.currentWidget() is tab.empty)
    assert tab.empty.title.text() == "Tidak ada arahan yang cocok"


def test_attach_and_open_a_memo(
    window: MainWindow,
    ctx: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _direction(ctx)
    memo = write_pdf(tmp_path / "disposisi.pdf")
    page = open_page(window, qtbot)
    panel = page.directions.panel
    qtbot.waitUntil(lambda: panel.file_list.count() == 1)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(memo), ""))
    with qtbot.waitSignal(panel.detail_loaded, timeout=5000):
        panel.attach_button.click()
    assert panel.file_list.item(0).text().startswith("disposisi.pdf")
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    panel.file_list.setCurrentRow(0)
    panel.open_button.click()
    qtbot.waitUntil(lambda: len(opened) == 1)
    stored = Path(opened[0].toLocalFile())
    assert stored.parent.parent == ctx.config.media_dir
    assert stored.read_bytes() == memo.read_bytes()


def test_bad_attachment_is_explained(
    window: MainWindow,
    ctx: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _direction(ctx)
    page = open_page(window, qtbot)
    panel = page.directions.panel
    bad = tmp_path / "memo.docx"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    panel.attach_button.click()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert shown[0].startswith("memo.docx tidak dapat dilampirkan.")
    assert "PDF" in shown[0]
    assert not window.commands.undo_action.isEnabled()


def test_delete_asks_first(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _direction(ctx)
    page = open_page(window, qtbot)
    tab = page.directions
    answer_box(monkeypatch, QMessageBox.StandardButton.No)
    tab.panel.delete_button.click()
    assert count(ctx, Direction) == 1
    answer_box(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.panel.delete_button.click()
    assert count(ctx, Direction) == 0
    assert tab.panel.stack.currentWidget() is tab.panel.placeholder


def test_undo_follows_the_page_shown(window: MainWindow, ctx: AppContext, qtbot: QtBot) -> None:
    ident = _direction(ctx)
    page = open_page(window, qtbot)
    assert window.undo_group.activeStack() is page.undo_stack
    with qtbot.waitSignal(page.directions.loaded, timeout=5000):
        page.directions.panel.change_status("dikerjakan")
    assert window.commands.undo_action.isEnabled()
    window.show_section("calendar")
    assert window.undo_group.activeStack() is window.calendar.undo_stack
    assert not window.commands.undo_action.isEnabled()
    window.show_section("directions")
    assert window.commands.undo_action.isEnabled()
    with ctx.uow() as uow:
        assert get_direction(uow, ident).status == "dikerjakan"


def test_models_pass_the_model_tester(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, qtmodeltester
) -> None:
    _direction(ctx)
    page = open_page(window, qtbot)
    qtmodeltester.check(page.directions.model)
    qtmodeltester.check(page.notes.model)
