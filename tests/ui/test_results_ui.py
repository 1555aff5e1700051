"""Results from the GUI: import an export (known or mapped), confirm matches, read the figures."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models_results import PostResult
from tests.ui.editing import wait_loaded
from tests.unit.helpers import count
from tests.unit.results_files import IG_EN, instagram_row, write_csv
from tests.unit.test_results_import import _published
from ui.main_window import MainWindow
from ui.packages.charts import BarChart
from ui.packages.page import PackagesPage
from ui.results.import_dialog import ResultsImportDialog


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    return shown


def _dashboard_of_november(window: MainWindow, qtbot: QtBot) -> PackagesPage:
    page = window.page("packages")
    assert isinstance(page, PackagesPage)
    window.show_section("packages")
    page.tabs.setCurrentWidget(page.dashboard)
    with qtbot.waitSignal(page.dashboard.results.loaded, timeout=20000):
        page.dashboard.year, page.dashboard.month = 2026, 11
        page.dashboard.step(0)
    return page


def _open_import(
    page: PackagesPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, path: Path
) -> ResultsImportDialog:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    with qtbot.waitSignal(page.dashboard.results.import_opened, timeout=5000) as opened:
        page.dashboard.import_button.click()
    dialog = opened.args[0]
    qtbot.waitUntil(
        lambda: not (dialog.rows_box.isHidden() and dialog.mapping_box.isHidden()), timeout=10000
    )
    return dialog


def test_a_known_export_is_checked_confirmed_and_reported(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    by_link = _published(ctx, "Jumat bersih", "instagram", datetime(2026, 11, 2, 9, 13, tzinfo=UTC),
                         "https://www.instagram.com/p/WkPj/")  # fmt: skip
    _published(ctx, "Posyandu Melati", "instagram", datetime(2026, 11, 5, 9, 20, tzinfo=UTC))
    _published(ctx, "Belum ada hasil", "facebook", datetime(2026, 11, 6, 2, 0, tzinfo=UTC))
    path = write_csv(tmp_path / "ig.csv", IG_EN, [
        instagram_row("1", "https://instagram.com/p/WkPj", "11/02/2026 16:13", 1450, 900),
        instagram_row("2", "https://www.instagram.com/p/Other/", "11/05/2026 16:25", 800, 500),
        instagram_row("3", "https://www.instagram.com/p/Third/", "11/20/2026 10:00", 300, 250),
    ])  # fmt: skip
    page = _dashboard_of_november(window, qtbot)
    section = page.dashboard.results
    assert not section.empty.isHidden() and "Impor hasil…" in section.empty.text()
    dialog = _open_import(page, qtbot, monkeypatch, path)
    assert dialog.summary.text().startswith("Ekspor Meta Business Suite, Instagram · 3 baris")
    assert "1 kemungkinan cocok lewat waktu terbit" in dialog.counts.text()
    likely = dialog.table.cellWidget(1, 4)
    assert isinstance(likely, QComboBox) and likely.currentData() is None, "never tied unasked"
    dialog.accept_likely.click()
    assert likely.currentText() == "Posyandu Melati"
    assert dialog.confirmed() == {3: likely.currentData()}
    with qtbot.waitSignal(section.loaded, timeout=10000):
        dialog.import_button.click()
    assert count(ctx, PostResult) == 3
    text = section.platforms.text()
    assert text.startswith("Instagram: 3 posting (1 tidak direncanakan di aplikasi)")
    assert "Jangkauan 1.650" in text and "Sumber: ekspor Meta Business Suite, diunduh" in text
    assert section.missing.text() == (
        "Belum ada hasil untuk 1 posting di Facebook yang terbit bulan ini."
    )
    assert section.top.item(0, 1).text() == "Jumat bersih"
    assert section.breakdown.text() == "Per program: Tanpa program (Instagram, jangkauan): 1.400"
    (trend,) = section.findChildren(BarChart)
    assert trend.accessibleName() == "Instagram: jangkauan per bulan"
    assert [total for _label, total, _colour in trend.rows][-2:] == [0, 1650]

    editor = wait_loaded(qtbot, window.editors.open_post(by_link))
    editor.side.setCurrentWidget(editor.results)
    qtbot.waitUntil(lambda: bool(editor.results.texts()), timeout=5000)
    (entry,) = editor.results.texts()
    assert entry.startswith("Instagram · https://instagram.com/p/WkPj")
    assert (
        "Jangkauan 900 · Tayangan 1.450" in entry and "Dari ig.csv (Meta Business Suite)" in entry
    )
    assert not editor.is_dirty(), "opening a post to read its results changes nothing"
    editor.close()


def test_an_unknown_export_is_mapped_in_the_dialog(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    path = write_csv(
        tmp_path / "fb.csv",
        ["Tautan", "Waktu", "Reach", "Reaksi"],
        [["https://www.facebook.com/dinkes/posts/1", "11/02/2026 07:39", 3100, 70]],
    )
    page = _dashboard_of_november(window, qtbot)
    dialog = _open_import(page, qtbot, monkeypatch, path)
    assert not dialog.mapping_box.isHidden() and dialog.rows_box.isHidden()
    assert dialog.columns.item(0, 1).text() == "https://www.facebook.com/dinkes/posts/1"
    dialog.platform.setCurrentIndex(dialog.platform.findData("facebook"))
    holds = [dialog.columns.cellWidget(i, 2) for i in range(4)]
    assert [h.currentData() for h in holds] == ["", "", "reach", ""], "guessed from Meta's names"
    holds[0].setCurrentIndex(holds[0].findData("link"))
    holds[1].setCurrentIndex(holds[1].findData("published_at"))
    holds[3].setCurrentIndex(holds[3].findData("reactions"))
    with qtbot.waitSignal(dialog.shown, timeout=10000):
        dialog.map_button.click()
    assert not dialog.rows_box.isHidden()
    assert dialog.table.item(0, 3).text() == "Jangkauan 3.100 · Reaksi / suka 70"
    with qtbot.waitSignal(dialog.shown, timeout=10000):
        dialog.reread_button.click()
    assert not dialog.rows_box.isHidden(), "read again with the officer's mapping"
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.import_button.click()
    assert count(ctx, PostResult) == 1
    december = write_csv(
        tmp_path / "fb-2.csv",
        ["Tautan", "Waktu", "Reach", "Reaksi"],
        [["https://www.facebook.com/dinkes/posts/2", "12/02/2026 07:39", 900, 7]],
    )
    again = _open_import(page, qtbot, monkeypatch, december)
    assert again.mapping_box.isHidden(), "the remembered mapping reads the next file by itself"
    assert again.table.item(0, 3).text() == "Jangkauan 900 · Reaksi / suka 7"


def test_a_wrong_file_is_removed_after_a_confirmation(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from sosmed_desktop.services.results.importing import commit_results, preview_results
    from ui.results import files_dialog

    path = write_csv(
        tmp_path / "salah.csv",
        IG_EN,
        [instagram_row("1", "https://www.instagram.com/p/A/", "11/02/2026 16:13", 10, 5)],
    )
    with ctx.uow() as uow:
        commit_results(uow, preview_results(uow, path, ctx.config.tz), date(2026, 12, 3))
    page = _dashboard_of_november(window, qtbot)
    with qtbot.waitSignal(page.dashboard.results.files_opened, timeout=5000) as opened:
        page.dashboard.results.files_button.click()
    dialog = opened.args[0]
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    assert dialog.table.item(0, 3).text() == "3 Desember 2026"
    asked: list[str] = []
    monkeypatch.setattr(files_dialog, "ask", lambda _p, _t, text: asked.append(text) or False)
    dialog.table.selectRow(0)
    dialog.remove_button.click()
    assert asked and asked[0].startswith("Hapus salah.csv (diekspor 3 Desember 2026)")
    assert count(ctx, PostResult) == 1, "declined: nothing removed"
    monkeypatch.setattr(files_dialog, "ask", lambda *_a: True)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.remove_button.click()
    assert count(ctx, PostResult) == 0 and dialog.table.rowCount() == 0
    assert not dialog.empty.isHidden()
