"""The monthly report dashboard (Laporan Bulanan): figures and charts of one month.

Below the charts, the month's results from the platforms' exports
(`ui.results.month_section`), whose import starts from the bar's button.

The figures come from `services.reports.monthly_report` in the background;
the same report is saved as a PDF (for the head of department) or a CSV (for a
spreadsheet) with the buttons, also in the background.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop import clock
from ui.i18n import month_title, number_text
from ui.labels import STATUS_COLOURS, status_label
from ui.operations import Latest
from ui.packages.charts import BarChart
from ui.results.month_section import ResultsSection

if TYPE_CHECKING:
    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.services.packages.reports import MonthlyReport
    from ui.workbench import Workbench


class _Figure(QFrame):
    """A big number with its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportFigure")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.value = QLabel("–")
        self.value.setStyleSheet("font-size: 22pt; font-weight: 600; color: #1f4e79;")
        layout.addWidget(self.value)
        self.caption = QLabel(caption)
        layout.addWidget(self.caption)
        self.setAccessibleName(caption)

    def set_value(self, text: str) -> None:
        """Show the number; a screen reader reads it with its caption ("12 published")."""
        self.value.setText(text)
        self.setAccessibleName(f"{text} {self.caption.text()}")


class ReportDashboard(QWidget):
    """Month picker, summary figures, charts and the save buttons."""

    loaded = Signal(object)
    saved = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bench: Workbench | None = None
        self.report: MonthlyReport | None = None
        today = clock.now().astimezone().date()
        self.year, self.month = today.year, today.month
        self._loading = Latest()

        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.prev_button = QPushButton("◀")
        self.prev_button.setToolTip(self.tr("Previous month"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.month_label = QLabel()
        self.month_label.setObjectName("pageSummary")
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Next month"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.pdf_button = QPushButton(self.tr("Save PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.csv_button = QPushButton(self.tr("Save CSV…"))
        self.csv_button.clicked.connect(lambda: self.save("csv"))
        self.results = ResultsSection()
        self.import_button = QPushButton(self.tr("Import results…"))
        self.import_button.setToolTip(
            self.tr("Import a platform's own export of how the posts did (CSV or Excel)")
        )
        self.import_button.clicked.connect(self.results.choose_file)
        for button in (self.prev_button, self.next_button):
            button.setFixedWidth(40)
            button.setAccessibleName(button.toolTip())  # not "◀"
        for widget in (self.prev_button, self.month_label, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.csv_button)
        outer.addLayout(bar)

        body = QWidget()
        grid = QGridLayout(body)
        figures = QHBoxLayout()
        self.total = _Figure(self.tr("posts scheduled"))
        self.published = _Figure(self.tr("published"))
        self.on_time = _Figure(self.tr("on time"))
        self.open_directions = _Figure(self.tr("directions still open"))
        for figure in (self.total, self.published, self.on_time, self.open_directions):
            figures.addWidget(figure)
        grid.addLayout(figures, 0, 0, 1, 2)
        self.weeks = BarChart(vertical=True)
        self.platforms = BarChart()
        self.statuses = BarChart()
        self.programs = BarChart()
        self.directions = BarChart()
        self.punctuality = BarChart()
        charts = (
            (self.tr("Posts per week"), self.weeks, 1, 0),
            (self.tr("Posts per platform"), self.platforms, 1, 1),
            (self.tr("Status pipeline"), self.statuses, 2, 0),
            (self.tr("Programs covered"), self.programs, 2, 1),
            (self.tr("Directions given this month"), self.directions, 3, 0),
            (self.tr("Published on time"), self.punctuality, 3, 1),
        )
        for title, chart, row, column in charts:
            box = QGroupBox(title)
            chart.setAccessibleName(title)
            QVBoxLayout(box).addWidget(chart)
            grid.addWidget(box, row, column)
        grid.addWidget(self.results, 4, 0, 1, 2)
        grid.setRowStretch(5, 1)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Figures and charts"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self._show_month()

    def attach(self, bench: Workbench) -> None:
        """Start working with the database: load the current month."""
        self.bench = bench
        self.reload()

    def step(self, months: int) -> None:
        """Show the month `months` before or after the current one."""
        index = self.year * 12 + self.month - 1 + months
        self.year, self.month = divmod(index, 12)
        self.month += 1
        self._show_month()
        self.reload()

    def _show_month(self) -> None:
        self.month_label.setText(month_title(self.year, self.month))

    def reload(self) -> None:
        """Compute the figures of the shown month in the background (the newest request wins)."""
        if self.bench is None:
            return
        year, month, tz = self.year, self.month, self.bench.tz

        def load(uow: UnitOfWork) -> MonthlyReport:
            from sosmed_desktop.services.packages.reports import monthly_report

            return monthly_report(uow, year, month, tz)

        self.bench.ops.read(self, load, self.show_report, latest=self._loading)
        self.results.show_month(self.bench, year, month)

    def show_report(self, report: MonthlyReport) -> None:
        """Fill the figures and charts."""
        from sosmed_desktop.services.packages.reports import NO_PROGRAM

        self.report = report
        self.total.set_value(number_text(report.total_posts))
        self.published.set_value(number_text(report.on_time + report.late))
        self.on_time.set_value(number_text(report.on_time))
        self.open_directions.set_value(number_text(report.directions_open))
        self.weeks.set_rows([(w.label, w.count, None) for w in report.weeks])
        self.platforms.set_rows([(t.label, t.count, None) for t in report.platforms])
        self.statuses.set_rows(
            [(status_label(t.key), t.count, QColor(STATUS_COLOURS[t.key])) for t in report.statuses]
        )
        self.programs.set_rows(
            [
                (self.tr("No program") if t.key == NO_PROGRAM else t.label, t.count, None)
                for t in report.programs
            ]
        )
        self.directions.set_rows(
            [
                (self.tr("Answered"), report.directions_answered, QColor("#1e8449")),
                (self.tr("Open"), report.directions_open, QColor("#c77c02")),
                (self.tr("Cancelled"), report.directions_cancelled, QColor("#8e8e93")),
            ]
        )
        self.punctuality.set_rows(
            [
                (self.tr("On time"), report.on_time, QColor("#1e8449")),
                (self.tr("Late"), report.late, QColor("#c77c02")),
                (self.tr("Past due, not published"), report.not_published, QColor("#c0392b")),
                (self.tr("Not yet due"), report.upcoming, QColor("#8e8e93")),
            ]
        )
        self.loaded.emit(report)

    def save(self, kind: str) -> None:
        """Ask where, then write the report as PDF or CSV in the background."""
        report, bench = self.report, self.bench
        if report is None or bench is None:
            return
        default = bench.ctx.config.exports_dir / f"laporan-{report.year}-{report.month:02d}.{kind}"
        pattern = self.tr("PDF document (*.pdf)") if kind == "pdf" else self.tr("CSV file (*.csv)")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the monthly report"), str(default), pattern
        )
        if not name:
            return
        target = Path(name)
        if target.suffix.lower() != f".{kind}":
            target = target.with_name(f"{target.name}.{kind}")

        def work() -> Path:
            from sosmed_desktop.services.packages.reports import save_report

            return save_report(report, target)

        def done(path: Path) -> None:
            bench.show_message(self.tr("Report saved: {path}").format(path=path))
            self.saved.emit(path)

        bench.ops.background(self, work, done)
