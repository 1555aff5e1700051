"""The Paket page: export with progress, history, import by dialog and by drop, the dashboard."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from sosmed_desktop.bootstrap import AppContext, bootstrap
from sosmed_desktop.config import SETTINGS_FILE
from sosmed_desktop.errors import DomainError
from sosmed_desktop.services.packages import exporting as packages_export
from sosmed_desktop.services.posts import posts
from tests.unit.packaging import approved_post
from ui.main_window import MainWindow
from ui.packages import export_panel
from ui.packages.page import PackagesPage


@pytest.fixture
def sender(tmp_path: Path) -> Iterator[AppContext]:
    """Another department's data folder that sends a package."""
    other = bootstrap(tmp_path / "sender")
    yield other
    other.dispose()


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    return shown


def _page(window: MainWindow, qtbot: QtBot) -> PackagesPage:
    page = window.page("packages")
    assert isinstance(page, PackagesPage)
    with qtbot.waitSignal(page.panel.loaded, timeout=20000):
        window.show_section("packages")
        page.panel.reload()
    return page


def test_export_selected_with_progress_and_history(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, tmp_path: Path, _no_modal_boxes: list[str]
) -> None:
    post_id = approved_post(ctx, tmp_path / "photos")
    page = _page(window, qtbot)
    panel = page.panel
    assert panel.waiting.topLevelItemCount() == 1
    assert panel.waiting.topLevelItem(0).text(1) == "Posyandu Balita Sukamaju"
    out = tmp_path / "bersama"
    panel.set_target(out)
    assert ctx.config.get("export_folder") == str(out)
    stored = json.loads((ctx.config.data_dir / SETTINGS_FILE).read_text(encoding="utf-8"))
    assert stored["export_folder"] == str(out), "remembered in the settings file"
    panel.waiting.topLevelItem(0).setSelected(True)
    announced: list[tuple[str, list[int]]] = []
    window.bus.data_changed.connect(lambda kind, ids: announced.append((kind, ids)))
    with qtbot.waitSignal(panel.exported, timeout=30000) as exported:
        qtbot.mouseClick(panel.export_selected_button, Qt.MouseButton.LeftButton)
        assert panel.progress_box.isVisibleTo(page)
    report = exported.args[0]
    assert [r.post_id for r in report.written] == [post_id]
    assert ("post", [post_id]) in announced, "the export's record names its post"
    assert report.written[0].path.parent == out and report.written[0].path.is_file()
    assert "1 paket ditulis ke" in _no_modal_boxes[-1]
    qtbot.waitUntil(lambda: panel.waiting.topLevelItemCount() == 0, timeout=10000)
    qtbot.waitUntil(lambda: panel.history.topLevelItemCount() == 1, timeout=10000)
    assert panel.history.topLevelItem(0).text(2) == report.written[0].path.name
    assert not panel.progress_box.isVisibleTo(page)


