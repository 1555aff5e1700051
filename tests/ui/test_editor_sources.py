"""The editor's Sources tab driven through its widgets: insert a data note into the caption,
save, see it go stale in the checks; link and unlink a direction; undo; bad input."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.domain.notes import NoteInput
from sosmed_desktop.services.directions.data_notes import (
    create_note,
    delete_note,
    get_note,
    notes_cited_by,
    update_note,
)
from sosmed_desktop.services.directions.directions import (
    DirectionInput,
    create_direction,
    posts_of_direction,
)
from sosmed_desktop.services.posts import posts
from tests.ui.editing import wait_checked, wait_loaded
from tests.unit.posting import WIB, post_input
from ui.editor.findings import describe
from ui.editor.source_pickers import DirectionPicker, NotePicker
from ui.editor.window import PostEditor
from ui.main_window import MainWindow

CAPTION = "Cakupan imunisasi dasar lengkap di Kabupaten Bekasi tahun ini 92,4%."
CITATION = "Cakupan imunisasi dasar lengkap: 92,4% (Januari–Mei 2022)\nSumber: Dinas Kesehatan"


def wib_today() -> date:
    return clock.today(WIB)


def _note(
    ctx: AppContext,
    days_old: int = 10,
    title: str = "Cakupan imunisasi dasar lengkap",
    tags: tuple[str, ...] = ("imunisasi",),
) -> int:
    data = NoteInput(
        title=title,
        value=Decimal("92.4"),
        unit="%",
        period="Januari–Mei 2022",
        source="Dinas Kesehatan",
        as_of=wib_today() - timedelta(days=days_old),
        tags=tags,
    )
    with ctx.uow() as uow:
        return create_note(uow, data)


def _post(
    ctx: AppContext, caption: str = CAPTION, platforms: tuple[str, ...] = ("instagram", "facebook")
) -> int:
    with ctx.uow() as uow:
        return posts.create_post(uow, post_input(caption=caption, platforms=platforms)).id


def _direction(ctx: AppContext, content: str = "Publikasikan capaian imunisasi bulan ini.") -> int:
    now = clock.now()
    data = DirectionInput(
        given_by_name="dr. Ahmad Fauzi",
        given_by_position="Kepala Dinas Kesehatan",
        given_at=now - timedelta(days=1),
        content=content,
        due_at=now + timedelta(days=3),
    )
    with ctx.uow() as uow:
        return create_direction(uow, data)


def _open(window: MainWindow, qtbot: QtBot, post_id: int) -> PostEditor:
    editor = wait_loaded(qtbot, window.editors.open_post(post_id))
    editor.show()
    editor.side.setCurrentWidget(editor.sources)
    qtbot.waitUntil(lambda: editor.sources.citations.shown_ids is not None)
    return editor


def _caption_end(editor: PostEditor) -> None:
    caption = editor.captions.master.caption
    caption.moveCursor(caption.textCursor().MoveOperation.End)


def _open_note_picker(qtbot: QtBot, editor: PostEditor) -> NotePicker:
    """Ctrl+Shift+D in the caption opens the picker; wait for its list."""
    section = editor.sources.citations
    with qtbot.waitSignal(section.picker_opened, timeout=5000) as opened:
        qtbot.keyClick(
            editor.captions.master.caption,
            Qt.Key.Key_D,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    picker = opened.args[0]
    qtbot.waitUntil(lambda: picker.loaded_count is not None)
    return picker


@pytest.fixture(autouse=True)
def _count_picker_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Remember on each picker that its list has arrived (the signal may come before a test
    connects to it)."""
    for cls in (NotePicker, DirectionPicker):
        original = cls.__init__

        def init(self, *args, _original=original, **kwargs) -> None:
            self.loaded_count = None
            _original(self, *args, **kwargs)
            self.loaded.connect(lambda n, picker=self: setattr(picker, "loaded_count", n))

        monkeypatch.setattr(cls, "__init__", init)


