#!/usr/bin/env python3
"""Screenshots of the platforms' results at 1366×768 (demo data, Indonesian).

.venv/bin/python tools/results_screenshots.py [OUT_DIR]    (default: docs/screenshots)

An Instagram post export is written from the demo's published posts the way Meta
Business Suite writes it (Indonesian headers; one post tied by its link, one
likely by its time, one not planned in the app), and a Facebook file with
headers no known export uses.  Shots: the import's rows with a likely match
chosen (results-import.png), the column mapping of the unknown file
(results-mapping.png), the monthly report's results (results-month.png), the
PDF report's page with them (report-results.png, with pdftoppm) and the
editor's Hasil tab (editor-results.png).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QScrollArea
from sqlalchemy import select

from sosmed_desktop.db.models import Platform, Post, PostVariant
from tests.unit.results_files import IG_ID, instagram_row_id, write_csv
from tools.shots import demo_window, grab, out_folder, settle, wait_for
from ui.results.import_dialog import ResultsImportDialog


def instagram_posts(ctx) -> list[tuple[int, str, object]]:
    """(id, live link, publication) of the demo's published Instagram posts, oldest first."""
    with ctx.uow() as uow:
        rows = uow.session.execute(
            select(Post.id, Post.published_url, Post.published_at)
            .select_from(Post)
            .join(PostVariant, PostVariant.post_id == Post.id)
            .join(Platform, Platform.id == PostVariant.platform_id)
            .where(Platform.code == "instagram", Post.published_at.is_not(None))
            .order_by(Post.published_at)
        )
        return [tuple(row) for row in rows]


def export_rows(ctx, posts: list) -> list[list]:
    tz = ctx.config.tz
    rows = []
    for number, (_post, url, when) in enumerate(posts, start=1):
        link = url if number % 3 else f"https://www.instagram.com/p/Lain{number}/"  # likely
        stamp = when.astimezone(tz).strftime("%m/%d/%Y %H:%M")
        rows.append(instagram_row_id(f"1790{number:04d}", link, stamp, 900 + 137 * number,
                                     600 + 91 * number))  # fmt: skip
    first = posts[0][2].astimezone(tz) + timedelta(days=1, hours=5)
    rows.append(instagram_row_id("17909999", "https://www.instagram.com/p/TanpaRencana/",
                                 first.strftime("%m/%d/%Y %H:%M"), 420, 310))  # fmt: skip
    return rows


def report_page(ctx, year: int, month: int, tmp: Path, out: Path) -> None:
    """The monthly report's page with the results, as the head of department reads it."""
    from pypdf import PdfReader

    from sosmed_desktop.services.packages.reports import monthly_report, save_report

    with ctx.uow() as uow:
        pdf = save_report(monthly_report(uow, year, month, ctx.config.tz), tmp / "laporan.pdf")
    if not shutil.which("pdftoppm"):
        print("pdftoppm not installed: report-results.png not made (apt install poppler-utils)")
        return
    pages = PdfReader(pdf).pages
    number = next(i for i, page in enumerate(pages, 1)
                  if "Hasil dari platform" in (page.extract_text() or ""))  # fmt: skip
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-f", str(number), "-l", str(number), "-singlefile",
         str(pdf), str(out / "report-results")],
        check=True, timeout=120,
    )  # fmt: skip
    print(f"wrote {out / 'report-results.png'}")


def main() -> int:
    out = out_folder(sys.argv)
    with demo_window(sys.argv) as (window, ctx), tempfile.TemporaryDirectory() as tmp:
        posts = instagram_posts(ctx)
        month = posts[0][2].astimezone(ctx.config.tz)
        export = write_csv(
            Path(tmp) / "Instagram-Postingan-Nov.csv", IG_ID, export_rows(ctx, posts)
        )
        unknown = write_csv(Path(tmp) / "facebook-rekap.csv",
                            ["Tautan", "Waktu", "Reach", "Reaksi", "Komentar"],
                            [["https://www.facebook.com/dinkeskabbekasi/posts/1",
                              "11/02/2026 07:39", 3100, 70, 12]])  # fmt: skip
        page = window.page("packages")
        window.show_section("packages")
        page.tabs.setCurrentWidget(page.dashboard)
        page.dashboard.year, page.dashboard.month = month.year, month.month
        page.dashboard.step(0)
        settle(800)
        section = page.dashboard.results

        section.open_import(export)
        dialog = section.findChild(ResultsImportDialog)
        wait_for(dialog.shown)
        dialog.take_likely()
        grab(dialog, out / "results-import.png")
        dialog.do_import()
        wait_for(section.loaded)

        section.open_import(unknown)
        mapping = [d for d in section.findChildren(ResultsImportDialog) if d is not dialog][-1]
        wait_for(mapping.shown)
        mapping.platform.setCurrentIndex(mapping.platform.findData("facebook"))
        grab(mapping, out / "results-mapping.png")
        mapping.reject()

        scroll = page.dashboard.findChild(QScrollArea)
        scroll.ensureWidgetVisible(section, 0, 0)
        settle()
        grab(window, out / "results-month.png")

        report_page(ctx, month.year, month.month, Path(tmp), out)

        editor = window.editors.open_post(posts[0][0])
        wait_for(editor.results.loaded)
        editor.resize(1366, 740)
        editor.show()
        editor.side.setCurrentWidget(editor.results)
        grab(editor, out / "editor-results.png")
        editor.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
