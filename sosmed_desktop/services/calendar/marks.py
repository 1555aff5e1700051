"""Days marked on the calendar as content opportunities: public holidays, the
government's collective leave days (cuti bersama) and commemorative days.

Public holidays come from the `holidays` package in Indonesian (it follows the
government's yearly decree, including the moving Islamic, Chinese and Balinese
dates); so do the collective leave days, from the package's own ``government``
category ("Cuti Bersama Hari Raya Idul Fitri"), marked apart since offices are
closed but they are no public holiday.  Commemorative days are an editable table, filled with
`domain.commemorative.DEFAULT_DAYS` by migration 0002 (once per database:
deleting them all does not bring the defaults back; the officer's choice wins).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from sqlalchemy import func, select

from sosmed_desktop.db.models_editorial import CommemorativeDay
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.commemorative import (
    COLLECTIVE_LEAVE,
    COMMEMORATIVE,
    HOLIDAY,
    KIND_ORDER,
    CalendarMark,
)
from sosmed_desktop.errors import ConflictError, NotFoundError, ValidationError
from sosmed_desktop.services import audit

NAME_MAX = 160


@dataclass(frozen=True)
class CommemorativeDayRow:
    """A commemorative day as the settings list shows it."""

    id: int
    month: int
    day: int
    name: str
    note: str
    active: bool


@lru_cache(maxsize=16)
def _holidays(year: int) -> dict[date, str]:
    import holidays  # a large package: loaded when a calendar first needs it, not at start-up

    return dict(holidays.country_holidays("ID", years=year, language="id").items())


@lru_cache(maxsize=16)
def _collective_leave(year: int) -> dict[date, str]:
    import holidays

    days = holidays.country_holidays("ID", years=year, language="id", categories=("government",))
    return dict(days.items())


def public_holidays(year: int) -> dict[date, str]:
    """Indonesia's public holidays of `year`, in Indonesian."""
    return dict(_holidays(year))


def calendar_marks(uow: UnitOfWork, year: int, month: int) -> list[CalendarMark]:
    """Holidays, collective leave days and active commemorative days of one month, by day."""
    marks = [
        CalendarMark(day, name, HOLIDAY)
        for day, name in _holidays(year).items()
        if day.month == month
    ]
    marks += [
        CalendarMark(day, name, COLLECTIVE_LEAVE)
        for day, name in _collective_leave(year).items()
        if day.month == month
    ]
    stmt = select(CommemorativeDay).where(
        CommemorativeDay.month == month, CommemorativeDay.active.is_(True)
    )
    for row in uow.session.scalars(stmt):
        try:
            day = date(year, row.month, row.day)
        except ValueError:
            continue  # 29 February outside a leap year
        marks.append(CalendarMark(day, row.name, COMMEMORATIVE, row.note))
    return sorted(marks, key=lambda m: (m.day, KIND_ORDER[m.kind], m.name))


def marks_between(uow: UnitOfWork, first: date, last: date) -> dict[date, list[CalendarMark]]:
    """The marks of the days in [first, last), by date (in date order), each day's in
    `calendar_marks` order; the range a calendar view shows, across month and year ends.

    One `calendar_marks` query per month the range touches (a month grid touches
    two or three), so a view's marks cost what its months cost.
    """
    found: dict[date, list[CalendarMark]] = defaultdict(list)
    for year, month in _months(first, last):
        for mark in calendar_marks(uow, year, month):
            if first <= mark.day < last:
                found[mark.day].append(mark)
    return dict(found)


def _months(first: date, last: date) -> Iterator[tuple[int, int]]:
    """(year, month) of every month holding a day of [first, last), in order."""
    if last <= first:
        return
    final = last - timedelta(days=1)
    year, month = first.year, first.month
    while (year, month) <= (final.year, final.month):
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _row(row: CommemorativeDay) -> CommemorativeDayRow:
    return CommemorativeDayRow(row.id, row.month, row.day, row.name, row.note, row.active)


def list_commemorative_days(uow: UnitOfWork) -> list[CommemorativeDayRow]:
    """Every commemorative day, in calendar order."""
    stmt = select(CommemorativeDay).order_by(
        CommemorativeDay.month, CommemorativeDay.day, CommemorativeDay.name
    )
    return [_row(r) for r in uow.session.scalars(stmt)]


def _validate(uow: UnitOfWork, month: int, day: int, name: str, skip_id: int | None) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError(code="day_name_required", detail="the name is empty")
    if len(name) > NAME_MAX:
        raise ValidationError(code="day_name_too_long", detail="name too long", limit=NAME_MAX)
    try:
        date(2024, month, day)  # a leap year: 29 February is allowed
    except (TypeError, ValueError) as exc:
        raise ValidationError(
            code="bad_day", detail=f"{day}/{month} is not a date", day=day, month=month
        ) from exc
    clash = uow.session.scalar(
        select(CommemorativeDay.id).where(
            CommemorativeDay.month == month,
            CommemorativeDay.day == day,
            func.lower(CommemorativeDay.name) == name.lower(),
            CommemorativeDay.id != (skip_id or 0),
        )
    )
    if clash is not None:
        raise ConflictError(code="day_exists", detail=f"{name} on {day}/{month} exists")
    return name


def add_commemorative_day(
    uow: UnitOfWork, month: int, day: int, name: str, note: str = ""
) -> CommemorativeDayRow:
    """Add a yearly day; commits."""
    clean = _validate(uow, month, day, name, None)
    row = CommemorativeDay(month=month, day=day, name=clean, note=note.strip(), active=True)
    uow.session.add(row)
    uow.session.flush()
    audit.record(uow, "commemorative_day", row.id, "created", name=clean, month=month, day=day)
    uow.commit()
    return _row(row)


def update_commemorative_day(
    uow: UnitOfWork,
    day_id: int,
    month: int,
    day: int,
    name: str,
    note: str = "",
    active: bool = True,
) -> CommemorativeDayRow:
    """Change a yearly day (or switch it off with `active=False`); commits."""
    row = uow.session.get(CommemorativeDay, day_id)
    if row is None:
        raise NotFoundError(code="day_not_found", what="commemorative day", ident=day_id)
    clean = _validate(uow, month, day, name, day_id)
    row.month, row.day, row.name, row.note, row.active = month, day, clean, note.strip(), active
    audit.record(uow, "commemorative_day", row.id, "updated", name=clean, active=active)
    uow.commit()
    return _row(row)


def delete_commemorative_day(uow: UnitOfWork, day_id: int) -> None:
    """Remove a yearly day; commits."""
    row = uow.session.get(CommemorativeDay, day_id)
    if row is None:
        raise NotFoundError(code="day_not_found", what="commemorative day", ident=day_id)
    audit.record(uow, "commemorative_day", row.id, "deleted", name=row.name)
    uow.session.delete(row)
    uow.commit()
