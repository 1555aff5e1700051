"""The monthly report's results: how the month's posts did, from the platforms' own exports.

Read in the background (`services/results/figures.month_results`) for the month
the report shows.  Each platform on its own line with its own measures summed
(never added across platforms) and the export it came from ("Sumber: ekspor
Meta Business Suite, diunduh 3 Desember 2026"); the best posts of each platform;
the programs and the posts answering directions in each platform's lead measure;
a chart per platform of that measure over the last months; and, plainly, the
platforms whose published posts have no results yet.  The import of an export
file starts here too.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import day_date, number_text
from ui.operations import Latest
from ui.packages.charts import BarChart
from ui.plain_text import as_html, plain_label
from ui.results.files_dialog import ResultFilesDialog
from ui.results.import_dialog import ResultsImportDialog
from ui.results.words import field_label, figures_text, platform_name

if TYPE_CHECKING:
    from sosmed_desktop.services.results.figures import MonthResults, PlatformMonth
    from sosmed_desktop.services.results.importing import ResultsOutcome
    from ui.workbench import Workbench


class ResultsSection(QGroupBox):
    """Per platform figures, top posts and missing results of one month."""

    loaded = Signal(object)
    import_opened = Signal(object)
    files_opened = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Results from the platforms"), parent)
        self.bench: Workbench | None = None
        self.results: MonthResults | None = None
        self._loading = Latest()
        layout = QVBoxLayout(self)
        self.files_button = QPushButton(self.tr("Imported files…"))
        self.files_button.setToolTip(self.tr("The result files imported so far; remove one"))
        self.files_button.clicked.connect(self.show_files)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.files_button)
        layout.addLayout(top)
        self.empty = plain_label()
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.platforms = plain_label()
        self.platforms.setWordWrap(True)
        self.platforms.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.platforms)
        self.top = QTableWidget(0, 3)
        self.top.setAccessibleName(self.tr("Best posts of each platform"))
        self.top.setHorizontalHeaderLabels(
            [self.tr("Platform"), self.tr("Post"), self.tr("Figures")]
        )
        self.top.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.top.verticalHeader().hide()
        self.top.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.top.setMinimumHeight(220)
        layout.addWidget(self.top)
        self.breakdown = plain_label()
        self.breakdown.setWordWrap(True)
        layout.addWidget(self.breakdown)
        self.trends = QHBoxLayout()
        layout.addLayout(self.trends)
        self.missing = plain_label()
        self.missing.setWordWrap(True)
        layout.addWidget(self.missing)

    def show_month(self, bench: Workbench, year: int, month: int) -> None:
        """Read the month's results in the background (the newest request wins)."""
        self.bench = bench
        tz = bench.tz

        def load(uow):
            from sosmed_desktop.services.results.figures import month_results

            return month_results(uow, year, month, tz)

        bench.ops.read(self, load, self.show_results, latest=self._loading)

    def show_results(self, results: MonthResults) -> None:
        self.results = results
        self.empty.setVisible(results.empty)
        self.platforms.setVisible(not results.empty)
        self.top.setVisible(not results.empty)
        self.empty.setText(
            self.tr(
                "No results of this month's posts were imported. Download the export of each "
                "platform (Meta Business Suite: Insights → Content → Export; TikTok Studio, X "
                "and YouTube Studio: Analytics → Export) and press “Import results…”."
            )
        )
        self.platforms.setText("\n\n".join(self._platform_text(p) for p in results.platforms))
        self.top.setRowCount(len(results.top))
        for index, post in enumerate(results.top):
            values = (platform_name(post.platform), post.title or post.link,
                      figures_text(post.figures))  # fmt: skip
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(as_html(value))
                self.top.setItem(index, column, item)
        self.top.setColumnWidth(0, 100)
        self.top.setColumnWidth(1, 360)
        missing = ", ".join(
            self.tr("%n post(s) on {platform}", "", count).format(platform=platform_name(code))
            for code, count in results.missing.items()
        )
        self.missing.setText(
            self.tr("No results yet for {posts} published this month.").format(posts=missing)
            if missing
            else ""
        )
        self.missing.setVisible(bool(missing))
        self.breakdown.setText(self._breakdown_text(results))
        self.breakdown.setVisible(not results.empty)
        self._show_trends(results)
        self.loaded.emit(results)

    def _breakdown_text(self, results: MonthResults) -> str:
        """By program and for the posts answering directions, in each platform's lead measure."""
        lines = []
        if results.programs:
            parts = "; ".join(
                self.tr("{program} ({platform}, {measure}): {total}").format(
                    program=share.label or self.tr("No program"),
                    platform=platform_name(share.platform),
                    measure=field_label(share.measure).lower(),
                    total=number_text(share.total),
                )
                for share in results.programs
            )
            lines.append(self.tr("By program: {parts}").format(parts=parts))
        for share in results.directions:
            posts = share.posts
            lines.append(
                self.tr("Direction “{direction}” on {platform}: %n post(s), {measure} {total}",
                        "", posts).format(
                    direction=share.label,
                    platform=platform_name(share.platform),
                    measure=field_label(share.measure).lower(),
                    total=number_text(share.total),
                )
            )  # fmt: skip
        return "\n".join(lines)

    def _show_trends(self, results: MonthResults) -> None:
        """One small chart per platform: its lead measure over the last months."""
        while self.trends.count():
            item = self.trends.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if results.empty:
            return
        for trend in results.trends:
            title = self.tr("{platform}: {measure} per month").format(
                platform=platform_name(trend.platform), measure=field_label(trend.measure).lower()
            )
            box = QGroupBox(title)
            chart = BarChart(vertical=True)
            chart.setAccessibleName(title)
            chart.setMaximumHeight(170)
            chart.set_rows([(QLocale().toString(QDate(y, m, 1), "MMM yy"), total, None)
                            for y, m, total in trend.months])  # fmt: skip
            QVBoxLayout(box).addWidget(chart)
            self.trends.addWidget(box)

    def _platform_text(self, platform: PlatformMonth) -> str:
        posts, unplanned = platform.posts, platform.unplanned
        head = self.tr("{platform}: %n post(s)", "", posts).format(
            platform=platform_name(platform.platform)
        )
        if unplanned:
            head += " " + self.tr("(%n not planned in the app)", "", unplanned)
        sources = "; ".join(
            self.tr("export of {source}, downloaded {day}").format(source=source, day=day_date(day))
            for source, day in platform.sources
        )
        return f"{head}\n{figures_text(platform.sums)}\n" + self.tr("Source: {sources}").format(
            sources=sources
        )

    # Importing ----------------------------------------------------------------------------

    def choose_file(self) -> None:
        """Ask for a platform's export file and open its import."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a platform's results"),
            "",
            self.tr("Platform exports (*.csv *.xlsx);;All files (*)"),
        )
        if name:
            self.open_import(Path(name))

    def open_import(self, path: Path) -> None:
        """Read `path` in the import dialog."""
        if self.bench is None:
            return
        dialog = ResultsImportDialog(self.bench, path, self)
        dialog.imported.connect(self._imported)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.start()
        self.import_opened.emit(dialog)

    def show_files(self) -> None:
        """The imported files, to remove a wrong one."""
        if self.bench is None:
            return
        dialog = ResultFilesDialog(self.bench, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.files_opened.emit(dialog)

    def _imported(self, outcome: ResultsOutcome) -> None:
        if self.bench is None:
            return
        rows, matched, unplanned = outcome.rows, outcome.matched, outcome.unplanned
        self.bench.show_message(
            self.tr("%n result row(s) imported", "", rows)
            + " · "
            + self.tr("{matched} tied to posts, {unplanned} not planned").format(
                matched=number_text(matched), unplanned=number_text(unplanned)
            )
        )
