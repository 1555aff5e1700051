"""The post editor driven through its widgets: write, check, submit, approve, edit
(withdrawing the approval), approve again and mark published."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.domain.statuses import PostStatus
from sosmed_desktop.domain.x_length import x_length
from sosmed_desktop.services.posts import posts
from tests.ui.editing import accept_dialogs, answer_box, wait_checked, wait_loaded
from tests.unit.posting import WIB
from ui.editor.approval import PublishDialog, ReviewDialog
from ui.editor.conflict_dialogs import ConflictDialog
from ui.editor.window import PostEditor
from ui.main_window import MainWindow

PHONE = "0812-3456-7890"


@pytest.fixture
def editors(workbench: MainWindow) -> MainWindow:
    return workbench


def _stored(ctx: AppContext, post_id: int):
    with ctx.uow() as uow:
        return posts.get_post(uow, post_id)


def _act(qtbot: QtBot, editor: PostEditor, key: str) -> None:
    editor.side.setCurrentWidget(editor.approval)
    button = editor.approval.buttons[key]
    assert button.isVisible(), f"{key} is not offered in {editor.status}"
    with qtbot.waitSignal(editor.operation_done, timeout=5000) as done:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert done.args == [key]


def _save(qtbot: QtBot, editor: PostEditor) -> None:
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_create_check_submit_approve_withdraw_reapprove_publish(
    editors: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    when = datetime.combine(clock.today(WIB) + timedelta(days=3), time(9, 0), WIB)
    editor = wait_loaded(qtbot, editors.editors.new_post(when))
    editor.show()
    assert editor.details.zone.text() == "WIB"
    assert editor.details.schedule() == when
    assert editor.details.platforms() == ("instagram", "facebook")

    # Create: title, an extra platform, a caption with a phone number in it.
    qtbot.keyClicks(editor.details.title, "Posyandu Balita Sukamaju")
    editor.details.platform_boxes["x"].click()
    assert editor.details.platforms() == ("instagram", "facebook", "x")
    master = editor.captions.master.caption
    qtbot.keyClicks(master, "Sabtu pagi di Posyandu ")
    master.insertPlainText(f"🌱 Info: {PHONE} #BekasiSehat")
    assert editor.captions.platform_tabs["x"].caption.toPlainText() == master.toPlainText()
    x_counter = editor.captions.platform_tabs["x"].counter.text()
    assert x_counter.startswith(f"{x_length(master.toPlainText()).weighted_length} / 280 karakter")
    assert editor.isWindowModified()

    # Check: the phone number is flagged and highlighted in the caption.
    wait_checked(qtbot, editor)
    codes = [s.finding.code for s in editor.checks.shown]
    assert "personal_phone" in codes
    phone = next(s for s in editor.checks.shown if s.finding.code == "personal_phone")
    assert set(phone.platforms) == {"instagram", "facebook", "x"}, "one line for all"
    spans = [span for span, _severity in master.highlighted]
    text = master.toPlainText()
    assert any(text[s.start : s.end] == PHONE for s in spans)
    assert master.extraSelections(), "the number is marked in the text"
    row = next(i for i, s in enumerate(editor.checks.shown) if s.finding.code == "personal_phone")
    item = editor.checks.list.item(row)
    qtbot.mouseClick(
        editor.checks.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=editor.checks.list.visualItemRect(item).center(),
    )
    assert master.textCursor().selectedText() == PHONE
    # Instagram shows photos only: without one it is an error too.
    assert "media_required" in codes

    # Edit: remove the number (it is selected) and Instagram, save as a draft.
    qtbot.keyClick(master, Qt.Key.Key_Delete)
    editor.details.platform_boxes["instagram"].click()
    wait_checked(qtbot, editor)
    codes = [s.finding.code for s in editor.checks.shown]
    assert "personal_phone" not in codes and "media_required" not in codes
    _save(qtbot, editor)
    post_id = editor.post_id
    assert post_id is not None and editor.status == PostStatus.DRAFT
    assert not editor.isWindowModified()
    stored = _stored(ctx, post_id)
    assert stored.title == "Posyandu Balita Sukamaju"
    assert PHONE not in stored.master_caption and "🌱" in stored.master_caption
    assert stored.scheduled_at == when
    assert stored.platforms == ("facebook", "x")

    # Submit without the checklist: a clear refusal, nothing changes.
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warned.append(box.text()))
    editor.side.setCurrentWidget(editor.approval)
    qtbot.mouseClick(editor.approval.buttons["submit"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warned))
    assert "daftar periksa" in warned[0].lower()
    assert _stored(ctx, post_id).status == PostStatus.DRAFT

    # Tick the guidance checklist, submit.
    for box in editor.checks.boxes.values():
        box.click()
    assert editor.checks.checklist_state.text() == "5 dari 5 poin dikonfirmasi"
    _act(qtbot, editor, "submit")
    assert editor.status == PostStatus.IN_REVIEW
    assert not editor.approval.buttons["submit"].isVisible()

    # Approve with the head of department as the default reviewer.
    shown = accept_dialogs(
        monkeypatch, ReviewDialog, lambda d: d.note.setPlainText("Silakan tayang")
    )
    _act(qtbot, editor, "approve")
    assert (shown[0].name.text(), shown[0].position.text()) == (
        "dr. Ahmad Fauzi",
        "Kepala Dinas Kesehatan",
    )
    assert editor.status == PostStatus.APPROVED
    first_approval = _stored(ctx, post_id).current_approval
    assert first_approval is not None and first_approval.note == "Silakan tayang"

    # Editing the approved caption warns, and saving withdraws the approval.
    approved_text = master.toPlainText()
    qtbot.keyClicks(master, " Gratis!")
    assert editor.banner.isVisible() and "menarik persetujuan" in editor.banner.text()
    qtbot.keyClick(master, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Qt's text undo
    assert master.toPlainText() == approved_text
    assert not editor.banner.isVisible(), "undone: the approval is no longer at stake"
    qtbot.keyClicks(master, " Gratis!")
    _save(qtbot, editor)
    assert editor.status == PostStatus.IN_REVIEW
    assert editor.banner.isVisible() and "ditarik" in editor.banner.text()
    assert _stored(ctx, post_id).current_approval is None

    # Approve again, then mark it published with its link.
    _act(qtbot, editor, "approve")
    assert editor.status == PostStatus.APPROVED

    def fill_publish(dialog: PublishDialog) -> None:
        dialog.link.setText("https://instagram.com/p/abc123")

    accept_dialogs(monkeypatch, PublishDialog, fill_publish)
    _act(qtbot, editor, "publish")
    done = _stored(ctx, post_id)
    assert done.status == PostStatus.PUBLISHED
    assert done.published_url == "https://instagram.com/p/abc123"
    assert master.isReadOnly(), "a published post's caption is the record"
    assert not editor.details.platform_boxes["x"].isEnabled()

    # The history tab tells the whole story.
    qtbot.waitUntil(lambda: len(editor.history.texts()) >= 8)
    history = "\n".join(editor.history.texts())
    for expected in ("Dibuat", "Disetujui oleh dr. Ahmad Fauzi", "Persetujuan ditarik"):
        assert expected in history


def test_undo_redo_of_editor_actions(editors: MainWindow, qtbot: QtBot) -> None:
    editor = wait_loaded(qtbot, editors.editors.new_post())
    editor.show()
    editor.details.platform_boxes["tiktok"].click()
    assert "tiktok" in editor.details.platforms()
    assert editor.captions.indexOf(editor.captions.platform_tabs["tiktok"]) > 0
    editor.checks.boxes["non_partisan"].click()
    assert editor.checks.ticked() == ("non_partisan",)
    editor.undo_action.trigger()
    assert editor.checks.ticked() == ()
    editor.undo_action.trigger()
    assert "tiktok" not in editor.details.platforms()
    assert editor.captions.indexOf(editor.captions.platform_tabs["tiktok"]) < 0
    editor.redo_action.trigger()
    assert "tiktok" in editor.details.platforms()
    # An own caption, undone, follows the master again with its text.
    editor.captions.master.caption.setPlainText("Teks utama")
    tab = editor.captions.platform_tabs["tiktok"]
    tab.follow.click()
    assert not tab.follows_master and not tab.caption.isReadOnly()
    tab.caption.setPlainText("Versi TikTok")
    editor.undo_action.trigger()
    assert tab.follows_master and tab.caption.toPlainText() == "Teks utama"
    assert (editor.undo_stack.count(), editor.undo_stack.index()) == (2, 1)


def test_stale_save_keeps_the_typed_text(
    editors: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = wait_loaded(qtbot, editors.editors.new_post())
    editor.details.title.setText("Hari Gizi")
    _save(qtbot, editor)
    post_id = editor.post_id
    # Someone moves the post elsewhere while the officer types.
    editor.details.title.setText("Hari Gizi Nasional")
    with ctx.uow() as uow:
        posts.reschedule(uow, post_id, datetime(2027, 1, 25, 9, tzinfo=WIB))
    asked = []

    def keep_editing(dialog: ConflictDialog) -> int:
        asked.append(dialog.message.text())
        dialog.choose("keep")
        return 0

    monkeypatch.setattr(ConflictDialog, "exec", keep_editing)
    editor.save()
    qtbot.waitUntil(lambda: bool(asked))
    assert "setelah Anda membukanya" in asked[0]
    qtbot.waitUntil(lambda: not editor.changed_banner.isHidden())
    assert editor.details.title.text() == "Hari Gizi Nasional"
    assert editor.isWindowModified()
    assert _stored(ctx, post_id).title == "Hari Gizi"
    # Saving over it, on request.
    monkeypatch.setattr(ConflictDialog, "exec", lambda dialog: dialog.choose("mine") or 1)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    assert _stored(ctx, post_id).title == "Hari Gizi Nasional"


def test_duplicate_and_trash(
    editors: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = wait_loaded(qtbot, editors.editors.new_post())
    editor.details.title.setText("Jadwal imunisasi")
    _save(qtbot, editor)
    original = editor.post_id
    with qtbot.waitSignal(editors.editors.editor_opened, timeout=5000) as opened:
        editor.duplicate_action.trigger()
    copy = wait_loaded(qtbot, opened.args[0])
    assert copy.post_id != original
    assert copy.details.title.text() == "Salinan Jadwal imunisasi"
    answer_box(monkeypatch, QMessageBox.StandardButton.No)
    copy.trash_action.trigger()
    assert copy in editors.editors.editors, "not confirmed: nothing happens"
    answer_box(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(copy.closed, timeout=5000):
        copy.trash_action.trigger()
    with ctx.uow() as uow:
        assert [row.id for row in posts.list_trash(uow)] == [copy.post_id]
    assert "sampah" in editors.statusBar().currentMessage()
