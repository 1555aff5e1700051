"""The department's word list end to end: opened from Sunting → Kamus…, words added
(several at once, with a kind), a refused word explained, words filtered, removed after
the question (then undone and redone), and an open editor learning the words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.services.posts import spelling
from ui.main_window import MainWindow
from ui.spelling.dialog import DictionaryDialog


def _listed(ctx: AppContext) -> list[tuple[str, str]]:
    with ctx.uow() as uow:
        return [(r.word, r.kind) for r in spelling.list_words(uow)]


def _open(window: MainWindow, qtbot: QtBot) -> DictionaryDialog:
    window.commands.dictionary_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(DictionaryDialog) is not None)
    dialog = window.findChild(DictionaryDialog)
    qtbot.waitUntil(lambda: dialog.status.text() != "", timeout=10000)
    return dialog


def test_words_are_added_filtered_removed_and_undone(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = workbench
    assert window.commands.dictionary_action.text() == "&Kamus…"
    dialog = _open(window, qtbot)
    assert dialog.windowTitle() == "Kamus"
    assert dialog.status.text().startswith("Belum ada kata.")
    assert not dialog.add_button.isEnabled() and not dialog.remove_button.isEnabled()

    # Two places at once, typed with a comma; Enter adds them.
    dialog.kind.setCurrentIndex(dialog.kind.findData("place"))
    qtbot.keyClicks(dialog.word_edit, "Cikarang, Tambun")
    with qtbot.waitSignal(dialog.changed, timeout=10000):
        qtbot.keyClick(dialog.word_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=10000)
    assert _listed(ctx) == [("Cikarang", "place"), ("Tambun", "place")]
    assert dialog.word_edit.text() == ""
    assert dialog.list.item(0).text() == "Cikarang · Tempat"
    assert dialog.status.text() == "2 kata di daftar"

    # A word listed already is not added twice; a hashtag is refused with the reason.
    dialog.word_edit.setText("cikarang")
    dialog.add_button.click()
    assert dialog.status.text() == "Sudah ada di daftar."
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    dialog.word_edit.setText("#Bekasi")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "“#Bekasi” bukan satu kata" in shown[0]
    assert _listed(ctx) == [("Cikarang", "place"), ("Tambun", "place")]

    # The filter narrows the list and says when nothing matches.
    dialog.filter.setText("tam")
    assert [dialog.list.item(i).isHidden() for i in range(2)] == [True, False]
    dialog.filter.setText("zzz")
    assert dialog.status.text() == "Tidak ada kata yang memuat “zzz”."
    dialog.filter.clear()

    # Removing asks first (Batal keeps the word), then Undo brings it back and Redo removes it.
    asked: list[str] = []

    def answer(box: QMessageBox, button: QMessageBox.StandardButton) -> int:
        asked.append(box.text())
        return button

    dialog.list.item(1).setSelected(True)
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: answer(box, QMessageBox.StandardButton.Cancel)
    )
    dialog.remove_button.click()
    assert asked == ["Hapus “Tambun” dari kamus?"]
    assert len(_listed(ctx)) == 2
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: answer(box, QMessageBox.StandardButton.Yes)
    )
    with qtbot.waitSignal(dialog.changed, timeout=10000):
        dialog.remove_button.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10000)
    assert _listed(ctx) == [("Cikarang", "place")]
    with qtbot.waitSignal(dialog.changed, timeout=10000):
        dialog.undo_button.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=10000)
    assert _listed(ctx) == [("Cikarang", "place"), ("Tambun", "place")]
    with qtbot.waitSignal(dialog.changed, timeout=10000):
        dialog.redo_button.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10000)
    assert _listed(ctx) == [("Cikarang", "place")]


def test_a_word_added_elsewhere_appears_in_the_open_list(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    dialog = _open(workbench, qtbot)
    with ctx.uow() as uow:  # as the editor's "Tambahkan ke kamus" does
        spelling.add_words(uow, ["Setu"])
    workbench.bus.announce("spelling")
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10000)
    assert dialog.list.item(0).text() == "Setu · Kata lain"
