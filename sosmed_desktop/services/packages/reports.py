"""The monthly report (Laporan Bulanan): what the month's posts and directions add up to.

Figures, for posts scheduled in the month (local time, trash left out):
posts per week (Monday to Sunday, cut at the month's edges), per platform (a
post on three platforms counts once for each), the status pipeline, programs
covered (most posts first, posts without a program last), and publication
punctuality: *on time* when it went online no later than `ON_TIME_GRACE`
after its scheduled time, *late* after that, *not published* when its time
has passed without a publication (archived posts are not counted there).
Directions count those given in the month: *answered* (status done), *open*
(new or in progress) and *cancelled*.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from sosmed_desktop.config import os_error_to_domain
from sosmed_desktop.db.models import Direction, Platform, Post, PostVariant, Program
from sosmed_desktop.db.types import utcnow
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.documents.spreadsheet import csv_bytes
from sosmed_desktop.domain.indonesian import month_words, status_words
from sosmed_desktop.domain.statuses import DirectionStatus, PostStatus
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.fileops import atomic_write_bytes
from sosmed_desktop.services import profile
from sosmed_desktop.services.calendar.calendar import month_bounds
from sosmed_desktop.services.packages.report_results import NO_PROGRAM, result_rows
from sosmed_desktop.services.results.figures import MonthResults, month_results

ON_TIME_GRACE = timedelta(minutes=60)


@dataclass(frozen=True)
class WeekCount:
    """The posts of one week of the month (`start` and `end` inside the month)."""

    start: date
    end: date
    count: int

    @property
    def label(self) -> str:
        if self.start == self.end:
            return str(self.start.day)
        return f"{self.start.day}–{self.end.day}"


@dataclass(frozen=True)
class Tally:
    """A labelled count (a platform, a status, a program)."""

    key: str
    label: str
    count: int


@dataclass(frozen=True)
class MonthlyReport:
    """Every figure of one month."""

    year: int
    month: int
    department: str
    regency: str
    total_posts: int
    weeks: tuple[WeekCount, ...]
    platforms: tuple[Tally, ...]
    statuses: tuple[Tally, ...]
    programs: tuple[Tally, ...]
    directions_answered: int
    directions_open: int
    directions_cancelled: int
    on_time: int
    late: int
    not_published: int
    upcoming: int
    made_at: datetime
    tz: ZoneInfo
    results: MonthResults | None = None
    """What the platforms' exports say about the month (`services/results/figures.py`)."""
    platform_names: dict[str, str] = field(default_factory=dict)

    def platform_name(self, code: str) -> str:
        return self.platform_names.get(code, code)

    @property
    def title(self) -> str:
        return f"Laporan Bulanan Media Sosial {month_words(self.year, self.month)}"

    @property
    def directions_given(self) -> int:
        return self.directions_answered + self.directions_open + self.directions_cancelled


def parse_month(text: str) -> tuple[int, int]:
    """ "2026-12" -> (2026, 12); `ValidationError` ``bad_month`` otherwise."""
    try:
        year_text, month_text = text.strip().split("-")
        year, month = int(year_text), int(month_text)
    except ValueError as exc:
        raise ValidationError(code="bad_month", detail=f"{text!r} is not YYYY-MM") from exc
    if not (1 <= month <= 12 and 1970 <= year <= 9999):
        raise ValidationError(code="bad_month", detail=f"{text!r} is not YYYY-MM")
    return year, month


def _weeks(year: int, month: int, days: list[date]) -> tuple[WeekCount, ...]:
    first = date(year, month, 1)
    last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    weeks = []
    start = first
    while start <= last:
        end = min(start + timedelta(days=6 - start.weekday()), last)
        weeks.append(WeekCount(start, end, sum(start <= d <= end for d in days)))
        start = end + timedelta(days=1)
    return tuple(weeks)


