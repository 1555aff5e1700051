"""Team mode in the window: a conflicting save, a change from another PC arriving in an open
editor and in the calendar, and a server that cannot be reached.

"Another PC" is a second application context on the same database file; its
writes reach the window through the change watcher (PRAGMA data_version).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, time, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext, bootstrap
from sosmed_desktop.errors import DatabaseUnreachableError
from sosmed_desktop.services import audit
from sosmed_desktop.services.posts import editor_drafts, posts
from tests.ui.editing import wait_loaded
from tests.unit.posting import WIB, post_input
from ui.editor.conflict_dialogs import CompareDialog, ConflictDialog
from ui.editor.window import PostEditor
from ui.main_window import MainWindow
from ui.tasks import pending_tasks


@pytest.fixture
def colleague(workbench: MainWindow, ctx: AppContext) -> Iterator[AppContext]:
    """Budi's copy of the app on the same database; the window watches closely."""
    other = bootstrap(ctx.config.data_dir)
    other.user_name = "Budi Santoso"
    assert workbench.live is not None
    workbench.live.watcher.interval = 0.05
    workbench.live.watcher.check_now()
    yield other
    other.dispose()


def _saved_editor(qtbot: QtBot, window: MainWindow, title: str = "Hari Gizi") -> PostEditor:
    editor = wait_loaded(qtbot, window.editors.new_post())
    editor.details.title.setText(title)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=5000)  # its own follow-up reads
    return editor


def _budi_saves(colleague: AppContext, editor: PostEditor, title: str) -> None:
    with colleague.uow() as uow:
        current = posts.get_post(uow, editor.post_id)
        data = replace(current.to_input(), title=title)
        posts.update_post(uow, editor.post_id, data, current.version)


