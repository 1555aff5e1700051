"""The marks of a calendar view's range (`calendar_marks.marks_between`): public holidays,
collective leave and commemorative days by date, across a month and a year end."""

from __future__ import annotations

from datetime import date

import pytest

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.domain.commemorative import COMMEMORATIVE, HOLIDAY, CalendarMark
from sosmed_desktop.services.calendar import marks as calendar_marks


def _named(marks: dict[date, list[CalendarMark]]) -> dict[date, list[tuple[str, str]]]:
    return {day: [(m.name, m.kind) for m in found] for day, found in marks.items()}


def test_a_range_across_the_year_end_holds_each_days_marks_in_order(ctx: AppContext) -> None:
    """First day in, last day out; a holiday and a commemorative day share 1 January."""
    with ctx.uow() as uow:
        calendar_marks.add_commemorative_day(uow, 1, 1, "Hari Jadi Kantor Dinas")
        calendar_marks.add_commemorative_day(uow, 1, 2, "Rapat Kerja Awal Tahun")
    with ctx.uow(read_only=True) as uow:
        marks = calendar_marks.marks_between(uow, date(2026, 12, 25), date(2027, 1, 2))
        assert calendar_marks.marks_between(uow, date(2027, 1, 2), date(2027, 1, 2)) == {}
    assert _named(marks) == {  # not the Cuti Bersama of 24 December, nor 2 January
        date(2026, 12, 25): [("Hari Raya Natal", HOLIDAY)],
        date(2027, 1, 1): [
            ("Tahun Baru Masehi", HOLIDAY),
            ("Hari Jadi Kantor Dinas", COMMEMORATIVE),
        ],
    }


def test_a_month_grid_reads_each_month_it_touches_once(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """January 2027's six-week grid (28 December to 7 February) touches three months."""
    asked: list[tuple[int, int]] = []
    month_marks = calendar_marks.calendar_marks

    def counted(uow: object, year: int, month: int) -> list[CalendarMark]:
        asked.append((year, month))
        return month_marks(uow, year, month)  # type: ignore[arg-type]

    monkeypatch.setattr(calendar_marks, "calendar_marks", counted)
    with ctx.uow(read_only=True) as uow:
        marks = calendar_marks.marks_between(uow, date(2026, 12, 28), date(2027, 2, 8))
    assert asked == [(2026, 12), (2027, 1), (2027, 2)]
    assert list(marks) == sorted(marks)
    assert min(marks) >= date(2026, 12, 28) and max(marks) < date(2027, 2, 8)
    assert _named(marks)[date(2027, 1, 25)] == [("Hari Gizi Nasional", COMMEMORATIVE)]
    assert _named(marks)[date(2027, 2, 6)] == [("Tahun Baru Imlek", HOLIDAY)]
    assert date(2027, 2, 5) in marks, "collective leave before Imlek"
