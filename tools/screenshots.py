#!/usr/bin/env python3
"""Render the README screenshots offscreen at 1366×768 from a freshly seeded data folder.

.venv/bin/python tools/screenshots.py [OUT_DIR]    (default: docs/screenshots)
.venv/bin/python tools/screenshots.py --team [OUT_DIR]    (only team mode's screens)

The pictures are taken at the test suite's fixed moment (`tests.fixed_time`, a
Friday in November 2026), not on the day the tool runs: the demo data is seeded
around that moment, so every run shows the same month, and the shots that look
for a kind of post (a draft with photos, one citing data) find one whatever the
date.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from datetime import timedelta

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from sosmed_desktop.bootstrap import bootstrap
from sosmed_desktop.services.media.studio import install_logo
from sosmed_desktop.services.reminders import reminders
from tests.fixed_time import start_clock
from tools.approval_screenshots import approval_shots
from tools.shots import (
    ROOT,
    ShiftedClock,
    grab,
    seeded_window,
    settle,
    wait_for,
)
from tools.team_screenshots import team_shots
from ui.app import create_application
from ui.bus import DataBus
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.settings.dialog import SettingsDialog
from ui.settings.welcome import WelcomeDialog
from ui.studio.studio_dialog import StudioDialog

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


def search_shots(window: MainWindow, out: Path) -> None:
    """Ctrl+F: one search lists posts, directions and data notes with their kind."""
    window.commands.open_search()
    dialog = window.search_dialog
    assert dialog is not None
    dialog.query.setText("imunisasi")
    dialog.search()
    settle()
    dialog.results.setCurrentRow(1)
    grab(dialog, out / "search.png")
    dialog.close()


def packages_shots(window: MainWindow, ctx, tmp: Path, out: Path) -> None:
    """The Paket page (waiting posts and history), the monthly report dashboard, the
    calendar-file dialog, a package's preview.html (headless Chromium) and the first
    page of its approval sheet (pdftoppm), when those programs are installed."""
    from sosmed_desktop.services.packages.exporting import approved_not_exported, export_post
    from ui.packages.ics_dialog import IcsDialog

    with ctx.uow() as uow:
        waiting = approved_not_exported(uow)
    coming = next(row for row in waiting if not row.overdue)  # a past one is not exported
    package = export_post(ctx, coming.id, tmp / "paket").path
    window.show_section("packages")
    page = window.page("packages")
    page.panel.set_target(Path("D:/Bersama/Paket Unggahan"))
    page.panel.reload()
    settle()
    page.panel.waiting.selectAll()
    grab(window, out / "packages.png")
    page.tabs.setCurrentWidget(page.dashboard)
    settle()
    grab(window, out / "monthly-report.png")
    page.tabs.setCurrentWidget(page.panel)
    dialog = IcsDialog(window.bench, window)
    dialog.show()
    grab(dialog, out / "export-calendar.png")
    dialog.close()
    unpacked = tmp / "unpacked"
    with zipfile.ZipFile(package) as archive:
        archive.extractall(unpacked)
    folder = next(unpacked.iterdir())
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium:
        subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             "--window-size=1366,900", f"--screenshot={out / 'package-preview.png'}",
             (folder / "preview.html").as_uri()],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        print(f"wrote {out / 'package-preview.png'}")
    else:
        print("chromium not installed: package-preview.png not made (apt install chromium)")
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
             str(folder / "persetujuan.pdf"), str(out / "approval-sheet")],
            check=True, timeout=120,
        )  # fmt: skip
        print(f"wrote {out / 'approval-sheet.png'}")
    else:
        print("pdftoppm not installed: approval-sheet.png not made (apt install poppler-utils)")


def backup_shots(window: MainWindow, out: Path) -> None:
    """The Backups dialog with a few backups, and the offer made for a damaged database."""
    import shutil

    from PySide6.QtWidgets import QMessageBox

    from sosmed_desktop.errors import CorruptDatabaseError
    from sosmed_desktop.services.backup import backup_sqlite, list_backups
    from ui.backups.damaged_database import Recovery
    from ui.backups.dialog import BackupsDialog

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


def guide_shot(window: MainWindow, out: Path) -> None:
    """The user guide as F1 opens it (Bantuan → Panduan), at the screen's size."""
    from ui.guide import GuideWindow

    window.commands.show_guide()
    guide = window.findChild(GuideWindow)
    guide.resize(1366, 768)
    grab(guide, out / "guide.png")
    guide.close()


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


