"""`import-data-notes FILE`: what it prints, its exit codes, and all-or-nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from sosmed_desktop.bootstrap import bootstrap
from sosmed_desktop.cli import parse, run_command
from sosmed_desktop.db.models import DataNote
from tests.unit.commands import drop_app_log_handlers  # noqa: F401

HEADER = "judul;nilai;satuan;periode;per_tanggal;sumber;tautan;tag"


def _notes(data: Path) -> int:
    ctx = bootstrap(data)
    try:
        with ctx.uow() as uow:
            return uow.session.scalar(select(func.count(DataNote.id))) or 0
    finally:
        ctx.dispose()


def _csv(path: Path, *rows: str) -> Path:
    path.write_bytes(("\r\n".join([HEADER, *rows]) + "\r\n").encode("utf-8-sig"))
    return path


def test_import_data_notes_imports_and_reports(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = data_dir
    path = _csv(
        tmp_path / "data.csv",
        "Vaksinasi dosis lengkap;1.245.300;dosis;;20/06/2022;Dinas Kesehatan;;",
        "Cakupan IDL;92,4;%;Januari–Mei 2022;;Dinas Kesehatan;;imunisasi",
    )
    assert run_command(parse(["import-data-notes", str(path), "--data-dir", str(data)])) == 0
    out = capsys.readouterr().out
    assert "data.csv: 2 rows, UTF-8, separator ';'" in out
    assert "Imported 2 data notes; 0 already present were skipped." in out
    assert _notes(data) == 2
    assert run_command(parse(["--data-dir", str(data), "import-data-notes", str(path)])) == 0
    assert "Imported 0 data notes; 2 already present were skipped." in capsys.readouterr().out
    assert _notes(data) == 2


def test_bad_rows_are_listed_and_nothing_is_imported(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = data_dir
    path = _csv(
        tmp_path / "data.csv",
        "Vaksinasi dosis lengkap;1.245.300;dosis;;20/06/2022;Dinas Kesehatan;;",
        "Cakupan IDL;sembilan puluh;%;;;Dinas Kesehatan;;",
        "Posyandu;2.436;;;31/02/2022;;;",
    )
    assert run_command(parse(["import-data-notes", str(path), "--data-dir", str(data)])) == 1
    out, err = capsys.readouterr()
    assert "line 3: value 'sembilan puluh' is not a number" in out
    assert "line 4: as-of date '31/02/2022' is not a date" in out
    assert "source is empty" in out
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines == ["error: 2 row(s) have errors; nothing was imported"]
    assert _notes(data) == 0


def test_check_only_writes_nothing(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = data_dir
    path = _csv(tmp_path / "data.csv", "Puskesmas;50;unit;;;Profil Kesehatan;;")
    assert (
        run_command(parse(["import-data-notes", str(path), "--check", "--data-dir", str(data)]))
        == 0
    )
    assert "File is fine: 1 to import, 0 already present." in capsys.readouterr().out
    assert _notes(data) == 0


def test_unreadable_file_is_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = tmp_path / "data.xlsx"
    book.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    args = parse(["import-data-notes", str(book), "--data-dir", str(tmp_path / "data")])
    assert run_command(args) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.strip() == (
        "error: data.xlsx: the workbook is damaged or is not an Excel .xlsx file "
        "(File is not a zip file)"
    )
