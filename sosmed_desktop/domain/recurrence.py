"""Dates of a recurring post: weekly or monthly, until a date or a number of times.

Occurrences keep the local wall-clock time of the first one (09:00 WIB stays
09:00).  A monthly series on the 31st falls on the last day of shorter months.
A series is capped at `MAX_OCCURRENCES` so that a typo cannot create thousands
of posts.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from sosmed_desktop.errors import ValidationError

MAX_OCCURRENCES = 104  # two years of weekly posts
MIN_REPEATS = 2  # a post repeated: itself and at least one more


class Frequency(StrEnum):
    """How often a series repeats."""

    WEEKLY = "weekly"
    MONTHLY = "monthly"


@dataclass(frozen=True)
class Recurrence:
    """Every `interval` weeks or months, ending on `until` (inclusive) or after `count`."""

    frequency: Frequency
    interval: int = 1
    until: date | None = None
    count: int | None = None


def _add_months(start: datetime, months: int) -> datetime:
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return start.replace(year=year, month=month, day=day)


def occurrences(first: datetime, rule: Recurrence) -> list[datetime]:
    """The times of every occurrence, starting with `first` (aware, in local time)."""
    if first.tzinfo is None:
        raise ValidationError(code="naive_datetime", detail="the first time has no time zone")
    if rule.interval < 1 or rule.interval > 12:
        raise ValidationError(code="series_interval", detail="interval must be 1 to 12")
    if (rule.until is None) == (rule.count is None):
        raise ValidationError(code="series_end_required", detail="give an end date or a count")
    if rule.count is not None and not 1 <= rule.count <= MAX_OCCURRENCES:
        raise ValidationError(code="series_too_long", detail="too many", limit=MAX_OCCURRENCES)
    if rule.until is not None and rule.until < first.date():
        raise ValidationError(code="series_end_before_start", detail="the end is before the start")
    times: list[datetime] = []
    step = 0
    while True:
        if rule.frequency is Frequency.WEEKLY:
            when = first + timedelta(weeks=step * rule.interval)
        else:
            when = _add_months(first, step * rule.interval)
        if rule.count is not None and len(times) >= rule.count:
            break
        if rule.until is not None and when.date() > rule.until:
            break
        if len(times) >= MAX_OCCURRENCES:
            raise ValidationError(code="series_too_long", detail="too many", limit=MAX_OCCURRENCES)
        times.append(when)
        step += 1
    return times


def repeat_times(first: datetime, rule: Recurrence) -> list[datetime]:
    """The times of a series grown from an existing post at `first`: it and at least one more.

    A count below two (or an end date that leaves only the first post) is refused
    as too short rather than as too long, so the officer reads the right limit.
    """
    if rule.count is not None and rule.count < MIN_REPEATS:
        raise ValidationError(code="series_too_short", detail="too few", minimum=MIN_REPEATS)
    times = occurrences(first, rule)
    if len(times) < MIN_REPEATS:
        raise ValidationError(code="series_too_short", detail="too few", minimum=MIN_REPEATS)
    return times