def reminder_shots(window: MainWindow, ctx, out: Path) -> None:
    """The notification centre over the window (bell counting) and the Pengingat page."""
    clock = ShiftedClock()
    with ctx.uow() as uow:  # as if the app last ran 30 hours ago ...
        prefs = reminders.prefs_from_config(ctx.config)
        reminders.run_check(uow, clock.now() - timedelta(hours=30), prefs, timedelta(hours=24))
    window.clock = clock
    window.start_reminders()  # ... so this start reports what was missed meanwhile
    hub = window.reminders
    outcome = wait_for(hub.scheduler.checked)[0]
    settle(800)
    hub.centre.close()
    if outcome.wake_times:  # let the next reminder fall due, so the bell counts
        clock.fall_due(outcome.wake_times[0][1])
        hub.scheduler.check_now()
        wait_for(hub.scheduler.checked)
    settle()
    picture = window.grab()
    centre = hub.show_centre()
    settle(800)
    overlay = centre.grab()
    painter = QPainter(picture)
    corner = QPoint(
        picture.width() - overlay.width() - 24,
        picture.height() - overlay.height() - window.statusBar().height() - 8,
    )
    painter.fillRect(
        corner.x() - 1, corner.y() - 1, overlay.width() + 2, overlay.height() + 2, QColor("#8a9bb0")
    )
    painter.drawPixmap(corner, overlay)
    painter.end()
    picture.save(str(out / "notification-centre.png"))
    print(f"wrote {out / 'notification-centre.png'}")
    centre.close()
    window.show_section("reminders")
    grab(window, out / "reminders-page.png")
    window.stop_reminders()


def _draft_with_photos(window: MainWindow) -> int:
    """A post still being worked on, on Instagram with photos (the editor shows their crop)."""
    from sosmed_desktop.services.posts.board import board
    from sosmed_desktop.services.posts.posts import get_post

    assert window.ctx is not None
    with window.ctx.uow() as uow:
        groups = board(uow)
        for card in groups.drafts + groups.needs_revision + groups.waiting + groups.approved:
            post = get_post(uow, card.post.id)
            if any(v.platform == "instagram" and v.media for v in post.variants):
                return post.id
    raise SystemExit("the demo data has no draft with photos")


def shoot_editorial(window: MainWindow, out: Path) -> None:
    """Calendar with filters, the editor flagging personal data, the approval board."""
    bar = window.calendar.filter_bar
    bar.platforms.set_checked("instagram", True)
    bar.statuses.set_checked("draf", True)
    bar.statuses.set_checked("menunggu_persetujuan", True)
    grab(window, out / "calendar-filters.png")
    bar.clear()
    settle()
    editor = window.editors.open_post(_draft_with_photos(window))
    settle(600)
    caption = editor.captions.master.caption
    caption.moveCursor(caption.textCursor().MoveOperation.End)
    caption.insertPlainText(
        "\n\nPendaftaran: hubungi Bu Sari 0812-3456-7890 atau kirim NIK 3216054708900002."
    )
    editor.run_checks()
    settle(600)
    grab(editor, out / "editor-checks.png")
    editor.side.setCurrentWidget(editor.preview)
    editor.captions.setCurrentWidget(editor.captions.platform_tabs["instagram"])
    grab(editor, out / "editor-preview.png")
    editor.force_close = True
    editor.close()
    window.show_section("approval")
    grab(window, out / "board.png")
    window.show_section("calendar")


def _post_to_repeat(window: MainWindow) -> int:
    """A demo post whose weekly repetition meets a public holiday (the preview flags it)."""
    from sosmed_desktop.domain.recurrence import Frequency, Recurrence, repeat_times
    from sosmed_desktop.services.calendar.marks import public_holidays
    from sosmed_desktop.services.posts.board import board

    assert window.ctx is not None
    tz = window.ctx.config.tz
    with window.ctx.uow() as uow:
        groups = board(uow)
    every = groups.drafts + groups.waiting + groups.needs_revision + groups.approved
    cards = [c.post for c in every if c.post.scheduled_at is not None]
    rule = Recurrence(Frequency.WEEKLY, count=8)
    for row in cards:
        times = repeat_times(row.scheduled_at.astimezone(tz), rule)
        if any(t.date() in public_holidays(t.year) for t in times):
            return row.id
    return cards[0].id


def series_shots(window: MainWindow, out: Path) -> None:
    """The Repeat dialog with its preview, an editor of a series, the commemorative days."""
    from ui.editor.repeat_dialog import RepeatDialog

    editor = window.editors.open_post(_post_to_repeat(window))
    settle(600)
    title, first = editor.details.title.text(), editor.details.schedule()
    dialog = RepeatDialog(editor.ops, title, first, editor.tz, editor)
    dialog.count.setValue(8)
    dialog.show()
    settle(800)
    grab(dialog, out / "repeat-dialog.png")
    dialog.reject()
    editor.series.create(dialog.rule())
    settle(800)
    grab(editor, out / "editor-series.png")
    editor.force_close = True
    editor.close()
    page = window.calendar
    window.show_section("calendar")
    page.go_to(first.date())
    page.month_view.selected_post = editor.post_id
    grab(window, out / "calendar-series.png")
    marks = page.edit_commemorative_days()
    settle()
    marks.select_day(8, 15)
    grab(marks, out / "commemorative-days.png")
    form = marks.add()
    form.set_day(2, 30)
    form.name.setText("Hari Gizi Anak 🥦")
    form.save()
    settle()
    grab(form, out / "commemorative-day-form.png")
    form.reject()
    marks.close()