def test_conflicting_save_compares_both_versions_and_saves_mine_on_purpose(
    workbench: MainWindow,
    ctx: AppContext,
    colleague: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = _saved_editor(qtbot, workbench)
    post_id = editor.post_id
    _budi_saves(colleague, editor, "Hari Gizi (versi Budi)")
    editor.details.title.setText("Hari Gizi Nasional")
    asked: list[str] = []
    compared: dict[str, tuple[str, str]] = {}

    def conflict_exec(dialog: ConflictDialog) -> int:
        asked.append(dialog.message.text())
        dialog.choose("compare")
        return 1

    def compare_exec(dialog: CompareDialog) -> int:
        for key, (left, right) in dialog.fields.items():
            compared[key] = (left.toPlainText(), right.toPlainText())
        assert dialog.fields["title"][0].property("highlighted"), "the difference is marked"
        dialog.choose("mine")
        return 1

    monkeypatch.setattr(ConflictDialog, "exec", conflict_exec)
    monkeypatch.setattr(CompareDialog, "exec", compare_exec)
    with qtbot.waitSignal(editor.saved, timeout=10000):
        editor.save()
    assert asked and asked[0].startswith("Posting ini diubah oleh Budi Santoso pada ")
    assert asked[0].endswith("setelah Anda membukanya.")
    assert compared["title"] == ("Hari Gizi (versi Budi)", "Hari Gizi Nasional")
    assert "caption:instagram" in compared
    with ctx.uow() as uow:
        assert posts.get_post(uow, post_id).title == "Hari Gizi Nasional"
        last = audit.post_history(uow, post_id)[-1]
    assert last.details["overwrote"]["changed_by"] == "Budi Santoso"
    assert not editor.isWindowModified()


def test_taking_their_version_keeps_mine_in_the_recovery_drafts(
    workbench: MainWindow,
    ctx: AppContext,
    colleague: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = _saved_editor(qtbot, workbench)
    _budi_saves(colleague, editor, "Versi Budi")
    editor.details.title.setText("Versi Rina")
    questions: list[str] = []

    def refuse_first(box: QMessageBox) -> QMessageBox.StandardButton:
        questions.append(box.text())
        return (
            QMessageBox.StandardButton.No if len(questions) == 1 else QMessageBox.StandardButton.Yes
        )

    monkeypatch.setattr(QMessageBox, "exec", refuse_first)
    monkeypatch.setattr(ConflictDialog, "exec", lambda d: d.choose("theirs") or 1)
    editor.save()
    qtbot.waitUntil(lambda: len(questions) == 1, timeout=5000)
    assert editor.details.title.text() == "Versi Rina", "not confirmed: nothing changes"
    assert "draf pemulihan" in questions[0]
    editor.save()
    qtbot.waitUntil(lambda: editor.details.title.text() == "Versi Budi", timeout=5000)
    assert not editor.isWindowModified()
    qtbot.waitUntil(
        lambda: any(d.title == "Versi Rina" for d in editor_drafts.list_drafts(ctx.config)),
        timeout=5000,
    )
    kept = next(d for d in editor_drafts.list_drafts(ctx.config) if d.title == "Versi Rina")
    assert kept.post_id == editor.post_id


def test_a_change_from_another_pc_shows_a_banner_instead_of_reloading(
    workbench: MainWindow,
    ctx: AppContext,
    colleague: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = _saved_editor(qtbot, workbench, "Pengumuman Vaksin")
    editor.show()
    _budi_saves(colleague, editor, "Pengumuman Vaksin (Budi)")
    banner = editor.changed_banner
    qtbot.waitUntil(banner.isVisible, timeout=10000)
    assert banner.label.text().startswith("Diubah oleh Budi Santoso pada ")
    assert editor.details.title.text() == "Pengumuman Vaksin", "not silently replaced"
    assert banner.reload_button.text() == "Muat ulang"
    assert banner.compare_button.text() == "Lihat perbedaan"
    compared: list[str] = []

    def compare_exec(dialog: CompareDialog) -> int:
        compared.append(dialog.fields["title"][0].toPlainText())
        dialog.choose("keep")
        return 0

    monkeypatch.setattr(CompareDialog, "exec", compare_exec)
    banner.compare_button.click()
    qtbot.waitUntil(lambda: bool(compared), timeout=5000)
    assert compared == ["Pengumuman Vaksin (Budi)"]
    banner.reload_button.click()
    qtbot.waitUntil(lambda: editor.details.title.text() == "Pengumuman Vaksin (Budi)", timeout=5000)
    assert not banner.isVisible()


def test_the_calendar_shows_a_post_made_on_another_pc(
    workbench: MainWindow, colleague: AppContext, qtbot: QtBot
) -> None:
    page = workbench.calendar
    day = clock.today(WIB).replace(day=1) + timedelta(days=9)
    when = datetime.combine(day, time(10, 0), WIB)
    with colleague.uow() as uow:
        post_id = posts.create_post(uow, post_input(title="Dari PC Budi", when=when)).id
    qtbot.waitUntil(lambda: post_id in page.rows, timeout=10000)
    assert page.rows[post_id].title == "Dari PC Budi"


def test_a_save_meeting_an_unreachable_server_keeps_the_text_and_retries(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = _saved_editor(qtbot, workbench, "Jadwal Posyandu")
    editor.details.title.setText("Jadwal Posyandu Juni")
    real_update = posts.update_post

    def server_gone(*_args: object, **_kwargs: object) -> None:
        raise DatabaseUnreachableError(detail="server closed the connection unexpectedly")

    monkeypatch.setattr(posts, "update_post", server_gone)
    indicator = workbench.live.indicator
    shown: list[tuple[str, bool]] = []

    def retry_once_back(box: QMessageBox) -> int:
        shown.append((box.text(), not indicator.isHidden()))
        assert editor.details.title.text() == "Jadwal Posyandu Juni"
        monkeypatch.setattr(posts, "update_post", real_update)  # the server is back
        return QMessageBox.StandardButton.Retry

    monkeypatch.setattr(QMessageBox, "exec", retry_once_back)
    with qtbot.waitSignal(editor.saved, timeout=10000):
        editor.save()
    text, indicator_shown = shown[0]
    assert text.startswith("Server basis data tidak dapat dihubungi")
    assert indicator_shown and "server tidak terhubung" in indicator.text().lower()
    with ctx.uow() as uow:
        assert posts.get_post(uow, editor.post_id).title == "Jadwal Posyandu Juni"
    qtbot.waitUntil(indicator.isHidden, timeout=10000)
