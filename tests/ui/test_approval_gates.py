"""Issue #14 in the window: what is approved stays bound to its content, and the checks
that stop a bad post are visible and cannot be ticked away.

* item 2: "Lampirkan ke posting…" from the studio onto an approved post sends it to
  the board's "Perlu persetujuan ulang" column with what changed;
* item 3: personal data cannot be confirmed away; an exception needs a reason and is
  shown to the head in the approval dialog and in the history;
* item 6: a past schedule is asked about at submit and export; the approval dialog
  lists every open warning; export without a complete profile offers to fill it in.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.domain.statuses import PostStatus
from sosmed_desktop.services import profile
from sosmed_desktop.services.posts import posts, workflow
from tests.ui.editing import accept_dialogs, open_board, wait_checked, wait_loaded
from tests.unit.packaging import approved_post
from tests.unit.posting import WIB, add_photo, approve_new, post_input
from ui.editor.approval import ReviewDialog
from ui.editor.window import PostEditor
from ui.main_window import MainWindow
from ui.studio.studio_dialog import StudioDialog
from ui.workflow import past_schedule

PHONE = "0812-3456-7890"


def _stored(ctx: AppContext, post_id: int):
    with ctx.uow() as uow:
        return posts.get_post(uow, post_id)


def test_studio_attach_onto_an_approved_post_needs_approval_again(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    """Reproduced: it stayed "Disetujui", export refused it, the board lost it."""
    photo = add_photo(ctx, tmp_path, 1080, 1350)
    post_id = approve_new(ctx, (photo,)).id
    page = open_board(workbench, qtbot)
    assert page.columns["approved"].ids() == [post_id]
    media = workbench.page("media")
    studio = StudioDialog(media.bench, photo, media)
    qtbot.addWidget(studio)
    with qtbot.waitSignal(studio.preview_ready, timeout=10000):
        pass
    with qtbot.waitSignal(page.loaded, timeout=20000):  # the board follows the announcement
        studio.attach_to(post_id)
    assert "perlu disetujui ulang" in workbench.statusBar().currentMessage()
    studio.reject()
    assert _stored(ctx, post_id).status == PostStatus.IN_REVIEW
    assert page.columns["approved"].ids() == []
    assert page.columns["reapproval"].ids() == [post_id]
    card = page.columns["reapproval"].model.index(0, 0)
    assert "Sejak disetujui: IG: foto atau video ditambahkan" in card.data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert page.select_post(post_id) and page.approve_button.isEnabled()


def _new_editor(window: MainWindow, qtbot: QtBot, when: datetime) -> PostEditor:
    editor = wait_loaded(qtbot, window.editors.new_post(when))
    editor.show()
    editor.details.platform_boxes["instagram"].click()  # Facebook only: no photo needed
    qtbot.keyClicks(editor.details.title, "Posyandu Balita")
    return editor


def test_personal_data_needs_an_exception_with_a_reason(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    when = datetime.combine(clock.today(WIB) + timedelta(days=3), time(9, 0), WIB)
    editor = _new_editor(workbench, qtbot, when)
    editor.captions.master.caption.insertPlainText(
        f"Daftar ke Bu Siti {PHONE}, NIK peserta 3275 0112 0590 0001. #BekasiSehat"
    )
    wait_checked(qtbot, editor)
    checks = editor.checks
    codes = {s.finding.code for s in checks.shown}
    assert {"personal_phone", "personal_nik"} <= codes
    box = checks.boxes["no_personal_data"]
    assert not box.isEnabled(), "cannot be confirmed while personal data is open"
    assert "dicatat pengecualiannya" in checks.checklist_state.text()
    for other in checks.boxes.values():
        if other.isEnabled():
            other.click()
    assert not box.isChecked()

    # Record an exception for the phone number: the dialog asks why.
    asked: list[tuple[str, list[str]]] = []

    def reason(_editor: PostEditor, kind: str, values: list[str]) -> str:
        asked.append((kind, values))
        return "Izin tertulis Bu Siti, 20 November 2026"

    monkeypatch.setattr(PostEditor, "ask_reason", reason)
    row = next(i for i, s in enumerate(checks.shown) if s.finding.code == "personal_phone")
    assert not checks.except_button.isEnabled()
    checks.list.setCurrentRow(row)
    assert checks.except_button.isEnabled() and not checks.unexcept_button.isEnabled()
    checks.except_button.click()
    assert asked == [("phone", [PHONE])]
    wait_checked(qtbot, editor)
    excepted = [s.finding for s in checks.shown if s.finding.code == "personal_excepted"]
    assert [f.params["reason"] for f in excepted] == ["Izin tertulis Bu Siti, 20 November 2026"]
    assert (
        "Diterbitkan dengan pengecualian: nomor telepon"
        in checks.list.item(
            next(i for i, s in enumerate(checks.shown) if s.finding.code == "personal_excepted")
        ).text()
    )
    assert not box.isEnabled(), "the NIK is still open"

    # The NIK goes; now the point can be confirmed.
    caption = editor.captions.master.caption
    caption.setPlainText(caption.toPlainText().replace(", NIK peserta 3275 0112 0590 0001", ""))
    wait_checked(qtbot, editor)
    assert box.isEnabled() and not box.isChecked()
    box.click()
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    stored = _stored(ctx, editor.post_id)
    assert [(e.kind, e.value) for e in stored.exceptions] == [("phone", PHONE)]

    # Undo takes the exception back (and with it the point, which is blocked again).
    with qtbot.waitSignal(editor.checked, timeout=5000):
        editor.undo_stack.undo()  # the tick
        editor.undo_stack.undo()  # the exception
    assert editor.exceptions == ()
    editor.undo_stack.redo()
    editor.undo_stack.redo()
    wait_checked(qtbot, editor)

    # Submit, then approve: the dialog shows the exception with its reason.
    editor.side.setCurrentWidget(editor.approval)
    with qtbot.waitSignal(editor.operation_done, timeout=5000):
        editor.approval.buttons["submit"].click()
    shown = accept_dialogs(monkeypatch, ReviewDialog)
    with qtbot.waitSignal(editor.operation_done, timeout=5000):
        editor.approval.buttons["approve"].click()
    warnings = [shown[0].warning_list.item(i).text() for i in range(shown[0].warning_list.count())]
    assert any("nomor telepon “0812-3456-7890”" in w and "Izin tertulis" in w for w in warnings)
    assert editor.status == PostStatus.APPROVED
    qtbot.waitUntil(lambda: any("dicatat" in t for t in editor.history.texts()), timeout=5000)
    history = "\n".join(editor.history.texts())
    assert "Pengecualian data pribadi dicatat: nomor telepon “0812-3456-7890”" in history


def test_submit_with_a_past_schedule_asks_first(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reproduced: a schedule in the past gave "Tidak ada masalah" and went through."""
    past = datetime.combine(clock.today(WIB) - timedelta(days=1), time(9, 0), WIB)
    editor = _new_editor(workbench, qtbot, past)
    editor.captions.master.caption.insertPlainText("Posyandu Sabtu pagi. #BekasiSehat")
    wait_checked(qtbot, editor)
    assert "schedule_past" in {s.finding.code for s in editor.checks.shown}
    for box in editor.checks.boxes.values():
        box.click()
    answers = [False, True]
    asked: list[tuple[str, list[str]]] = []

    def confirm(_parent: object, action: str, times: list[str], _tz: object) -> bool:
        asked.append((action, times))
        return answers.pop(0)

    monkeypatch.setattr(past_schedule, "confirm_past", confirm)
    editor.side.setCurrentWidget(editor.approval)
    editor.approval.buttons["submit"].click()  # saves first, then asks: "no"
    qtbot.waitUntil(lambda: len(asked) == 1 and not editor.busy, timeout=5000)
    assert asked[0][0] == "submit"
    assert datetime.fromisoformat(asked[0][1][0]) == past
    assert _stored(ctx, editor.post_id).status == PostStatus.DRAFT
    with qtbot.waitSignal(editor.operation_done, timeout=5000):
        editor.approval.buttons["submit"].click()  # "yes" this time
    assert editor.status == PostStatus.IN_REVIEW