def snippet_shots(window: MainWindow, out: Path) -> None:
    """The editor's Insert menu open at the caption, the hashtag groups & snippets dialog."""
    from PySide6.QtGui import QTextCursor

    editor = window.editors.open_post(_draft_with_photos(window))
    editor.resize(1366, 740)
    settle(600)
    caption = editor.captions.master.caption
    caption.moveCursor(QTextCursor.MoveOperation.End)
    caption.setFocus()
    menu = editor.insert_menu
    menu.popup_at_caption()
    settle()
    picture = editor.grab()
    painter = QPainter(picture)
    corner = editor.mapFromGlobal(menu.pos())
    painter.drawPixmap(corner, menu.grab())
    painter.end()
    picture.save(str(out / "editor-insert-menu.png"))
    print(f"wrote {out / 'editor-insert-menu.png'}")
    menu.hide()
    dialog = menu.open_manager()
    dialog.resize(920, 540)
    settle()
    dialog.groups.select(dialog.groups.rows[0].id)
    grab(dialog, out / "hashtags-snippets.png")
    form = dialog.edit("group", dialog.groups.selected())
    form.content.setPlainText("#BekasiSehat, CegahStunting\nGiziSeimbang posyandu")
    grab(form, out / "hashtag-group-form.png")
    form.reject()
    dialog.reject()


def _post_with_sources(window: MainWindow) -> int:
    """An open post of the demo that answers a direction and cites data (a stale figure
    if any).  Which posts the demo plan leaves open depends on the weekday it is seeded
    on, so when none cites a note the newest open post of a direction cites the most
    out-of-date note: the shot always has something to show."""
    from sosmed_desktop.services.calendar.rows import SETTLED
    from sosmed_desktop.services.directions.data_notes import (
        Freshness,
        cite_note,
        list_notes,
        notes_cited_by,
    )
    from sosmed_desktop.services.directions.directions import (
        DirectionFilter,
        DirectionView,
        list_directions,
        posts_of_direction,
    )

    assert window.ctx is not None
    fresh = Freshness.now(window.ctx.config.stale_days, window.ctx.config.tz)
    with window.ctx.uow() as uow:
        answering = [
            post.id
            for direction in list_directions(uow, DirectionFilter(view=DirectionView.ALL))
            for post in posts_of_direction(uow, direction.id)
            if post.status not in SETTLED
        ]
        if not answering:
            raise SystemExit("the demo data has no open post answering a direction")
        citing = [
            (any(n.stale for n in notes), post_id)
            for post_id in answering
            if (notes := notes_cited_by(uow, post_id, fresh))
        ]
        if citing:
            return max(citing)[1]
        notes = list_notes(uow, fresh=fresh)
        if not notes:
            raise SystemExit("the demo data has no data note")
        post_id = max(answering)
        cite_note(uow, post_id, next((n for n in notes if n.stale), notes[0]).id)
        return post_id


def sources_shots(window: MainWindow, out: Path) -> None:
    """The data-note picker on an out-of-date figure, then the editor's Sources tab with
    that figure inserted into the caption (directions answered, data cited, stale mark)."""
    editor = window.editors.open_post(_post_with_sources(window))
    settle(600)
    editor.side.setCurrentWidget(editor.sources)
    caption = editor.captions.master.caption
    caption.moveCursor(caption.textCursor().MoveOperation.End)
    picker = editor.sources.citations.pick_note()
    assert picker is not None
    settle(600)
    stale = [i for i, r in enumerate(picker.rows.values()) if r.stale]
    picker.list.setCurrentItem(picker.list.topLevelItem(stale[0] if stale else 0))
    grab(picker, out / "editor-note-picker.png")
    picker.ok.click()
    settle(600)
    editor.run_checks()
    settle(600)
    grab(editor, out / "editor-sources.png")
    editor.force_close = True
    editor.close()


