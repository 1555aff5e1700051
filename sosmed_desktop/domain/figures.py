"""Figures the way captions print them: Indonesian numbers, dates and source lines.

Data notes keep their value as a canonical decimal string ("1245300", "92.4"):
unambiguous for sorting, reports and the English interface.  What the officer
types or a spreadsheet exports ("1.245.300", "92,4", "1,245,300") is parsed here,
and captions always get the Indonesian form ("1.245.300 dosis", "92,4%",
"per 20 Juni 2022") whatever the interface language, because captions are
published in Indonesian.  No Qt here: the core and the CLI use it too.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Protocol

from sosmed_desktop.errors import ValidationError

MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
             "September", "Oktober", "November", "Desember")  # fmt: skip
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")  # fmt: skip
_MONTH_NUMBER = (
    {
        name.casefold(): number
        for names in (MONTHS_ID, MONTHS_EN)
        for number, name in enumerate(names, start=1)
    }
    | {
        name[:3].casefold(): number
        for names in (MONTHS_ID, MONTHS_EN)
        for number, name in enumerate(names, start=1)
    }
    | {"peb": 2, "nop": 11, "sept": 9}
)
# Units written straight after the number, without a space ("92,4%").
TIGHT_UNITS = ("%", "‰", "°C", "°")
_SPACES = re.compile(r"[\s\u00a0\u202f']+")
_PLAIN = re.compile(r"[+-]?\d+")
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:[.,]\d{3})+")


class NotANumberError(ValidationError):
    """The text is not a figure (letters, two decimal marks, misplaced separators)."""

    code = "not_a_number"
    template = "{value!r} is not a number"


def parse_number(text: str, *, decimal_comma: bool = True) -> Decimal:
    """Read a figure as people write it; raise `NotANumberError` otherwise.

    Accepts "1.245.300", "1,245,300", "1 245 300", "92,4", "92.4", "-3,5" and
    "1.245.300,75".  When both marks appear the last one is the decimal mark;
    a single mark followed by exactly three digits ("2.436") is a thousands
    separator unless it is the decimal mark of the convention in use
    (`decimal_comma`: Indonesian and Indonesian Excel write "2,436" for 2.436).
    """
    raw = text
    text = _SPACES.sub("", text.strip())
    if not text:
        raise NotANumberError(value=raw)
    commas, dots = text.count(","), text.count(".")
    if commas and dots:
        decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
        group_mark = "." if decimal_mark == "," else ","
        whole, _, fraction = text.rpartition(decimal_mark)
        if text.count(decimal_mark) != 1 or not _GROUPED.fullmatch(whole):
            raise NotANumberError(value=raw)
        digits = whole.replace(group_mark, "") + "." + fraction
    elif commas + dots == 0:
        digits = text
    else:
        mark = "," if commas else "."
        count = commas or dots
        ours = "," if decimal_comma else "."
        single_group = count == 1 and _GROUPED.fullmatch(text) is not None
        if count > 1 or (single_group and mark != ours):
            if not _GROUPED.fullmatch(text):
                raise NotANumberError(value=raw)
            digits = text.replace(mark, "")
        else:
            digits = text.replace(mark, ".")
    whole, _, fraction = digits.partition(".")
    if not _PLAIN.fullmatch(whole) or (fraction and not fraction.isdigit()) or "." in fraction:
        raise NotANumberError(value=raw)
    try:
        return Decimal(digits)
    except InvalidOperation as exc:  # pragma: no cover - the patterns above exclude it
        raise NotANumberError(value=raw) from exc


def parse_figure(text: str, unit: str, *, decimal_comma: bool = True) -> tuple[Decimal, str]:
    """A value and its unit, accepting a percent sign typed into the value ("92,4%").

    Spreadsheets export percent-formatted cells that way; the sign becomes the
    unit when no other unit was given.
    """
    stripped, unit = text.strip(), unit.strip()
    if stripped.endswith("%") and unit in ("", "%"):
        return parse_number(stripped[:-1], decimal_comma=decimal_comma), "%"
    return parse_number(text, decimal_comma=decimal_comma), unit


def canonical(value: Decimal) -> str:
    """The stored form of a figure: plain digits, "." as decimal mark, digits kept."""
    return format(value, "f")


def to_decimal(stored: str) -> Decimal | None:
    """The figure behind a stored value, or None for text that is not one."""
    try:
        value = Decimal(stored)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def group_digits(value: Decimal, group: str, decimal: str) -> str:
    """`value` with its digits grouped in threes ("1.245.300,5" for "." and ",")."""
    sign, body = ("-", canonical(-value)) if value < 0 else ("", canonical(value))
    whole, _, fraction = body.partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = sign + group.join(groups)
    return f"{text}{decimal}{fraction}" if fraction else text


def number_id(stored: str) -> str:
    """A stored value in Indonesian style ("1.245.300", "92,4"); other text unchanged."""
    value = to_decimal(stored)
    return stored if value is None else group_digits(value, ".", ",")


def format_figure(stored_value: str, unit: str) -> str:
    """Value and unit as a caption prints them: "1.245.300 dosis", "92,4%"."""
    number = number_id(stored_value)
    unit = unit.strip()
    if not unit:
        return number
    if unit in TIGHT_UNITS:
        return f"{number}{unit}"
    return f"{number} {unit}"


def date_id(day: date | datetime) -> str:
    """A date in Indonesian words: "20 Juni 2022"."""
    return f"{day.day} {MONTHS_ID[day.month - 1]} {day.year}"


def source_line(source: str, as_of: date | None) -> str:
    """The attribution line: "Sumber: Dinas Kesehatan, per 20 Juni 2022"."""
    line = f"Sumber: {source.strip()}"
    return f"{line}, per {date_id(as_of)}" if as_of else line


class NotADateError(ValidationError):
    """Text that is not a date in one of the accepted forms."""

    code = "not_a_date"
    template = "{value!r} is not a date (use 2022-06-20, 20/06/2022 or 20 Juni 2022)"


_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_WORD_DATE = re.compile(r"(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{4})")
# Spreadsheets may add a midnight time to a date cell ("2022-06-20 00:00:00").
_TIME_SUFFIX = re.compile(r"[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?$")


def parse_date(text: str) -> date:
    """Read "2022-06-20", "20/06/2022", "20-06-2022", "20.06.2022" or "20 Juni 2022".

    Day first, as Indonesia writes dates; two-digit years are refused (ambiguous).
    """
    raw = text
    text = _TIME_SUFFIX.sub("", text.strip())
    if iso := _ISO_DATE.fullmatch(text):
        year, month, day = (int(g) for g in iso.groups())
    elif numeric := _NUMERIC_DATE.fullmatch(text):
        day, month, year = (int(g) for g in numeric.groups())
    elif words := _WORD_DATE.fullmatch(text):
        month_number = _MONTH_NUMBER.get(words.group(2).casefold())
        if month_number is None:
            raise NotADateError(value=raw)
        day, month, year = int(words.group(1)), month_number, int(words.group(3))
    else:
        raise NotADateError(value=raw)
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise NotADateError(value=raw) from exc


class Citable(Protocol):
    """What a citation needs of a note (a `DataNoteRow` has it)."""

    title: str
    value: str
    unit: str
    period: str
    source: str
    as_of: date | None


def format_citation(note: Citable, *, with_title: bool = True) -> str:
    """The text a caption gets, always in Indonesian, e.g.

    "Cakupan imunisasi dasar lengkap: 92,4% (Januari–Mei 2022)
    Sumber: Dinas Kesehatan, per 20 Juni 2022"
    """
    figure = format_figure(note.value, note.unit)
    head = f"{note.title.strip()}: {figure}" if with_title and note.title.strip() else figure
    if note.period.strip():
        head += f" ({note.period.strip()})"
    return f"{head}\n{source_line(note.source, note.as_of)}"
