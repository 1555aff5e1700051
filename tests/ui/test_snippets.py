"""Saved hashtag groups and caption snippets: kept in their dialog, inserted from the
editor's Insert menu at the caption's cursor, undone with the caption's undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models_editorial import CaptionSnippet, HashtagGroup
from sosmed_desktop.services.posts import posts, snippets
from tests.ui.editing import answer_box, wait_loaded
from tests.unit.posting import count, post_input
from ui.editor.insert_menu import InsertMenu, joined, menu_label
from ui.editor.window import PostEditor
from ui.main_window import MainWindow
from ui.snippets.dialog import LibraryDialog
from ui.snippets.item_dialog import ItemDialog
from ui.snippets.list_panel import ListPanel

# An open menu grabs the keyboard, which the offscreen platform cannot do.
pytestmark = pytest.mark.qt_log_ignore("does not support grabbing the keyboard", extend=True)
SIGN_OFF = "Informasi lebih lanjut: puskesmas terdekat\nDinas Kesehatan Kabupaten Bekasi"


@pytest.mark.parametrize(
    ("text", "head", "tail", "expected"),
    [
        ("#A #B", "", "", "#A #B"),
        ("#A #B", "Ayo ke posyandu!", "", " #A #B"),
        ("#A #B", "Ayo ke posyandu! ", "", "#A #B"),
        ("#A #B", "Ayo\n", "Sehat", "#A #B "),
        ("#A #B", "Ayo", " sehat", " #A #B"),
        ("Salam sehat!", "Terima kasih.", "", " Salam sehat!"),
        ("Baris 1\nBaris 2", "", "", "Baris 1\nBaris 2"),
        ("Baris 1\nBaris 2", "Ayo ke posyandu!", "", "\n\nBaris 1\nBaris 2"),
        ("Baris 1\nBaris 2", "Ayo ke posyandu!\n", "", "\nBaris 1\nBaris 2"),
        ("Baris 1\nBaris 2", "Ayo ke posyandu!\n\n", "#A", "Baris 1\nBaris 2\n"),
        ("Baris 1\nBaris 2", "  ", "\n#A", "Baris 1\nBaris 2"),
    ],
)
def test_inserted_text_is_spaced_from_its_neighbours(
    text: str, head: str, tail: str, expected: str
) -> None:
    assert joined(text, head, tail) == expected


def test_menu_labels_keep_ampersands_and_stay_short() -> None:
    assert menu_label("Gizi & stunting") == "Gizi && stunting"
    assert len(menu_label("x" * 120)) == 60 and menu_label("x" * 120).endswith("…")


# Helpers ---------------------------------------------------------------------------------
def _open_dialog(qtbot: QtBot, window: MainWindow) -> LibraryDialog:
    assert window.commands.snippets_action.isEnabled()
    assert window.commands.snippets_action.text() == "Kelompok &tagar && potongan teks…"
    window.commands.snippets_action.trigger()
    dialog = window.findChild(LibraryDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.groups.tree.isVisible() or dialog.groups.empty.isVisible())
    return dialog


def _form(
    qtbot: QtBot, dialog: LibraryDialog, panel: ListPanel, name: str, content: str
) -> ItemDialog:
    """Open the form of a new entry and fill it in."""
    with qtbot.waitSignal(dialog.item_dialog_opened) as opened:
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    form: ItemDialog = opened.args[0]
    form.name.setText(name)
    form.content.setPlainText(content)
    return form


def _add(
    qtbot: QtBot, dialog: LibraryDialog, panel: ListPanel, name: str, content: str
) -> ItemDialog:
    """Fill the form of a new entry and press Save; returns the form."""
    form = _form(qtbot, dialog, panel, name, content)
    form.save_button.click()
    return form


def _saved(qtbot: QtBot, dialog: LibraryDialog, panel: ListPanel, name: str, content: str) -> None:
    """Add an entry; the form closes once it was saved."""
    form = _form(qtbot, dialog, panel, name, content)
    with qtbot.waitSignal(form.accepted, timeout=5000), qtbot.waitSignal(dialog.changed):
        form.save_button.click()
    qtbot.waitUntil(lambda: name in [e.state.name for e in panel.rows])


def _editor(qtbot: QtBot, window: MainWindow, ctx: AppContext, caption: str) -> PostEditor:
    with ctx.uow() as uow:
        post_id = posts.create_post(uow, post_input(caption=caption)).id
    editor = wait_loaded(qtbot, window.editors.open_post(post_id))
    qtbot.waitUntil(lambda: editor.insert_menu.contents is not None)
    return editor


def _choose(menu: InsertMenu, name: str) -> None:
    """Pick an entry of the Insert menu as the officer would."""
    menu.popup_at_caption()
    action = next(a for a in menu.actions() if a.text() == menu_label(name))
    assert action.isEnabled()
    action.trigger()
    menu.hide()


def _cursor_to(edit, where: QTextCursor.MoveOperation) -> None:
    cursor = edit.textCursor()
    cursor.movePosition(where)
    edit.setTextCursor(cursor)


# The whole way -----------------------------------------------------------------------------
def test_made_in_the_dialog_inserted_from_the_menu_and_undone(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    dialog = _open_dialog(qtbot, workbench)
    assert dialog.windowTitle() == "Kelompok tagar & potongan teks"
    assert dialog.groups.empty.isVisible() and dialog.snippets.empty.isVisible()

    # Hashtags typed with and without '#', by commas and lines; the form shows the result.
    with qtbot.waitSignal(dialog.item_dialog_opened) as opened:
        dialog.groups.add_button.click()
    form = opened.args[0]
    form.content.setPlainText("CegahStunting, #GiziSeimbang\nbekasisehat #cegahstunting")
    assert (
        form.result.text() == "Disimpan sebagai 3 tagar: #CegahStunting #GiziSeimbang #bekasisehat"
    )
    form.name.setText("Kampanye Gizi")
    with qtbot.waitSignal(dialog.changed, timeout=5000):
        form.save_button.click()
    _saved(qtbot, dialog, dialog.snippets, "Penutup resmi", SIGN_OFF)
    qtbot.waitUntil(lambda: len(dialog.groups.rows) == 1)
    assert dialog.groups.tree.topLevelItem(0).text(1) == (
        "#CegahStunting #GiziSeimbang #bekasisehat"
    )
    dialog.close()

    # The editor's menu lists both; the shortcut opens it at the caption.
    editor = _editor(qtbot, workbench, ctx, "Ayo ke posyandu!")
    menu = editor.insert_menu
    assert menu.entry_names() == ["Kampanye Gizi", "Penutup resmi"]
    assert menu.menuAction().text() == "Sisipkan"
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(editor, Qt.Key.Key_H, keys)
    qtbot.waitUntil(menu.isVisible)
    menu.hide()

    # The hashtags go in at the cursor (end of the caption), after a space; undo takes them out.
    master = editor.captions.master.caption
    _cursor_to(master, QTextCursor.MoveOperation.End)
    _choose(menu, "Kampanye Gizi")
    tags = "#CegahStunting #GiziSeimbang #bekasisehat"
    assert master.toPlainText() == f"Ayo ke posyandu! {tags}"
    assert editor.captions.platform_tabs["facebook"].caption.toPlainText() == master.toPlainText()
    assert editor.isWindowModified()
    qtbot.keyClick(master, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert master.toPlainText() == "Ayo ke posyandu!"

    # The sign-off after the text: a paragraph of its own.
    _choose(menu, "Penutup resmi")
    assert master.toPlainText() == f"Ayo ke posyandu!\n\n{SIGN_OFF}"
    qtbot.keyClick(master, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert master.toPlainText() == "Ayo ke posyandu!"

    # A platform with its own caption gets it there, at its cursor; the master stays.
    instagram = editor.captions.platform_tabs["instagram"]
    instagram.follow.click()
    instagram.caption.setPlainText("Versi Instagram")
    editor.captions.setCurrentWidget(instagram)
    _cursor_to(instagram.caption, QTextCursor.MoveOperation.Start)
    _choose(menu, "Kampanye Gizi")
    assert instagram.caption.toPlainText() == f"{tags} Versi Instagram"
    assert master.toPlainText() == "Ayo ke posyandu!"
    assert editor.captions.currentWidget() is instagram
    qtbot.keyClick(instagram.caption, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert instagram.caption.toPlainText() == "Versi Instagram"

    # A platform that follows the master: the text goes into the master.
    facebook = editor.captions.platform_tabs["facebook"]
    editor.captions.setCurrentWidget(facebook)
    _choose(menu, "Kampanye Gizi")
    assert editor.captions.currentWidget() is editor.captions.master
    assert tags in master.toPlainText() and tags in facebook.caption.toPlainText()


def test_empty_menu_and_changes_made_meanwhile(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = _editor(qtbot, workbench, ctx, "Ayo ke posyandu!")
    menu = editor.insert_menu
    menu.popup_at_caption()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Belum ada kelompok tagar atau potongan teks", "Kelola…"]
    assert menu.entry_names() == []
    menu.hide()

    # "Manage…" opens the dialog; what is added there shows in the open editor's menu.
    with qtbot.waitSignal(menu.manage_opened) as opened:
        menu.manage_action.trigger()
    dialog: LibraryDialog = opened.args[0]
    assert dialog.parent() is editor
    qtbot.waitUntil(dialog.groups.empty.isVisible)
    with qtbot.waitSignal(menu.refreshed, timeout=5000):
        _saved(qtbot, dialog, dialog.groups, "Pemkab", "#BekasiBaru #PemkabBekasi")
    qtbot.waitUntil(lambda: menu.entry_names() == ["Pemkab"])

    # Deleting asks first; "Batal" keeps it.
    dialog.groups.select(dialog.groups.rows[0].id)
    asked = answer_box(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog.groups.delete_button.click()
    assert asked == ["Hapus kelompok tagar “Pemkab”?"]
    assert count(ctx, HashtagGroup) == 1

    answer_box(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(menu.refreshed, timeout=5000):
        dialog.groups.delete_button.click()
    qtbot.waitUntil(lambda: menu.entry_names() == [])
    assert count(ctx, HashtagGroup) == 0
    assert dialog.undo_button.isEnabled() and "Pemkab" in dialog.undo_button.toolTip()

    # Undo in the dialog brings it back (a new row), redo deletes it again.
    with qtbot.waitSignal(menu.refreshed, timeout=5000):
        dialog.undo_button.click()
    qtbot.waitUntil(lambda: menu.entry_names() == ["Pemkab"])
    with ctx.uow() as uow:
        assert [g.text for g in snippets.list_hashtag_groups(uow)] == ["#BekasiBaru #PemkabBekasi"]
    with qtbot.waitSignal(dialog.changed, timeout=5000):
        dialog.redo_button.click()
    qtbot.waitUntil(lambda: count(ctx, HashtagGroup) == 0)


def test_refused_entries_keep_the_form_open_and_write_nothing(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open_dialog(qtbot, workbench)
    _saved(qtbot, dialog, dialog.groups, "Gizi", "#GiziSeimbang")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warned.append(box.text()))

    form = _add(qtbot, dialog, dialog.groups, "  gizi ", "#CegahStunting")
    qtbot.waitUntil(lambda: bool(warned))
    assert warned == ["Nama “gizi” sudah dipakai."]
    qtbot.waitUntil(form.save_button.isEnabled)
    assert form.isVisible() and form.content.toPlainText() == "#CegahStunting"
    form.reject()

    form = _add(qtbot, dialog, dialog.groups, "Tahun", "#2026 #Bekasi")
    assert "“#2026” bukan tagar yang sah" in form.result.text()
    qtbot.waitUntil(lambda: len(warned) == 2)
    assert "bukan tagar yang sah" in warned[1]
    form.reject()

    form = _add(qtbot, dialog, dialog.snippets, "Kosong", "   \n ")
    qtbot.waitUntil(lambda: len(warned) == 3)
    assert warned[2] == "Potongan teks masih kosong."
    form.reject()

    form = _add(qtbot, dialog, dialog.snippets, "", "Salam sehat!")
    qtbot.waitUntil(lambda: len(warned) == 4)
    assert warned[3] == "Isi namanya."
    form.reject()
    assert (count(ctx, HashtagGroup), count(ctx, CaptionSnippet)) == (1, 0)
    assert dialog.stack.count() == 1, "a refused change leaves no undo step"


def test_edit_and_reorder_with_undo(workbench: MainWindow, ctx: AppContext, qtbot: QtBot) -> None:
    dialog = _open_dialog(qtbot, workbench)
    for name in ("Satu", "Dua", "Tiga"):
        _saved(qtbot, dialog, dialog.snippets, name, f"Teks {name.lower()}")
    panel = dialog.snippets

    def names() -> list[str]:
        with ctx.uow() as uow:
            return [s.name for s in snippets.list_snippets(uow)]

    panel.select(panel.rows[2].id)
    assert not panel.down_button.isEnabled()
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        panel.up_button.click()
    assert names() == ["Satu", "Tiga", "Dua"]
    assert panel.selected().state.name == "Tiga", "the moved entry stays selected"

    with qtbot.waitSignal(dialog.item_dialog_opened) as opened:
        panel.edit_button.click()
    form = opened.args[0]
    assert (form.name.text(), form.content.toPlainText()) == ("Tiga", "Teks tiga")
    form.content.setPlainText("Salam sehat dari Dinkes!")
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        form.save_button.click()
    with ctx.uow() as uow:
        assert snippets.list_snippets(uow)[1].body == "Salam sehat dari Dinkes!"

    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.undo_button.click()
    with ctx.uow() as uow:
        assert snippets.list_snippets(uow)[1].body == "Teks tiga"
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.undo_button.click()
    assert names() == ["Satu", "Dua", "Tiga"]


def test_a_published_post_takes_nothing(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    with ctx.uow() as uow:
        snippets.create_snippet(uow, "Salam", "Salam sehat!")
    editor = _editor(qtbot, workbench, ctx, "Sudah tayang.")
    master = editor.captions.master.caption
    master.setReadOnly(True)  # as for a published or archived post
    menu = editor.insert_menu
    menu.popup_at_caption()
    salam = next(a for a in menu.actions() if a.text() == "Salam")
    assert not salam.isEnabled()
    assert "Caption posting ini tidak dapat diubah lagi" in [a.text() for a in menu.actions()]
    menu.hide()
    menu.insert("Salam sehat!")
    assert master.toPlainText() == "Sudah tayang."
