"""Numbers and dates the Indonesian way, and the rules of a data note (pure functions)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from sosmed_desktop.domain.figures import (
    NotADateError,
    NotANumberError,
    canonical,
    date_id,
    format_figure,
    number_id,
    parse_date,
    parse_figure,
    parse_number,
    source_line,
)
from sosmed_desktop.domain.notes import NoteInput, clean_tags, is_stale, note_problems
from sosmed_desktop.domain.statuses import DirectionStatus, can_change_direction


@pytest.mark.parametrize(
    ("text", "decimal_comma", "expected"),
    [
        ("1.245.300", True, "1245300"),
        ("1,245,300", True, "1245300"),
        ("1 245 300", True, "1245300"),
        ("1\u00a0245\u00a0300", True, "1245300"),
        ("92,4", True, "92.4"),
        ("92.4", True, "92.4"),
        ("92,40", True, "92.40"),
        ("-3,5", True, "-3.5"),
        ("1.245.300,75", True, "1245300.75"),
        ("1,245,300.75", False, "1245300.75"),
        ("2.436", True, "2436"),  # Indonesian thousands
        ("2,436", True, "2.436"),  # Indonesian decimal comma
        ("2.436", False, "2.436"),  # English decimal point
        ("2,436", False, "2436"),  # English thousands
        ("312", True, "312"),
        (" 50 ", True, "50"),
    ],
)
def test_parse_number_reads_what_people_write(text: str, decimal_comma: bool, expected: str):
    assert canonical(parse_number(text, decimal_comma=decimal_comma)) == expected


@pytest.mark.parametrize("text", ["", "abc", "12a", "1.2.3", "1,2,3", "12,34.5", "1e5", "--1"])
def test_parse_number_refuses_what_is_not_a_figure(text: str) -> None:
    with pytest.raises(NotANumberError) as info:
        parse_number(text)
    assert info.value.code == "not_a_number"
    assert info.value.params["value"] == text


def test_percent_typed_into_the_value_becomes_the_unit() -> None:
    assert parse_figure("92,4%", "") == (Decimal("92.4"), "%")
    assert parse_figure("92,4 %", "%") == (Decimal("92.4"), "%")
    with pytest.raises(NotANumberError):
        parse_figure("92,4%", "dosis")


@pytest.mark.parametrize(
    ("stored", "unit", "expected"),
    [
        ("1245300", "dosis", "1.245.300 dosis"),
        ("92.4", "%", "92,4%"),
        ("2436", "posyandu", "2.436 posyandu"),
        ("-1500.25", "", "-1.500,25"),
        ("999", "unit", "999 unit"),
        ("tidak tersedia", "", "tidak tersedia"),  # legacy text is shown as it is
    ],
)
def test_figures_are_formatted_in_indonesian_style(stored: str, unit: str, expected: str):
    assert format_figure(stored, unit) == expected


def test_number_id_groups_in_threes() -> None:
    assert number_id("1000") == "1.000"
    assert number_id("100") == "100"
    assert number_id("1234567.891") == "1.234.567,891"


def test_dates_and_source_lines_use_indonesian_month_names() -> None:
    assert date_id(date(2022, 6, 20)) == "20 Juni 2022"
    assert source_line("Dinas Kesehatan", date(2022, 6, 20)) == (
        "Sumber: Dinas Kesehatan, per 20 Juni 2022"
    )
    assert source_line(" BPS ", None) == "Sumber: BPS"


@pytest.mark.parametrize(
    "text",
    [
        "2022-06-20",
        "20/06/2022",
        "20-06-2022",
        "20.06.2022",
        "20/6/2022",
        "20 Juni 2022",
        "20 juni 2022",
        "20 Jun 2022",
        "20 June 2022",
        "2022-06-20 00:00:00",
        "20/06/2022 00.00",
    ],
)
def test_parse_date_accepts_the_usual_forms(text: str) -> None:
    assert parse_date(text) == date(2022, 6, 20)


@pytest.mark.parametrize(
    "text", ["31/02/2024", "20/06/22", "2022/13/01", "kemarin", "20 Juno 2022"]
)
def test_parse_date_refuses_impossible_or_ambiguous_dates(text: str) -> None:
    with pytest.raises(NotADateError) as info:
        parse_date(text)
    assert info.value.params["value"] == text


def test_note_problems_lists_every_broken_rule() -> None:
    note = NoteInput(title=" ", value=Decimal(1), source="", link="file:///C:/memo.pdf")
    problems = note_problems(note)
    assert [(p.field, p.code) for p in problems] == [
        ("title", "required"),
        ("source", "required"),
        ("link", "link"),
    ]
    long = NoteInput(title="x" * 301, value=Decimal(1), source="BPS", link="https://bps.go.id")
    assert [(p.field, p.code, p.limit) for p in note_problems(long)] == [("title", "too_long", 300)]


def test_tags_are_cleaned_and_deduplicated() -> None:
    assert clean_tags("#imunisasi, Balita;  balita |  gizi  buruk ") == (
        "imunisasi",
        "Balita",
        "gizi buruk",
    )


def test_staleness_counts_whole_days_past_the_limit() -> None:
    today = date(2026, 6, 30)
    assert not is_stale(date(2026, 4, 1), today, 90)  # 90 days: not older than 90
    assert is_stale(date(2026, 3, 31), today, 90)


def test_direction_status_rules() -> None:
    assert can_change_direction(DirectionStatus.NEW, DirectionStatus.DONE)
    assert can_change_direction(DirectionStatus.DONE, DirectionStatus.IN_PROGRESS)
    assert not can_change_direction(DirectionStatus.DONE, DirectionStatus.CANCELLED)
    assert not can_change_direction(DirectionStatus.CANCELLED, DirectionStatus.DONE)
    assert not can_change_direction(DirectionStatus.NEW, DirectionStatus.NEW)
