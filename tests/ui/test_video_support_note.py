"""Without the optional video support (PyAV) the officer is told why a video has no picture."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.imaging import video
from sosmed_desktop.services.media import library as media_library
from sosmed_desktop.services.media.bulk_import import import_paths
from tests import media_files as mf
from ui.media import side_panel
from ui.media.importer import summary


def test_import_summary_and_side_panel_say_what_is_missing(
    app: QApplication, qtbot: QtBot, ctx: AppContext, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(video, "has_pyav", lambda: False)
    monkeypatch.setattr(side_panel, "has_pyav", lambda: False)
    report = import_paths(ctx, [mf.video(tmp_path / "klip.mp4", container="mp4")])
    assert summary(report) == (
        "Impor selesai: 1 baru, 0 sudah ada di pustaka, 0 ditolak; "
        "1 video tanpa gambar: dukungan video (PyAV) tidak terpasang"
    )
    with ctx.uow() as uow:
        detail = media_library.media_detail(uow, ctx.config, report.media_ids[0])
    panel = side_panel.MediaSidePanel()
    qtbot.addWidget(panel)
    panel.show_detail(detail)
    assert panel.preview.text() == (
        "Tidak ada gambar untuk video ini: dukungan video (PyAV) tidak terpasang."
    )
