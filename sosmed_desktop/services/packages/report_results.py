"""The monthly report's results section as rows (the CSV; the PDF builds its own layout).

Each platform's own measures, never summed across platforms; every figure names
the export it came from and the day it was downloaded; where a platform's
published posts have no results, a row says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sosmed_desktop.domain.indonesian import METRIC, day_words, month_words
from sosmed_desktop.domain.results import METRICS

if TYPE_CHECKING:
    from sosmed_desktop.services.packages.reports import MonthlyReport

NO_PROGRAM = "Tanpa program"
Row = tuple[str, str, int | str]


def sources_words(sources: tuple) -> str:
    """ "Sumber: ekspor Meta Business Suite, diunduh 3 Desember 2026"."""
    return "Sumber: " + "; ".join(f"ekspor {source}, diunduh {day_words(day)}"
                                  for source, day in sources)  # fmt: skip


def result_rows(report: MonthlyReport) -> list[Row]:
    """The results as (section, item, count) rows."""
    results = report.results
    if results is None or results.empty:
        rows: list[Row] = [
            ("Hasil dari platform", "Belum ada hasil yang diimpor untuk bulan ini", 0)
        ]
        return rows + _missing(report)
    rows = []
    for platform in results.platforms:
        section = f"Hasil {report.platform_name(platform.platform)}"
        rows.append((section, "Posting dengan hasil", platform.posts))
        rows.append((section, "Tidak direncanakan di aplikasi", platform.unplanned))
        rows += [(section, METRIC[m], platform.sums[m]) for m in METRICS if m in platform.sums]
        rows.append((section, sources_words(platform.sources), ""))
    for share in results.programs:
        section = f"Hasil {report.platform_name(share.platform)} per program"
        item = f"{share.label or NO_PROGRAM}: {METRIC[share.measure]} ({share.posts} posting)"
        rows.append((section, item, share.total))
    for share in results.directions:
        section = f"Hasil {report.platform_name(share.platform)} per arahan pimpinan"
        item = f"{share.label}: {METRIC[share.measure]} ({share.posts} posting)"
        rows.append((section, item, share.total))
    for post in results.top:
        section = f"Posting terbaik {report.platform_name(post.platform)}"
        measure = next((m for m in ("reach", "views", "impressions") if m in post.figures), None)
        if measure is not None:
            rows.append((section, f"{post.title or post.link} ({METRIC[measure]})",
                         post.figures[measure]))  # fmt: skip
    for trend in results.trends:
        section = f"Tren {report.platform_name(trend.platform)} ({METRIC[trend.measure]})"
        rows += [(section, month_words(y, m), total) for y, m, total in trend.months]
    return rows + _missing(report)


def _missing(report: MonthlyReport) -> list[Row]:
    results = report.results
    if results is None:
        return []
    return [
        ("Hasil belum ada", f"{report.platform_name(code)}: posting diunggah tanpa hasil", count)
        for code, count in results.missing.items()
    ]
