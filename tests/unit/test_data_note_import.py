"""CSV import of data notes: Excel's dialects, a clear error per bad row, nothing half-imported."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import AuditEntry, DataNote, Tag
from sosmed_desktop.services.directions.data_note_import import (
    CsvRowsError,
    commit_import,
    import_csv,
    preview_import,
    read_csv,
)
from sosmed_desktop.services.table_files import CsvFileError
from tests.unit.helpers import snapshot

HEADER = "judul;nilai;satuan;periode;per_tanggal;sumber;tautan;tag"
GOOD_ROWS = [
    "Vaksinasi COVID-19 dosis lengkap;1.245.300;dosis;;20/06/2022;Dinas Kesehatan;;vaksinasi",
    "Cakupan imunisasi dasar lengkap;92,4;%;Januari–Mei 2022;2022-06-20;"
    "Dinas Kesehatan, Bidang P2P;https://dinkes.bekasikab.go.id;imunisasi, balita",
    "Jumlah posyandu aktif;2.436;posyandu;Juni 2022;;Dinas Kesehatan;;posyandu",
]


def _write(path: Path, lines: list[str], encoding: str = "utf-8", bom: bool = False) -> Path:
    data = "\r\n".join(lines).encode(encoding) + b"\r\n"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


@pytest.fixture
def nothing_written(ctx: AppContext) -> Iterator[None]:
    """Assert that the test wrote no note, tag, audit line or file."""
    before = snapshot(ctx, DataNote, Tag)
    yield
    assert snapshot(ctx, DataNote, Tag) == before


def _notes(ctx: AppContext) -> list[tuple[str, str, str, str, date | None, str, tuple[str, ...]]]:
    with ctx.uow() as uow:
        return [
            (n.title, n.value, n.unit, n.period, n.as_of, n.source, tuple(t.name for t in n.tags))
            for n in uow.session.scalars(select(DataNote).order_by(DataNote.id))
        ]


def test_excel_csv_utf8_with_bom_semicolons_and_decimal_commas(
    ctx: AppContext, tmp_path: Path
) -> None:
    path = _write(tmp_path / "data.csv", [HEADER, *GOOD_ROWS], bom=True)
    with ctx.uow() as uow:
        outcome = import_csv(uow, path)
    assert (len(outcome.created), outcome.skipped) == (3, 0)
    assert _notes(ctx) == [
        (
            "Vaksinasi COVID-19 dosis lengkap",
            "1245300",
            "dosis",
            "",
            date(2022, 6, 20),
            "Dinas Kesehatan",
            ("vaksinasi",),
        ),
        (
            "Cakupan imunisasi dasar lengkap",
            "92.4",
            "%",
            "Januari–Mei 2022",
            date(2022, 6, 20),
            "Dinas Kesehatan, Bidang P2P",
            ("imunisasi", "balita"),
        ),
        (
            "Jumlah posyandu aktif",
            "2436",
            "posyandu",
            "Juni 2022",
            None,
            "Dinas Kesehatan",
            ("posyandu",),
        ),
    ]
    with ctx.uow() as uow:
        actions = [e.action for e in uow.session.scalars(select(AuditEntry))]
    assert actions.count("imported") == 3 and actions.count("csv_imported") == 1


def test_windows_1252_file_is_read(ctx: AppContext, tmp_path: Path) -> None:
    rows = [HEADER, "Kasus DBD – Januari;312;kasus;;01/02/2022;Dinas Kesehatan – Bidang P2P;;DBD"]
    path = _write(tmp_path / "dbd.csv", rows, encoding="cp1252")
    preview = read_csv(path)
    assert preview.encoding == "Windows-1252"
    with ctx.uow() as uow:
        commit_import(uow, preview)
    assert _notes(ctx)[0][0] == "Kasus DBD – Januari"
    assert _notes(ctx)[0][5] == "Dinas Kesehatan – Bidang P2P"


def test_comma_separated_english_file_with_quotes_and_a_sep_line(
    ctx: AppContext, tmp_path: Path
) -> None:
    lines = [
        "sep=,",
        "Title,Value,Unit,As of,Source,Tags,No",
        'Doses given,"1,245,300",doses,2022-06-20,"Dinas Kesehatan, Bidang P2P","covid, vaksin",1',
        "Coverage,92.4%,,2022-06-20,Dinas Kesehatan,,2",
        "Small,2.436,,2022-06-20,BPS,,3",
    ]
    preview = read_csv(_write(tmp_path / "en.csv", lines))
    assert preview.delimiter == ","
    assert preview.ignored_columns == ("No",)
    assert not preview.has_errors
    assert [r.line for r in preview.rows] == [3, 4, 5]
    notes = [r.note for r in preview.rows]
    assert [(n.value, n.unit) for n in notes if n] == [
        (Decimal("1245300"), "doses"),
        (Decimal("92.4"), "%"),
        (Decimal("2.436"), ""),
    ]
    with ctx.uow() as uow:
        commit_import(uow, preview)
    assert _notes(ctx)[0][5] == "Dinas Kesehatan, Bidang P2P"
    assert _notes(ctx)[0][6] == ("covid", "vaksin")


def test_bad_rows_are_each_explained_and_nothing_is_imported(
    ctx: AppContext, tmp_path: Path, nothing_written: None
) -> None:
    lines = [
        HEADER,
        GOOD_ROWS[0],
        "Cakupan IDL;92,4;%;;31/02/2022;Dinas Kesehatan;;",  # wrong date
        "Posyandu aktif;2.436;posyandu;;;;;",  # missing source
        "Balita ditimbang;delapan puluh;%;;;Dinas Kesehatan;;",  # value not a number
        "Puskesmas;50;unit;;Dinas Kesehatan",  # wrong column count
        ";;;;;;;",  # an empty row is not an error
        ";12;;;kemarin;;www.bekasikab.go.id;",  # several problems in one row
        GOOD_ROWS[2],
    ]
    path = _write(tmp_path / "campur.csv", lines)
    with ctx.uow() as uow:
        preview = preview_import(uow, path)
    problems = {r.line: [(p.field, p.code, p.value) for p in r.problems] for r in preview.rows}
    assert problems == {
        2: [],
        3: [("as_of", "date", "31/02/2022")],
        4: [("source", "required", "")],
        5: [("value", "number", "delapan puluh")],
        6: [("row", "columns", "5")],
        8: [
            ("title", "required", ""),
            ("as_of", "date", "kemarin"),
            ("source", "required", ""),
            ("link", "link", "www.bekasikab.go.id"),
        ],
        9: [],
    }
    assert preview.rows[4].problems[0].limit == 8
    assert "31/02/2022" in preview.rows[1].problems[0].message()
    assert [r.status for r in preview.rows].count("ready") == 2
    with ctx.uow() as uow, pytest.raises(CsvRowsError) as info:
        commit_import(uow, preview)
    assert info.value.params["count"] == 5
    assert [r.line for r in info.value.rows] == [3, 4, 5, 6, 8]
    with ctx.uow() as uow, pytest.raises(CsvRowsError):
        import_csv(uow, path)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"\r\n\r\n", "empty"),
        (HEADER.encode() + b"\r\n", "no_rows"),
        (b"judul;satuan;periode\r\nx;y;z\r\n", "missing_columns"),
        (b"judul;nilai;sumber;title\r\nx;1;y;z\r\n", "duplicate_column"),
        (b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 100, "workbook_damaged"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "spreadsheet"),
        (b"judul;nilai\x00;sumber\r\n", "not_text"),
        (b"judul;nilai;sumber\r\nDinas \x81\x8d;1;x\r\n", "encoding"),  # not UTF-8, not cp1252
    ],
)
def test_unusable_files_are_refused_with_a_reason(
    ctx: AppContext, tmp_path: Path, nothing_written: None, content: bytes, reason: str
) -> None:
    path = tmp_path / "data.csv"
    path.write_bytes(content)
    with ctx.uow() as uow, pytest.raises(CsvFileError) as info:
        import_csv(uow, path)
    assert info.value.code == "csv_file"
    assert info.value.params["reason"] == reason
    assert info.value.params["name"] == "data.csv"


def test_missing_file_is_refused(ctx: AppContext, tmp_path: Path, nothing_written: None) -> None:
    with ctx.uow() as uow, pytest.raises(CsvFileError) as info:
        import_csv(uow, tmp_path / "tidak-ada.csv")
    assert info.value.params["reason"] == "unreadable"


def test_excel_unicode_text_utf16_tab_separated(ctx: AppContext, tmp_path: Path) -> None:
    lines = [HEADER.replace(";", "\t"), GOOD_ROWS[1].replace(";", "\t")]
    path = tmp_path / "unicode.txt"
    path.write_bytes("\r\n".join(lines).encode("utf-16"))
    preview = read_csv(path)
    assert (preview.encoding, preview.delimiter) == ("UTF-16", "\t")
    assert [r.note.value for r in preview.rows if r.note] == [Decimal("92.4")]


def test_importing_the_same_file_again_adds_only_new_rows(ctx: AppContext, tmp_path: Path) -> None:
    path = _write(tmp_path / "data.csv", [HEADER, *GOOD_ROWS[:2]])
    with ctx.uow() as uow:
        import_csv(uow, path)
    extended = _write(tmp_path / "data.csv", [HEADER, *GOOD_ROWS, GOOD_ROWS[2]])
    with ctx.uow() as uow:
        preview = preview_import(uow, extended)
        assert [r.status for r in preview.rows] == ["duplicate", "duplicate", "ready", "duplicate"]
        outcome = commit_import(uow, preview)
    assert (len(outcome.created), outcome.skipped) == (1, 3)
    assert len(_notes(ctx)) == 3


def test_a_failure_while_writing_leaves_nothing_behind(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, nothing_written: None
) -> None:
    """The rows go in one transaction: an error at the last row undoes the first ones."""
    from sosmed_desktop.services.directions import data_note_import

    path = _write(tmp_path / "data.csv", [HEADER, *GOOD_ROWS])
    real = data_note_import.audit.record
    calls = []

    def failing(uow, kind, ident, action, **details):  # type: ignore[no-untyped-def]
        calls.append(ident)
        if len(calls) == 3:  # all rows are flushed by now: the rollback must undo them
            raise OSError("disk gone")
        return real(uow, kind, ident, action, **details)

    monkeypatch.setattr(data_note_import.audit, "record", failing)
    with ctx.uow() as uow, pytest.raises(OSError):
        import_csv(uow, path)
    assert len(calls) == 3
