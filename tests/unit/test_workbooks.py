"""Excel workbooks (.xlsx) as tables: values as a ``;`` CSV holds them; hostile ones refused."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import DataNote
from sosmed_desktop.services.directions.data_note_import import import_csv
from sosmed_desktop.services.table_files import WORKBOOK, CsvFileError, read_table
from tests.unit.helpers import snapshot

HEADER = ["judul", "nilai", "satuan", "periode", "per_tanggal", "sumber", "tautan", "tag"]


def _book(path: Path, rows: list[list[object]], *, sheets: int = 1) -> Path:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for number in range(1, sheets):
        book.create_sheet(f"Lain {number}").append(["tidak dibaca"])
    book.save(path)
    return path


@pytest.fixture
def nothing_written(ctx: AppContext) -> Iterator[None]:
    before = snapshot(ctx, DataNote)
    yield
    assert snapshot(ctx, DataNote) == before


def test_a_workbook_imports_like_an_indonesian_csv(ctx: AppContext, tmp_path: Path) -> None:
    """Numbers, dates and text of the first sheet; the other sheets are not read."""
    path = _book(
        tmp_path / "data.xlsx",
        [
            HEADER,
            ["Balita ditimbang", 1245, "anak", "November 2026", date(2026, 11, 30), "Dinkes"],
            [],
            ["Cakupan imunisasi", 92.4, "%", "2026", datetime(2026, 12, 1), "Dinkes", None, "x"],
        ],
        sheets=2,
    )
    table = read_table(path, max_bytes=5_000_000, max_rows=10)
    assert table.encoding == WORKBOOK and table.decimal_comma
    assert [line for line, _cells in table.rows] == [2, 4], "sheet rows, blank ones skipped"
    assert table.rows[0][1][:5] == (
        "Balita ditimbang",
        "1245",
        "anak",
        "November 2026",
        "2026-11-30",
    )
    assert table.rows[1][1][1] == "92,4"
    assert len(table.rows[0][1]) == len(HEADER), "short rows padded to the header"
    with ctx.uow() as uow:
        outcome = import_csv(uow, path)
    assert len(outcome.created) == 2
    with ctx.uow() as uow:
        values = uow.session.scalars(select(DataNote.value).order_by(DataNote.id)).all()
    assert [Decimal(v) for v in values] == [Decimal("1245"), Decimal("92.4")]


def test_a_formula_is_refused_naming_its_cell(
    ctx: AppContext, tmp_path: Path, nothing_written: None
) -> None:
    path = _book(
        tmp_path / "rumus.xlsx",
        [
            HEADER,
            ["Balita", 10, "anak", "", "", "Dinkes"],
            ["Jumlah", "=SUM(B2:B2)", "", "", "", "x"],
        ],
    )
    with ctx.uow() as uow, pytest.raises(CsvFileError) as info:
        import_csv(uow, path)
    assert info.value.params["reason"] == "formula"
    assert info.value.params["cell"] == "B3"


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    path = _book(tmp_path / "bom.xlsx", [HEADER, ["a", 1, "", "", "", "b"]])
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", b"\0" * (8 * 1024 * 1024))  # ~8 KB packed
    with pytest.raises(CsvFileError) as info:
        read_table(path, max_bytes=5_000_000, max_rows=10)
    assert info.value.params["reason"] == "workbook_too_large"


@pytest.mark.parametrize(
    ("rows", "reason"),
    [
        ([HEADER], "no_rows"),
        ([[], [None, None]], "empty"),
        ([HEADER, *[["t", n, "", "", "", "s"] for n in range(4)]], "too_many_rows"),
    ],
)
def test_unusable_workbooks_are_refused_with_a_reason(
    tmp_path: Path, rows: list[list[object]], reason: str
) -> None:
    path = _book(tmp_path / "data.xlsx", rows)
    with pytest.raises(CsvFileError) as info:
        read_table(path, max_bytes=5_000_000, max_rows=3)
    assert info.value.params["reason"] == reason


def test_a_damaged_workbook_is_refused(tmp_path: Path) -> None:
    path = _book(tmp_path / "data.xlsx", [HEADER, ["a", 1, "", "", "", "b"]])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # cut off, as an interrupted copy leaves it
    with pytest.raises(CsvFileError) as info:
        read_table(path, max_bytes=5_000_000, max_rows=10)
    assert info.value.params["reason"] == "workbook_damaged"


def test_percentages_read_as_shown_and_a_far_header_cell_is_not_read(tmp_path: Path) -> None:
    """A cell formatted 0.0% holding 0.924 reads "92,4%"; only the first columns are read,
    so a header cell placed in column XFD costs nothing."""
    from openpyxl import Workbook

    from sosmed_desktop.services.table_files import MAX_COLUMNS

    book = Workbook()
    sheet = book.active
    sheet.append(["judul", "nilai", "sumber"])
    sheet.append(["Cakupan IDL", 0.924, "Dinkes"])
    sheet["B2"].number_format = "0.0%"
    sheet.cell(row=1, column=16384, value="jauh")
    path = tmp_path / "data.xlsx"
    book.save(path)
    table = read_table(path, max_bytes=5_000_000, max_rows=10)
    assert table.header == ("judul", "nilai", "sumber")
    assert table.rows == ((2, ("Cakupan IDL", "92,4%", "Dinkes")),)
    assert MAX_COLUMNS < 16384


def test_a_sheet_with_broken_xml_is_refused_as_damaged(tmp_path: Path) -> None:
    path = _book(tmp_path / "data.xlsx", [HEADER, ["a", 1, "", "", "", "b"]])
    with zipfile.ZipFile(path) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    entries["xl/worksheets/sheet1.xml"] = entries["xl/worksheets/sheet1.xml"][:-40]
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    with pytest.raises(CsvFileError) as info:
        read_table(path, max_bytes=5_000_000, max_rows=10)
    assert info.value.params["reason"] == "workbook_damaged"
