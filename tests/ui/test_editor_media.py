"""Photos in the editor: dropped, ordered, undone, cropped as the feed shows them;
and the feed preview's folding of long captions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QFont
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.domain.platform_render import UNCROPPED
from sosmed_desktop.domain.platforms import load_spec_file
from sosmed_desktop.services.posts import posts
from sosmed_desktop.services.posts.data import MediaItem
from tests.ui.editing import wait_checked, wait_loaded
from tests.unit.posting import add_photo
from ui.editor.media_picker import MediaPicker
from ui.editor.media_strip import MEDIA_MIME, crop_rect, framing_label
from ui.editor.preview import caption_html, fold
from ui.main_window import MainWindow


def _drop(widget, mime: QMimeData) -> None:
    event = QDropEvent(
        QPointF(QPoint(20, 20)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dropEvent(event)


def test_crop_rect_keeps_the_centre_at_the_feed_ratio(app) -> None:
    wide = crop_rect(QRectF(0, 0, 160, 90), 4 / 5)
    assert (round(wide.width()), wide.height(), round(wide.left())) == (72, 90, 44)
    tall = crop_rect(QRectF(0, 0, 90, 160), 1.0)
    assert (tall.width(), tall.height(), tall.top()) == (90, 90, 35)
    ig = next(s for s in load_spec_file() if s.code == "instagram")
    assert framing_label(MediaItem(1), ig) == "Feed 1:1"
    assert framing_label(MediaItem(1, {"preset": "ig_portrait"}), ig) == "Feed 4:5"
    assert framing_label(MediaItem(1, {"preset": UNCROPPED}), ig) == "Tidak dipotong"


def test_fold_cuts_long_captions_with_more(app) -> None:
    font = QFont()
    text = "Ayo datang ke posyandu " * 20
    shown, cut = fold(text, font, 300, 2)
    assert cut and len(shown) < len(text) and text.startswith(shown)
    assert fold("Pendek saja", font, 300, 2) == ("Pendek saja", False)
    assert fold(text, font, 300, None) == (text, False)
    html = caption_html("Sehat <b> #BekasiSehat", "… selengkapnya")
    assert "&lt;b&gt;" in html and "color:#00376b'>#BekasiSehat" in html
    assert html.endswith("… selengkapnya</span>")


def test_photos_dropped_ordered_and_undone(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    editor = wait_loaded(qtbot, workbench.editors.new_post())
    editor.show()
    editor.details.title.setText("Galeri posyandu")
    files = []
    for index, size in enumerate(((1080, 1350), (2000, 800))):
        path = tmp_path / f"foto{index}.jpg"
        Image.new("RGB", size, (index * 90, 120, 80)).save(path, "JPEG")
        files.append(path)
    ig = editor.captions.platform_tabs["instagram"]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in files])
    _drop(ig.strip, mime)
    qtbot.waitUntil(lambda: ig.strip.count() == 2, timeout=5000)
    first, second = (m.media_id for m in ig.strip.items())
    assert editor.captions.platform_tabs["facebook"].strip.count() == 0, "only this platform"
    assert ig.media_title.text() == "Foto: 2 dari maksimal 20"
    assert ig.framing.currentData() == "ig_square", "thumbnails show Instagram's crop"
    qtbot.waitUntil(lambda: editor.loader.image(second) is not None, timeout=5000)

    # Cropped to Instagram's 1:1 the landscape photo fits the feed; uncropped (2.5:1) it
    # does not, and the checks say it.
    wait_checked(qtbot, editor)
    assert not [s for s in editor.checks.shown if s.finding.code == "image_ratio"]
    ig.framing.activated.emit(ig.framing.findData(UNCROPPED))
    wait_checked(qtbot, editor)
    ratio = [s for s in editor.checks.shown if s.finding.code == "image_ratio"]
    assert ratio and ratio[0].finding.params["image"] == 2
    editor.undo_action.trigger()
    assert all(m.recipe == {} for m in ig.strip.items())

    ig.strip.setCurrentRow(1)
    ig.move_left.click()
    assert [m.media_id for m in ig.strip.items()] == [second, first]
    ig.copy_all.click()
    assert [m.media_id for m in editor.captions.platform_tabs["facebook"].strip.items()] == [
        second,
        first,
    ]
    editor.undo_action.trigger()
    assert editor.captions.platform_tabs["facebook"].strip.count() == 0
    editor.undo_action.trigger()
    assert [m.media_id for m in ig.strip.items()] == [first, second]
    # Dragging a thumbnail reorders the strip (QListWidget moves the row), one undo step.
    assert ig.strip.model().moveRow(QModelIndex(), 1, QModelIndex(), 0)
    ig.strip.reordered.emit((MediaItem(first), MediaItem(second)), ig.strip.items())
    assert [m.media_id for m in ig.strip.items()] == [second, first]
    editor.undo_action.trigger()
    assert [m.media_id for m in ig.strip.items()] == [first, second]
    editor.redo_action.trigger()
    ig.strip.setCurrentRow(0)
    ig.remove.click()
    assert [m.media_id for m in ig.strip.items()] == [first]

    # A photo dragged from the media library is added by its id.
    library = add_photo(ctx, tmp_path / "lib", 1080, 1080, 7)
    mime = QMimeData()
    mime.setData(MEDIA_MIME, str(library).encode())
    _drop(ig.strip, mime)
    qtbot.waitUntil(lambda: ig.strip.count() == 2, timeout=5000)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    with ctx.uow() as uow:
        stored = posts.get_post(uow, editor.post_id)
    assert [m.media_id for m in stored.variants[0].media] == [first, library]
    assert stored.variants[1].media == ()


def test_preview_shows_the_chosen_platform(
    workbench: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = wait_loaded(qtbot, workbench.editors.new_post())
    editor.captions.master.caption.setPlainText("Ayo imunisasi! " * 30 + "#BekasiSehat")
    preview = editor.preview
    assert [preview.platform.itemText(i) for i in range(preview.platform.count())] == [
        "Instagram",
        "Facebook",
    ]
    assert preview.name.text() == "<b>Dinas Kesehatan</b>"
    assert "… selengkapnya" in preview.caption.text()
    assert not preview.photo.isVisibleTo(preview), "no photo yet"


def test_photos_from_the_file_dialog_and_the_library(
    workbench: MainWindow,
    ctx: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = wait_loaded(qtbot, workbench.editors.new_post())
    fb = editor.captions.platform_tabs["facebook"]
    photo = tmp_path / "kader.png"
    Image.new("RGB", (1080, 1080), (20, 160, 90)).save(photo, "PNG")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(photo)], "Gambar"))
    fb.add_files.click()
    qtbot.waitUntil(lambda: fb.strip.count() == 1, timeout=5000)
    assert editor.settings.value("editor/photo_folder") == str(tmp_path)
    older = add_photo(ctx, tmp_path / "lib", 1080, 1350, 3)

    def pick(picker: MediaPicker) -> int:
        qtbot.waitUntil(lambda: picker.grid.count() == 2, timeout=5000)
        assert "Klik foto" in picker.hint.text()
        rows = {picker.grid.item(i).data(Qt.ItemDataRole.UserRole): i for i in range(2)}
        picker.grid.item(rows[older]).setSelected(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MediaPicker, "exec", pick)
    fb.add_library.click()
    assert [m.media_id for m in fb.strip.items()][1] == older
    assert editor.captions.platform_tabs["instagram"].strip.count() == 0
