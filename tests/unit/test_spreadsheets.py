"""Spreadsheets in and out (issue 15): no formulas reach Excel, no mixed or invisible text gets in.

Out: the monthly report's CSV wrote cells as they were, so a program named
``=cmd|' /C calc'!A0`` reached Excel as a formula.  In: a data-notes CSV that
mixed a UTF-8 row with a Windows-1252 row was decoded whole as Windows-1252
(``Jumlah cafÃ©``), and a BOM or control characters inside cells were stored
invisibly in titles and sources.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

import pytest

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import DataNote, Tag
from sosmed_desktop.documents.spreadsheet import csv_bytes, neutralise
from sosmed_desktop.services.directions.data_note_import import import_csv, read_csv
from sosmed_desktop.services.packages import reports
from sosmed_desktop.services.table_files import CsvFileError
from tests.unit.helpers import make_program, snapshot

HEADER = "judul;nilai;satuan;periode;per_tanggal;sumber;tautan;tag"
FORMULAS = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1"]


@pytest.mark.parametrize("cell", FORMULAS)
def test_a_cell_that_starts_a_formula_is_neutralised(cell: str) -> None:
    assert neutralise(cell) == "'" + cell
    assert neutralise("Posyandu =1") == "Posyandu =1"
    assert neutralise(-5) == -5  # a number stays a number
    assert neutralise("") == ""


def test_csv_bytes_quote_and_neutralise_every_cell() -> None:
    data = csv_bytes(["Bagian", "Butir"], [['=HYPERLINK("x")', 'a;b"c'], ["ok", 3]])
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows == [["Bagian", "Butir"], ['\'=HYPERLINK("x")', 'a;b"c'], ["ok", "3"]]
    assert data.startswith(b"\xef\xbb\xbf")


def test_the_monthly_report_writes_a_hostile_program_name_as_text(
    ctx: AppContext, tmp_path: Path
) -> None:
    from sosmed_desktop.db.models import Post

    program = make_program(ctx, "=cmd|' /C calc'!A0")
    with ctx.uow() as uow:
        when = datetime(2026, 11, 10, 2, 0, tzinfo=UTC)
        uow.session.add(Post(title="@SUM(1)", status="draft", scheduled_at=when,
                             program_id=program))  # fmt: skip
        uow.commit()
    with ctx.uow() as uow:
        month = reports.monthly_report(uow, 2026, 11, ctx.config.tz)
    path = reports.save_report(month, tmp_path / "laporan.csv")
    text = path.read_bytes().decode("utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(text), delimiter=";") for cell in row]
    assert "'=cmd|' /C calc'!A0" in cells
    assert not any(cell[:1] in ("=", "+", "@", "\t", "\r") for cell in cells)


def _write(path: Path, *lines: bytes) -> Path:
    path.write_bytes(b"\r\n".join(lines) + b"\r\n")
    return path


def test_a_file_mixing_utf8_and_windows_1252_is_refused_naming_the_line(
    ctx: AppContext, tmp_path: Path
) -> None:
    before = snapshot(ctx, DataNote, Tag)
    path = _write(
        tmp_path / "campur.csv",
        HEADER.encode(),
        "Jumlah café;12;;;;Dinas Kesehatan;;".encode(),  # UTF-8
        b"Jumlah kafe;13;;;;Dinas Kesehatan;;",
        "Jumlah café tua;14;;;;Dinas Kesehatan;;".encode("cp1252"),
    )
    with pytest.raises(CsvFileError) as caught:
        read_csv(path)
    assert caught.value.params["reason"] == "mixed_encoding"
    assert caught.value.params["line"] == 4
    assert "line 4 is not UTF-8 like line 2" in str(caught.value)
    with ctx.uow() as uow, pytest.raises(CsvFileError):
        import_csv(uow, path)
    assert snapshot(ctx, DataNote, Tag) == before


def test_a_windows_1252_file_with_a_utf8_line_is_refused_too(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "campur.csv",
        HEADER.encode(),
        "Jumlah café;12;;;;Dinas Kesehatan;;".encode("cp1252"),
        "Jumlah café;13;;;;Dinas Kesehatan;;".encode(),
    )
    with pytest.raises(CsvFileError) as caught:
        read_csv(path)
    assert "line 3 is not Windows-1252 like line 2" in str(caught.value)


def test_a_file_marked_utf8_with_a_windows_1252_line_is_refused(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "bom.csv",
        b"\xef\xbb\xbf" + HEADER.encode(),
        "Jumlah café;12;;;;Dinas Kesehatan;;".encode("cp1252"),
    )
    with pytest.raises(CsvFileError) as caught:
        read_csv(path)
    assert caught.value.params["line"] == 2


def test_one_encoding_throughout_still_reads(tmp_path: Path) -> None:
    for encoding in ("utf-8", "cp1252"):
        path = _write(
            tmp_path / f"{encoding}.csv",
            HEADER.encode(),
            "Jumlah café;12;;;;Dinas Kesehatan;;".encode(encoding),
            "Jumlah kafe;13;;;;Dinas Kesehatan;;".encode(encoding),
        )
        assert read_csv(path).rows[0].cells["title"] == "Jumlah café"


@pytest.mark.parametrize(
    ("cell", "shown"),
    [
        ("Posyandu\ufeff aktif", "U+FEFF"),
        ("Posyandu\x07", "U+0007"),
        ("Posyandu\x1b[8m tersembunyi", "U+001B"),
        ("Dinas\u202e Kesehatan", "U+202E"),
    ],
)
def test_invisible_characters_in_cells_are_refused_with_their_line(
    ctx: AppContext, tmp_path: Path, cell: str, shown: str
) -> None:
    before = snapshot(ctx, DataNote, Tag)
    path = _write(
        tmp_path / "aneh.csv",
        HEADER.encode(),
        b"Jumlah posyandu;12;;;;Dinas Kesehatan;;",
        f"{cell};13;;;;Dinas Kesehatan;;".encode(),
    )
    preview = read_csv(path)
    bad = [row for row in preview.rows if row.problems]
    assert [row.line for row in bad] == [3]
    (problem,) = bad[0].problems
    assert (problem.field, problem.code, problem.value) == ("title", "control", shown)
    assert shown in problem.message()
    with ctx.uow() as uow, pytest.raises(Exception, match="nothing was imported"):
        import_csv(uow, path)
    assert snapshot(ctx, DataNote, Tag) == before
