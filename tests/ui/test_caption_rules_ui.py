"""The editor counts as each platform counts, underlines unknown words and offers
suggestions; the month view marks cuti bersama apart."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.services.posts import spelling
from tests.ui.editing import wait_checked, wait_loaded
from ui.editor.window import PostEditor
from ui.main_window import MainWindow

X_CAPTION = "PPDB dibuka 🎉 Daftar ➡️s.id/PPDB-Bekasi2026 #PPDB2026"


def _editor(qtbot: QtBot, workbench: MainWindow) -> PostEditor:
    assert workbench.editors is not None
    editor = wait_loaded(qtbot, workbench.editors.new_post(platforms=("instagram", "x", "threads")))
    qtbot.waitUntil(lambda: editor.spelling.dictionary is not None, timeout=5000)
    return editor


def test_counters_follow_each_platform_rule(workbench: MainWindow, qtbot: QtBot) -> None:
    editor = _editor(qtbot, workbench)
    editor.captions.master.caption.setPlainText(X_CAPTION)
    x_counter = editor.captions.platform_tabs["x"].counter.text()
    # "PPDB dibuka " 12 + 🎉 2 + " Daftar " 8 + ➡️ 2 + link 23 + " #PPDB2026" 10
    assert x_counter.startswith("57 / 280 karakter") and "hitungan X" in x_counter
    threads = editor.captions.platform_tabs["threads"].counter.text()
    # graphemes 45 + the two emoji's bytes (4 + 6) instead of 1 each
    assert threads.startswith(f"{len('PPDB dibuka  Daftar s.id/PPDB-Bekasi2026 #PPDB2026') + 10}")
    assert "1 / 5 tautan" in threads and "emoji dihitung per byte" in threads
    six = " ".join(f"s.id/a{i}" for i in range(6))
    editor.captions.master.caption.setPlainText(six)
    assert "6 / 5 tautan" in editor.captions.platform_tabs["threads"].counter.text()
    assert "c0392b" in editor.captions.platform_tabs["threads"].counter.styleSheet()
    wait_checked(qtbot, editor)
    links = [s for s in editor.checks.shown if s.finding.code == "too_many_links"]
    assert links and links[0].platforms == ("threads",)


def test_unknown_words_are_underlined_with_suggestions_and_can_be_added(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    editor = _editor(qtbot, workbench)
    master = editor.captions.master.caption
    master.setPlainText("Jaga kesehtan di Cikarang #Kesehtan s.id/Kesehtn")
    block = master.document().firstBlock()
    underlined = [
        block.text()[r.start : r.start + r.length]
        for r in block.layout().formats()
        if r.format.underlineStyle() == r.format.underlineStyle().SpellCheckUnderline
    ]
    assert underlined == ["kesehtan", "Cikarang"]
    cursor = master.document().find("kesehtan")
    inside = QTextCursor(cursor)
    inside.setPosition(cursor.selectionStart() + 2)
    menu = master.context_menu(master.cursorRect(inside).center())
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "kesehatan" and "Tambahkan “kesehtan” ke kamus" in texts
    next(a for a in menu.actions() if a.text() == "kesehatan").trigger()
    assert master.toPlainText().startswith("Jaga kesehatan di Cikarang")

    cursor = master.document().find("Cikarang")
    inside.setPosition(cursor.selectionStart() + 1)
    menu = master.context_menu(master.cursorRect(inside).center())
    add = next(a for a in menu.actions() if a.objectName() == "addToDictionary")
    with qtbot.waitSignal(workbench.bus.data_changed, timeout=5000):
        add.trigger()
    qtbot.waitUntil(lambda: editor.spelling.dictionary.is_known("Cikarang"), timeout=5000)
    with ctx.uow() as uow:
        assert [r.word for r in spelling.list_words(uow)] == ["Cikarang"]
    formats = master.document().firstBlock().layout().formats()
    assert not any(r.format.underlineStyle() != r.format.underlineStyle().NoUnderline
                   for r in formats)  # fmt: skip


def _red_columns(edit: QLineEdit) -> list[int]:
    """The x of every column of `edit` drawn in the underline's red."""
    image = edit.grab().toImage()
    return sorted({
        x for x in range(image.width()) for y in range(image.height())
        if (c := image.pixelColor(x, y)).red() > c.green() + 50 and c.red() > c.blue() + 50
    })  # fmt: skip


