"""The "Draf & Persetujuan" board, the search dialog (Ctrl+F) and the trash."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.domain.statuses import PostStatus
from sosmed_desktop.services.posts import posts, workflow
from tests.ui.editing import accept_dialogs, open_board, wait_loaded
from tests.unit.posting import post_input
from ui.board.cards import CARD_ROLE
from ui.board.page import BoardPage
from ui.editor.approval import ReviewDialog
from ui.editor.trash_dialog import TrashDialog
from ui.main_window import MainWindow

HEAD = ("dr. Ahmad Fauzi", "Kepala Dinas Kesehatan")


def _post(ctx: AppContext, title: str, days: int = 5, caption: str = "Ayo ke posyandu") -> int:
    when = clock.now() + timedelta(days=days)
    with ctx.uow() as uow:
        data = post_input(title=title, when=when, caption=caption, platforms=("facebook", "x"))
        return posts.create_post(uow, data).id


def _waiting_on_board(window: MainWindow, ctx: AppContext, qtbot: QtBot) -> tuple[BoardPage, int]:
    """The board with one post waiting for approval (none selected)."""
    waiting = _post(ctx, "Menunggu")
    with ctx.uow() as uow:
        workflow.submit_for_review(uow, waiting)
    return open_board(window, qtbot), waiting


def test_board_groups_posts_and_shows_the_revision_comment(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    draft = _post(ctx, "Draf imunisasi")
    waiting = _post(ctx, "Menunggu")
    revise = _post(ctx, "Perlu diperbaiki")
    approved = _post(ctx, "Sudah disetujui")
    late = _post(ctx, "Terlambat", days=-1)
    changed = _post(ctx, "Disetujui lalu diubah")
    with ctx.uow() as uow:
        for post_id in (waiting, revise, approved, changed):
            workflow.submit_for_review(uow, post_id)
        workflow.request_revision(uow, revise, *HEAD, "Foto anak perlu disamarkan")
        workflow.approve(uow, approved, *HEAD)
        before = workflow.approve(uow, changed, *HEAD)
        edited = replace(before.to_input(), master_caption="Ayo ke posyandu hari Sabtu")
        posts.update_post(uow, changed, edited, before.version)
    page = open_board(workbench, qtbot)
    assert page.columns["drafts"].ids() == [draft]
    assert page.columns["waiting"].ids() == [waiting]
    assert page.columns["reapproval"].ids() == [changed]
    assert page.columns["needs_revision"].ids() == [revise]
    assert page.columns["approved"].ids() == [approved]
    assert page.columns["overdue"].ids() == [late]
    assert page.columns["needs_revision"].title.text() == "Perlu revisi (1)"
    assert page.columns["reapproval"].title.text() == "Perlu persetujuan ulang (1)"
    assert "6 posting perlu ditindaklanjuti" in page.summary.text()
    tip = page.columns["needs_revision"].model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "dr. Ahmad Fauzi: “Foto anak perlu disamarkan”" in tip
    tip = page.columns["reapproval"].model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Sejak disetujui: FB: caption diubah; X: caption diubah" in tip
    assert all(column.empty.isHidden() for column in page.columns.values())


def test_board_quick_approve_and_open(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, waiting = _waiting_on_board(workbench, ctx, qtbot)
    assert not page.approve_button.isEnabled()
    assert page.select_post(waiting)
    assert page.approve_button.isEnabled() and not page.submit_button.isEnabled()
    shown = accept_dialogs(monkeypatch, ReviewDialog)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.approve_button.click()
    assert (shown[0].name.text(), shown[0].position.text()) == HEAD
    assert page.columns["approved"].ids() == [waiting]
    with ctx.uow() as uow:
        assert posts.get_post(uow, waiting).status == PostStatus.APPROVED
    view = page.columns["approved"].view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(workbench.editors.editors) == 1)
    assert wait_loaded(qtbot, workbench.editors.editors[0]).post_id == waiting


def test_board_sends_back_for_revision_and_submits_a_past_post_after_asking(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.workflow import past_schedule

    page, waiting = _waiting_on_board(workbench, ctx, qtbot)
    assert page.select_post(waiting) and page.revise_button.isEnabled()
    accept_dialogs(monkeypatch, ReviewDialog, lambda d: d.note.setPlainText("Foto disamarkan"))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.revise_button.click()
    assert page.columns["needs_revision"].ids() == [waiting]
    with ctx.uow() as uow:
        sent_back = posts.get_post(uow, waiting)
    assert sent_back.last_revision_comment == "Foto disamarkan"
    with ctx.uow() as uow:  # meanwhile its time passed (moved elsewhere)
        posts.reschedule(uow, waiting, clock.now() - timedelta(hours=1), sent_back.version)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.reload()
    asked: list[str] = []
    monkeypatch.setattr(past_schedule, "confirm_past", lambda _p, key, *_a: not asked.append(key))
    assert page.select_post(waiting) and page.submit_button.isEnabled()
    with qtbot.waitSignal(page.action_done, timeout=5000) as done:
        page.submit_button.click()
    assert asked == ["submit"] and done.args == ["submit", waiting]
    qtbot.waitUntil(lambda: page.columns["overdue"].ids() == [waiting], timeout=5000)
    with ctx.uow() as uow:
        assert posts.get_post(uow, waiting).status == PostStatus.IN_REVIEW


def test_search_opens_the_post(workbench: MainWindow, ctx: AppContext, qtbot: QtBot) -> None:
    wanted = _post(ctx, "Bulan Imunisasi Anak Sekolah", caption="Vaksin campak gratis di SD")
    _post(ctx, "Posyandu remaja", caption="Cek tensi dan gizi")
    workbench.show()
    workbench.activateWindow()
    qtbot.waitUntil(workbench.isActiveWindow)
    qtbot.keyClick(workbench, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = workbench.search_dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(dialog.results_shown, timeout=5000) as shown:
        qtbot.keyClicks(dialog.query, "campa")  # as you type: a prefix finds "campak"
    assert shown.args == [1]
    assert dialog.status.text() == "Ditemukan: 1 posting"
    assert "<b style='background:#fde68a'>campak</b>" in dialog.results.item(0).data(
        Qt.ItemDataRole.UserRole + 2
    )
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(workbench.editors.editors) == 1)
    editor = wait_loaded(qtbot, workbench.editors.editors[0])
    assert editor.post_id == wanted
    with qtbot.waitSignal(dialog.results_shown, timeout=5000) as shown:
        dialog.query.setText('"tidak ada" -campak ((*')
    assert shown.args == [0] and dialog.status.text() == "Tidak ada yang cocok."


def test_trash_restores_a_post(workbench: MainWindow, ctx: AppContext, qtbot: QtBot) -> None:
    post_id = _post(ctx, "Salah jadwal")
    with ctx.uow() as uow:
        posts.trash_post(uow, post_id)
    dialog = TrashDialog(ctx, workbench.bus, workbench)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 1)
    assert dialog.list.topLevelItem(0).text(0) == "Salah jadwal"
    dialog.list.topLevelItem(0).setSelected(True)
    with qtbot.waitSignal(dialog.restored, timeout=5000):
        dialog.restore_button.click()
    with ctx.uow() as uow:
        assert posts.get_post(uow, post_id).deleted_at is None
    qtbot.waitUntil(lambda: dialog.hint.text() == "Tempat sampah kosong.")


def test_a_full_board_column_scrolls_only_down_and_shows_every_platform(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    """Cards are as wide as the column: no sideways scroll bar, no platform cut off."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QStyleOptionViewItem

    from ui.board.cards import PAD, CardDelegate, card_width

    many = ("facebook", "x", "threads", "whatsapp_channel", "website", "youtube")
    with ctx.uow() as uow:
        for day in range(1, 13):
            when = clock.now() + timedelta(days=day)
            posts.create_post(
                uow, post_input(title=f"Cuci tangan {day}", when=when, platforms=many)
            )
    page = open_board(workbench, qtbot)
    view = page.columns["drafts"].view
    qtbot.waitUntil(view.verticalScrollBar().isVisible)
    assert not view.horizontalScrollBar().isVisible()
    delegate = view.itemDelegate()
    assert isinstance(delegate, CardDelegate)
    option = QStyleOptionViewItem()
    option.widget = view
    option.font = view.font()
    _bold, small = delegate._fonts(option)
    room = card_width(option) - 2 * PAD - 8
    assert card_width(option) <= view.viewport().width()
    for row in range(page.columns["drafts"].model.rowCount()):
        index = page.columns["drafts"].model.index(row, 0)
        assert delegate.sizeHint(option, index).width() <= view.viewport().width()
        lines = delegate.when_lines(option, index.data(CARD_ROLE), small)
        assert "FB X YT WA TH WEB" in lines
        assert all(QFontMetrics(small).horizontalAdvance(line) <= room for line in lines)