def accounts_shots(tmp: Path, out: Path) -> None:
    """Team mode: the first administrator, the sign-in, users & departments, who is signed in."""
    from sosmed_desktop.domain.statuses import Role
    from sosmed_desktop.services.team import accounts, departments
    from ui.team.sign_in import FirstAdminDialog, SignInDialog
    from ui.team.users_dialog import UsersDialog

    ctx = bootstrap(tmp / "team")
    ctx.sign_in_override = True
    window = MainWindow(ctx.config, ctx.log_file)
    window.resize(1366, 768)
    window.show()
    ops = Operations(lambda: ctx, window.bus)  # the window has no context before the sign-in
    first = FirstAdminDialog(ctx, ops, window)
    first.show()
    first.name.setText("Andi Pratama")
    first.position.setText("Pranata Komputer, Diskominfo")
    first.username.setText("andi")
    grab(first, out / "team-first-admin.png")
    first.close()
    password = "rahasia-123"
    with ctx.uow() as uow:
        admin = accounts.create_first_admin(
            uow, accounts.UserInput("Andi Pratama", "andi", Role.ADMIN), password
        )
    ctx.sign_in(admin)
    dept_ids = {}
    for name, short, head in (
        ("Dinas Kesehatan", "Dinkes", "dr. Ahmad Fauzi"),
        ("Dinas Perhubungan", "Dishub", "Ir. Bambang Sutrisno"),
        ("Dinas Komunikasi dan Informatika", "Diskominfo", "Hendra Gunawan, S.Kom."),
    ):
        with ctx.uow() as uow:
            dept_ids[short] = departments.create_department(
                uow, departments.DepartmentInput(name, short, "Kabupaten Bekasi", head)
            )
    people = (
        ("Rina Marlina", "rina", Role.OFFICER, "Dinkes"),
        ("dr. Ahmad Fauzi", "ahmad.fauzi", Role.REVIEWER, "Dinkes"),
        ("Sari Dewi", "sari", Role.OFFICER, "Dishub"),
        ("Ir. Bambang Sutrisno", "bambang", Role.REVIEWER, "Dishub"),
        ("Budi Santoso", "budi", Role.COORDINATOR, "Diskominfo"),
    )
    for name, username, role, dept in people:
        with ctx.uow() as uow:
            accounts.create_user(
                uow, accounts.UserInput(name, username, role, dept_ids[dept]), password
            )
    with ctx.uow() as uow:
        sari = next(u for u in accounts.list_users(uow) if u.username == "sari")
        accounts.set_active(uow, sari.id, False)
    ctx.sign_out()
    sign_in = SignInDialog(ctx, ops, window.team.throttle, window)
    sign_in.show()
    sign_in.username.setText("rina")
    sign_in.password.setText("salah")
    sign_in.sign_in()
    grab(sign_in, out / "team-sign-in.png")
    sign_in.close()
    ctx.sign_in(admin)
    users = UsersDialog(ops, window)
    users.show()
    settle()
    users.users.selectRow(1)
    grab(users, out / "team-users.png")
    users.tabs.setCurrentIndex(1)
    grab(users, out / "team-departments.png")
    users.close()
    window.team.menu.menuAction().setVisible(True)
    window.team.update_actions(ctx)
    window.set_context(ctx)
    window.status_line.refresh_profile()
    grab(window, out / "team-main-window.png")
    window.close()
    ctx.dispose()


def main() -> int:
    start_clock()
    args = [a for a in sys.argv[1:] if a != "--team"]
    out = Path(args[0]) if args else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(sys.argv)
    install_translators(app, "id")
    if "--team" in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            accounts_shots(Path(tmp), out)
        app.quit()
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        accounts_shots(Path(tmp), out)
        empty_ctx = bootstrap(Path(tmp) / "empty")
        welcome = WelcomeDialog(empty_ctx, Operations(lambda: empty_ctx, DataBus()))
        welcome.show()
        grab(welcome, out / "welcome.png")
        window, ctx = seeded_window(Path(tmp) / "demo")
        grab(window, out / "main-window.png")
        guide_shot(window, out)
        window.calendar.set_view("week")
        grab(window, out / "calendar-week.png")
        window.calendar.set_view("agenda")
        grab(window, out / "calendar-agenda.png")
        window.calendar.set_view("month")
        shoot_editorial(window, out)
        snippet_shots(window, out)
        sources_shots(window, out)
        search_shots(window, out)
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
        studio.undo_stack.setClean()  # the demo's renditions are dropped, not asked about
        studio.reject()
        packages_shots(window, ctx, Path(tmp), out)
        settings = SettingsDialog(ctx.config, ctx, window.ops, window)
        settings.show()
        grab(settings, out / "settings.png")
        settings.close()
        team_shots(window, ctx, out)
        window.show_section("calendar")
        reminder_shots(window, ctx, out)
        series_shots(window, out)
        approval_shots(window, ctx, out)  # changes approved posts: after the others
        from tools.live_screenshots import live_shots

        live_shots(window, out)
        window.quit_app()
        backup_shots(window, out)
        window.close()
        settle()
        ctx.dispose()
        empty_ctx.dispose()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
