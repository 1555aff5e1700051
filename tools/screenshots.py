#!/usr/bin/env python3
"""Render the README screenshots offscreen at 1366×768 from a freshly seeded data folder.

.venv/bin/python tools/screenshots.py [OUT_DIR]    (default: docs/screenshots)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREEN = ROOT / "tests" / "offscreen-1366x768.json"
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from sosmed_desktop.bootstrap import bootstrap  # noqa: E402
from sosmed_desktop.services.demo import seed_demo  # noqa: E402
from sosmed_desktop.services.studio import install_logo  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.i18n import install_translators  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.settings_dialog import SettingsDialog  # noqa: E402
from ui.studio.studio_dialog import StudioDialog  # noqa: E402
from ui.welcome import WelcomeDialog  # noqa: E402


def settle(ms: int = 300) -> None:
    """Let background tasks report back and the widgets repaint."""
    QThreadPool.globalInstance().waitForDone(10_000)
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def grab(widget: QWidget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))
    print(f"wrote {path}")


SAMPLE_CSV = (
    "judul;nilai;satuan;periode;per_tanggal;sumber;tautan;tag",
    "Vaksinasi COVID-19 dosis lengkap;1.245.300;dosis;;20/06/2022;Dinas Kesehatan;;vaksinasi",
    "Cakupan imunisasi dasar lengkap;92,4;%;Januari–Mei 2022;31/06/2022;Dinas Kesehatan;;",
    "Kasus DBD;312;kasus;Januari–Mei 2022;01/06/2022;;;DBD",
    "Balita ditimbang;delapan puluh;%;Mei 2022;31/05/2022;Laporan posyandu;;balita",
    "Puskesmas rawat inap;15;unit;Tahun 2022;Profil Kesehatan",
    "Rumah tangga ber-PHBS;71,5;%;Tahun 2021;31/12/2021;Profil Kesehatan;https://bekasikab.go.id;PHBS",
)


def directions_shots(window: MainWindow, tmp: Path, out: Path) -> None:
    """The directions list with its summary, the data notes and a CSV import preview."""
    window.show_section("directions")
    grab(window, out / "directions.png")
    page = window.page("directions")
    page.tabs.setCurrentWidget(page.notes)
    settle()
    stale = next((i for i, r in enumerate(page.notes.model.rows) if r.stale), 0)
    page.notes.table.selectRow(stale)
    grab(window, out / "data-notes.png")
    sample = tmp / "data-pendukung.csv"
    sample.write_text("\r\n".join(SAMPLE_CSV) + "\r\n", encoding="utf-8-sig")
    dialogs: list[QWidget] = []
    page.notes.import_previewed.connect(dialogs.append)
    page.notes.preview_file(sample)
    settle()
    grab(dialogs[0], out / "csv-import-preview.png")
    dialogs[0].close()
    page.tabs.setCurrentWidget(page.directions)
    dialog = page.directions.new_direction()
    grab(dialog, out / "direction-form.png")
    dialog.close()


def backup_shots(window: MainWindow, out: Path) -> None:
    """The Backups dialog with a few backups, and the offer made for a damaged database."""
    import shutil

    from PySide6.QtWidgets import QMessageBox

    from sosmed_desktop.errors import CorruptDatabaseError
    from sosmed_desktop.services.backup import backup_sqlite, list_backups
    from ui.backups_dialog import BackupsDialog
    from ui.recovery import Recovery

    ctx = window.ctx
    folder = ctx.config.backups_dir
    first = backup_sqlite(ctx.config.db_path, folder, "manual")
    shutil.copy(first, folder / "sosmed-20260412-073015-pre-migration.db")
    shutil.copy(first, folder / "sosmed-20260530-161122-pre-restore.db")
    backup_sqlite(ctx.config.db_path, folder, "manual")
    dialog = BackupsDialog(window)
    dialog.resize(760, 480)
    dialog.show()
    grab(dialog, out / "backups.png")
    dialog.close()
    damaged = CorruptDatabaseError(
        path=str(ctx.config.db_path), detail="database disk image is malformed"
    )
    recovery = Recovery(window, ctx.config.db_path, damaged, lambda _ctx: None)
    real_exec = QMessageBox.exec

    def grab_box(box: QMessageBox) -> int:
        box.show()
        grab(box, out / "damaged-database.png")
        box.close()
        return 0

    QMessageBox.exec = grab_box  # type: ignore[method-assign]
    try:
        recovery._offer(list_backups(folder)[0])
    finally:
        QMessageBox.exec = real_exec  # type: ignore[method-assign]
    window.exit_code = 0
    window.show()


def demo_logo(path: Path) -> Path:
    """A stand-in department logo: a green emblem with the department's short name."""
    from PIL import Image, ImageDraw

    from sosmed_desktop.imaging.render import banner_font

    logo = Image.new("RGBA", (420, 140), (0, 0, 0, 0))
    draw = ImageDraw.Draw(logo)
    draw.ellipse((4, 4, 132, 132), fill=(21, 128, 61, 255), outline=(255, 255, 255, 255), width=6)
    draw.text((68, 70), "+", font=banner_font(90), fill="white", anchor="mm")
    draw.text((150, 70), "DINKES", font=banner_font(64), fill="white", anchor="lm",
              stroke_width=3, stroke_fill=(21, 128, 61))  # fmt: skip
    logo.save(path)
    return path


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(sys.argv)
    install_translators(app, "id")
    with tempfile.TemporaryDirectory() as tmp:
        empty_ctx = bootstrap(Path(tmp) / "empty")
        welcome = WelcomeDialog(empty_ctx, MainWindow(empty_ctx.config, empty_ctx.log_file).bus)
        welcome.show()
        grab(welcome, out / "welcome.png")
        ctx = bootstrap(Path(tmp) / "demo")
        seed_demo(ctx)
        window = MainWindow(ctx.config, ctx.log_file)
        window.resize(1366, 768)
        window.show()
        window.set_context(ctx)
        grab(window, out / "main-window.png")
        window.calendar.set_view("week")
        grab(window, out / "calendar-week.png")
        window.calendar.set_view("agenda")
        grab(window, out / "calendar-agenda.png")
        window.calendar.set_view("month")
        window.sidebar.setCurrentRow(2)
        grab(window, out / "empty-media-library.png")
        directions_shots(window, Path(tmp), out)
        empty_window = MainWindow(empty_ctx.config, empty_ctx.log_file)
        empty_window.resize(1366, 768)
        empty_window.show()
        empty_window.set_context(empty_ctx)
        empty_window.show_section("media")
        grab(empty_window, out / "empty-media-library.png")
        empty_window.close()
        window.show_section("media")
        library = window.page("media")
        settle()
        library.loader.wait()
        settle()
        library.select_id(library.model.data(library.model.index(1), library.model.ID_ROLE))
        settle()
        grab(window, out / "media-library.png")
        install_logo(ctx.config, demo_logo(Path(tmp) / "logo-dinkes.png"))
        studio = StudioDialog(library.bench, library.selected_ids()[0], window)
        studio.resize(1366, 740)
        studio.show()
        settle()
        studio.add_rendition("ig_story")
        settle()
        studio.add_rendition("x_landscape")
        settle()
        studio.controls.logo_on.setChecked(True)
        settle()
        studio.controls.text.setText("Posbindu PTM: cek tensi dan gula darah gratis setiap Selasa")
        studio.controls.text.editingFinished.emit()
        settle()
        studio.copy_edits_to_all()
        settle()
        studio.list.setCurrentRow(1)
        settle()
        grab(studio, out / "image-studio.png")
        studio.reject()
        settings = SettingsDialog(ctx.config, ctx, window.bus, window)
        settings.show()
        grab(settings, out / "settings.png")
        settings.close()
        backup_shots(window, out)
        window.close()
        settle()
        ctx.dispose()
        empty_ctx.dispose()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
