"""Nothing typed is lost: the unsaved-changes prompt, the autosave and the recovery
of drafts after a crash."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import Program
from sosmed_desktop.services.posts import editor_drafts, posts
from tests.ui.editing import answer_box, wait_loaded
from tests.unit.posting import add_program, post_input
from ui.editor.operations import EditorOperations
from ui.editor.recovery_dialog import RecoveryDialog
from ui.editor.window import PostEditor
from ui.main_window import MainWindow

REAL_ASK = PostEditor.ask_unsaved


def _saved_post(ctx: AppContext, title: str = "Posyandu Balita") -> int:
    with ctx.uow() as uow:
        return posts.create_post(uow, post_input(title=title)).id


def _title(ctx: AppContext, post_id: int) -> str:
    with ctx.uow() as uow:
        return posts.get_post(uow, post_id).title


def test_closing_with_unsaved_changes_asks(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(PostEditor, "ask_unsaved", REAL_ASK)
    post_id = _saved_post(ctx)
    editor = wait_loaded(qtbot, workbench.editors.open_post(post_id))
    editor.close()  # nothing changed: no question
    assert editor not in workbench.editors.editors

    editor = wait_loaded(qtbot, workbench.editors.open_post(post_id))
    editor.details.title.setText("Posyandu Balita Sukamaju")
    asked = answer_box(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not editor.close()
    assert asked == ["Simpan perubahan pada “Posyandu Balita Sukamaju”?"]
    assert editor in workbench.editors.editors and editor.details.title.text().endswith("maju")

    answer_box(monkeypatch, QMessageBox.StandardButton.Save)
    with qtbot.waitSignal(editor.closed, timeout=5000):
        editor.close()
    assert _title(ctx, post_id) == "Posyandu Balita Sukamaju"

    editor = wait_loaded(qtbot, workbench.editors.open_post(post_id))
    editor.details.title.setText("Dibuang")
    answer_box(monkeypatch, QMessageBox.StandardButton.Discard)
    assert editor.close()
    assert _title(ctx, post_id) == "Posyandu Balita Sukamaju"


def test_quitting_the_app_closes_editors_first(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(PostEditor, "ask_unsaved", REAL_ASK)
    post_id = _saved_post(ctx)
    editor = wait_loaded(qtbot, workbench.editors.open_post(post_id))
    editor.details.title.setText("Belum disimpan")
    answer_box(monkeypatch, QMessageBox.StandardButton.Cancel)
    workbench.show()
    assert not workbench.close(), "the officer kept the editor open"
    assert workbench.isVisible()
    answer_box(monkeypatch, QMessageBox.StandardButton.Save)
    with qtbot.waitSignal(workbench.editors.all_closed, timeout=5000):
        workbench.close()
    qtbot.waitUntil(lambda: not workbench.isVisible())
    assert _title(ctx, post_id) == "Belum disimpan"


def test_autosave_and_recovery_after_a_crash(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(EditorOperations, "AUTOSAVE_MS", 100)
    post_id = _saved_post(ctx)
    crashed = wait_loaded(qtbot, workbench.editors.open_post(post_id))
    new = wait_loaded(qtbot, workbench.editors.new_post())
    crashed.captions.master.caption.setPlainText("Teks yang belum disimpan 🌱")
    new.details.title.setText("Ide baru")
    qtbot.waitUntil(
        lambda: all(e.autosaved_input == e.current_input() for e in (crashed, new)), timeout=5000
    )
    drafts = editor_drafts.list_drafts(ctx.config)
    assert {d.key for d in drafts} == {f"post-{post_id}", f"new-{new.new_id}"}
    # The PC dies: the windows vanish without closing properly.
    for editor in (crashed, new):
        editor.autosave_timer.stop()
        editor.bus.data_changed.disconnect(editor.on_data_changed)
        editor.finished = True  # no clean-up runs
        editor.hide()
    workbench.editors.editors.clear()

    # Next start: a new window on the same data offers both drafts back.
    restarted = MainWindow(ctx.config, ctx.log_file)
    qtbot.addWidget(restarted)
    with qtbot.waitSignal(restarted.context_ready, timeout=5000):
        restarted.set_context(ctx)
    qtbot.waitUntil(lambda: bool(restarted.findChildren(RecoveryDialog)), timeout=5000)
    dialog = restarted.findChildren(RecoveryDialog)[0]
    assert dialog.list.count() == 2
    assert any("Ide baru — posting baru" in dialog.list.item(i).text() for i in range(2))
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: len(restarted.editors.editors) == 2)
    by_post = {e.post_id: wait_loaded(qtbot, e) for e in restarted.editors.editors}
    revived = by_post[post_id]
    assert revived.captions.master.caption.toPlainText() == "Teks yang belum disimpan 🌱"
    assert revived.is_dirty() and "Dipulihkan" in revived.banner.text()
    assert by_post[None].details.title.text() == "Ide baru"
    assert by_post[None].new_id == new.new_id, "the same draft file is kept up to date"
    with qtbot.waitSignal(revived.saved, timeout=5000):
        revived.save()
    with ctx.uow() as uow:
        assert posts.get_post(uow, post_id).master_caption == "Teks yang belum disimpan 🌱"
    qtbot.waitUntil(lambda: [d.key for d in editor_drafts.list_drafts(ctx.config)] == [
        f"new-{new.new_id}"])  # fmt: skip
    by_post[None].force_close = True
    by_post[None].close()
    qtbot.waitUntil(lambda: editor_drafts.list_drafts(ctx.config) == [])
    for editor in (crashed, new):
        editor.deleteLater()


def test_an_archived_program_is_kept_not_dropped(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    program_id = add_program(ctx, "Bulan Imunisasi 2025")
    with ctx.uow() as uow:
        post_id = posts.create_post(uow, post_input(program_id=program_id)).id
        uow.session.get(Program, program_id).archived = True
        uow.commit()
    editor = wait_loaded(qtbot, workbench.editors.open_post(post_id))
    assert editor.details.program_id() == program_id
    assert editor.details.program.currentText() == "Bulan Imunisasi 2025"
    assert not editor.is_dirty()
