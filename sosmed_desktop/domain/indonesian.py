"""Indonesian wording for the documents that leave the PC: sheets, reports, calendar files.

The interface translates through Qt, but an approval sheet, a monthly report or
a package preview is read by the head of department, a coordinator or another
office, always in Indonesian, and is made by the core (also headless), so
their words live here, without Qt.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from sosmed_desktop.domain.figures import MONTHS_ID
from sosmed_desktop.domain.statuses import (
    DirectionChannel,
    DirectionStatus,
    PostStatus,
)

POST_STATUS = {
    PostStatus.IDEA.value: "Ide",
    PostStatus.DRAFT.value: "Draf",
    PostStatus.IN_REVIEW.value: "Menunggu persetujuan",
    PostStatus.NEEDS_REVISION.value: "Perlu revisi",
    PostStatus.APPROVED.value: "Disetujui",
    PostStatus.PUBLISHED.value: "Diunggah",
    PostStatus.ARCHIVED.value: "Diarsipkan",
}
DIRECTION_STATUS = {
    DirectionStatus.NEW.value: "Baru",
    DirectionStatus.IN_PROGRESS.value: "Dikerjakan",
    DirectionStatus.DONE.value: "Selesai",
    DirectionStatus.CANCELLED.value: "Dibatalkan",
}
CHANNEL = {
    DirectionChannel.MEETING.value: "rapat",
    DirectionChannel.WHATSAPP.value: "WhatsApp",
    DirectionChannel.MEMO.value: "memo/nota dinas",
    DirectionChannel.PHONE.value: "telepon",
}
PERSONAL_KIND = {
    "nik": "NIK",
    "kk": "Nomor KK",
    "phone": "Nomor telepon",
    "email": "Alamat e-mail",
    "plate": "Nomor kendaraan",
}
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
ZONE_ABBREVIATIONS = {"Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}


def zone_abbreviation(tz: ZoneInfo, when: datetime) -> str:
    """WIB, WITA or WIT for Indonesia's zones, else what the zone calls itself."""
    return ZONE_ABBREVIATIONS.get(tz.key) or when.astimezone(tz).tzname() or tz.key


def date_words(when: datetime, tz: ZoneInfo, *, weekday: bool = True) -> str:
    """ "Sabtu, 5 Desember 2026" in the officer's zone."""
    local = when.astimezone(tz)
    text = f"{local.day} {MONTHS_ID[local.month - 1]} {local.year}"
    return f"{WEEKDAYS[local.weekday()]}, {text}" if weekday else text


def day_words(day: date) -> str:
    """ "5 Desember 2026"."""
    return f"{day.day} {MONTHS_ID[day.month - 1]} {day.year}"


def datetime_words(when: datetime, tz: ZoneInfo, *, weekday: bool = True) -> str:
    """ "Sabtu, 5 Desember 2026 pukul 09.00 WIB" (Indonesian writes times with a dot)."""
    local = when.astimezone(tz)
    return (
        f"{date_words(when, tz, weekday=weekday)} pukul {local:%H.%M} {zone_abbreviation(tz, when)}"
    )


METRIC = {
    "reach": "Jangkauan",
    "impressions": "Impresi",
    "views": "Tayangan",
    "reactions": "Reaksi/suka",
    "comments": "Komentar",
    "shares": "Dibagikan",
    "saves": "Disimpan",
    "clicks": "Klik tautan",
}
"""The report's names of the platforms' measures (`domain/results.py`)."""


def month_words(year: int, month: int) -> str:
    """ "Desember 2026"."""
    return f"{MONTHS_ID[month - 1]} {year}"


def status_words(status: str) -> str:
    """The Indonesian name of a post status (the stored value if unknown)."""
    return POST_STATUS.get(status, status)


COUNTING_UNITS = {
    "graphemes": "karakter",
    "x_weighted": "karakter menurut hitungan X",
    "threads": "karakter (emoji dihitung per byte)",
    "utf8_bytes": "byte",
}


def caption_length_words(count: int, limit: int | None, counting: str) -> str:
    """ "1.234 dari 2.200 karakter": a caption's length as its platform counts it."""
    unit = COUNTING_UNITS.get(counting, "karakter")
    amount = f"{count:,}".replace(",", ".")
    if limit is None:
        return f"{amount} {unit}"
    return f"{amount} dari {limit:,} {unit}".replace(",", ".")