def monthly_report(
    uow: UnitOfWork, year: int, month: int, tz: ZoneInfo, *, now: datetime | None = None
) -> MonthlyReport:
    """The figures of `month` in the officer's zone `tz`."""
    now = now or utcnow()
    low, high = month_bounds(year, month, tz)
    posts = uow.session.execute(
        select(Post.id, Post.status, Post.scheduled_at, Post.published_at, Program.name)
        .outerjoin(Program, Program.id == Post.program_id)
        .where(Post.deleted_at.is_(None), Post.scheduled_at >= low, Post.scheduled_at < high)
    ).all()
    ids = [p.id for p in posts]
    platform_counts: Counter[tuple[str, str, int]] = Counter()
    for index in range(0, len(ids), 900):
        for code, name, position in uow.session.execute(
            select(Platform.code, Platform.name, Platform.position)
            .join(PostVariant, PostVariant.platform_id == Platform.id)
            .where(PostVariant.post_id.in_(ids[index : index + 900]))
        ):
            platform_counts[(code, name, position)] += 1
    statuses = Counter(p.status for p in posts)
    programs = Counter(p.name or NO_PROGRAM for p in posts)
    on_time = late = missed = upcoming = 0
    for p in posts:
        if p.published_at is not None:
            if p.published_at <= p.scheduled_at + ON_TIME_GRACE:
                on_time += 1
            else:
                late += 1
        elif p.status != PostStatus.ARCHIVED.value:
            if p.scheduled_at < now:
                missed += 1
            else:
                upcoming += 1
    directions = Counter(
        dict(
            uow.session.execute(
                select(Direction.status, func.count())
                .where(Direction.given_at >= low, Direction.given_at < high)
                .group_by(Direction.status)
            ).all()
        )
    )
    prof = profile.get_profile(uow)
    return MonthlyReport(
        year=year,
        month=month,
        department=prof.department_name,
        regency=prof.regency,
        total_posts=len(posts),
        weeks=_weeks(year, month, [p.scheduled_at.astimezone(tz).date() for p in posts]),
        platforms=tuple(
            Tally(code, name, count)
            for (code, name, _), count in sorted(
                platform_counts.items(), key=lambda item: (-item[1], item[0][2])
            )
        ),
        statuses=tuple(
            Tally(s.value, status_words(s.value), statuses[s.value]) for s in PostStatus
        ),
        programs=tuple(
            Tally(name, name, count)
            for name, count in sorted(
                programs.items(), key=lambda i: (i[0] == NO_PROGRAM, -i[1], i[0].casefold())
            )
        ),
        directions_answered=directions[DirectionStatus.DONE.value],
        directions_open=directions[DirectionStatus.NEW.value]
        + directions[DirectionStatus.IN_PROGRESS.value],
        directions_cancelled=directions[DirectionStatus.CANCELLED.value],
        on_time=on_time,
        late=late,
        not_published=missed,
        upcoming=upcoming,
        made_at=now,
        tz=tz,
        results=month_results(uow, year, month, tz),
        platform_names=dict(uow.session.execute(select(Platform.code, Platform.name)).all()),
    )


def report_rows(report: MonthlyReport) -> list[tuple[str, str, int]]:
    """The report as (section, item, count) rows, in Indonesian: the CSV's content."""
    rows: list[tuple[str, str, int]] = [("Ringkasan", "Jumlah postingan", report.total_posts)]
    rows += [("Postingan per minggu", f"Tanggal {w.label}", w.count) for w in report.weeks]
    rows += [("Postingan per platform", t.label, t.count) for t in report.platforms]
    rows += [("Status", t.label, t.count) for t in report.statuses]
    rows += [("Program", t.label, t.count) for t in report.programs]
    rows += [
        ("Arahan pimpinan", "Diberikan bulan ini", report.directions_given),
        ("Arahan pimpinan", "Selesai dijawab", report.directions_answered),
        ("Arahan pimpinan", "Masih terbuka", report.directions_open),
        ("Arahan pimpinan", "Dibatalkan", report.directions_cancelled),
        ("Ketepatan waktu", "Diunggah tepat waktu", report.on_time),
        ("Ketepatan waktu", "Diunggah terlambat", report.late),
        ("Ketepatan waktu", "Lewat jadwal, belum diunggah", report.not_published),
        ("Ketepatan waktu", "Jadwal belum tiba", report.upcoming),
    ]
    return rows + result_rows(report)


def report_csv(report: MonthlyReport) -> bytes:
    """The report for a spreadsheet (`documents.spreadsheet`: no cell runs as a formula)."""
    return csv_bytes(["Bagian", "Butir", "Jumlah"], report_rows(report))


def save_report(report: MonthlyReport, target: Path) -> Path:
    """Write the report as PDF or CSV (chosen by the file's extension), atomically."""
    suffix = target.suffix.lower()
    if suffix == ".csv":
        data = report_csv(report)
    elif suffix == ".pdf":
        from sosmed_desktop.documents.monthly_report import report_pdf

        data = report_pdf(report)
    else:
        raise ValidationError(
            code="report_format", detail=f"{target.name}: the file must end in .pdf or .csv"
        )
    try:
        atomic_write_bytes(target, data)
    except OSError as exc:
        raise os_error_to_domain(exc, target.parent) from exc
    return target
