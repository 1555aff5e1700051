"""Commemorative days that a regency health or public-service office posts about.

A starting list (month, day, name, why it matters to a department), copied
into the database on first start; the officer edits it there.  Public holidays
are not listed here: they come from the `holidays` package every year.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DaySeed:
    """A yearly day: month, day, its Indonesian name and a short note."""

    month: int
    day: int
    name: str
    note: str = ""


DEFAULT_DAYS: tuple[DaySeed, ...] = (
    DaySeed(1, 25, "Hari Gizi Nasional", "Kesehatan"),
    DaySeed(2, 4, "Hari Kanker Sedunia", "Kesehatan"),
    DaySeed(2, 9, "Hari Pers Nasional"),
    DaySeed(2, 21, "Hari Peduli Sampah Nasional", "Lingkungan"),
    DaySeed(3, 8, "Hari Perempuan Internasional"),
    DaySeed(3, 22, "Hari Air Sedunia", "Lingkungan"),
    DaySeed(3, 24, "Hari Tuberkulosis Sedunia", "Kesehatan"),
    DaySeed(4, 7, "Hari Kesehatan Sedunia", "Kesehatan"),
    DaySeed(4, 21, "Hari Kartini"),
    DaySeed(4, 22, "Hari Bumi", "Lingkungan"),
    DaySeed(4, 25, "Hari Malaria Sedunia", "Kesehatan"),
    DaySeed(5, 2, "Hari Pendidikan Nasional"),
    DaySeed(5, 20, "Hari Kebangkitan Nasional"),
    DaySeed(5, 29, "Hari Lanjut Usia Nasional", "Kesehatan"),
    DaySeed(5, 31, "Hari Tanpa Tembakau Sedunia", "Kesehatan"),
    DaySeed(6, 5, "Hari Lingkungan Hidup Sedunia", "Lingkungan"),
    DaySeed(6, 29, "Hari Keluarga Nasional"),
    DaySeed(7, 23, "Hari Anak Nasional"),
    DaySeed(8, 1, "Pekan ASI Sedunia (1-7 Agustus)", "Kesehatan"),
    DaySeed(8, 15, "Hari Jadi Kabupaten Bekasi", "Ulang tahun kabupaten (1950)"),
    DaySeed(8, 17, "HUT Republik Indonesia"),
    DaySeed(9, 28, "Hari Rabies Sedunia", "Kesehatan"),
    DaySeed(10, 1, "Hari Kesaktian Pancasila"),
    DaySeed(10, 10, "Hari Kesehatan Jiwa Sedunia", "Kesehatan"),
    DaySeed(10, 15, "Hari Cuci Tangan Pakai Sabun Sedunia", "Kesehatan"),
    DaySeed(10, 16, "Hari Pangan Sedunia"),
    DaySeed(10, 22, "Hari Santri Nasional"),
    DaySeed(10, 28, "Hari Sumpah Pemuda"),
    DaySeed(11, 10, "Hari Pahlawan"),
    DaySeed(11, 12, "Hari Kesehatan Nasional", "Kesehatan"),
    DaySeed(11, 14, "Hari Diabetes Sedunia", "Kesehatan"),
    DaySeed(11, 25, "Hari Guru Nasional"),
    DaySeed(12, 1, "Hari AIDS Sedunia", "Kesehatan"),
    DaySeed(12, 3, "Hari Disabilitas Internasional"),
    DaySeed(12, 19, "Hari Bela Negara"),
    DaySeed(12, 22, "Hari Ibu"),
)


HOLIDAY = "holiday"
COLLECTIVE_LEAVE = "collective_leave"
COMMEMORATIVE = "commemorative"
KIND_ORDER = {HOLIDAY: 0, COLLECTIVE_LEAVE: 1, COMMEMORATIVE: 2}


@dataclass(frozen=True)
class CalendarMark:
    """A marked day: a public holiday, a collective leave day or a commemorative day."""

    day: date
    name: str
    kind: str
    note: str = ""


def leading_kind(marks: list[CalendarMark]) -> str | None:
    """The kind a day is shown as: a public holiday over collective leave over the rest."""
    return min((m.kind for m in marks), key=KIND_ORDER.__getitem__, default=None)