def test_insert_a_data_note_save_and_see_it_go_stale(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    note = _note(ctx)
    _note(ctx, 400, title="Kasus DBD", tags=("DBD",))
    post_id = _post(ctx)
    editor = _open(workbench, qtbot, post_id)
    assert editor.side.tabText(editor.side.indexOf(editor.sources)) == "Sumber"
    wait_checked(qtbot, editor)
    assert "cite_data_source" in [s.finding.code for s in editor.checks.shown]

    _caption_end(editor)
    picker = _open_note_picker(qtbot, editor)
    assert picker.loaded_count == 2
    assert picker.windowTitle() == "Sisipkan data pendukung"
    # Search by tag.
    picker.search.setText("DBD")
    qtbot.waitUntil(lambda: picker.list.topLevelItemCount() == 1)
    assert picker.list.topLevelItem(0).text(4) == "Kedaluwarsa"
    picker.search.setText("imunisasi")
    qtbot.waitUntil(lambda: picker.list.topLevelItem(0).text(0) != "Kasus DBD")
    qtbot.waitUntil(lambda: picker.list.topLevelItemCount() == 1)
    row = picker.list.topLevelItem(0)
    assert (row.text(1), row.text(4)) == ("92,4%", "Mutakhir")
    picker.select_ids([note])
    assert CITATION in picker.detail.text()
    with qtbot.waitSignal(editor.sources.citations.inserted, timeout=5000):
        picker.ok.click()

    caption = editor.captions.master.caption.toPlainText()
    assert caption.startswith(CAPTION + "\n\n" + CITATION + ", per ")
    assert (
        "Sumber: Dinas Kesehatan, per "
        in editor.captions.platform_tabs["instagram"].caption.toPlainText()
    )
    assert editor.data_note_ids == (note,)
    assert editor.isWindowModified()
    section = editor.sources.citations
    qtbot.waitUntil(lambda: section.list.count() == 1 and bool(section.rows))
    assert section.list.item(0).text().startswith(CITATION)
    wait_checked(qtbot, editor)
    assert "cite_data_source" not in [s.finding.code for s in editor.checks.shown]

    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save_action.trigger()
    with ctx.uow() as uow:
        assert [n.id for n in notes_cited_by(uow, post_id)] == [note]
        assert "Sumber: Dinas Kesehatan" in posts.get_post(uow, post_id).master_caption

    # The figure gets old (its date corrected on the Arahan & Data page): the checks warn.
    with ctx.uow() as uow:
        current = get_note(uow, note).as_input()
        update_note(uow, note, replace(current, as_of=wib_today() - timedelta(days=200)))
    with qtbot.waitSignal(editor.checked, timeout=5000):
        editor.bus.announce("data_note", [note])
    stale = [s for s in editor.checks.shown if s.finding.code == "stale_data_note"]
    assert len(stale) == 1
    text = editor.checks.list.item(editor.checks.shown.index(stale[0])).text()
    assert text.startswith("Peringatan\n")
    assert "“Cakupan imunisasi dasar lengkap” sudah berumur 200 hari" in text
    assert describe(stale[0].finding) in text
    qtbot.waitUntil(lambda: any(r.stale for r in section.rows))
    assert "Kedaluwarsa: berumur 200 hari (batas 90)" in section.list.item(0).text()
    assert not editor.side.tabIcon(editor.side.indexOf(editor.sources)).isNull()
    assert not editor.isWindowModified(), "a note going stale changes nothing to save"

    # Clicking the warning shows the note under Sources.
    editor.side.setCurrentWidget(editor.checks)
    editor.checks.finding_activated.emit(stale[0])
    assert editor.side.currentWidget() is editor.sources
    assert section.selected_ids() == [note]


def test_undo_of_the_insertion_and_of_removing_a_citation(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    note = _note(ctx)
    editor = _open(workbench, qtbot, _post(ctx))
    _caption_end(editor)
    picker = _open_note_picker(qtbot, editor)
    picker.select_ids([note])
    with qtbot.waitSignal(editor.sources.citations.inserted, timeout=5000):
        picker.ok.click()
    assert editor.is_dirty()
    assert editor.undo_action.text() == "Urungkan Sisipkan data pendukung"

    editor.undo_action.trigger()
    assert editor.captions.master.caption.toPlainText() == CAPTION
    assert editor.data_note_ids == ()
    assert not editor.is_dirty(), "undo brings back exactly what was saved"
    editor.redo_action.trigger()
    assert CITATION in editor.captions.master.caption.toPlainText()
    assert editor.data_note_ids == (note,)

    # Remove the citation (the text stays); undo puts it back.
    section = editor.sources.citations
    qtbot.waitUntil(lambda: bool(section.rows))
    section.select_note(note)
    section.remove_button.click()
    assert editor.data_note_ids == ()
    assert CITATION in editor.captions.master.caption.toPlainText()
    editor.undo_action.trigger()
    assert editor.data_note_ids == (note,)


def test_link_and_unlink_a_direction_from_the_editor(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    wanted = _direction(ctx)
    _direction(ctx, "Liputan rapat koordinasi stunting.")
    post_id = _post(ctx)
    editor = _open(workbench, qtbot, post_id)
    section = editor.sources.directions
    qtbot.waitUntil(lambda: section.list.topLevelItemCount() == 1)
    assert section.list.topLevelItem(0).text(0) == "Belum ditautkan ke arahan."
    assert section.link_button.text() == "Tautkan arahan…"

    picker = section.pick_directions()
    assert picker is not None
    qtbot.waitUntil(lambda: picker.loaded_count == 2)
    picker.search.setText("imunisasi")
    qtbot.waitUntil(lambda: picker.list.topLevelItemCount() == 1)
    first = picker.list.topLevelItem(0)
    assert (first.text(1), first.text(3)) == ("dr. Ahmad Fauzi", "Baru")
    picker.select_ids([wanted])
    announced: list = []
    editor.bus.data_changed.connect(lambda kind, ids: announced.append((kind, ids)))
    with qtbot.waitSignal(section.links_changed, timeout=5000):
        picker.ok.click()
    assert ("direction", [wanted]) in announced
    with ctx.uow() as uow:
        assert [p.id for p in posts_of_direction(uow, wanted)] == [post_id]
    qtbot.waitUntil(lambda: [r.id for r in section.rows] == [wanted])
    item = section.list.topLevelItem(0)
    assert item.text(0) == "dr. Ahmad Fauzi"
    assert item.text(2) == "Baru"
    assert not editor.is_dirty(), "a link is saved at once"

    # Unlink, then undo the unlink with the editor's Undo.
    section.list.topLevelItem(0).setSelected(True)
    with qtbot.waitSignal(section.links_changed, timeout=5000):
        section.unlink_button.click()
    with ctx.uow() as uow:
        assert posts_of_direction(uow, wanted) == []
    assert editor.undo_action.text() == "Urungkan Lepas tautan arahan"
    with qtbot.waitSignal(section.links_changed, timeout=5000):
        editor.undo_action.trigger()
    with ctx.uow() as uow:
        assert [p.id for p in posts_of_direction(uow, wanted)] == [post_id]
    qtbot.waitUntil(lambda: [r.id for r in section.rows] == [wanted])


def test_a_new_post_is_saved_first_then_linked(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    wanted = _direction(ctx)
    editor = wait_loaded(qtbot, workbench.editors.new_post())
    editor.show()
    section = editor.sources.directions
    assert section.link_button.text() == "Simpan lalu tautkan arahan…"
    qtbot.keyClicks(editor.details.title, "Capaian imunisasi")
    with qtbot.waitSignal(section.picker_opened, timeout=5000) as opened:
        section.link_button.click()
    post_id = editor.post_id
    assert post_id is not None and not editor.is_dirty()
    picker = opened.args[0]
    qtbot.waitUntil(lambda: picker.loaded_count == 1)
    picker.select_ids([wanted])
    with qtbot.waitSignal(section.links_changed, timeout=5000):
        picker.ok.click()
    with ctx.uow() as uow:
        assert [p.id for p in posts_of_direction(uow, wanted)] == [post_id]


def test_picking_with_no_data_notes_shows_where_they_come_from(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    editor = _open(workbench, qtbot, _post(ctx))
    assert editor.sources.corner.defaultAction() is editor.sources.insert_action
    with qtbot.waitSignal(editor.sources.citations.picker_opened, timeout=5000) as opened:
        editor.sources.corner.click()
    picker = opened.args[0]
    qtbot.waitUntil(lambda: picker.loaded_count == 0)
    assert picker.stack.currentWidget() is picker.empty
    assert picker.empty.title.text() == "Belum ada data pendukung"
    assert "Arahan & Data" in picker.empty.text.text()
    assert not picker.ok.isEnabled()
    picker.reject()
    assert editor.captions.master.caption.toPlainText() == CAPTION
    assert not editor.is_dirty()


def test_a_note_deleted_while_the_picker_is_open_is_refused_clearly(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    note = _note(ctx, title="Balita ditimbang")
    editor = _open(workbench, qtbot, _post(ctx))
    picker = _open_note_picker(qtbot, editor)
    picker.select_ids([note])
    with ctx.uow() as uow:
        delete_note(uow, note)  # by a colleague, meanwhile
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warned.append(box.text()))
    picker.ok.click()
    qtbot.waitUntil(lambda: bool(warned))
    assert "“Balita ditimbang” sudah dihapus" in warned[0]
    assert "Tidak ada yang disisipkan" in warned[0]
    assert editor.captions.master.caption.toPlainText() == CAPTION
    assert editor.data_note_ids == ()
    assert not editor.is_dirty()


def test_a_cited_note_deleted_meanwhile_is_flagged_and_can_be_removed(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    note = _note(ctx, title="Balita ditimbang")
    editor = _open(workbench, qtbot, _post(ctx, platforms=("facebook",)))  # needs no photo
    _caption_end(editor)
    picker = _open_note_picker(qtbot, editor)
    picker.select_ids([note])
    with qtbot.waitSignal(editor.sources.citations.inserted, timeout=5000):
        picker.ok.click()
    with ctx.uow() as uow:
        delete_note(uow, note)  # the post is not saved yet: nothing in the database cites it
    section = editor.sources.citations
    with qtbot.waitSignal(editor.checked, timeout=5000):
        editor.bus.announce("data_note", [note])
    missing = [s for s in editor.checks.shown if s.finding.code == "data_note_missing"]
    assert len(missing) == 1 and editor.checks.summary.text().startswith("1 galat")
    qtbot.waitUntil(lambda: section.list.item(0).data(Qt.ItemDataRole.UserRole) == note)
    qtbot.waitUntil(lambda: "sudah dihapus" in section.list.item(0).text())
    assert section.rows == [] and section.list.count() == 1

    section.select_note(note)
    section.remove_button.click()
    assert editor.data_note_ids == ()
    wait_checked(qtbot, editor)
    assert "data_note_missing" not in [s.finding.code for s in editor.checks.shown]
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save_action.trigger()


def test_the_caption_context_menu_offers_the_data_note(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    from PySide6.QtCore import QPoint

    editor = _open(workbench, qtbot, _post(ctx))
    for edit in (editor.captions.master.caption, editor.captions.platform_tabs["facebook"].caption):
        assert edit.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
        menu = editor.sources.caption_menu(edit, QPoint(5, 5))
        texts = [a.text() for a in menu.actions()]
        assert texts[-1] == "Sisipkan data pendukung…"
        assert len(texts) > 3, f"the usual edit actions stay: {texts}"
        menu.deleteLater()


def test_the_citation_becomes_its_own_paragraph_and_undo_takes_exactly_it_out(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    from ui.editor.captions import utf16_offset

    note = _note(ctx)
    original = "Pagi ini 🌱 imunisasi di posyandu.\n#BekasiSehat"
    editor = _open(workbench, qtbot, _post(ctx, original))
    caption = editor.captions.master.caption
    cursor = caption.textCursor()
    cursor.setPosition(utf16_offset(original, original.index("#")))  # after the emoji
    caption.setTextCursor(cursor)
    picker = _open_note_picker(qtbot, editor)
    picker.select_ids([note])
    with qtbot.waitSignal(editor.sources.citations.inserted, timeout=5000):
        picker.ok.click()
    text = caption.toPlainText()
    head, tail = text.split(CITATION)
    assert head == "Pagi ini 🌱 imunisasi di posyandu.\n\n"
    assert tail.endswith("\n\n#BekasiSehat") and tail.startswith(", per ")
    editor.undo_action.trigger()
    assert caption.toPlainText() == original
    assert not editor.is_dirty()


def test_citations_made_on_the_arahan_page_are_not_saved_away(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    from sosmed_desktop.services.directions.data_notes import cite_note

    note = _note(ctx)
    post_id = _post(ctx)
    editor = _open(workbench, qtbot, post_id)
    qtbot.keyClicks(editor.details.title, " (revisi)")  # the officer is editing meanwhile
    with ctx.uow() as uow:
        cite_note(uow, post_id, note)  # "Cite in posts…" on the Arahan & Data page
    section = editor.sources.citations
    with qtbot.waitSignal(section.shown, timeout=5000):
        editor.bus.announce("data_note", [note])
    qtbot.waitUntil(lambda: editor.data_note_ids == (note,))
    assert editor.saved_input is not None and editor.saved_input.data_note_ids == (note,)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save_action.trigger()
    with ctx.uow() as uow:
        assert [n.id for n in notes_cited_by(uow, post_id)] == [note]
        assert posts.get_post(uow, post_id).title.endswith("(revisi)")


def test_a_published_post_cannot_get_new_citations(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    from sosmed_desktop.domain.statuses import PostStatus
    from tests.unit.helpers import make_post

    _note(ctx)
    editor = _open(workbench, qtbot, make_post(ctx, "Sudah diunggah", PostStatus.PUBLISHED))
    wait_checked(qtbot, editor)
    assert not editor.sources.insert_action.isEnabled()
    assert not editor.sources.citations.insert_button.isEnabled()
    assert editor.sources.citations.pick_note() is None
    assert editor.sources.directions.link_button.isEnabled(), "a link is not content"
