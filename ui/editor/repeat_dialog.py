"""The "Repeat…" dialog of the post editor: how often, until when, and the dates it makes.

Only the rule is chosen here; the editor's series tools (ui/editor/series.py)
create the posts.  The preview lists exactly the dates the core will create:
both come from `domain.recurrence.repeat_times`, which is pure and cheap, so
the list follows every keystroke.  A bad rule (no posts, too many, the end
before the first post) is said in words and the Create button waits until it
is fixed.  Public holidays are looked up in the background (the `holidays`
package is large) and marked in the list when they arrive.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.domain.recurrence import Frequency, Recurrence, repeat_times
from sosmed_desktop.errors import DomainError
from ui.errors import describe
from ui.form_parts import error_banner
from ui.i18n import long_date, time_text
from ui.plain_text import plain_label

if TYPE_CHECKING:
    from ui.operations import Operations

DEFAULT_COUNT = 4
HOLIDAY_COLOUR = "#c0392b"


def zone_name(tz: ZoneInfo, moment: datetime) -> str:
    """The zone as the officer knows it ("WIB"), or its name when it has no abbreviation."""
    name = moment.astimezone(tz).tzname() or ""
    return name if name and not name.startswith(("+", "-")) else str(tz)


class RepeatDialog(QDialog):
    """Choose weekly or monthly, every N, ending after a count or on a date; see the dates."""

    previewed = Signal()

    def __init__(
        self,
        ops: Operations,
        title: str,
        first: datetime,
        tz: ZoneInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.first = first.astimezone(tz)
        self.tz = tz
        self.times: list[datetime] = []
        self.problem_text = ""
        self._holidays: dict[int, dict[date, str]] = {}
        self._asked: set[int] = set()
        self.setWindowTitle(self.tr("Repeat post"))
        self.setMinimumSize(560, 520)
        layout = QVBoxLayout(self)
        intro = plain_label(
            self.tr(
                "“{title}” on {date} at {time} {zone} becomes the first post of the series. "
                "Every later date gets a draft copy of it, which you can edit, approve or move "
                "on its own."
            ).format(
                title=title,
                date=long_date(self.first),
                time=time_text(self.first),
                zone=zone_name(tz, self.first),
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._build_form())
        self.problem = error_banner()
        layout.addWidget(self.problem)
        self.summary = QLabel()
        self.summary.setObjectName("sectionTitle")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.preview = QListWidget()
        self.preview.setObjectName("repeatPreview")
        self.preview.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        layout.addWidget(self.preview, 1)
        self.holiday_hint = QLabel()
        self.holiday_hint.setObjectName("hint")
        self.holiday_hint.setWordWrap(True)
        self.holiday_hint.hide()
        layout.addWidget(self.holiday_hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = buttons.addButton(
            self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.frequency = QComboBox()
        self.frequency.addItem(self.tr("Weekly"), Frequency.WEEKLY.value)
        self.frequency.addItem(self.tr("Monthly"), Frequency.MONTHLY.value)
        form.addRow(self.tr("Repeats"), self.frequency)
        self.interval = QSpinBox()
        self.interval.setRange(1, 12)
        form.addRow(self.tr("Every"), self.interval)
        self.month_hint = QLabel(
            self.tr("On the same day of every month; months without this day use their last day.")
        )
        self.month_hint.setObjectName("hint")
        self.month_hint.setWordWrap(True)
        form.addRow("", self.month_hint)
        ends = QGridLayout()
        self.by_count = QRadioButton(self.tr("After"))
        self.count = QSpinBox()
        self.count.setRange(0, 999)  # beyond the limit on purpose: the limit is explained
        self.count.setValue(DEFAULT_COUNT)
        self.by_date = QRadioButton(self.tr("On"))
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("d MMMM yyyy")
        first = QDate(self.first.year, self.first.month, self.first.day)
        self.until.setDate(first.addMonths(3))
        self.ends = QButtonGroup(self)
        self.ends.addButton(self.by_count)
        self.ends.addButton(self.by_date)
        self.by_count.setChecked(True)
        ends.addWidget(self.by_count, 0, 0)
        ends.addWidget(self.count, 0, 1)
        ends.addWidget(self.by_date, 1, 0)
        ends.addWidget(self.until, 1, 1)
        ends.setColumnStretch(2, 1)
        form.addRow(self.tr("Ends"), ends)
        self.frequency.currentIndexChanged.connect(self.refresh)
        self.interval.valueChanged.connect(self.refresh)
        self.count.valueChanged.connect(self.refresh)
        self.until.dateChanged.connect(self.refresh)
        self.ends.buttonToggled.connect(lambda *_: self.refresh())
        return form

    # The rule and its dates ------------------------------------------------------------
    def rule(self) -> Recurrence:
        """The rule as chosen now (not necessarily valid)."""
        frequency = Frequency(self.frequency.currentData())
        if self.by_count.isChecked():
            return Recurrence(frequency, self.interval.value(), count=self.count.value())
        chosen = self.until.date()
        until = date(chosen.year(), chosen.month(), chosen.day())
        return Recurrence(frequency, self.interval.value(), until=until)

    def refresh(self) -> None:
        """Recompute the dates (or the problem) and redraw the preview."""
        weekly = self.frequency.currentData() == Frequency.WEEKLY.value
        n, posts = self.interval.value(), self.count.value()
        unit = self.tr(" week(s)", "", n) if weekly else self.tr(" month(s)", "", n)
        self.interval.setSuffix(unit)
        self.count.setSuffix(self.tr(" post(s)", "", posts))
        self.month_hint.setVisible(not weekly and self.first.day > 28)
        self.count.setEnabled(self.by_count.isChecked())
        self.until.setEnabled(self.by_date.isChecked())
        try:
            self.times = repeat_times(self.first, self.rule())
            self.problem_text = ""
        except DomainError as exc:
            self.times = []
            self.problem_text = describe(exc)
        self.problem.setText(self.problem_text)
        self.problem.setVisible(bool(self.problem_text))
        self.create_button.setEnabled(bool(self.times))
        new = max(0, len(self.times) - 1)
        self.create_button.setText(self.tr("Create %n post(s)", "", new))
        total = len(self.times)
        self.summary.setText(
            self.tr("%n post(s) in the series", "", total)
            + ": "
            + self.tr("this one and %n new draft(s).", "", new)
            if self.times
            else ""
        )
        self._fill_preview()
        self._ask_holidays()

    def _fill_preview(self) -> None:
        self.preview.clear()
        zone = zone_name(self.tz, self.first)
        flagged = 0
        for number, when in enumerate(self.times, start=1):
            text = f"{number}.  {long_date(when)} · {time_text(when)} {zone}"
            if number == 1:
                text += "  " + self.tr("(this post)")
            holiday = self._holidays.get(when.year, {}).get(when.date())
            item = QListWidgetItem(text)
            if holiday:
                flagged += 1
                item.setText(text + "  — " + self.tr("public holiday: {name}").format(name=holiday))
                item.setForeground(QBrush(QColor(HOLIDAY_COLOUR)))
            self.preview.addItem(item)
        self.holiday_hint.setText(
            self.tr(
                "%n date(s) fall on a public holiday. The posts are made anyway; move them "
                "in the calendar if needed.",
                "",
                flagged,
            )
        )
        self.holiday_hint.setVisible(flagged > 0)
        self.previewed.emit()

    def holiday_names(self) -> dict[date, str]:
        """The holidays found among the previewed dates (for tests)."""
        found = {}
        for when in self.times:
            name = self._holidays.get(when.year, {}).get(when.date())
            if name:
                found[when.date()] = name
        return found

    def _ask_holidays(self) -> None:
        """Look up the public holidays of the years shown that are not known yet."""
        years = sorted({when.year for when in self.times} - self._asked)
        if not years:
            return
        self._asked.update(years)

        def load() -> dict[int, dict[date, str]]:
            from sosmed_desktop.services.calendar.marks import public_holidays

            return {year: public_holidays(year) for year in years}

        self.ops.background(self, load, self._got_holidays)

    def _got_holidays(self, found: dict[int, dict[date, str]]) -> None:
        self._holidays.update(found)
        self._fill_preview()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter while the rule is wrong must not fall through to another button.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.times:
            return
        super().keyPressEvent(event)
