"""The side panels' actions that both panels share: unlink posts, attach, replace and remove
a file, delete after asking; each change undone and redone."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import DataNote
from sosmed_desktop.domain.statuses import PostStatus
from sosmed_desktop.services.directions.attachments import direction_files, note_file
from sosmed_desktop.services.directions.data_notes import cite_note, notes_cited_by
from sosmed_desktop.services.directions.directions import link_posts, posts_of_direction
from tests.ui.editing import answer_box
from tests.ui.test_data_notes_page import _note, notes_page
from tests.ui.test_directions_page import _direction, open_page
from tests.unit.helpers import count, make_post, write_pdf, write_photo
from ui.main_window import MainWindow


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def test_unlink_a_post_then_undo_and_redo(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    ident = _direction(ctx)
    post = make_post(ctx, "Kegiatan Posyandu Sukamaju", PostStatus.DRAFT, clock.now())
    with ctx.uow() as uow:
        link_posts(uow, ident, [post])
    page = open_page(window, qtbot)
    panel = page.directions.panel
    qtbot.waitUntil(lambda: [p.id for p in panel.posts] == [post])
    assert not panel.unlink_button.isEnabled()
    panel.post_list.topLevelItem(0).setSelected(True)
    assert panel.unlink_button.isEnabled()
    panel.unlink_button.click()
    qtbot.waitUntil(lambda: panel.posts == [])
    with ctx.uow() as uow:
        assert posts_of_direction(uow, ident) == []
    assert window.commands.undo_action.text().replace("&", "") == "Urungkan Lepas tautan posting"
    window.commands.undo_action.trigger()
    qtbot.waitUntil(lambda: panel.posts != [])
    with ctx.uow() as uow:
        assert [p.id for p in posts_of_direction(uow, ident)] == [post]
    window.commands.redo_action.trigger()
    qtbot.waitUntil(lambda: panel.posts == [])
    with ctx.uow() as uow:
        assert posts_of_direction(uow, ident) == []


def test_remove_a_memo_then_undo(
    window: MainWindow,
    ctx: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ident = _direction(ctx)
    page = open_page(window, qtbot)
    panel = page.directions.panel
    qtbot.waitUntil(lambda: panel.file_list.count() == 1)
    assert not panel.open_button.isEnabled() and not panel.remove_button.isEnabled()
    _choose(monkeypatch, write_pdf(tmp_path / "disposisi.pdf"))
    panel.attach_button.click()
    qtbot.waitUntil(lambda: panel.files != [])
    panel.file_list.setCurrentRow(0)
    assert panel.remove_button.isEnabled()
    panel.remove_button.click()
    qtbot.waitUntil(lambda: panel.files == [])
    with ctx.uow() as uow:
        assert direction_files(uow, ident) == []
    assert panel.file_list.item(0).text() == "Belum ada berkas. Lampirkan foto atau PDF memonya."
    assert window.commands.undo_action.text().replace("&", "") == "Urungkan Hapus lampiran"
    window.commands.undo_action.trigger()
    qtbot.waitUntil(lambda: panel.files != [])
    with ctx.uow() as uow:
        assert [f.name for f in direction_files(uow, ident)] == ["disposisi.pdf"]


def test_note_file_attach_replace_open_remove_with_undo(
    window: MainWindow,
    ctx: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ident = _note(ctx, "Kasus DBD", 12, value=Decimal("312"), unit="kasus")
    page = notes_page(window, qtbot)
    panel = page.notes.panel
    qtbot.waitUntil(lambda: panel.row is not None)
    assert panel.attach_button.text() == "Lampirkan berkas…"
    assert not panel.open_button.isEnabled() and not panel.remove_button.isEnabled()

    def stored() -> str | None:
        with ctx.uow() as uow:
            ref = note_file(uow, ident)
        return ref.name if ref else None

    def shows(name: str | None) -> None:
        """Wait until the panel shows `name` as the attachment, then check the database."""
        qtbot.waitUntil(
            lambda: (
                panel.row is not None
                and (panel.row.attachment.name if panel.row.attachment else None) == name
            )
        )
        assert stored() == name

    _choose(monkeypatch, write_pdf(tmp_path / "laporan.pdf"))
    panel.attach_button.click()
    shows("laporan.pdf")
    assert panel.file_label.text().startswith("laporan.pdf (")
    assert panel.attach_button.text() == "Ganti berkas…"
    _choose(monkeypatch, write_photo(tmp_path / "grafik.jpg"))
    panel.attach_button.click()
    shows("grafik.jpg")
    window.commands.undo_action.trigger()
    shows("laporan.pdf")  # undoing a replacement brings the previous file back

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    panel.open_button.click()
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert Path(opened[0].toLocalFile()).read_bytes() == (tmp_path / "laporan.pdf").read_bytes()

    panel.remove_button.click()
    shows(None)
    assert (
        panel.file_label.text() == "Belum ada berkas. Lampirkan laporan atau surat asal data ini."
    )
    window.commands.undo_action.trigger()
    shows("laporan.pdf")


def test_remove_a_citation_then_undo(window: MainWindow, ctx: AppContext, qtbot: QtBot) -> None:
    note = _note(ctx, "Kasus DBD", 12, value=Decimal("312"), unit="kasus")
    post = make_post(ctx, "3M Plus untuk cegah demam berdarah", PostStatus.DRAFT)
    with ctx.uow() as uow:
        cite_note(uow, post, note)
    page = notes_page(window, qtbot)
    panel = page.notes.panel
    qtbot.waitUntil(lambda: panel.posts != [])
    panel.post_list.topLevelItem(0).setSelected(True)
    panel.unlink_button.click()
    qtbot.waitUntil(lambda: panel.posts == [])
    with ctx.uow() as uow:
        assert notes_cited_by(uow, post) == []
    assert panel.post_list.topLevelItem(0).text(0) == "Belum dikutip di posting mana pun."
    window.commands.undo_action.trigger()
    qtbot.waitUntil(lambda: panel.posts != [])
    with ctx.uow() as uow:
        assert [n.id for n in notes_cited_by(uow, post)] == [note]


def test_note_delete_asks_first(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _note(ctx, "Kasus DBD", 12)
    page = notes_page(window, qtbot)
    panel = page.notes.panel
    qtbot.waitUntil(lambda: panel.row is not None)
    asked = answer_box(monkeypatch, QMessageBox.StandardButton.No)
    panel.delete_button.click()
    assert asked == ["Hapus “Kasus DBD”? Penghapusan tidak dapat diurungkan."]
    assert count(ctx, DataNote) == 1
    answer_box(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.notes.loaded, timeout=5000):
        panel.delete_button.click()
    assert count(ctx, DataNote) == 0
    assert panel.stack.currentWidget() is panel.placeholder
