"""The monthly report as a PDF for the head of department: summary, charts and tables.

Charts are ReportLab drawings (vector, so they print sharply): posts per week
as columns, posts per platform as bars; the status pipeline, programs,
directions and punctuality are tables; the platforms' results close it
(`documents/results_section.py`).  All text is Indonesian.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from sosmed_desktop.documents.pdf import REGULAR, RULE, count_table, letterhead, para, render
from sosmed_desktop.documents.results_section import results_story
from sosmed_desktop.domain.indonesian import date_words
from sosmed_desktop.services.packages.reports import MonthlyReport

WIDTH = 17 * cm
BAR = colors.HexColor("#2f6fa8")


def _axis_max(values: list[int]) -> int:
    top = max(values, default=0)
    return max(4, top + (4 - top % 4) % 4)


def _week_chart(report: MonthlyReport) -> Drawing:
    drawing = Drawing(WIDTH, 5 * cm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 1 * cm, 0.8 * cm, WIDTH - 1.5 * cm, 3.8 * cm
    values = [w.count for w in report.weeks]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [f"Tgl {w.label}" for w in report.weeks]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _axis_max(values)
    chart.valueAxis.valueStep = max(1, chart.valueAxis.valueMax // 4)
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 8
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def _platform_chart(report: MonthlyReport) -> Drawing:
    rows = list(reversed(report.platforms)) or []
    height = max(2, len(rows)) * 0.7 * cm + 1 * cm
    drawing = Drawing(WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 4 * cm, 0.6 * cm
    chart.width, chart.height = WIDTH - 5 * cm, height - 1 * cm
    values = [t.count for t in rows]
    chart.data = [values or [0]]
    chart.categoryAxis.categoryNames = [t.label for t in rows] or ["-"]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 8.5
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _axis_max(values)
    chart.valueAxis.valueStep = max(1, chart.valueAxis.valueMax // 4)
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 8
    chart.barLabels.nudge = 8
    drawing.add(chart)
    return drawing


def _summary(report: MonthlyReport) -> Table:
    published = report.on_time + report.late
    cells = [
        ("Postingan terjadwal", report.total_posts),
        ("Diunggah", published),
        ("Tepat waktu", report.on_time),
        ("Arahan terbuka", report.directions_open),
    ]
    table = Table(
        [[para(str(v), "figure") for _, v in cells], [para(label, "small") for label, _ in cells]],
        colWidths=[WIDTH / 4] * 4,
    )
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("INNERGRID", (0, 0), (-1, -1), 0.3, RULE),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ]
        )
    )
    return table


def report_pdf(report: MonthlyReport) -> bytes:
    """The PDF bytes of `report`."""
    story: list[Flowable] = [
        *letterhead(report.department, report.regency, ""),
        para(report.title.upper(), "h1"),
        para(f"Dibuat {date_words(report.made_at, report.tz, weekday=False)}", "small"),
        Spacer(1, 8),
        _summary(report),
        para("Postingan per minggu", "h2"),
        _week_chart(report),
        para("Postingan per platform", "h2"),
        _platform_chart(report),
        para("Alur status", "h2"),
        count_table(("Status", "Jumlah"), [(t.label, t.count) for t in report.statuses]),
        para("Program yang diliput", "h2"),
        count_table(("Program", "Postingan"), [(t.label, t.count) for t in report.programs]),
        para("Arahan pimpinan (diberikan bulan ini)", "h2"),
        count_table(
            ("Keadaan", "Jumlah"),
            [
                ("Selesai dijawab", report.directions_answered),
                ("Masih terbuka", report.directions_open),
                ("Dibatalkan", report.directions_cancelled),
            ],
        ),
        para("Ketepatan waktu unggah", "h2"),
        count_table(
            ("Keadaan", "Jumlah"),
            [
                ("Diunggah tepat waktu (paling lambat 1 jam setelah jadwal)", report.on_time),
                ("Diunggah terlambat", report.late),
                ("Lewat jadwal, belum diunggah", report.not_published),
                ("Jadwal belum tiba", report.upcoming),
            ],
        ),
        *results_story(report),
    ]
    return render(
        story,
        title=report.title,
        author=report.department,
        footer=f"{report.title} · {report.department}",
    )
