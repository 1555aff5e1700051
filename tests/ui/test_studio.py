"""The image studio: presets, crop, live preview, undo, export without metadata, batch, logo."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QUndoCommand
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.domain.recipe import Crop
from sosmed_desktop.services.media.bulk_import import import_paths
from tests import media_files as mf
from tests.ui.editing import answer_box
from ui.main_window import MainWindow
from ui.media.page import MediaPage
from ui.settings.dialog import SettingsDialog
from ui.studio.batch_dialog import BatchDialog
from ui.studio.studio_dialog import StudioDialog


@pytest.fixture
def page(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MediaPage:
    # Closing a studio with unsaved renditions asks; a test that does not answer discards.
    monkeypatch.setattr(StudioDialog, "ask_unsaved", lambda _self: "discard")
    media = window.page("media")
    assert isinstance(media, MediaPage)
    return media


@pytest.fixture
def photo(ctx: AppContext, tmp_path: Path) -> int:
    (media_id,) = import_paths(
        ctx, [mf.phone_photo(tmp_path / "posyandu.jpg", (800, 600))]
    ).media_ids
    return media_id


def open_studio(page: MediaPage, media_id: int, qtbot: QtBot) -> StudioDialog:
    assert page.bench is not None
    dialog = StudioDialog(page.bench, media_id, page)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        pass
    return dialog


def preview_ratio(dialog: StudioDialog) -> float:
    pixmap = dialog.preview.pixmap()
    return pixmap.width() / pixmap.height()


def test_presets_preview_crop_and_undo(page: MediaPage, photo: int, qtbot: QtBot) -> None:
    dialog = open_studio(page, photo, qtbot)
    assert dialog.isEnabled()
    assert dialog.recipe.preset == "ig_portrait"  # the feed's 4:5 to start with
    assert preview_ratio(dialog) == pytest.approx(4 / 5, abs=0.01)
    assert "1080×1350" in dialog.preview_info.text()
    assert "tanpa data lokasi" in dialog.preview_info.text()

    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        dialog.add_rendition("ig_story")
    assert [r.preset for r in dialog.renditions] == ["ig_portrait", "ig_story"]
    assert dialog.current == 1
    assert preview_ratio(dialog) == pytest.approx(9 / 16, abs=0.01)
    assert dialog.canvas.story_bands == "horizontal"  # safe zone shown for the story
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        dialog.add_rendition("x_landscape")
    assert preview_ratio(dialog) == pytest.approx(16 / 9, abs=0.01)
    assert dialog.canvas.story_bands == ""

    # Each rendition has its own crop, in original pixels (the upright photo is 600×800).
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        dialog.canvas.crop_changed.emit(Crop(0, 0, 600, 338))
    assert dialog.renditions[2].crop == Crop(0, 0, 600, 338)
    assert dialog.renditions[0].crop is None
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        dialog.controls.brightness.setValue(120)
    assert dialog.recipe.brightness == pytest.approx(1.2)

    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        dialog.undo_stack.undo()
    assert dialog.recipe.brightness == 1.0
    dialog.undo_stack.undo()
    assert dialog.renditions[2].crop is None
    dialog.undo_stack.undo()
    assert len(dialog.renditions) == 2
    dialog.undo_stack.redo()
    assert len(dialog.renditions) == 3
    dialog.reject()


def _hold(canvas: QWidget, key: Qt.Key, presses: int) -> None:
    """A key held down: `presses` presses (the later ones auto-repeated), one release."""
    for n in range(presses):
        press = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, "", n > 0)
        QApplication.sendEvent(canvas, press)
    release = QKeyEvent(QEvent.Type.KeyRelease, key, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(canvas, release)


def test_the_crop_moves_and_resizes_from_the_keyboard(
    page: MediaPage, photo: int, qtbot: QtBot
) -> None:
    dialog = open_studio(page, photo, qtbot)  # the upright photo is 600×800, crop 4:5
    canvas = dialog.canvas
    canvas.setFocus()
    assert canvas.focusPolicy() & Qt.FocusPolicy.TabFocus
    start, steps = canvas.crop, dialog.undo_stack.count()
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        _hold(canvas, Qt.Key.Key_Minus, 5)  # held down: one undo step
    assert dialog.undo_stack.count() == steps + 1
    smaller = dialog.renditions[0].crop
    assert smaller is not None and smaller.w < 0.8 * start.w and smaller.h < 0.8 * start.h
    assert smaller.w / smaller.h == pytest.approx(4 / 5, abs=0.01), "the preset's ratio kept"
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    moved = dialog.renditions[0].crop
    assert moved is not None and (moved.x, moved.y) == (smaller.x + 60, smaller.y)
    assert f"{moved.w}×{moved.h}" in canvas.accessibleDescription()
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        _hold(canvas, Qt.Key.Key_Up, 3)
    assert dialog.renditions[0].crop == Crop(moved.x, moved.y - 3 * 6, moved.w, moved.h)
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        dialog.undo_stack.undo()
    assert dialog.renditions[0].crop == moved

    # The focus leaves while a key is held: the move is kept as its own step all the same.
    press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Left, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(canvas, press)
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        QApplication.sendEvent(canvas, QFocusEvent(QEvent.Type.FocusOut))
    assert dialog.renditions[0].crop == Crop(moved.x - 6, moved.y, moved.w, moved.h)
    dialog.reject()


def test_free_ratio_and_rotation(page: MediaPage, photo: int, qtbot: QtBot) -> None:
    dialog = open_studio(page, photo, qtbot)
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        dialog.add_rendition(None)
    assert dialog.canvas.ratio is None
    assert "600×800" in dialog.preview_info.text()
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        dialog.controls._turn(90)
    assert dialog.recipe.rotate == 90
    assert "800×600" in dialog.preview_info.text()
    dialog.reject()


def test_export_has_no_metadata_and_attach(
    page: MediaPage, photo: int, qtbot: QtBot, tmp_path: Path, ctx: AppContext
) -> None:
    dialog = open_studio(page, photo, qtbot)
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        dialog.add_rendition("ig_story")
    with qtbot.waitSignal(dialog.exported, timeout=20000) as blocker:
        dialog.export_to(tmp_path / "keluar")
    paths = blocker.args[0]
    sizes = []
    for path in paths:
        data = Path(path).read_bytes()
        image = Image.open(path)
        sizes.append(image.size)
        assert len(image.getexif()) == 0
        assert not {"exif", "xmp", "icc_profile", "comment"} & set(image.info)
        assert b"samsung" not in data and b"Cikarang" not in data
    assert sizes == [(1080, 1350), (1080, 1920)]
    dialog.reject()


def test_batch_applies_a_preset_to_selected_photos(
    page: MediaPage, ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    ids = import_paths(
        ctx, [mf.jpeg(tmp_path / f"{i}.jpg", (300, 200), (i * 60, 0, 0)) for i in range(3)]
    ).media_ids
    assert page.bench is not None
    dialog = BatchDialog(page.bench, ids, page)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.recipe_combo.count() > 0)
    dialog.recipe_combo.setCurrentIndex(dialog.recipe_combo.findText("X 16:9 (1600×900)"))
    dialog.folder.setText(str(tmp_path / "hasil"))
    with qtbot.waitSignal(dialog.finished_batch, timeout=20000) as blocker:
        dialog.start()
    report = blocker.args[0]
    assert len(report.written) == 3 and not report.failed
    assert {Image.open(p).size for p in report.written} == {(1600, 900)}
    assert "3 gambar ditulis" in dialog.status.text()


def test_logo_chosen_in_settings_reaches_the_studio(
    window: MainWindow,
    page: MediaPage,
    photo: int,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    logo = tmp_path / "logo dinkes.png"
    Image.new("RGBA", (80, 40), (0, 150, 0, 255)).save(logo)
    settings = SettingsDialog(window.config, window.ctx, window.ops, window)
    qtbot.addWidget(settings)
    settings.install_logo(logo)
    qtbot.waitUntil(
        lambda: (
            settings.logo_preview.pixmap() is not None
            and not settings.logo_preview.pixmap().isNull()
        )
    )
    assert window.config.watermark_path is not None and window.config.watermark_path.is_file()
    not_png = tmp_path / "logo.jpg"
    Image.new("RGB", (10, 10)).save(not_png)
    shown: list[str] = []
    monkeypatch.setattr("ui.errors.show_error", lambda _parent, exc: shown.append(exc.code))
    settings.install_logo(not_png)
    qtbot.waitUntil(lambda: shown == ["bad_image"])
    settings.reject()

    dialog = open_studio(page, photo, qtbot)
    assert dialog.controls.logo_on.isEnabled()
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        dialog.controls.logo_on.setChecked(True)
    assert dialog.recipe.watermark is not None
    assert dialog.recipe.watermark.position == "bottom-right"
    dialog.reject()


def test_close_with_unsaved_renditions_asks(
    page: MediaPage, photo: int, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from ui.studio import studio_output

    dialog = open_studio(page, photo, qtbot)
    dialog.show()
    asked: list[str] = []

    def answer(reply: str):
        def ask(_self: StudioDialog) -> str:
            asked.append(reply)
            return reply

        monkeypatch.setattr(StudioDialog, "ask_unsaved", ask)

    # Nothing changed: Tutup closes without a question.
    answer("cancel")
    untouched = open_studio(page, photo, qtbot)
    untouched.show()
    untouched.accept()
    assert not asked and not untouched.isVisible()

    # The text banner follows the typing, before the field loses focus.
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        qtbot.keyClicks(dialog.controls.text, "Posyandu Sabtu")
    assert dialog.recipe.text is not None and dialog.recipe.text.text == "Posyandu Sabtu"
    assert dialog.controls.text.text() == "Posyandu Sabtu"

    # Batal keeps the studio open with its renditions.
    dialog.accept()
    assert asked == ["cancel"] and dialog.isVisible()
    # Simpan asks where, exports, then closes.
    answer("save")
    monkeypatch.setattr(
        studio_output.QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(tmp_path)
    )
    with qtbot.waitSignal(dialog.exported, timeout=10000) as exported:
        dialog.accept()
    assert exported.args[0] and all(p.parent == tmp_path for p in exported.args[0])
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # Buang closes and drops the edits.
    again = open_studio(page, photo, qtbot)
    again.show()
    again.add_rendition("ig_story")
    answer("discard")
    again.reject()
    assert asked[-1] == "discard" and not again.isVisible()


def test_a_video_does_not_open_in_the_studio(
    page: MediaPage, ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (clip,) = import_paths(ctx, [mf.video(tmp_path / "senam.mp4")]).media_ids
    shown: list[str] = []
    monkeypatch.setattr("ui.errors.show_error", lambda _parent, exc: shown.append(exc.code))
    assert page.bench is not None
    dialog = StudioDialog(page.bench, clip, page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: shown == ["studio_not_image"])
    assert not dialog.isVisible() and dialog.result() == StudioDialog.DialogCode.Rejected


def test_saving_a_recipe_is_announced_and_offered(
    page: MediaPage, photo: int, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.studio import studio_output

    dialog = open_studio(page, photo, qtbot)
    monkeypatch.setattr(
        studio_output.QInputDialog, "getText", lambda *_a, **_k: ("Posyandu cerah", True)
    )
    assert page.bench is not None
    with qtbot.waitSignal(
        page.bench.bus.data_changed, check_params_cb=lambda kind, _ids: kind == "media"
    ):
        studio_output.save_recipe(dialog)
    qtbot.waitUntil(lambda: dialog.saved_combo.count() == 1)
    assert dialog.saved_combo.itemText(0) == "Posyandu cerah"
    dialog.reject()


def test_a_photo_dropped_on_the_studio_opens_there(
    page: MediaPage, photo: int, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent
    from PySide6.QtWidgets import QMessageBox

    dialog = open_studio(page, photo, qtbot)
    warned = answer_box(monkeypatch, QMessageBox.StandardButton.Ok)

    def drop(path: Path) -> None:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        event = QDropEvent(
            QPointF(50, 50),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        dialog.dropEvent(event)

    bad = tmp_path / "rusak.jpg"
    bad.write_bytes(b"bukan foto")
    drop(bad)
    qtbot.waitUntil(lambda: bool(warned))
    assert "rusak.jpg" in warned[0] and dialog.media_id == photo  # the studio stays as it was
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        drop(mf.jpeg(tmp_path / "rapat desa.jpg", (640, 480)))
    assert dialog.media_id != photo
    assert "rapat desa" in dialog.windowTitle()
    dialog.reject()


def test_attaching_renditions_announces_the_post(
    page: MediaPage, photo: int, ctx: AppContext, qtbot: QtBot
) -> None:
    from sosmed_desktop.services.posts import posts
    from tests.unit.posting import post_input

    with ctx.uow() as uow:
        post_id = posts.create_post(uow, post_input()).id
    dialog = open_studio(page, photo, qtbot)
    dialog.undo_stack.push(QUndoCommand("edited"))  # something unsaved, cleaned by attaching
    assert page.bench is not None
    with qtbot.waitSignal(
        page.bench.bus.data_changed,
        # [] is "any post": the change log records a photo row of a variant that way
        check_params_cb=lambda kind, ids: kind == "post" and (not ids or post_id in ids),
    ):
        dialog.attach_to(post_id)
    qtbot.waitUntil(dialog.undo_stack.isClean)
    with ctx.uow() as uow:
        variants = {v.platform: v for v in posts.get_post(uow, post_id).variants}
    assert [m.media_id for m in variants["instagram"].media] == [photo]
    dialog.reject()


def test_the_attach_list_names_title_date_and_status(
    page: MediaPage, photo: int, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sosmed_desktop.services.posts import posts
    from tests.unit.posting import post_input
    from ui.studio import studio_output

    with ctx.uow() as uow:
        first = posts.create_post(uow, post_input()).id
        twin = posts.create_post(uow, post_input()).id
        posts.create_post(uow, replace(post_input(title="Ide <b>gizi</b>"), scheduled_at=None))
    listed: list[list[str]] = []

    def get_item(_parent, _title, _label, items, *_args):  # type: ignore[no-untyped-def]
        listed.append(list(items))
        return "", False

    monkeypatch.setattr(studio_output.QInputDialog, "getItem", get_item)
    dialog = open_studio(page, photo, qtbot)
    studio_output.choose_post(dialog)
    qtbot.waitUntil(lambda: bool(listed))
    assert listed[0] == [
        f"Posyandu Balita Sukamaju — Sab, 5 Des · 09.00 · Draf (#{twin})",
        f"Posyandu Balita Sukamaju — Sab, 5 Des · 09.00 · Draf (#{first})",
        "Ide <b>gizi</b> — belum dijadwalkan · Draf",
    ]
    dialog.reject()