def test_board_approval_lists_every_open_warning(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    past = clock.now() - timedelta(hours=2)
    data = post_input(
        platforms=("facebook",), when=past, caption="Jangan percaya hoaks soal vaksin. 1.245 dosis."
    )
    with ctx.uow() as uow:
        post_id = posts.create_post(uow, data).id
    with ctx.uow() as uow:
        workflow.submit_for_review(uow, post_id, allow_past=True)
    page = open_board(workbench, qtbot)
    assert page.select_post(post_id)
    shown = accept_dialogs(monkeypatch, ReviewDialog)
    with qtbot.waitSignal(page.action_done, timeout=10000):
        page.approve_button.click()
    dialog = shown[0]
    codes = {f.code for f in dialog.warnings}
    assert {"schedule_past", "sensitive_word"} <= codes
    texts = [dialog.warning_list.item(i).text() for i in range(dialog.warning_list.count())]
    assert any("Jadwal tayang sudah lewat" in t for t in texts)
    assert any("hoaks" in t for t in texts)
    assert dialog.allow_past
    assert _stored(ctx, post_id).status == PostStatus.APPROVED


def test_export_asks_about_past_and_offers_the_profile(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    post_id = approved_post(ctx, tmp_path / "photos", cite=False)
    with ctx.uow() as uow:
        posts.reschedule(uow, post_id, clock.now() - timedelta(days=1))
    page = window.page("packages")
    with qtbot.waitSignal(page.panel.loaded, timeout=20000):
        window.show_section("packages")
        page.panel.reload()
    panel = page.panel
    panel.set_target(tmp_path / "out")
    asked: list[str] = []
    monkeypatch.setattr(
        past_schedule, "confirm_past", lambda _p, action, _t, _z: asked.append(action) or False
    )
    panel.export_all_button.click()
    assert asked == ["export"] and panel.cancel_event is None  # "no": nothing started
    assert not (tmp_path / "out").exists()

    # The profile lacks the regency and the head: the refusal offers to fill it in.
    with ctx.uow() as uow:
        filled = profile.get_profile(uow)
        profile.save_profile(uow, replace(filled, regency="", head_name=""))
    monkeypatch.setattr(past_schedule, "confirm_past", lambda *_args: True)
    boxes: list[QMessageBox] = []

    def press_fill(box: QMessageBox) -> int:
        boxes.append(box)
        fill = next(b for b in box.buttons() if b.text() == "Lengkapi profil…")
        fill.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press_fill)
    opened: list[bool] = []
    monkeypatch.setattr(type(panel), "open_profile", lambda _panel: opened.append(True))
    panel.export_all_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    assert "kabupaten/kota, nama kepala perangkat daerah" in boxes[0].text()
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").glob("*.zip"))