def test_the_title_is_underlined_too_and_corrected_from_its_menu(
    workbench: MainWindow, qtbot: QtBot
) -> None:
    editor = _editor(qtbot, workbench)
    title = editor.details.title
    title.setText("Posyandu balita sehat")
    assert _red_columns(title) == []
    title.setText("Posyandu kesehtan balita")
    title.setCursorPosition(0)
    red = _red_columns(title)
    metrics = title.fontMetrics()
    start, end = (metrics.horizontalAdvance(t) for t in ("Posyandu ", "Posyandu kesehtan"))
    assert red and end - start - 4 <= red[-1] - red[0] <= end - start + 4, "under the word only"
    assert [t.word for t in editor.spelling.lines[0].underlined()] == ["kesehtan"]

    title.setCursorPosition(len("Posyandu kes"))
    menu = editor.spelling.lines[0].context_menu(title.cursorRect().center())
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "kesehatan" and "Tambahkan “kesehtan” ke kamus" in texts
    next(a for a in menu.actions() if a.text() == "kesehatan").trigger()
    assert title.text() == "Posyandu kesehatan balita"
    assert _red_columns(title) == []
    title.undo()  # the field's own undo takes the correction back
    assert title.text() == "Posyandu kesehtan balita"


def test_the_title_underline_leaves_an_input_methods_composition_alone(
    workbench: MainWindow, qtbot: QtBot
) -> None:
    editor = _editor(qtbot, workbench)
    title, line = editor.details.title, editor.spelling.lines[0]
    title.setText("Posyandu kesehtan ")
    title.setFocus()
    sent: list[str] = []
    real_send = QCoreApplication.sendEvent

    def watch(receiver, event):  # type: ignore[no-untyped-def]
        if receiver is title and isinstance(event, QInputMethodEvent):
            sent.append(event.preeditString())
        return real_send(receiver, event)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QCoreApplication, "sendEvent", watch)
        QCoreApplication.sendEvent(title, QInputMethodEvent("bal", []))  # composing "bal"
        assert line.composing
        editor.spelling.rehighlight()  # e.g. a colleague added a word meanwhile
        assert sent == ["bal"], "no underline event over the composition"
        commit = QInputMethodEvent()
        commit.setCommitString("balita")
        QCoreApplication.sendEvent(title, commit)
        qtbot.waitUntil(lambda: len(sent) == 3)  # the commit, then the underline again
    assert not line.composing and title.text() == "Posyandu kesehtan balita"
    assert [t.word for t in line.underlined()] == ["kesehtan"]


def test_nonstandard_words_in_the_checks_panel(workbench: MainWindow, qtbot: QtBot) -> None:
    editor = _editor(qtbot, workbench)
    editor.captions.master.caption.setPlainText("Himbauan bagi warga: kurangi resiko banjir.")
    wait_checked(qtbot, editor)
    texts = [editor.checks.list.item(i).text() for i in range(editor.checks.list.count())]
    assert any("Bentuk baku: Imbauan" in t for t in texts)
    assert any("Bentuk baku: risiko" in t for t in texts)


def test_month_view_marks_cuti_bersama_apart(window: MainWindow, qtbot: QtBot) -> None:
    day = date(2026, 12, 24)
    page = window.calendar
    page.go_to(day)
    qtbot.waitUntil(lambda: day in page.month_view._marks, timeout=5000)
    [mark] = page.month_view._marks[day]
    assert mark.kind == "collective_leave" and mark.name == "Cuti Bersama Hari Raya Natal"
    assert page.month_view._marks[date(2026, 12, 25)][0].kind == "holiday"
