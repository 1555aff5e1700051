"""The form to record a direction or change one (the change can be undone)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from sosmed_desktop.db.types import utcnow
from sosmed_desktop.domain.statuses import DirectionChannel, Priority
from sosmed_desktop.services.directions.directions import DirectionInput
from ui.directions.labels import (
    channel_label,
    datetime_format,
    from_qdatetime,
    priority_label,
    to_qdatetime,
)
from ui.directions.record_dialog import RecordDialog

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from sosmed_desktop.services.directions.directions import DirectionRow
    from sosmed_desktop.services.posts.lookups import Choice, Leader
    from ui.workbench import Workbench

DUE_HOUR = 16  # end of office hours: the default time a due date means


class DirectionDialog(RecordDialog):
    """New direction (`row` None) or edit of `row`; emits `saved(id)` once stored."""

    row: DirectionRow | None

    def __init__(
        self,
        bench: Workbench,
        undo_stack: QUndoStack,
        leaders: list[Leader],
        programs: list[Choice],
        row: DirectionRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(bench, undo_stack, row, parent)
        self.leaders = {x.name: x.position for x in leaders}
        self.setWindowTitle(self.tr("Edit direction") if row else self.tr("New direction"))
        form = self.form

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. dr. H. Ahmad Fauzi, M.Kes."))
        self.name.setMaxLength(120)
        completer = self._completer(sorted(self.leaders))
        completer.activated.connect(self._leader_chosen)
        self.name.setCompleter(completer)
        form.addRow(self.tr("Given by *"), self.name)
        self.position = QLineEdit()
        self.position.setPlaceholderText(self.tr("e.g. Kepala Dinas Kesehatan"))
        self.position.setMaxLength(160)
        form.addRow(self.tr("Position"), self.position)

        when_row = QHBoxLayout()
        self.given_at = self._datetime_edit()
        self.channel = QComboBox()
        for channel in DirectionChannel:
            self.channel.addItem(channel_label(channel), channel.value)
        when_row.addWidget(self.given_at, 1)
        when_row.addWidget(QLabel(self.tr("via")))
        when_row.addWidget(self.channel, 1)
        form.addRow(self.tr("Given on"), when_row)

        self.content = QPlainTextEdit()
        self.content.setPlaceholderText(
            self.tr("What was asked, in the leader's words where possible")
        )
        self.content.setTabChangesFocus(True)
        self.content.setMinimumHeight(110)
        form.addRow(self.tr("Direction *"), self.content)

        self.priority = QComboBox()
        for priority in Priority:
            self.priority.addItem(priority_label(priority), priority.value)
        form.addRow(self.tr("Priority"), self.priority)
        due_row = QHBoxLayout()
        self.has_due = QCheckBox(self.tr("Has a deadline"))
        self.due_at = self._datetime_edit()
        self.has_due.toggled.connect(self.due_at.setEnabled)
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due_at, 1)
        form.addRow(self.tr("Deadline"), due_row)
        self.program = QComboBox()
        self.program.addItem(self.tr("(no program)"), None)
        for choice in programs:
            self.program.addItem(choice.name, choice.id)
        form.addRow(self.tr("Program"), self.program)
        self._lay_out()
        self._fill(row)

    def _datetime_edit(self) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(datetime_format())
        return edit

    def _fill(self, row: DirectionRow | None) -> None:
        tz = self.bench.tz
        now = utcnow().astimezone(tz).replace(second=0, microsecond=0)
        if row is None:
            self.given_at.setDateTime(to_qdatetime(now, tz))
            due = datetime.combine(now.date() + timedelta(days=7), time(DUE_HOUR), tz)
            self.due_at.setDateTime(to_qdatetime(due, tz))
            self.has_due.setChecked(True)
            self.priority.setCurrentIndex(self.priority.findData(Priority.NORMAL.value))
            return
        self.name.setText(row.given_by_name)
        self.position.setText(row.given_by_position)
        self.given_at.setDateTime(to_qdatetime(row.given_at, tz))
        self.channel.setCurrentIndex(max(0, self.channel.findData(row.channel)))
        self.content.setPlainText(row.content)
        self.priority.setCurrentIndex(max(0, self.priority.findData(row.priority)))
        self.has_due.setChecked(row.due_at is not None)
        self.due_at.setEnabled(row.due_at is not None)
        due = row.due_at or datetime.combine(now.date() + timedelta(days=7), time(DUE_HOUR), tz)
        self.due_at.setDateTime(to_qdatetime(due, tz))
        self.program.setCurrentIndex(max(0, self.program.findData(row.program_id)))

    def _leader_chosen(self, name: str) -> None:
        if not self.position.text().strip():
            self.position.setText(self.leaders.get(name, ""))

    def value(self) -> DirectionInput:
        """The direction as typed."""
        tz = self.bench.tz
        return DirectionInput(
            given_by_name=self.name.text(),
            given_by_position=self.position.text(),
            given_at=from_qdatetime(self.given_at.dateTime(), tz),
            channel=self.channel.currentData(),
            content=self.content.toPlainText(),
            priority=self.priority.currentData(),
            due_at=from_qdatetime(self.due_at.dateTime(), tz) if self.has_due.isChecked() else None,
            program_id=self.program.currentData(),
        )

    def save(self) -> None:
        """Check what is obviously missing here, then store it in the background."""
        from sosmed_desktop.services.directions import directions

        data = self.value()
        if not data.given_by_name.strip():
            self._say(self.tr("Please enter who gave the direction."), self.name)
        elif not data.content.strip():
            self._say(self.tr("Please write down the direction itself."), self.content)
        elif data.due_at is not None and data.due_at < data.given_at:
            self._say(self.tr("The deadline is before the direction was given."), self.due_at)
        else:
            self._store(
                data,
                directions.create_direction,
                directions.update_direction,
                self.tr("Edit direction"),
            )
