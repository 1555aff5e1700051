"""The media library page: drop import, refusals, filters, side panel, trash, thumbnails."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from pytestqt.qtbot import QtBot

from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.services.media.bulk_import import import_paths
from tests import media_files as mf
from ui.main_window import MainWindow
from ui.media.grid_model import MediaGridModel
from ui.media.page import MediaPage


@pytest.fixture
def page(window: MainWindow, qtbot: QtBot) -> MediaPage:
    with qtbot.waitSignal(window.page("media").ids_loaded, timeout=5000):  # type: ignore[attr-defined]
        window.show_section("media")
    media = window.page("media")
    assert isinstance(media, MediaPage)
    return media


def drop(page: MediaPage, paths: list[Path]) -> None:
    """Drag `paths` over the page and drop them, as a file manager would.

    The events go to the page's `event()`: QApplication only routes drop events
    while a real drag (with the platform's drag manager) is in progress.
    """
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(200, 200), Qt.DropAction.CopyAction, mime, buttons, keys)
    page.event(enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, buttons, keys)
    page.event(event)
    assert event.isAccepted()


def reload(page: MediaPage, qtbot: QtBot, change) -> int:
    with qtbot.waitSignal(page.ids_loaded, timeout=5000) as blocker:
        change()
    return blocker.args[0]


def test_dropping_files_and_folders_imports_them(
    page: MediaPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert page.stack.currentWidget() is page.empty
    folder = tmp_path / "acara"
    folder.mkdir()
    mf.jpeg(folder / "1.jpg")
    mf.jpeg(folder / "2.jpg", colour=(0, 0, 250))
    single = mf.phone_photo(tmp_path / "hp.jpg")
    bad = tmp_path / "rusak.jpg"
    bad.write_bytes(b"bukan gambar")
    shown: list[list[str]] = []
    monkeypatch.setattr(
        "ui.media.page.show_refusals",
        lambda _parent, report: shown.append([o.name for o in report.refused]),
    )
    with qtbot.waitSignal(page.import_finished, timeout=15000) as blocker:
        drop(page, [folder, single, bad])
    report = blocker.args[0]
    assert report.count("added") == 3
    assert shown == [["rusak.jpg"]]
    qtbot.waitUntil(lambda: page.model is not None and page.model.rowCount() == 3)
    assert page.stack.currentWidget() is page.grid
    assert "3" in page.summary.text()
    assert not page.progress_box.isVisibleTo(page)
    # Thumbnails are loaded lazily for the cells the view paints.
    model = page.model
    assert model is not None
    assert model.data(model.index(0), Qt.ItemDataRole.DisplayRole) is None  # row not loaded yet
    qtbot.waitUntil(lambda: model.cached_rows() == 3)
    for row in range(3):
        model.data(model.index(row), Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: len(page.loader._cache) == 3, timeout=5000)  # type: ignore[union-attr]


def test_refusal_message_names_the_file_in_indonesian(
    page: MediaPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.media import importer

    texts: list[str] = []
    monkeypatch.setattr(
        "ui.media.page.show_refusals",
        lambda _parent, report: texts.extend(importer.refusal_lines(report)),
    )
    empty = tmp_path / "kosong.jpg"
    empty.write_bytes(b"")
    with qtbot.waitSignal(page.import_finished, timeout=10000):
        page.import_paths([empty, tmp_path / "hilang.png"])
    assert len(texts) == 2
    assert texts[0].startswith("kosong.jpg") and "0 bita" in texts[0]
    assert texts[1].startswith("hilang.png") and "tidak ada lagi" in texts[1]


def test_paste_files_from_the_clipboard(page: MediaPage, qtbot: QtBot, tmp_path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(mf.jpeg(tmp_path / "salin.jpg")))])
    QGuiApplication.clipboard().setMimeData(mime)
    with qtbot.waitSignal(page.import_finished, timeout=10000) as blocker:
        page.paste()
    assert blocker.args[0].count("added") == 1


def test_filters_panel_gps_warning_and_trash(
    page: MediaPage, ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    phone = mf.phone_photo(tmp_path / "posyandu.jpg")
    plain = mf.jpeg(tmp_path / "rapat.jpg")
    clip = mf.video(tmp_path / "senam.mp4")
    report = import_paths(ctx, [phone, plain, clip])
    ids = {Path(o.path).name: o.media_id for o in report.outcomes}
    assert reload(page, qtbot, lambda: page.bench.bus.announce("media")) == 3  # type: ignore[union-attr]

    assert reload(page, qtbot, lambda: page.filters.kind.setCurrentIndex(2)) == 1
    assert reload(page, qtbot, lambda: page.filters.kind.setCurrentIndex(0)) == 3
    assert reload(page, qtbot, lambda: page.filters.search.setText("samsung")) == 1
    model = page.model
    assert model is not None
    assert model.data(model.index(0), MediaGridModel.ID_ROLE) == ids["posyandu.jpg"]

    with qtbot.waitSignal(page.detail_shown, timeout=5000):
        page.select_id(ids["posyandu.jpg"])
    panel = page.panel
    assert not panel.gps_warning.isHidden()
    assert "GPS" in panel.gps_warning.text() and "-6.17" in panel.gps_warning.text()
    assert panel.facts["camera"].text() == "samsung SM-A546E"
    assert panel.facts["dimensions"].text() == "300 × 400 px"

    assert reload(page, qtbot, lambda: page.filters.search.setText("")) == 3
    with qtbot.waitSignal(page.detail_shown, timeout=5000):
        page.select_id(ids["rapat.jpg"])
    assert panel.gps_warning.isHidden()

    asked: list[tuple[int, int]] = []
    page.confirm_trash = lambda count, used: asked.append((count, used)) or True  # type: ignore[method-assign]
    with qtbot.waitSignal(page.ids_loaded, timeout=5000) as blocker:
        page.trash([ids["rapat.jpg"]])
    assert blocker.args[0] == 2
    assert asked == [(1, 0)]
    assert reload(page, qtbot, lambda: page.filters.trash.setChecked(True)) == 1
    assert not page.filters.empty_button.isHidden()
    with qtbot.waitSignal(page.ids_loaded, timeout=5000) as blocker:
        page.undo_stack.undo()
    assert blocker.args[0] == 0  # restored: the trash view is empty again
    assert page.stack.currentWidget() is page.grid  # a filtered empty result, not "library empty"


def test_trashing_a_used_photo_warns(
    page: MediaPage, ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:

    from sqlalchemy import select

    from sosmed_desktop.db.models import Platform, Post, PostVariant, VariantMedia

    (media_id,) = import_paths(ctx, [mf.jpeg(tmp_path / "a.jpg")]).media_ids
    with ctx.uow() as uow:
        platform = uow.session.scalar(select(Platform).where(Platform.code == "instagram"))
        variant = PostVariant(platform=platform, media=[VariantMedia(media_id=media_id)])
        uow.session.add(Post(title="Hari Gizi", scheduled_at=clock.now(), variants=[variant]))
        uow.commit()
    reload(page, qtbot, lambda: page.bench.bus.announce("media"))  # type: ignore[union-attr]
    asked: list[tuple[int, int]] = []
    page.confirm_trash = lambda count, used: asked.append((count, used)) or False  # type: ignore[method-assign]
    page.trash([media_id])
    qtbot.waitUntil(lambda: asked == [(1, 1)])
    assert page.undo_stack.count() == 0  # declined: nothing moved


def test_a_failed_trash_says_why_and_leaves_no_undo_step(
    page: MediaPage, ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sosmed_desktop.errors import NotFoundError
    from sosmed_desktop.services.media import library as media_library

    (media_id,) = import_paths(ctx, [mf.jpeg(tmp_path / "a.jpg")]).media_ids
    reload(page, qtbot, lambda: page.bench.bus.announce("media"))  # type: ignore[union-attr]

    def gone(_uow, ids: list[int]) -> list[int]:
        raise NotFoundError(what="media", ident=ids[0])  # deleted on another PC meanwhile

    monkeypatch.setattr(media_library, "trash_media", gone)
    shown: list[str] = []
    monkeypatch.setattr("ui.errors.show_error", lambda _parent, exc: shown.append(exc.code))
    page.confirm_trash = lambda count, used: True  # type: ignore[method-assign]
    page.trash([media_id])
    qtbot.waitUntil(lambda: shown == ["not_found"])
    assert page.undo_stack.count() == 0  # nothing moved: nothing to undo


def test_details_redo_and_empty_trash_go_through_the_page(
    page: MediaPage, ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from sosmed_desktop.services.media.library import media_detail

    keep, drop_ = import_paths(
        ctx, [mf.jpeg(tmp_path / f"{n}.jpg", (300, 200), (n * 90, 0, 0)) for n in (1, 2)]
    ).media_ids
    assert reload(page, qtbot, lambda: page.bench.bus.announce("media")) == 2  # type: ignore[union-attr]

    # Saved details reach the page through the write's record (it reloads).
    assert (
        reload(page, qtbot, lambda: page.panel.save_requested.emit(keep, "Rapat", "", [], True))
        == 2
    )
    with ctx.uow() as uow:
        assert media_detail(uow, ctx.config, keep).title == "Rapat"

    page.confirm_trash = lambda count, used: True  # type: ignore[method-assign]
    assert reload(page, qtbot, lambda: page.trash([drop_])) == 1
    assert reload(page, qtbot, page.undo_stack.undo) == 2
    assert reload(page, qtbot, page.undo_stack.redo) == 1  # trashed again

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    assert reload(page, qtbot, lambda: page.filters.trash.setChecked(True)) == 1
    assert reload(page, qtbot, page.filters.empty_trash.emit) == 0
    assert page.undo_stack.count() == 0  # deleted for good: nothing to undo
