"""The packages tab: approved posts waiting for export, past exports, import of packages.

Exports run in the background with a progress bar and a cancel button; the
target folder (for example a shared drive) is remembered in the window
settings, and "Open folder" shows it afterwards.  A post whose scheduled time
has passed is exported only after the officer confirms it; an export refused
because the profile lacks what the approval sheet needs offers to fill it in.
Imports (file dialog or a zip dropped on the window) run one after the other in
the background.  Both go through the workbench's operations (`ui/operations.py`),
which announce what they changed: the lists refresh from that announcement.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop import clock
from sosmed_desktop.domain.permissions import Permission
from sosmed_desktop.errors import DomainError
from ui import errors
from ui.errors import describe
from ui.i18n import long_date, number_text, time_text
from ui.labels import PLATFORM_SHORT
from ui.operations import Latest
from ui.plain_text import as_html, plain_box
from ui.team.labels import guard
from ui.workflow import past_schedule

if TYPE_CHECKING:
    from sosmed_desktop.bootstrap import AppContext
    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.services.calendar.calendar import PostRow
    from sosmed_desktop.services.packages.exporting import ExportRecord, ExportReport
    from sosmed_desktop.services.packages.importing import ImportOutcome
    from ui.workbench import Workbench

ID_ROLE = Qt.ItemDataRole.UserRole


class _Progress(QObject):
    """Carries the worker's progress to the GUI thread (queued signal)."""

    changed = Signal(int, int)


