"""Ctrl+F finds directions and data notes too, and opens them on the "Arahan & Data" page."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext, bootstrap
from sosmed_desktop.domain.notes import NoteInput
from sosmed_desktop.domain.statuses import DirectionStatus
from sosmed_desktop.services.directions import data_notes, directions
from sosmed_desktop.services.posts import posts
from tests.unit.posting import post_input
from ui.directions.page import DirectionsPage
from ui.main_window import MainWindow
from ui.search.hits import HTML_ROLE
from ui.search.search_dialog import KEY_ROLE, SearchDialog


@pytest.fixture
def found(ctx: AppContext) -> dict[str, int]:
    """A post, a finished direction (hidden by the page's default "open" view), another
    direction and a data note, all about measles vaccination."""
    now = clock.now()
    with ctx.uow() as uow:
        ids = {
            "post": posts.create_post(
                uow, post_input(title="Kampanye campak di sekolah", when=now + timedelta(days=3))
            ).id
        }
    with ctx.uow() as uow:
        ids["direction"] = directions.create_direction(
            uow,
            directions.DirectionInput(
                given_by_name="H. Dani Ramdan",
                given_by_position="Bupati Bekasi",
                given_at=now - timedelta(days=9),
                content="Sebarkan jadwal vaksinasi campak-rubela 🎉 di semua kecamatan.",
            ),
        )
    with ctx.uow() as uow:
        directions.change_status(uow, ids["direction"], DirectionStatus.DONE.value)
    with ctx.uow() as uow:
        ids["other"] = directions.create_direction(
            uow,
            directions.DirectionInput(
                given_by_name="dr. Ahmad Fauzi",
                given_by_position="Kepala Dinas Kesehatan",
                given_at=now - timedelta(days=2),
                content="Unggah jadwal pelayanan puskesmas saat libur.",
            ),
        )
    with ctx.uow() as uow:
        ids["note"] = data_notes.create_note(
            uow,
            NoteInput(
                title="Cakupan imunisasi campak-rubela",
                value=Decimal("1245300"),
                unit="dosis",
                source="Dinas Kesehatan",
                tags=("bias",),
            ),
        )
    return ids


def _search(window: MainWindow, qtbot: QtBot, text: str) -> SearchDialog:
    window.resize(1366, 768)
    window.show()
    window.commands.open_search()
    dialog = window.search_dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(dialog.results_shown, timeout=5000):
        qtbot.keyClicks(dialog.query, text)
    return dialog


def _choose(dialog: SearchDialog, key: str) -> None:
    rows = [dialog.results.item(i).data(KEY_ROLE) for i in range(dialog.results.count())]
    dialog.results.setCurrentRow(rows.index(key))
    dialog.query.setFocus()


def test_search_lists_every_kind_and_opens_a_direction(
    workbench: MainWindow, found: dict[str, int], qtbot: QtBot
) -> None:
    dialog = _search(workbench, qtbot, "campak")
    keys = [dialog.results.item(i).data(KEY_ROLE) for i in range(dialog.results.count())]
    assert keys == [f"post:{found['post']}", f"direction:{found['direction']}",
                    f"data_note:{found['note']}"]  # fmt: skip
    assert dialog.status.text() == "Ditemukan: 1 posting, 1 arahan, 1 data pendukung"
    assert dialog.windowTitle() == "Cari"
    direction_html = dialog.results.item(1).data(HTML_ROLE)
    assert "Arahan" in direction_html and "H. Dani Ramdan, Bupati Bekasi" in direction_html
    assert "<b style='background:#fde68a'>campak</b>" in direction_html
    assert "Selesai" in direction_html  # its status, in Indonesian
    note_html = dialog.results.item(2).data(HTML_ROLE)
    assert "Data" in note_html and "1.245.300 dosis" in note_html

    page = workbench.page("directions")
    assert isinstance(page, DirectionsPage)
    _choose(dialog, f"direction:{found['direction']}")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    tab = page.directions
    qtbot.waitUntil(
        lambda: (row := tab.selected_row()) is not None and row.id == found["direction"],
        timeout=5000,
    )
    assert workbench.pages.currentWidget() is page
    assert page.tabs.currentWidget() is tab
    assert tab.view.currentData() == "all"  # the open-only view would hide a finished one
    [selected] = tab.table.selectionModel().selectedRows()
    assert tab.model.rows[selected.row()].id == found["direction"]
    assert tab.panel.row is not None and tab.panel.row.id == found["direction"]


def test_opening_a_data_note_clears_the_filters_that_hide_it(
    workbench: MainWindow, found: dict[str, int], qtbot: QtBot
) -> None:
    page = workbench.page("directions")
    assert isinstance(page, DirectionsPage)
    notes = page.notes
    qtbot.waitUntil(lambda: len(notes.model.rows) == 1, timeout=5000)
    notes.search.setText("tidak ada catatan seperti ini")
    qtbot.waitUntil(lambda: notes.model.rows == [], timeout=5000)
    dialog = _search(workbench, qtbot, "1.245.300")
    assert [dialog.results.item(i).data(KEY_ROLE) for i in range(dialog.results.count())] == [
        f"data_note:{found['note']}"
    ]
    dialog.results.itemDoubleClicked.emit(dialog.results.item(0))
    qtbot.waitUntil(lambda: notes.panel.row is not None, timeout=5000)
    assert notes.panel.row.id == found["note"]
    assert workbench.pages.currentWidget() is page and page.tabs.currentWidget() is notes
    assert notes.search.text() == ""
    [selected] = notes.table.selectionModel().selectedRows()
    assert notes.model.rows[selected.row()].id == found["note"]


def test_a_hit_deleted_meanwhile_is_explained_and_dropped(
    workbench: MainWindow,
    ctx: AppContext,
    found: dict[str, int],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, title, text, *_a: told.append((title, text))
    )
    dialog = _search(workbench, qtbot, "bupati")
    assert dialog.results.count() == 1
    with ctx.uow() as uow:  # deleted elsewhere (another PC on a shared database)
        directions.delete_direction(uow, found["direction"])
    with qtbot.waitSignal(dialog.results_shown, timeout=5000) as shown:
        dialog.open_current()
    assert told == [("Arahan tidak ditemukan", "Arahan ini sudah tidak ada karena telah dihapus.")]
    assert shown.args == [0]  # the search ran again: the hit is gone
    assert dialog.status.text() == "Tidak ada yang cocok."


def test_search_follows_a_restored_database(
    workbench: MainWindow, found: dict[str, int], qtbot: QtBot, tmp_path: Path
) -> None:
    """After a restore the window works on the new database: so does the open search."""
    dialog = _search(workbench, qtbot, "bupati")
    assert dialog.results.count() == 1
    restored = bootstrap(tmp_path / "restored")
    try:
        with restored.uow() as uow:
            post_id = posts.create_post(uow, post_input(title="Sapa Bupati di Posyandu")).id
        workbench.replace_context(restored)  # the old database is closed
        with qtbot.waitSignal(dialog.results_shown, timeout=5000) as shown:
            dialog.search()
        assert shown.args == [1]
        assert dialog.results.item(0).data(KEY_ROLE) == f"post:{post_id}"
    finally:
        QThreadPool.globalInstance().waitForDone(5000)
        restored.dispose()
