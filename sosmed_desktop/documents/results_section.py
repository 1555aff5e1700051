"""The monthly report's last section: how the month's posts did, from the platforms' exports.

Per platform its own measures (never added across platforms) with the export they
came from and the day it was downloaded, its lead measure over the last months as
columns, the best posts, the programs and the posts answering directions; then,
plainly, the platforms whose published posts have no results yet.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Table, TableStyle

from sosmed_desktop.documents.pdf import REGULAR, RULE, count_table, para
from sosmed_desktop.domain.figures import MONTHS_ID, group_digits
from sosmed_desktop.domain.indonesian import METRIC
from sosmed_desktop.domain.results import METRICS
from sosmed_desktop.services.packages.report_results import NO_PROGRAM, sources_words

if TYPE_CHECKING:
    from sosmed_desktop.services.packages.reports import MonthlyReport
    from sosmed_desktop.services.results.breakdown import Trend

WIDTH = 17 * cm
BAR = colors.HexColor("#2f6fa8")
NONE_IMPORTED = (
    "Belum ada hasil posting bulan ini yang diimpor. Unduh ekspor setiap platform (Meta "
    "Business Suite, TikTok Studio, X, YouTube Studio) lalu impor di aplikasi: Paket → "
    "Laporan Bulanan → Impor hasil."
)


def number(value: int) -> str:
    """ "1.245" as Indonesian writes it."""
    return group_digits(Decimal(value), ".", ",")


def results_story(report: MonthlyReport) -> list[Flowable]:
    """The section's flowables (a heading and a sentence when nothing was imported)."""
    story: list[Flowable] = [para("Hasil dari platform", "h2")]
    results = report.results
    if results is None or results.empty:
        story.append(para(NONE_IMPORTED))
    else:
        trends = {t.platform: t for t in results.trends}
        for platform in results.platforms:
            name = report.platform_name(platform.platform)
            head = f"{name}: {platform.posts} posting dengan hasil"
            if platform.unplanned:
                head += f", {platform.unplanned} di antaranya tidak direncanakan di aplikasi"
            story.append(para(head, "head"))
            rows = [(METRIC[m], number(platform.sums[m])) for m in METRICS if m in platform.sums]
            story.append(count_table(("Ukuran", "Jumlah"), rows))
            story.append(para(sources_words(platform.sources), "small"))
            if platform.platform in trends:
                story.append(_trend_chart(trends[platform.platform], name))
        story += _top(report)
        if results.programs:
            story.append(para("Per program", "head"))
            story.append(count_table(("Program (platform, ukuran)", "Jumlah"), [
                (f"{s.label or NO_PROGRAM} ({report.platform_name(s.platform)}, "
                 f"{METRIC[s.measure]}, {s.posts} posting)", number(s.total))
                for s in results.programs
            ]))  # fmt: skip
        if results.directions:
            story.append(para("Posting yang menjawab arahan pimpinan", "head"))
            story.append(count_table(("Arahan (platform, ukuran)", "Jumlah"), [
                (f"{s.label} ({report.platform_name(s.platform)}, {METRIC[s.measure]}, "
                 f"{s.posts} posting)", number(s.total))
                for s in results.directions
            ]))  # fmt: skip
    if results is not None and results.missing:
        parts = ", ".join(
            f"{report.platform_name(code)} ({count} posting diunggah)"
            for code, count in results.missing.items()
        )
        story.append(para(f"Belum ada hasil untuk: {parts}."))
    return story


def _top(report: MonthlyReport) -> list[Flowable]:
    assert report.results is not None
    data = [[para("Platform", "label"), para("Posting terbaik", "label"), para("Jumlah", "label")]]
    for post in report.results.top:
        measure = next((m for m in ("reach", "views", "impressions") if m in post.figures), None)
        if measure is None:
            continue
        data.append([
            para(report.platform_name(post.platform)),
            para(post.title or post.link),
            para(f"{number(post.figures[measure])} {METRIC[measure].lower()}"),
        ])  # fmt: skip
    if len(data) == 1:
        return []
    table = Table(data, colWidths=[2.6 * cm, WIDTH - 6.4 * cm, 3.8 * cm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f3f4f6")),
                ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return [para("Posting terbaik tiap platform", "head"), table]


def _trend_chart(trend: Trend, name: str) -> Drawing:
    """The platform's lead measure over the last months, as columns."""
    drawing = Drawing(WIDTH, 4.2 * cm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 1.6 * cm, 0.8 * cm, WIDTH - 2.2 * cm, 2.8 * cm
    values = [total for _y, _m, total in trend.months]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [f"{MONTHS_ID[m - 1][:3]} {y % 100:02d}"
                                        for y, m, _t in trend.months]  # fmt: skip
    for axis in (chart.categoryAxis.labels, chart.valueAxis.labels):
        axis.fontName, axis.fontSize = REGULAR, 7.5
    step = _nice_step(max(values, default=0))  # whole steps: no "0,5" or float noise
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * 4
    chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = lambda value: number(round(value))
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = number
    chart.barLabels.fontName, chart.barLabels.fontSize, chart.barLabels.nudge = REGULAR, 7, 6
    drawing.add(chart)
    title = f"{name}: {METRIC[trend.measure].lower()} per bulan"
    drawing.add(String(1.6 * cm, 3.85 * cm, title, fontName=REGULAR, fontSize=8))
    return drawing


def _nice_step(top: int) -> int:
    """The smallest 1, 2 or 5 × 10ⁿ that divides the axis up to `top` in at most four steps."""
    scale = 1
    while True:
        for base in (1, 2, 5):
            if base * scale * 4 >= top:
                return base * scale
        scale *= 10