def test_cancel_during_export_writes_nothing(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    approved_post(ctx, tmp_path / "photos")
    panel = _page(window, qtbot).panel
    panel.set_target(tmp_path / "out")
    panel._progress.changed.connect(lambda *_: panel.cancel_export())
    with qtbot.waitSignal(panel.exported, timeout=30000) as exported:
        panel.export_all()
    assert exported.args[0].cancelled and exported.args[0].written == []
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def _drop(window: MainWindow, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(QPoint(400, 300)), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.dropEvent(event)
    return event


def test_import_by_drop(
    window: MainWindow, ctx: AppContext, sender: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    sent = approved_post(sender, tmp_path / "photos")
    package = packages_export.export_post(sender, sent, tmp_path / "kiriman").path
    page = _page(window, qtbot)
    window.show_section("calendar")
    announced: list[tuple[str, list[int]]] = []
    window.bus.data_changed.connect(lambda kind, ids: announced.append((kind, ids)))
    with qtbot.waitSignal(page.panel.imported, timeout=30000) as imported:
        event = _drop(window, [package])
    assert event.isAccepted()
    assert window.pages.currentWidget() is page
    outcome = imported.args[0]
    assert outcome.created and outcome.source_department == "Dinas Kesehatan"
    # what the import committed is announced from its record: the calendar shows the post
    # (ids [] = any post: a photo of a variant names its variant, not the post)
    assert any(k == "post" and outcome.post_id in (ids or [outcome.post_id])
               for k, ids in announced)  # fmt: skip
    assert "media" in {kind for kind, _ids in announced}
    with ctx.uow() as uow:
        assert posts.get_post(uow, outcome.post_id).title == "Posyandu Balita Sukamaju"


def test_hostile_drop_shows_the_refusal(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[DomainError] = []
    monkeypatch.setattr("ui.errors.show_error", lambda _p, exc: shown.append(exc))
    bad = tmp_path / "paket.zip"
    bad.write_bytes(b"bukan zip")
    page = _page(window, qtbot)
    with qtbot.waitSignal(page.panel.imported, timeout=20000):
        _drop(window, [bad, tmp_path / "foto.jpg"])
    assert [e.code for e in shown] == ["package_not_zip"]
    from ui.errors import describe

    assert describe(shown[0]).startswith("Paket paket.zip ditolak")


def test_import_by_dialog(
    window: MainWindow, sender: AppContext, qtbot: QtBot, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    package = packages_export.export_post(
        sender, approved_post(sender, tmp_path / "photos"), tmp_path / "kiriman"
    ).path
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(package)], ""))
    panel = _page(window, qtbot).panel
    with qtbot.waitSignal(panel.imported, timeout=30000) as first:
        qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.imported, timeout=30000) as second:
        panel.import_files([package])
    assert first.args[0].created and not second.args[0].created


def test_dashboard_and_saving_the_report(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    approved_post(ctx, tmp_path / "photos")
    page = _page(window, qtbot)
    dashboard = page.dashboard
    page.tabs.setCurrentWidget(dashboard)
    with qtbot.waitSignal(dashboard.loaded, timeout=20000) as loaded:
        dashboard.year, dashboard.month = 2026, 11
        dashboard.step(1)
    assert loaded.args[0].month == 12
    assert dashboard.month_label.text() == "Desember 2026"
    assert dashboard.total.value.text() == "1"
    assert ("Instagram", 1, None) in dashboard.platforms.rows
    assert dashboard.statuses.rows[4][:2] == ("Disetujui", 1)
    target = tmp_path / "laporan"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(dashboard.saved, timeout=20000) as saved:
        qtbot.mouseClick(dashboard.csv_button, Qt.MouseButton.LeftButton)
    assert saved.args[0] == tmp_path / "laporan.csv"
    assert saved.args[0].read_bytes().startswith(b"\xef\xbb\xbf")
    with qtbot.waitSignal(dashboard.saved, timeout=20000) as saved:
        qtbot.mouseClick(dashboard.pdf_button, Qt.MouseButton.LeftButton)
    assert saved.args[0].read_bytes().startswith(b"%PDF-")


def test_calendar_file_from_the_menu(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from ui.packages.ics_dialog import IcsDialog

    approved_post(ctx, tmp_path / "photos")
    target = tmp_path / "jadwal.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialogs: list[IcsDialog] = []

    def run(dialog: IcsDialog) -> int:
        dialogs.append(dialog)
        dialog.all_dates.setChecked(True)
        with qtbot.waitSignal(dialog.written, timeout=20000):
            dialog.choose_file()
        return 1

    monkeypatch.setattr(IcsDialog, "exec", run)
    window.commands.ics_action.trigger()
    assert dialogs and dialogs[0].range() == (None, None)
    assert target.read_bytes().count(b"BEGIN:VEVENT") == 1
    assert "jadwal.ics" in window.statusBar().currentMessage()


def test_export_from_the_post_editor(
    window: MainWindow,
    ctx: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    _no_modal_boxes: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An approved post's editor offers "Export package", which runs on the Paket page."""
    from tests.ui.editing import wait_loaded

    post_id = approved_post(ctx, tmp_path / "photos")
    page = _page(window, qtbot)
    assert page.panel.target == ctx.config.exports_dir, "the data folder's exports/ at first"
    out = tmp_path / "flashdisk"
    asked: list[str] = []

    def choose(_parent, _title, start, *_args):
        asked.append(start)
        return str(out) if len(asked) == 1 else ""

    monkeypatch.setattr(export_panel.QFileDialog, "getExistingDirectory", choose)
    opened_folders: list[str] = []
    monkeypatch.setattr(
        export_panel.QDesktopServices,
        "openUrl",
        lambda url: opened_folders.append(url.toLocalFile()),
    )
    monkeypatch.setattr(
        QMessageBox,
        "clickedButton",
        lambda box: next(b for b in box.buttons() if b.text() == "Buka folder"),
    )
    window.show_section("calendar")
    with qtbot.waitSignal(window.editors.editor_opened, timeout=20000) as opened:
        window.editors.open_post(post_id)
    editor = wait_loaded(qtbot, opened.args[0])
    button = editor.approval.buttons["export"]
    assert not button.isHidden(), "offered for an approved post"
    with qtbot.waitSignal(page.panel.exported, timeout=30000) as exported:
        button.click()
    assert asked == [str(ctx.config.exports_dir)], "asked where, starting at exports/"
    assert window.pages.currentWidget() is page
    assert [r.post_id for r in exported.args[0].written] == [post_id]
    assert exported.args[0].written[0].path.parent == out
    assert f"1 paket ditulis ke {out}" in _no_modal_boxes[-1]
    assert opened_folders == [str(out)], "the result offers to open the folder"
    assert ctx.config.get("export_folder") == str(out)
    # Next time the question starts at that folder; cancelling it exports nothing.
    with qtbot.assertNotEmitted(page.panel.exported, wait=200):
        button.click()
    assert asked[-1] == str(out)
