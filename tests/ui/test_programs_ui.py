"""The programs dialog end to end: reached from the calendar's legend, programs created,
recoloured, merged (with the count asked about, then undone and redone) and archived,
and the calendar's legend and an open editor's choices following every change."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.services.calendar import programs
from sosmed_desktop.services.posts import posts
from tests.ui.editing import accept_dialogs, wait_loaded
from tests.unit.posting import post_input
from ui.main_window import MainWindow
from ui.programs.dialog import ProgramsDialog
from ui.programs.forms import MergeDialog, NameDialog


def _legend(window: MainWindow) -> list[str]:
    return [b.text() for b in window.calendar.filter_bar.legend_entries()]


def _legend_colour(window: MainWindow, name: str) -> str:
    button = next(b for b in window.calendar.filter_bar.legend_entries() if b.text() == name)
    return button.icon().pixmap(12, 12).toImage().pixelColor(6, 6).name()


def _select(dialog: ProgramsDialog, name: str) -> None:
    row = next(i for i, r in enumerate(dialog.rows) if r.name == name)
    dialog.list.setCurrentRow(row)


def _names(monkeypatch: pytest.MonkeyPatch, answers: list[str | None]) -> list[NameDialog]:
    """Answer the name forms in turn (None: Cancel); returns the forms shown."""
    shown: list[NameDialog] = []

    def fake_exec(form: NameDialog) -> int:
        shown.append(form)
        answer = answers.pop(0)
        if answer is None:
            return QDialog.DialogCode.Rejected
        form.name.setText(answer)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NameDialog, "exec", fake_exec)
    return shown


def _confirm(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    asked: list[tuple[str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        asked.append((box.text(), box.informativeText()))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return asked


def _saved(qtbot: QtBot, dialog: ProgramsDialog, act: Callable[[], object]) -> None:
    with qtbot.waitSignal(dialog.changed, timeout=10000):
        act()
    qtbot.waitUntil(lambda: dialog.current() is not None, timeout=10000)


def test_programs_are_made_recoloured_merged_and_shown_in_the_legend(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = workbench
    window.resize(1366, 768)
    window.show()
    page = window.calendar
    assert _legend(window) == []
    page.filter_bar.programs_button.click()  # the legend's "Program…"
    qtbot.waitUntil(lambda: page.findChild(ProgramsDialog) is not None)
    dialog = page.findChild(ProgramsDialog)
    assert dialog.windowTitle() == "Program"
    qtbot.waitUntil(dialog.empty.isVisible)

    forms = _names(monkeypatch, ["Cegah  Stunting", "Imunisasi 2025", "Imunisasi"])
    for _ in range(3):
        _saved(qtbot, dialog, dialog.add_button.click)
    qtbot.waitUntil(lambda: len(dialog.rows) == 3)
    assert forms[0].windowTitle() == "Program baru"
    qtbot.waitUntil(lambda: _legend(window) == ["Cegah Stunting", "Imunisasi", "Imunisasi 2025"])

    # A name used already: the form comes back with what was typed and why.
    forms = _names(monkeypatch, ["cegah stunting", None])
    dialog.add_button.click()
    qtbot.waitUntil(lambda: len(forms) == 2, timeout=10000)
    assert forms[1].name.text() == "cegah stunting"
    assert forms[1].problem.text() == "Program bernama “Cegah Stunting” sudah ada."
    assert len(dialog.rows) == 3

    # A colour from the palette; the legend's swatch follows.
    _select(dialog, "Imunisasi 2025")
    accept_dialogs(monkeypatch, QColorDialog, lambda d: d.setCurrentColor(QColor("#be185d")))
    _saved(qtbot, dialog, dialog.colour_button.click)
    qtbot.waitUntil(lambda: _legend_colour(window, "Imunisasi 2025") == "#be185d")
    assert "Imunisasi 2025 · 0 posting" in dialog.list.currentItem().text()

    # Two posts of "Imunisasi 2025" merged into "Imunisasi": the count is asked about.
    old = next(r.id for r in dialog.rows if r.name == "Imunisasi 2025")
    for title in ("BIAN", "Imunisasi kejar"):
        with ctx.uow() as uow:
            posts.create_post(uow, post_input(title=title, platforms=("facebook",), program_id=old))
    window.bus.announce("post")
    qtbot.waitUntil(lambda: "· 2 posting" in dialog.list.currentItem().text(), timeout=10000)
    merge_forms = accept_dialogs(
        monkeypatch, MergeDialog, lambda d: d.target.setCurrentIndex(d.target.findText("Imunisasi"))
    )
    asked = _confirm(monkeypatch)
    _saved(qtbot, dialog, dialog.merge_button.click)
    assert [merge_forms[0].target.itemText(i) for i in range(2)] == ["Cegah Stunting", "Imunisasi"]
    question, details = asked[0]
    assert question == "Gabungkan “Imunisasi 2025” ke “Imunisasi”?"
    assert details.startswith("2 posting pindah ke “Imunisasi”.")
    qtbot.waitUntil(lambda: [r.name for r in dialog.rows] == ["Cegah Stunting", "Imunisasi"])
    qtbot.waitUntil(lambda: _legend(window) == ["Cegah Stunting", "Imunisasi"])
    qtbot.waitUntil(lambda: {r.program for r in page.rows.values()} == {"Imunisasi"})

    # Undo brings the program back with its posts and its colour; redo merges again.
    with qtbot.waitSignal(window.bus.data_changed, timeout=10000):
        dialog.undo_button.click()
    qtbot.waitUntil(lambda: _legend(window) == ["Cegah Stunting", "Imunisasi", "Imunisasi 2025"])
    assert _legend_colour(window, "Imunisasi 2025") == "#be185d"
    qtbot.waitUntil(lambda: {r.program for r in page.rows.values()} == {"Imunisasi 2025"})
    with qtbot.waitSignal(window.bus.data_changed, timeout=10000):
        dialog.redo_button.click()
    qtbot.waitUntil(lambda: _legend(window) == ["Cegah Stunting", "Imunisasi"])

    # Archiving asks first, leaves the legend and the new posts' choices.
    _select(dialog, "Cegah Stunting")
    _saved(qtbot, dialog, dialog.archive_button.click)
    assert asked[-1][0] == "Arsipkan “Cegah Stunting”?"
    qtbot.waitUntil(lambda: _legend(window) == ["Imunisasi"])
    qtbot.waitUntil(lambda: dialog.archive_button.text() == "&Pulihkan")
    assert dialog.list.currentItem().text() == "Cegah Stunting · 0 posting · diarsipkan"


def test_the_edit_menu_opens_the_programs(window: MainWindow, qtbot: QtBot) -> None:
    assert window.commands.programs_action.text() == "&Program…"
    window.commands.programs_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(ProgramsDialog) is not None)
    dialog = window.findChild(ProgramsDialog)
    assert dialog.isVisible()
    dialog.close()


def test_an_open_editor_offers_the_programs_as_they_are_now(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    with ctx.uow() as uow:
        old = programs.create_program(uow, "Anggaran").id
    editor = wait_loaded(qtbot, workbench.editors.new_post())
    details = editor.details
    details.program.setCurrentIndex(details.program.findData(old))

    def offered() -> list[str]:
        return [details.program.itemText(i) for i in range(1, details.program.count())]

    ops = workbench.bench.ops
    ops.write(workbench, lambda uow: programs.create_program(uow, "Germas"))
    qtbot.waitUntil(lambda: offered() == ["Anggaran", "Germas"])
    # Archived meanwhile: no longer offered, but still this post's choice.
    ops.write(workbench, lambda uow: programs.set_archived(uow, old, True))
    qtbot.waitUntil(lambda: offered() == ["Germas", "Anggaran"])
    assert details.program_id() == old


def test_program_names_stay_plain_text_in_the_legend(app, qtbot: QtBot) -> None:
    from sosmed_desktop.services.calendar.calendar import LegendEntry
    from ui.calendar.filter_bar import FilterBar

    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.set_choices([], [LegendEntry(1, "<b>Gizi</b> & Sehat", "#1d4ed8")], [])
    (button,) = bar.legend_entries()
    assert button.text() == "<b>Gizi</b> && Sehat"
    assert "&lt;b&gt;Gizi&lt;/b&gt;" in button.toolTip()
    with qtbot.waitSignal(bar.manage_programs):
        bar.programs.menu_.actions()[-1].trigger()  # "Kelola program…"
