"""The post's particulars: title, program, tags, time (in the officer's zone), platforms.

Every setter here changes the widget without signalling, so the editor can
apply undo/redo and loaded data without recording them as new edits.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QDateTime,
    QModelIndex,
    QStringListModel,
    QTime,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from sosmed_desktop import clock
from sosmed_desktop.domain.platforms import PlatformSpec
from sosmed_desktop.services.calendar.calendar import LegendEntry
from sosmed_desktop.services.posts.posts import TITLE_MAX
from ui.i18n import date_time_format

PLATFORM_COLUMNS = 5


def colour_icon(colour: str, size: int = 12) -> QIcon:
    """A small square of a program's colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour or "#5b6b7f"))
    return QIcon(pixmap)


def split_tags(text: str) -> tuple[str, ...]:
    """Tags typed as "gizi, #balita, posyandu" (commas separate, "#" optional)."""
    return tuple(part.strip() for part in text.split(",") if part.strip().lstrip("#＃").strip())


class TagCompleter(QCompleter):
    """Completes the tag after the last comma, keeping the ones before it."""

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        self.setCaseSensitivity(self.caseSensitivity().CaseInsensitive)

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: QModelIndex) -> str:
        typed = self.widget().text() if self.widget() else ""
        before = [t.strip() for t in typed.split(",")[:-1] if t.strip()]
        return ", ".join([*before, super().pathFromIndex(index)]) + ", "