class ExportPanel(QWidget):
    """Lists, buttons and progress of package export and import."""

    loaded = Signal()
    exported = Signal(object)
    imported = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._may_package = True  # team mode: a coordinator's or administrator's work
        self.bench: Workbench | None = None
        self.cancel_event: threading.Event | None = None
        self.rows: dict[int, PostRow] = {}
        self._queue: list[Path] = []
        self._importing = False
        self._listing = Latest()
        self._progress = _Progress(self)
        self._progress.changed.connect(self._show_progress)

        layout = QVBoxLayout(self)
        target_row = QHBoxLayout()
        target_row.addWidget(QLabel(self.tr("Save packages to:")))
        self.target_edit = QLineEdit()
        self.target_edit.setReadOnly(True)
        self.target_edit.setAccessibleName(self.tr("Save packages to:"))
        target_row.addWidget(self.target_edit, 1)
        self.choose_button = QPushButton(self.tr("Choose folder…"))
        self.choose_button.clicked.connect(self.choose_target)
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.clicked.connect(self.open_target)
        target_row.addWidget(self.choose_button)
        target_row.addWidget(self.open_button)
        layout.addLayout(target_row)

        splitter = QSplitter(Qt.Orientation.Vertical)
        waiting = QGroupBox(self.tr("Approved, not yet exported"))
        waiting_layout = QVBoxLayout(waiting)
        self.waiting = self._tree([self.tr("Scheduled"), self.tr("Title"), self.tr("Platforms")])
        self.waiting.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        waiting_layout.addWidget(self.waiting)
        buttons = QHBoxLayout()
        self.export_selected_button = QPushButton(self.tr("Export selected"))
        self.export_selected_button.clicked.connect(self.export_selected)
        self.export_all_button = QPushButton(self.tr("Export all approved"))
        self.export_all_button.clicked.connect(self.export_all)
        buttons.addWidget(self.export_selected_button)
        buttons.addWidget(self.export_all_button)
        buttons.addStretch(1)
        self.import_button = QPushButton(self.tr("Import package…"))
        self.import_button.clicked.connect(self.choose_packages)
        hint = QLabel(self.tr("or drop a package (.zip) onto the window"))
        hint.setObjectName("pageSummary")
        buttons.addWidget(self.import_button)
        buttons.addWidget(hint)
        waiting_layout.addLayout(buttons)
        splitter.addWidget(waiting)

        done = QGroupBox(self.tr("Exported packages"))
        done_layout = QVBoxLayout(done)
        self.history = self._tree(
            [self.tr("Exported"), self.tr("Title"), self.tr("File"), self.tr("Size")]
        )
        self.history.itemDoubleClicked.connect(self._open_history_item)
        done_layout.addWidget(self.history)
        splitter.addWidget(done)
        layout.addWidget(splitter, 1)

        self.progress_box = QWidget()
        progress_row = QHBoxLayout(self.progress_box)
        progress_row.setContentsMargins(0, 0, 0, 0)
        self.progress_label = QLabel()
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel export"))
        self.cancel_button.clicked.connect(self.cancel_export)
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.progress_box.hide()
        layout.addWidget(self.progress_box)

    def _tree(self, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setUniformRowHeights(True)
        tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        tree.header().setStretchLastSection(False)
        return tree

    # Data ------------------------------------------------------------------------------
    def attach(self, bench: Workbench) -> None:
        """Start working with the database."""
        self.bench = bench
        self._may_package = guard(self.import_button, bench.ctx, Permission.PACKAGES)
        for button in (self.export_selected_button, self.export_all_button):
            guard(button, bench.ctx, Permission.PACKAGES)
        self.target_edit.setText(str(bench.ctx.config.export_folder))
        self.reload()

    @property
    def target(self) -> Path:
        return Path(self.target_edit.text())

    def reload(self) -> None:
        """Read the waiting posts and the export history in the background."""
        if self.bench is None:
            return

        def load(uow: UnitOfWork) -> tuple[list[PostRow], list[ExportRecord]]:
            from sosmed_desktop.services.packages.exporting import (
                approved_not_exported,
                export_history,
            )

            return approved_not_exported(uow), export_history(uow)

        self.bench.ops.read(self, load, self._fill, latest=self._listing)

    def _fill(self, data: tuple[list[PostRow], list[ExportRecord]]) -> None:
        assert self.bench is not None
        tz = self.bench.ctx.config.tz
        rows, records = data
        self.waiting.clear()
        self.rows = {row.id: row for row in rows}
        for row in rows:
            when = row.scheduled_at.astimezone(tz) if row.scheduled_at else None
            item = QTreeWidgetItem(
                [
                    f"{long_date(when)} {time_text(when)}" if when else self.tr("No date"),
                    row.title,
                    " ".join(PLATFORM_SHORT.get(p, p) for p in row.platforms),
                ]
            )
            item.setData(0, ID_ROLE, row.id)
            self.waiting.addTopLevelItem(item)
        self.history.clear()
        for record in records:
            at = record.at.astimezone(tz)
            item = QTreeWidgetItem(
                [
                    f"{long_date(at)} {time_text(at)}",
                    record.title,
                    record.path.name
                    if record.exists
                    else self.tr("{name} (moved or deleted)").format(name=record.path.name),
                    self.tr("{size} KB").format(size=number_text(record.size_bytes // 1024)),
                ]
            )
            item.setData(0, ID_ROLE, str(record.path))
            item.setToolTip(2, as_html(str(record.path)))
            self.history.addTopLevelItem(item)
        for tree in (self.waiting, self.history):
            for column in (0, 2, 3):
                if column < tree.columnCount():
                    tree.resizeColumnToContents(column)
        self._enable_export()
        self.loaded.emit()

    def _enable_export(self) -> None:
        """Export is offered while posts wait, no export runs, and the role may package."""
        ready = bool(self.rows) and self.cancel_event is None and self._may_package
        self.export_selected_button.setEnabled(ready)
        self.export_all_button.setEnabled(ready)

    # Target folder -----------------------------------------------------------------------
    def choose_target(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the packages"), self.target_edit.text()
        )
        if folder:
            self.set_target(Path(folder))

    def set_target(self, folder: Path) -> None:
        """Use `folder` for exports from now on (remembered in the settings)."""
        self.target_edit.setText(str(folder))
        if self.bench is not None:
            config = self.bench.ctx.config
            config.set("export_folder", str(folder))
            try:
                config.save()
            except DomainError as exc:  # still used now; only remembering it failed
                errors.show_error(self, exc)

    def export_asking(self, post_ids: list[int]) -> None:
        """Ask which folder the packages go to (starting at the last one), then export."""
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export the package to"), self.target_edit.text()
        )
        if folder:
            self.set_target(Path(folder))
            self.start_export(post_ids)

    def open_target(self) -> None:
        self.target.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.target)))

    def _open_history_item(self, item: QTreeWidgetItem) -> None:
        path = Path(str(item.data(0, ID_ROLE)))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    # Export -----------------------------------------------------------------------------
    def export_selected(self) -> None:
        ids = [int(item.data(0, ID_ROLE)) for item in self.waiting.selectedItems()]
        if ids:
            self.start_export(ids)
        elif self.bench is not None:
            self.bench.show_message(self.tr("Select the posts to export first."))

    def export_all(self) -> None:
        ids = [
            int(self.waiting.topLevelItem(i).data(0, ID_ROLE))
            for i in range(self.waiting.topLevelItemCount())
        ]
        if ids:
            self.start_export(ids)

    def start_export(self, post_ids: list[int]) -> None:
        """Export these posts into the target folder in the background (a time that has
        passed is asked about first)."""
        if self.bench is None or self.cancel_event is not None:
            return
        bench, out_dir, cancel = self.bench, self.target, threading.Event()
        now = clock.now()
        past = [
            row.scheduled_at
            for post_id in post_ids
            if (row := self.rows.get(post_id)) is not None
            and row.scheduled_at is not None
            and row.scheduled_at < now
        ]
        allow_past = bool(past)
        if past and not past_schedule.confirm_past(
            self, "export", [t.isoformat() for t in past], bench.tz
        ):
            return
        self.cancel_event = cancel
        self.export_selected_button.setEnabled(False)
        self.export_all_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress_label.setText(self.tr("Exporting %n package(s)…", "", len(post_ids)))
        self.cancel_button.setEnabled(True)
        self.progress_box.show()
        emit = self._progress.changed.emit

        def work(ctx: AppContext) -> ExportReport:
            from sosmed_desktop.services.packages.exporting import export_posts

            return export_posts(
                ctx, post_ids, out_dir, cancel=cancel, on_progress=emit, allow_past=allow_past
            )

        bench.ops.run_ctx(self, work, self._export_done, on_error=self._export_failed)

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def cancel_export(self) -> None:
        if self.cancel_event is not None:
            self.cancel_event.set()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelling…"))

    def _finish(self) -> None:
        """The export ended; the lists refresh from what it announced (the posts written)."""
        self.cancel_event = None
        self.progress_box.hide()
        self._enable_export()

    def _export_failed(self, exc: BaseException) -> bool:
        """A refusal for a missing profile offers the profile; other errors are shown."""
        self._finish()
        if isinstance(exc, DomainError) and exc.code == "profile_incomplete":
            self.ask_profile(exc)
            return True
        return False

    def _export_done(self, report: ExportReport) -> None:
        self._finish()
        lines = [self.tr("%n package(s) written to {folder}.", "", len(report.written))
                 .format(folder=self.target)]  # fmt: skip
        if report.cancelled:
            lines.append(self.tr("The export was cancelled; the rest was not written."))
        for _post_id, title, error in report.failed:
            lines.append(f"• {title}: {describe(error)}")
        self.exported.emit(report)
        box = plain_box(  # post titles
            self,
            QMessageBox.Icon.Warning if report.failed else QMessageBox.Icon.Information,
            self.tr("Export packages"),
            "\n".join(lines),
            QMessageBox.StandardButton.Close,
        )
        open_button = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.AcceptRole)
        if not report.written:
            open_button.hide()
        box.exec()
        if box.clickedButton() is open_button:
            self.open_target()

    def ask_profile(self, exc: DomainError) -> None:
        """The sheet needs the department, the regency and the head: offer to fill them in."""
        box = plain_box(self, QMessageBox.Icon.Warning, self.tr("Export packages"), describe(exc),
                        QMessageBox.StandardButton.Close)  # fmt: skip
        fill = box.addButton(self.tr("Fill in the profile…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(fill)
        box.exec()
        if box.clickedButton() is fill:
            self.open_profile()

    def open_profile(self) -> None:
        """The settings on their Profile tab (tests replace this)."""
        if self.bench is None:
            return
        from ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self.bench.ctx.config, self.bench.ctx, self.bench.bus, self)
        dialog.tabs.setCurrentWidget(dialog.profile_form)
        dialog.exec()

    # Import -----------------------------------------------------------------------------
    def choose_packages(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import post packages"), "", self.tr("Post packages (*.zip)")
        )
        self.import_files([Path(n) for n in names])

    def import_files(self, paths: list[Path]) -> None:
        """Import these package zips one after the other in the background."""
        self._queue.extend(paths)
        if not self._importing:
            self._next_import()

    def _next_import(self) -> None:
        if self.bench is None or not self._queue:
            self._importing = False
            return
        self._importing = True
        bench, path = self.bench, self._queue.pop(0)
        bench.show_message(self.tr("Importing {name}…").format(name=path.name))

        def work(ctx: AppContext) -> ImportOutcome:
            from sosmed_desktop.services.packages.importing import import_package

            return import_package(ctx, path)

        def done(outcome: ImportOutcome) -> None:
            if outcome.created:
                text = self.tr("“{title}” from {department} was added to the calendar.").format(
                    title=outcome.title, department=outcome.source_department
                )
            else:
                text = self.tr(
                    "“{title}” is already in the calendar; nothing was imported."
                ).format(title=outcome.title)
            bench.show_message(text)
            self.imported.emit(outcome)
            self._next_import()

        def failed(exc: BaseException) -> None:
            """The refusal is shown as usual; the next package in the queue goes on."""
            self.imported.emit(exc)
            self._next_import()

        bench.ops.run_ctx(self, work, done, on_error=failed)
