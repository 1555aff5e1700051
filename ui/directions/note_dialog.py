"""The form to record a data note or change one (the change can be undone)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QWidget

from sosmed_desktop.db.types import utcnow
from sosmed_desktop.domain.figures import parse_figure
from sosmed_desktop.domain.notes import LIMITS, NoteInput, Problem, note_problems
from sosmed_desktop.errors import ValidationError
from ui.directions.labels import problem_text, value_for_editing
from ui.directions.record_dialog import RecordDialog

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from sosmed_desktop.services.directions.data_notes import DataNoteRow
    from ui.workbench import Workbench


class NoteDialog(RecordDialog):
    """New data note (`row` None) or edit of `row`; emits `saved(id)` once stored."""

    row: DataNoteRow | None

    def __init__(
        self,
        bench: Workbench,
        undo_stack: QUndoStack,
        sources: list[str],
        row: DataNoteRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(bench, undo_stack, row, parent)
        self.setWindowTitle(self.tr("Edit data note") if row else self.tr("New data note"))
        form = self.form
        self.title = self._line(self.tr("e.g. Complete basic immunisation coverage"), "title")
        form.addRow(self.tr("Title *"), self.title)
        value_row = QHBoxLayout()
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("e.g. 1.245.300 or 92,4"))
        self.unit = self._line(self.tr("e.g. dosis, %, kasus"), "unit")
        value_row.addWidget(self.value, 2)
        value_row.addWidget(QLabel(self.tr("Unit")))
        value_row.addWidget(self.unit, 1)
        form.addRow(self.tr("Value *"), value_row)
        self.period = self._line(self.tr("e.g. January–May 2022"), "period")
        form.addRow(self.tr("Period"), self.period)
        date_row = QHBoxLayout()
        self.has_as_of = QCheckBox(self.tr("Figure as of"))
        self.as_of = QDateEdit()
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("d MMMM yyyy")
        self.has_as_of.toggled.connect(self.as_of.setEnabled)
        date_row.addWidget(self.has_as_of)
        date_row.addWidget(self.as_of, 1)
        form.addRow(self.tr("Date"), date_row)
        self.source = self._line(self.tr("e.g. Dinas Kesehatan, Bidang P2P"), "source")
        self.source.setCompleter(self._completer(sorted(set(sources), key=str.casefold)))
        form.addRow(self.tr("Source *"), self.source)
        self.link = self._line(self.tr("https://… (optional)"), "link")
        form.addRow(self.tr("Link"), self.link)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("separated by commas, e.g. imunisasi, balita"))
        form.addRow(self.tr("Tags"), self.tags)
        self._lay_out()
        self._fill(row)

    def _line(self, placeholder: str, field: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(LIMITS[field])
        return edit

    def _fill(self, row: DataNoteRow | None) -> None:
        today = utcnow().astimezone(self.bench.tz).date()
        self.as_of.setDate(QDate(today.year, today.month, today.day))
        self.has_as_of.setChecked(True)
        if row is None:
            return
        self.title.setText(row.title)
        self.value.setText(value_for_editing(row.value))
        self.unit.setText(row.unit)
        self.period.setText(row.period)
        self.has_as_of.setChecked(row.as_of is not None)
        self.as_of.setEnabled(row.as_of is not None)
        if row.as_of:
            self.as_of.setDate(QDate(row.as_of.year, row.as_of.month, row.as_of.day))
        self.source.setText(row.source)
        self.link.setText(row.link)
        self.tags.setText(", ".join(row.tags))

    def value_input(self) -> NoteInput:
        """The note as typed; raises `ValidationError` when the value is not a number."""
        decimal_comma = QLocale().decimalPoint() == ","
        value, unit = parse_figure(self.value.text(), self.unit.text(), decimal_comma=decimal_comma)
        as_of = None
        if self.has_as_of.isChecked():
            chosen = self.as_of.date()
            as_of = date(chosen.year(), chosen.month(), chosen.day())
        return NoteInput(
            title=self.title.text(),
            value=value,
            source=self.source.text(),
            unit=unit,
            period=self.period.text(),
            as_of=as_of,
            link=self.link.text(),
            tags=tuple(self.tags.text().split(",")),
        )

    def _say_problem(self, problem: Problem) -> None:
        widget = getattr(self, problem.field, None)
        self._say(problem_text(problem), widget if isinstance(widget, QWidget) else None)

    def save(self) -> None:
        """Check the fields here, then store the note in the background."""
        from sosmed_desktop.services.directions import data_notes

        if not self.value.text().strip():
            self._say_problem(Problem("value", "required"))
            return
        try:
            data = self.value_input()
        except ValidationError:
            self._say_problem(Problem("value", "number", value=self.value.text()))
            return
        problems = note_problems(data)
        if problems:
            self._say_problem(problems[0])
            return
        self._store(data, data_notes.create_note, data_notes.update_note, self.tr("Edit data note"))
