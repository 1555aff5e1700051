"""The Paket page: post packages (export, history, import) and the monthly report.

Two tabs: *Paket* (`ui.packages.export_panel`) and *Laporan Bulanan*
(`ui.packages.report_dashboard`).  The main window routes zip files dropped
onto it to `import_files`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from sosmed_desktop.db.change_kinds import Kind
from ui.packages.export_panel import ExportPanel
from ui.packages.report_dashboard import ReportDashboard
from ui.sections import Section
from ui.workbench import Page

REFRESHING_KINDS = (Kind.POST, Kind.DIRECTION, Kind.RESULT, Kind.ALL)
"""Changes that alter the waiting list, the export history or the month's figures."""


class PackagesPage(Page):
    """Packages to hand over, packages received, and the month in figures."""

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(section, parent)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        title = QLabel(section.title)
        title.setObjectName("pageTitle")
        header.addWidget(title)
        header.addStretch(1)
        layout.addLayout(header)
        self.tabs = QTabWidget()
        self.panel = ExportPanel()
        self.dashboard = ReportDashboard()
        self.tabs.addTab(self.panel, self.tr("Packages"))
        self.tabs.addTab(self.dashboard, self.tr("Monthly report"))
        layout.addWidget(self.tabs, 1)

    def on_attached(self) -> None:
        assert self.bench is not None
        self.panel.attach(self.bench)
        self.dashboard.attach(self.bench)

    def on_data_changed(self, kind: str, ids: list) -> None:
        if kind in REFRESHING_KINDS:
            self.panel.reload()
            self.dashboard.reload()

    def import_files(self, paths: list[Path]) -> None:
        """Import package zips (from a drop on the window or the file dialog)."""
        self.tabs.setCurrentWidget(self.panel)
        self.panel.import_files(paths)
