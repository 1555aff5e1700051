"""The calendar file (stable UIDs, date range) and the monthly report's figures and files."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import Direction, Post
from sosmed_desktop.domain.statuses import DirectionStatus, PostStatus
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.services.calendar.ics_export import build_calendar, event_uid, export_ics
from sosmed_desktop.services.directions import directions
from sosmed_desktop.services.packages import reports
from sosmed_desktop.services.posts import posts
from tests.reminder_helpers import bind_approval
from tests.unit.posting import WIB, add_program, post_input, set_profile


def _post(
    ctx: AppContext,
    title: str,
    when: datetime,
    *,
    platforms: tuple[str, ...] = ("instagram",),
    status: PostStatus = PostStatus.DRAFT,
    published: datetime | None = None,
    program_id: int | None = None,
) -> int:
    with ctx.uow() as uow:
        post_id = posts.create_post(
            uow, post_input(title=title, when=when, platforms=platforms, program_id=program_id)
        ).id
    with ctx.uow() as uow:  # statuses set directly: the flow itself is tested elsewhere
        row = uow.session.get(Post, post_id)
        assert row is not None
        row.status, row.published_at = status.value, published
        if status in (PostStatus.APPROVED, PostStatus.PUBLISHED):
            bind_approval(uow.session, row, when - timedelta(days=1))  # as approve() gives it
        uow.commit()
    return post_id


def _events(data: bytes) -> dict[str, dict]:
    calendar = Calendar.from_ical(data)
    return {
        str(e["UID"]): {
            "summary": str(e["SUMMARY"]),
            "start": e.decoded("DTSTART"),
            "sequence": int(e["SEQUENCE"]),
            "description": str(e["DESCRIPTION"]),
        }
        for e in calendar.walk("VEVENT")
    }


def test_ics_round_trip_with_stable_uids(ctx: AppContext, tmp_path: Path) -> None:
    set_profile(ctx)
    first = _post(ctx, "Posyandu Sukamaju", datetime(2026, 12, 5, 9, 0, tzinfo=WIB))
    _post(ctx, "Arsip lama", datetime(2026, 12, 6, 9, 0, tzinfo=WIB), status=PostStatus.ARCHIVED)
    _post(ctx, "Bulan depan", datetime(2027, 1, 6, 9, 0, tzinfo=WIB))
    target = tmp_path / "jadwal.ics"
    with ctx.uow() as uow:
        result = export_ics(uow, ctx.config.tz, target, date(2026, 12, 1), date(2026, 12, 31))
    assert result.events == 1
    with ctx.uow() as uow:
        detail = posts.get_post(uow, first)
    events = _events(target.read_bytes())
    uid = event_uid(detail.uuid)
    assert list(events) == [uid]
    assert events[uid]["summary"] == "Posyandu Sukamaju"
    assert events[uid]["start"] == datetime(2026, 12, 5, 2, 0, tzinfo=UTC)
    assert "Status: Draf" in events[uid]["description"]
    assert "Platform: Instagram" in events[uid]["description"]
    # Moving the post keeps its UID and raises SEQUENCE: a calendar updates the event.
    with ctx.uow() as uow:
        posts.reschedule(uow, first, datetime(2026, 12, 7, 10, 0, tzinfo=WIB))
    with ctx.uow() as uow:
        again = _events(build_calendar(uow, ctx.config.tz, date(2026, 12, 1), None)[0])
    assert set(again) == {uid, next(u for u in again if u != uid)}
    assert again[uid]["start"] == datetime(2026, 12, 7, 3, 0, tzinfo=UTC)
    assert again[uid]["sequence"] > events[uid]["sequence"]


def test_ics_range_must_not_be_reversed(ctx: AppContext) -> None:
    with ctx.uow() as uow, pytest.raises(ValidationError) as caught:
        build_calendar(uow, ctx.config.tz, date(2026, 12, 31), date(2026, 12, 1))
    assert caught.value.code == "date_range_reversed"


@pytest.fixture
def month(ctx: AppContext) -> reports.MonthlyReport:
    """December 2026 with posts in several weeks, platforms, statuses and programs."""
    set_profile(ctx)
    posyandu = add_program(ctx, "Posyandu")
    d = lambda day, hour=9: datetime(2026, 12, day, hour, 0, tzinfo=WIB)  # noqa: E731
    _post(ctx, "Satu", d(1), platforms=("instagram", "facebook"), status=PostStatus.PUBLISHED,
          published=d(1) + timedelta(minutes=20), program_id=posyandu)  # fmt: skip
    _post(ctx, "Dua", d(3), status=PostStatus.PUBLISHED, published=d(3) + timedelta(hours=5),
          program_id=posyandu)  # fmt: skip
    _post(ctx, "Tiga", d(9), platforms=("facebook",), status=PostStatus.APPROVED)
    _post(ctx, "Empat", d(30), platforms=("x",), status=PostStatus.IN_REVIEW)
    _post(ctx, "Arsip", d(31), status=PostStatus.ARCHIVED)
    _post(ctx, "Bulan lain", datetime(2027, 1, 1, 0, 30, tzinfo=WIB))
    with ctx.uow() as uow:
        for status, day in (("selesai", 2), ("baru", 4), ("dikerjakan", 5), ("dibatalkan", 6)):
            direction_id = directions.create_direction(
                uow, directions.DirectionInput("Bupati", f"Arahan {day}", d(day))
            )
            row = uow.session.get(Direction, direction_id)
            assert row is not None
            row.status = DirectionStatus(status).value
        uow.commit()
    with ctx.uow() as uow:
        return reports.monthly_report(uow, 2026, 12, ctx.config.tz, now=d(20))


def test_report_figures(month: reports.MonthlyReport) -> None:
    assert month.total_posts == 5
    assert [(w.start.day, w.end.day, w.count) for w in month.weeks] == [
        (1, 6, 2), (7, 13, 1), (14, 20, 0), (21, 27, 0), (28, 31, 2),
    ]  # fmt: skip
    assert [(t.key, t.count) for t in month.platforms] == [
        ("instagram", 3), ("facebook", 2), ("x", 1),
    ]  # fmt: skip
    assert {t.key: t.count for t in month.statuses} == {
        "ide": 0, "draf": 0, "menunggu_persetujuan": 1, "perlu_revisi": 0, "disetujui": 1,
        "diunggah": 2, "diarsipkan": 1,
    }  # fmt: skip
    assert [(t.label, t.count) for t in month.programs] == [("Posyandu", 2), ("Tanpa program", 3)]
    assert (month.directions_answered, month.directions_open, month.directions_cancelled) == (
        1, 2, 1,
    )  # fmt: skip
    assert (month.on_time, month.late, month.not_published, month.upcoming) == (1, 1, 1, 1)


def test_report_csv_for_excel(month: reports.MonthlyReport, tmp_path: Path) -> None:
    path = reports.save_report(month, tmp_path / "laporan.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Bagian", "Butir", "Jumlah"]
    assert ["Ringkasan", "Jumlah postingan", "5"] in rows
    assert ["Postingan per minggu", "Tanggal 1–6", "2"] in rows
    assert ["Ketepatan waktu", "Diunggah terlambat", "1"] in rows
    assert ["Hasil dari platform", "Belum ada hasil yang diimpor untuk bulan ini", "0"] in rows
    assert ["Hasil belum ada", "Facebook: posting diunggah tanpa hasil", "1"] in rows


def test_report_pdf_text(month: reports.MonthlyReport, tmp_path: Path) -> None:
    path = reports.save_report(month, tmp_path / "laporan.pdf")
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)
    for expected in (
        "DINAS KESEHATAN",
        "LAPORAN BULANAN MEDIA SOSIAL DESEMBER 2026",
        "Postingan per minggu",
        "Instagram",
        "Menunggu persetujuan",
        "Posyandu",
        "Selesai dijawab",
        "Diunggah terlambat",
        "Hasil dari platform",
        "Belum ada hasil posting bulan ini yang diimpor",
        "Belum ada hasil untuk: Facebook (1 posting diunggah)",
    ):
        assert expected in text, expected


def test_report_format_and_month_are_checked(month: reports.MonthlyReport, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        reports.save_report(month, tmp_path / "laporan.docx")
    assert caught.value.code == "report_format"
    assert not (tmp_path / "laporan.docx").exists()
    assert reports.parse_month("2026-12") == (2026, 12)
    for bad in ("2026-13", "Desember", "2026/12", ""):
        with pytest.raises(ValidationError):
            reports.parse_month(bad)
