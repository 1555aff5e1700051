"""The editor's feed preview is the package image: the platform's default framing, the
officer's choice of another preset or "tidak dipotong", and the exported file compared."""

from __future__ import annotations

import io
import os
from datetime import datetime
from pathlib import Path

from PIL import Image, ImageChops, ImageStat
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.domain.platform_render import UNCROPPED, platform_recipe
from sosmed_desktop.services.media import media
from sosmed_desktop.services.packages import exporting as packages_export
from sosmed_desktop.services.posts import workflow
from tests.ui.editing import wait_loaded
from tests.unit.packaging import HEAD, members
from tests.unit.posting import WIB
from tests.unit.test_platform_render import _scene
from ui.main_window import MainWindow


def _pil(image: QImage) -> Image.Image:
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    data = bytes(rgb.constBits())[: rgb.bytesPerLine() * rgb.height()]
    return Image.frombytes("RGB", (rgb.width(), rgb.height()), data, "raw", "RGB",
                           rgb.bytesPerLine())  # fmt: skip


def _shown(qtbot: QtBot, editor, media_id: int, code: str) -> QImage:
    """The render the preview shows for the platform's first photo, once it is made."""
    spec = editor.specs[code]
    tab = editor.captions.platform_tabs[code]
    recipe = platform_recipe(tab.strip.items()[0].recipe, spec)
    qtbot.waitUntil(lambda: editor.loader.rendered(media_id, recipe) is not None, timeout=10000)
    qtbot.waitUntil(lambda: editor.preview.photo.image is editor.loader.rendered(media_id, recipe))
    return editor.preview.photo.image


def test_preview_shows_the_chosen_framing_and_is_the_package_image(
    workbench: MainWindow, ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    path = _scene(tmp_path / "kegiatan.jpg")
    with ctx.uow() as uow:
        photo = media.import_file(ctx.config, uow, path).media_id
    when = datetime(2026, 12, 5, 9, 0, tzinfo=WIB)
    editor = wait_loaded(qtbot, workbench.editors.new_post(when, media_ids=(photo,)))
    editor.resize(1366, 768)
    editor.show()
    editor.details.title.setText("Posyandu Sukamaju")
    editor.captions.master.caption.setPlainText("Ayo ke posyandu! #BekasiSehat")
    ig = editor.captions.platform_tabs["instagram"]
    qtbot.waitUntil(lambda: ig.strip.count() == 1, timeout=5000)
    editor.side.setCurrentWidget(editor.preview)
    preview = editor.preview
    preview.platform.setCurrentIndex(preview.platform.findData("instagram"))

    # Unedited: Instagram's feed preset, 1:1.
    assert ig.framing.currentData() == "ig_square"
    shown = _shown(qtbot, editor, photo, "instagram")
    assert shown.width() == shown.height()

    # "Tidak dipotong": the whole 3:2 photo; then Feed 4:5; undo goes back.
    ig.framing.activated.emit(ig.framing.findData(UNCROPPED))
    assert ig.framing.currentText() == "Tidak dipotong"
    shown = _shown(qtbot, editor, photo, "instagram")
    assert abs(shown.width() / shown.height() - 1.5) < 0.01
    ig.framing.activated.emit(ig.framing.findData("ig_portrait"))
    shown = _shown(qtbot, editor, photo, "instagram")
    assert abs(shown.width() / shown.height() - 0.8) < 0.01
    assert ig.strip.items()[0].recipe["preset"] == "ig_portrait"
    editor.undo_action.trigger()
    assert ig.framing.currentData() == UNCROPPED
    editor.redo_action.trigger()
    shown = _shown(qtbot, editor, photo, "instagram")
    editor.captions.setCurrentWidget(ig)
    if shots := os.environ.get("SOSMED_SCREENSHOTS"):  # the README's picture, on request
        qtbot.wait(50)
        editor.grab().save(str(Path(shots) / "editor-preview-framing.png"))

    # Saved, approved and exported: the package holds the previewed image.
    for box in editor.checks.boxes.values():
        box.click()
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    with ctx.uow() as uow:
        workflow.submit_for_review(uow, editor.post_id)
    with ctx.uow() as uow:
        workflow.approve(uow, editor.post_id, *HEAD)
    files = members(packages_export.export_post(ctx, editor.post_id, tmp_path / "out").path)
    with Image.open(io.BytesIO(files["instagram/01.jpg"])) as packaged:
        assert packaged.size == (1080, 1350)
        reduced = packaged.convert("RGB").resize((shown.width(), shown.height()))
    difference = ImageStat.Stat(ImageChops.difference(_pil(shown), reduced)).mean
    assert max(difference) < 4, difference
