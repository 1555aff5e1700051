"""Importing a platform's results export: map an unknown file, check the rows, confirm matches.

The file is read in the background (`services/results/importing.preview_results`).
A file of a known export shows its rows at once; another one first shows its
columns, each with an example value, for the officer to say what each holds
(guessed from the names the known exports use; remembered for the platform
after the import).  Every row shows its figures, its problems and the post it
is tied to: by its live link (certain), or — likely, by publish time — only
when the officer picks the post ("Accept likely matches" picks every single
candidate at once).  Nothing is written until Import, which is offered only when
no row is bad; the same file imported again changes nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.domain.results import FIELDS, FORMATS, header_key
from sosmed_desktop.errors import DomainError
from ui.directions.labels import problem_text, when_text
from ui.form_parts import error_banner
from ui.plain_text import as_html, plain_label
from ui.results.words import PLATFORM_NAMES, field_label, figures_text, platform_name

if TYPE_CHECKING:
    from sosmed_desktop.services.results.importing import ResultsImport, ResultsOutcome
    from ui.workbench import Workbench

ERROR_BACKGROUND = QColor("#fdecea")
LIKELY_BACKGROUND = QColor("#fff4d6")


class ResultsImportDialog(QDialog):
    """One file's import; emits `imported(outcome)` after it was written."""

    imported = Signal(object)
    shown = Signal()
    """A reading of the file is on screen (its rows, or its columns to map)."""

    def __init__(self, bench: Workbench, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bench = bench
        self.path = path
        self.read: ResultsImport | None = None
        self.titles: dict[int, str] = {}
        self._reading: tuple[str | None, dict[str, str] | None] = (None, None)
        self._touched: set[int] = set()
        """Rows of the column mapping the officer set (a new platform keeps them)."""
        self.setWindowTitle(self.tr("Import platform results"))
        self.resize(1180, 620)
        layout = QVBoxLayout(self)
        self.file_label = plain_label(path.name)
        self.file_label.setWordWrap(True)
        layout.addWidget(self.file_label)

        self.mapping_box = QGroupBox(self.tr("Which column holds what?"))
        mapping = QVBoxLayout(self.mapping_box)
        self.mapping_intro = plain_label()  # names the file
        self.mapping_intro.setWordWrap(True)
        mapping.addWidget(self.mapping_intro)
        platform_row = QFormLayout()
        self.platform = QComboBox()
        self.platform.setAccessibleName(self.tr("Platform"))
        for code, name in PLATFORM_NAMES.items():
            self.platform.addItem(name, code)
        self.platform.currentIndexChanged.connect(self._guess_columns)
        platform_row.addRow(self.tr("Platform"), self.platform)
        mapping.addLayout(platform_row)
        self.columns = QTableWidget(0, 3)
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Example"), self.tr("Holds")]
        )
        self.columns.verticalHeader().hide()
        self.columns.setAccessibleName(self.tr("Columns of the file"))
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        mapping.addWidget(self.columns)
        self.map_button = QPushButton(self.tr("Read with this mapping"))
        self.map_button.clicked.connect(self.read_mapped)
        mapping.addWidget(self.map_button)
        self.mapping_box.hide()
        layout.addWidget(self.mapping_box, 1)

        self.rows_box = QWidget()
        rows = QVBoxLayout(self.rows_box)
        rows.setContentsMargins(0, 0, 0, 0)
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        rows.addWidget(self.summary)
        line = QHBoxLayout()
        self.exported_on = QDateEdit()
        self.exported_on.setCalendarPopup(True)
        self.exported_on.setDisplayFormat("d MMMM yyyy")
        self.exported_on.setAccessibleName(self.tr("Figures exported on"))
        self.exported_on.setEnabled(False)  # until the file's day is read
        self._day_chosen = False
        self.exported_on.dateChanged.connect(self._day_edited)
        line.addWidget(QLabel(self.tr("Figures exported on")))
        line.addWidget(self.exported_on)
        line.addStretch(1)
        self.accept_likely = QPushButton(self.tr("Accept likely matches"))
        self.accept_likely.clicked.connect(self.take_likely)
        line.addWidget(self.accept_likely)
        rows.addLayout(line)
        self.counts = QLabel()
        self.counts.setObjectName("panelTitle")
        self.counts.setWordWrap(True)
        rows.addWidget(self.counts)
        self.banner = error_banner()
        rows.addWidget(self.banner)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.tr("Rows of the file"))
        rows.addWidget(self.table, 1)
        self.rows_box.hide()
        layout.addWidget(self.rows_box, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.reread_button = QPushButton(self.tr("Read the file again"))
        self.reread_button.clicked.connect(lambda: self.start(*self._reading))
        buttons.addButton(self.reread_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        buttons.accepted.connect(self.do_import)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # Reading ------------------------------------------------------------------------------

    def start(self, platform: str | None = None, columns: dict[str, str] | None = None) -> None:
        """Read the file (with a mapping when given) in the background."""
        from sosmed_desktop.services.results.importing import preview_results
        from sosmed_desktop.services.results.matching import candidate_titles

        tz = self.bench.tz
        path = self.path
        self._reading = (platform, columns)  # read again the same way
        self.reread_button.setEnabled(False)
        self.import_button.setEnabled(False)

        def work(uow):
            read = preview_results(uow, path, tz, platform=platform, columns=columns)
            return read, candidate_titles(uow, read.matches)

        self.bench.ops.read(self, work, self._show_rows, on_error=self._not_read)

    def _not_read(self, exc: BaseException) -> bool:
        self.reread_button.setEnabled(True)
        if isinstance(exc, DomainError) and exc.code == "results_format_unknown":
            self._show_mapping(exc.params["headers"], exc.params.get("sample", ()))
            return True
        return False

    def _show_mapping(self, headers: tuple[str, ...], sample: tuple[str, ...]) -> None:
        from ui.errors import describe

        self.rows_box.hide()
        self.mapping_box.show()
        self.mapping_intro.setText(
            describe(DomainError(code="results_format_unknown", name=self.path.name))
        )
        self.columns.setRowCount(len(headers))
        for index, header in enumerate(headers):
            self.columns.setItem(index, 0, QTableWidgetItem(header))
            example = sample[index] if index < len(sample) else ""
            item = QTableWidgetItem(example)
            item.setToolTip(as_html(example))
            self.columns.setItem(index, 1, item)
            holds = QComboBox()
            holds.setAccessibleName(self.tr("What column {name} holds").format(name=header))
            holds.addItem(self.tr("— not used —"), "")
            for name in FIELDS:
                holds.addItem(field_label(name), name)
            holds.activated.connect(lambda _i, row=index: self._touched.add(row))
            self.columns.setCellWidget(index, 2, holds)
        self.columns.resizeColumnToContents(0)
        self.columns.setColumnWidth(2, 220)
        self._guess_columns()
        self.shown.emit()

    def _guess_columns(self) -> None:
        """Preselect what the known exports of the chosen platform call each column."""
        platform = self.platform.currentData()
        formats = [f for f in FORMATS if f.platform == platform]
        for index in range(self.columns.rowCount()):
            key = header_key(self.columns.item(index, 0).text())
            guess = next((f.field_of(key) for f in formats if f.field_of(key)), None)
            holds = self.columns.cellWidget(index, 2)
            if isinstance(holds, QComboBox) and index not in self._touched:
                holds.setCurrentIndex(max(0, holds.findData(guess or "")))

    def read_mapped(self) -> None:
        """Read the file again with the officer's mapping."""
        columns = {}
        for index in range(self.columns.rowCount()):
            holds = self.columns.cellWidget(index, 2)
            if isinstance(holds, QComboBox) and holds.currentData():
                columns[header_key(self.columns.item(index, 0).text())] = holds.currentData()
        self.start(self.platform.currentData(), columns)

    def _day_edited(self) -> None:
        if self.exported_on.isEnabled():
            self._day_chosen = True

    def _show_rows(self, found: tuple[ResultsImport, dict[int, str]]) -> None:
        self.read, self.titles = found
        preview = self.read.preview
        if not self._day_chosen:  # the file's day, read with it (again after a re-read)
            day = preview.modified_on
            self.exported_on.setEnabled(False)
            self.exported_on.setDate(QDate(day.year, day.month, day.day))
        self.exported_on.setEnabled(True)
        self.reread_button.setEnabled(True)
        self.mapping_box.hide()
        self.rows_box.show()
        rows = len(preview.rows)
        self.summary.setText(
            self.tr("Export of {source}, {platform} · %n row(s) · {figures}", "", rows).format(
                source=preview.source,
                platform=platform_name(preview.platform),
                figures=", ".join(field_label(m) for m in preview.measures),
            )
        )
        kinds = [m.kind for m in self.read.matches.values()]
        sure = kinds.count("link") + kinds.count("known")
        likely, unplanned = kinds.count("time") + kinds.count("ambiguous"), kinds.count("unplanned")
        self.counts.setText(
            self.tr("%n tied by their link", "", sure)
            + " · "
            + self.tr("%n likely by publish time: choose the post", "", likely)
            + " · "
            + self.tr("%n not planned in the app", "", unplanned)
        )
        bad = len(preview.bad_rows)
        if self.read.already:
            self.banner.setText(self.tr("This file was imported before; importing it again "
                                        "changes nothing."))  # fmt: skip
        else:
            self.banner.setText(
                self.tr(
                    "Nothing will be imported while %n row(s) have problems. Fix them in the "
                    "file, save it and press “Read the file again”.",
                    "",
                    bad,
                )
            )
        self.banner.setVisible(bad > 0 or self.read.already)
        self.accept_likely.setEnabled(likely > 0)
        self._fill_table()
        self.import_button.setEnabled(bad == 0 and not self.read.already)
        self.import_button.setText(self.tr("Import %n row(s)", "", rows))
        self.shown.emit()

    def _fill_table(self) -> None:
        assert self.read is not None
        preview = self.read.preview
        titles = [self.tr("Line"), self.tr("Post on the platform"), self.tr("Published"),
                  self.tr("Figures"), self.tr("Post in the app"), self.tr("Problems")]  # fmt: skip
        self.table.clear()
        self.table.setColumnCount(len(titles))
        self.table.setHorizontalHeaderLabels(titles)
        self.table.setRowCount(len(preview.rows))
        for index, row in enumerate(preview.rows):
            match = self.read.matches[row.line]
            when = row.when(preview.tz)
            values = [
                str(row.line),
                row.title or row.link,
                when_text(when, preview.tz) if when else "",
                figures_text({k: v for k, v in row.figures.items() if v is not None}),
                "",
                "\n".join(problem_text(p) for p in row.problems),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(as_html(value))
                if row.problems:
                    item.setBackground(QBrush(ERROR_BACKGROUND))
                elif match.kind in ("time", "ambiguous"):
                    item.setBackground(QBrush(LIKELY_BACKGROUND))
                self.table.setItem(index, column, item)
            self.table.setCellWidget(index, 4, self._post_choice(row.line))
        head = self.table.horizontalHeader()
        for column, width in enumerate((44, 200, 120, 290, 330)):
            self.table.setColumnWidth(column, width)
        head.setSectionResizeMode(len(titles) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()

    def _post_choice(self, line: int) -> QWidget:
        """The post a row is tied to: a label when certain, a choice when likely."""
        assert self.read is not None
        match = self.read.matches[line]
        if match.certain:
            how = self.tr("by its link") if match.kind == "link" else self.tr("as before")
            return plain_label(f"{self.titles.get(match.post_id or 0, '')} ({how})")
        if not match.candidates:
            return plain_label(self.tr("not planned in the app"))
        choice = QComboBox()
        choice.setAccessibleName(self.tr("Post of line {line}").format(line=line))
        choice.addItem(self.tr("— not tied (not planned) —"), None)
        for post in match.candidates:
            choice.addItem(self.titles.get(post, f"#{post}"), post)
        return choice

    def take_likely(self) -> None:
        """Tie every row whose one candidate the publish time suggests."""
        assert self.read is not None
        for index, row in enumerate(self.read.preview.rows):
            match = self.read.matches[row.line]
            choice = self.table.cellWidget(index, 4)
            if match.kind == "time" and isinstance(choice, QComboBox):
                choice.setCurrentIndex(choice.findData(match.post_id))

    def confirmed(self) -> dict[int, int]:
        """Line → post the officer chose, for the likely and ambiguous rows."""
        assert self.read is not None
        chosen = {}
        for index, row in enumerate(self.read.preview.rows):
            choice = self.table.cellWidget(index, 4)
            if isinstance(choice, QComboBox) and choice.currentData() is not None:
                chosen[row.line] = int(choice.currentData())
        return chosen

    # Importing ----------------------------------------------------------------------------

    def do_import(self) -> None:
        """Write the file's rows in one transaction."""
        from sosmed_desktop.services.results.importing import commit_results

        if self.read is None:
            return
        read, confirmed = self.read, self.confirmed()
        qdate = self.exported_on.date()
        exported_on = date(qdate.year(), qdate.month(), qdate.day())
        self.import_button.setEnabled(False)

        def done(outcome: ResultsOutcome) -> None:
            self.imported.emit(outcome)
            self.accept()

        self.bench.ops.write(
            self,
            lambda uow: commit_results(uow, read, exported_on, confirmed),
            done,
            on_error=lambda _exc: self.import_button.setEnabled(True),
        )
