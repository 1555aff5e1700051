"""Translated names and formatting for directions and data notes.

Stored values (statuses, channels, priorities, row problems) stay codes in the
core; this module is where they become words in the officer's language.
Figures in the interface follow the interface language; citations for captions
are always Indonesian (see `sosmed_desktop.domain.figures.format_citation`).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import QColor

from sosmed_desktop.domain.figures import TIGHT_UNITS, group_digits, to_decimal
from sosmed_desktop.domain.notes import Problem
from sosmed_desktop.domain.statuses import DirectionChannel, DirectionStatus, Priority
from ui.i18n import short_date, time_text
from ui.results.words import field_label as results_field_label

translate = QCoreApplication.translate
E = TypeVar("E", bound=StrEnum)


def _named(names: dict[E, str], kind: type[E], code: str) -> str:
    """The name of a stored `code` of enum `kind`, or the code itself when it is unknown."""
    try:
        return names[kind(code)]
    except ValueError:
        return code


def direction_status_label(status: str) -> str:
    """The officer-facing name of a direction status."""
    names = {
        DirectionStatus.NEW: translate("Directions", "New"),
        DirectionStatus.IN_PROGRESS: translate("Directions", "In progress"),
        DirectionStatus.DONE: translate("Directions", "Done"),
        DirectionStatus.CANCELLED: translate("Directions", "Cancelled"),
    }
    return _named(names, DirectionStatus, status)


def status_action_label(target: str) -> str:
    """The menu text that moves a direction to `target`."""
    names = {
        DirectionStatus.NEW: translate("Directions", "Reopen as new"),
        DirectionStatus.IN_PROGRESS: translate("Directions", "Working on it"),
        DirectionStatus.DONE: translate("Directions", "Mark as done"),
        DirectionStatus.CANCELLED: translate("Directions", "Cancel the direction"),
    }
    return names[DirectionStatus(target)]


DIRECTION_STATUS_COLOURS = {
    DirectionStatus.NEW: "#1f4e79",
    DirectionStatus.IN_PROGRESS: "#c77c02",
    DirectionStatus.DONE: "#1e8449",
    DirectionStatus.CANCELLED: "#8e8e93",
}
OVERDUE_COLOUR = QColor("#c0392b")
STALE_COLOUR = QColor("#b35c00")


def direction_status_colour(status: str) -> QColor:
    try:
        return QColor(DIRECTION_STATUS_COLOURS[DirectionStatus(status)])
    except ValueError:
        return QColor("#5b6b7f")


def channel_label(channel: str) -> str:
    """How the direction reached the officer."""
    names = {
        DirectionChannel.MEETING: translate("Directions", "Meeting"),
        DirectionChannel.WHATSAPP: translate("Directions", "WhatsApp"),
        DirectionChannel.MEMO: translate("Directions", "Memo / disposition"),
        DirectionChannel.PHONE: translate("Directions", "Phone"),
    }
    return _named(names, DirectionChannel, channel)


def priority_label(priority: str) -> str:
    names = {
        Priority.LOW: translate("Directions", "Low"),
        Priority.NORMAL: translate("Directions", "Normal"),
        Priority.HIGH: translate("Directions", "High"),
    }
    return _named(names, Priority, priority)


def when_text(moment: datetime, tz: ZoneInfo) -> str:
    """A compact local date and time: "Sen, 27 Jun 09.30"."""
    local = moment.astimezone(tz)
    return f"{short_date(local)} {time_text(local)}"


def day_text(day: date) -> str:
    """A date with its year: "27 Jun 2022"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def to_qdatetime(moment: datetime, tz: ZoneInfo) -> QDateTime:
    """An aware datetime as the wall-clock QDateTime the officer edits."""
    local = moment.astimezone(tz)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def from_qdatetime(value: QDateTime, tz: ZoneInfo) -> datetime:
    """The aware datetime of a wall-clock QDateTime typed in the officer's zone."""
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=tz)


def datetime_format() -> str:
    """The edit format of date-times: "d MMM yyyy HH.mm" in Indonesian, ":" in English."""
    short = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    return "d MMM yyyy  HH.mm" if "." in short else "d MMM yyyy  HH:mm"


def figure_text(stored_value: str, unit: str) -> str:
    """A figure with the interface's digit grouping ("1.245.300 dosis" / "1,245,300 dosis")."""
    value = to_decimal(stored_value)
    locale = QLocale()
    number = (
        stored_value
        if value is None
        else group_digits(value, locale.groupSeparator(), locale.decimalPoint())
    )
    unit = unit.strip()
    if not unit:
        return number
    return f"{number}{unit}" if unit in TIGHT_UNITS else f"{number} {unit}"


def value_for_editing(stored_value: str) -> str:
    """A stored figure as the officer types it: no grouping, the locale's decimal mark."""
    return stored_value.replace(".", QLocale().decimalPoint())


def field_label(name: str) -> str:
    """A data-note field (or CSV column) as the officer knows it; a results field too."""
    names = {
        "title": translate("Notes", "Title"),
        "value": translate("Notes", "Value"),
        "unit": translate("Notes", "Unit"),
        "period": translate("Notes", "Period"),
        "as_of": translate("Notes", "As of"),
        "source": translate("Notes", "Source"),
        "link": translate("Notes", "Link"),
        "tags": translate("Notes", "Tags"),
        "row": translate("Notes", "Row"),
    }
    return names.get(name) or results_field_label(name)


def problem_text(problem: Problem) -> str:
    """One problem of a data note or CSV row, in words."""
    field = field_label(problem.field)
    texts = {
        "required": lambda: translate("Notes", "{field} is empty").format(field=field),
        "too_long": lambda: translate("Notes", "{field} is longer than {limit} characters").format(
            field=field, limit=problem.limit
        ),
        "link": lambda: translate(
            "Notes", "“{value}” is not a web link (it must start with http:// or https://)"
        ).format(value=problem.value),
        "number": lambda: translate("Notes", "{field} “{value}” is not a number").format(
            field=field, value=problem.value
        ),
        "date": lambda: translate(
            "Notes", "{field} “{value}” is not a date (use 20/06/2022 or 2022-06-20)"
        ).format(field=field, value=problem.value),
        "columns": lambda: translate(
            "Notes", "the row has {count} columns, the header has {expected}"
        ).format(count=problem.value, expected=problem.limit),
        "control": lambda: translate(
            "Notes", "{field} holds an invisible control character ({value}); remove it"
        ).format(field=field, value=problem.value),
        "time": lambda: translate(
            "Notes", "{field} “{value}” is not a time the platforms' exports write"
        ).format(field=field, value=problem.value),
        "too_large": lambda: translate(
            "Notes", "{field} “{value}” is far larger than any audience"
        ).format(field=field, value=problem.value),
        "duplicate": lambda: translate("Notes", "the same post is on line {line} already").format(
            line=problem.value
        ),
    }
    build = texts.get(problem.code)
    return build() if build else problem.message()


def size_text(size: int) -> str:
    """A file size: "230 KB", "1,4 MB"."""
    locale = QLocale()
    if size >= 1024 * 1024:
        return translate("Directions", "{size} MB").format(
            size=locale.toString(size / 1024 / 1024, "f", 1)
        )
    return translate("Directions", "{size} KB").format(size=locale.toString(max(1, size // 1024)))