class DetailsForm(QWidget):
    """Title, program, tags, schedule and platform choice of one post."""

    changed = Signal()
    program_edited = Signal(object, object)  # old id, new id
    schedule_edited = Signal(object, object)  # old, new (aware local datetime or None)
    platform_toggled = Signal(str, bool)

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.specs: list[PlatformSpec] = []
        self.platform_boxes: dict[str, QCheckBox] = {}
        self._program: int | None = None
        self._schedule: datetime | None = None
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.title = QLineEdit()
        self.title.setMaxLength(TITLE_MAX)
        self.title.setPlaceholderText(self.tr("What is this post about?"))
        self.title.textChanged.connect(self.changed)
        form.addRow(self.tr("Title"), self.title)

        row = QHBoxLayout()
        self.program = QComboBox()
        self.program.setMinimumContentsLength(18)
        self.program.currentIndexChanged.connect(self._program_changed)
        row.addWidget(self.program)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("Tags")))
        self.tags = QLineEdit()
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("e.g. posyandu, balita"))
        self.tags.textChanged.connect(self.changed)
        self.tag_model = QStringListModel(self)
        self.tags.setCompleter(TagCompleter(self.tag_model, self.tags))
        row.addWidget(self.tags, 1)
        form.addRow(self.tr("Program"), row)

        when = QHBoxLayout()
        self.scheduled = QCheckBox(self.tr("Scheduled"))
        self.scheduled.toggled.connect(self._schedule_changed)
        when.addWidget(self.scheduled)
        self.when = QDateTimeEdit()
        self.when.setAccessibleName(self.tr("Scheduled"))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(date_time_format())
        self.when.dateTimeChanged.connect(self._schedule_changed)
        when.addWidget(self.when)
        self.zone = QLabel()
        self.zone.setObjectName("zoneLabel")
        when.addWidget(self.zone)
        when.addStretch(1)
        form.addRow(self.tr("Time"), when)

        self.platform_grid = QGridLayout()
        self.platform_grid.setHorizontalSpacing(14)
        self.platform_grid.setColumnStretch(PLATFORM_COLUMNS, 1)  # boxes packed to the left
        form.addRow(self.tr("Platforms"), self.platform_grid)
        self.set_zone(tz)

    # Reference data ----------------------------------------------------------------
    def set_zone(self, tz: ZoneInfo) -> None:
        self.tz = tz
        abbreviation = clock.now().astimezone(tz).tzname() or str(tz)
        self.zone.setText(abbreviation)
        self.zone.setToolTip(self.tr("Times are in your time zone: {zone}").format(zone=str(tz)))

    def set_choices(
        self, specs: list[PlatformSpec], programs: list[LegendEntry], tags: list[str]
    ) -> None:
        """Fill the platform boxes, program list and tag completions."""
        self.specs = specs
        for spec in specs:
            if spec.code in self.platform_boxes:
                continue
            box = QCheckBox(spec.name)
            box.setObjectName(f"platform_{spec.code}")
            box.toggled.connect(
                lambda checked, code=spec.code: self._platform_changed(code, checked)
            )
            index = len(self.platform_boxes)
            self.platform_grid.addWidget(box, index // PLATFORM_COLUMNS, index % PLATFORM_COLUMNS)
            self.platform_boxes[spec.code] = box
        self.set_programs(programs)
        self.tag_model.setStringList(tags)

    def set_programs(self, programs: list[LegendEntry]) -> None:
        """Offer `programs` (those not archived, as they are now); the chosen one stays
        chosen even when it was archived meanwhile."""
        index = self.program.currentIndex()
        kept = (self.program.itemIcon(index), self.program.itemText(index))
        self.program.blockSignals(True)
        self.program.clear()
        self.program.addItem(self.tr("— no program —"), None)
        for entry in programs:
            self.program.addItem(colour_icon(entry.colour), entry.name, entry.id)
        if self._program is not None and self.program.findData(self._program) < 0:
            self.program.addItem(*kept, self._program)
        self.program.blockSignals(False)
        self.set_program(self._program)

    def ensure_program(self, program_id: int, name: str, colour: str) -> None:
        """Offer the post's own program even if it was archived since."""
        if self.program.findData(program_id) < 0:
            self.program.blockSignals(True)
            self.program.addItem(colour_icon(colour), name, program_id)
            self.program.blockSignals(False)

    # Values ---------------------------------------------------------------------------
    def program_id(self) -> int | None:
        return self.program.currentData()

    def set_program(self, program_id: int | None) -> None:
        self._program = program_id
        self.program.blockSignals(True)
        index = self.program.findData(program_id) if program_id is not None else 0
        self.program.setCurrentIndex(max(index, 0))
        self.program.blockSignals(False)

    def schedule(self) -> datetime | None:
        """The chosen time as an aware datetime in the officer's zone (None: no date yet)."""
        if not self.scheduled.isChecked():
            return None
        value = self.when.dateTime()
        day, clock = value.date(), value.time()
        return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(),
                        tzinfo=self.tz)  # fmt: skip

    def set_schedule(self, when: datetime | None) -> None:
        self._schedule = when
        for widget in (self.scheduled, self.when):
            widget.blockSignals(True)
        self.scheduled.setChecked(when is not None)
        self.when.setEnabled(when is not None)
        shown = when.astimezone(self.tz) if when is not None else self._default_time()
        self.when.setDateTime(
            QDateTime(QDate(shown.year, shown.month, shown.day), QTime(shown.hour, shown.minute))
        )
        for widget in (self.scheduled, self.when):
            widget.blockSignals(False)

    def _default_time(self) -> datetime:
        tomorrow = clock.today(self.tz) + timedelta(days=1)
        return datetime.combine(tomorrow, time(9, 0), self.tz)

    def platforms(self) -> tuple[str, ...]:
        """Chosen platform codes, in spec order."""
        return tuple(s.code for s in self.specs if self.platform_boxes[s.code].isChecked())

    def set_platform(self, code: str, checked: bool) -> None:
        box = self.platform_boxes.get(code)
        if box is None:
            return
        box.blockSignals(True)
        box.setChecked(checked)
        box.blockSignals(False)

    def set_platforms(self, codes: tuple[str, ...]) -> None:
        for code in self.platform_boxes:
            self.set_platform(code, code in codes)

    def set_content_locked(self, locked: bool) -> None:
        """Published and archived posts keep their time and platforms."""
        for widget in (self.scheduled, self.when, *self.platform_boxes.values()):
            widget.setEnabled(not locked)
        if not locked:
            self.when.setEnabled(self.scheduled.isChecked())

    # Change handlers -------------------------------------------------------------------
    def _program_changed(self) -> None:
        old, self._program = self._program, self.program_id()
        self.program_edited.emit(old, self._program)
        self.changed.emit()

    def _schedule_changed(self) -> None:
        self.when.setEnabled(self.scheduled.isChecked())
        old, self._schedule = self._schedule, self.schedule()
        if old != self._schedule:
            self.schedule_edited.emit(old, self._schedule)
        self.changed.emit()

    def _platform_changed(self, code: str, checked: bool) -> None:
        self.platform_toggled.emit(code, checked)
        self.changed.emit()
