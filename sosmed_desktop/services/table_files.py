"""Reading a table the way officers get one: CSV as Excel saves it, or an Excel workbook.

Indonesian Excel writes ``;`` between fields and a decimal comma ("92,4"); it
saves "CSV UTF-8" with a byte-order mark, plain "CSV" in Windows-1252, and
"Unicode text" in UTF-16.  All of these are read; the delimiter is taken from
the header line (or an Excel ``sep=`` line).  A line in another encoding than
the rest (rows pasted together from two files) is refused by its number.

An Excel workbook (``.xlsx``) is read with openpyxl, its first sheet only, as
values: a cell holding a formula is refused (a file of figures should carry the
figures, and a formula may call out to other programs once the cells travel on
into a CSV), and so is a workbook whose zip entries would unpack to more than
`MAX_UNPACKED` bytes or at a ratio no spreadsheet has (a zip bomb).  Numbers
come out as text with a decimal comma, as a ``;`` CSV writes them, and dates as
ISO dates, so a caller parses every cell the same way.

Only the first `MAX_COLUMNS` columns are read, and a row is as wide as its header.
The old binary Excel format (``.xls``) is not read: Excel saves it again as
``.xlsx`` or CSV.  Every refusal is a `CsvFileError` whose ``reason`` the ui words.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from sosmed_desktop.errors import ValidationError

WORKBOOK = "Excel workbook"
"""The `Table.encoding` of a workbook (its cells are not text in an encoding)."""
MAX_UNPACKED = 100 * 1024 * 1024
MAX_RATIO = 200  # a sheet's XML compresses about 10:1; a bomb thousands to one
MAX_ENTRIES = 2000
MAX_COLUMNS = 200
"""Columns read of a sheet: a table of figures has a few dozen; a header cell placed in
column XFD would otherwise make every row 16,384 cells long."""


class CsvFileError(ValidationError):
    """The file as a whole cannot be read as the table wanted; `reason` says why."""

    code = "csv_file"
    template = "{name}: {detail}"


@dataclass(frozen=True)
class Table:
    """The header and rows of a file, each row with the line (or sheet row) it came from."""

    encoding: str
    delimiter: str
    """``;``, ``,`` or tab; empty for a workbook."""
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]

    @property
    def decimal_comma(self) -> bool:
        """Whether "1,5" is one and a half: with ``;`` or tab, and in a workbook's numbers."""
        return self.delimiter != ","


def fail(path: Path, reason: str, detail: str, **params: object) -> CsvFileError:
    """The refusal of `path` for `reason` (``detail`` is the English for logs)."""
    return CsvFileError(name=path.name, reason=reason, detail=detail, **params)


def read_table(path: Path, *, max_bytes: int, max_rows: int) -> Table:
    """Read a CSV file or an ``.xlsx`` workbook; refuse it as a whole if it cannot be a table.

    Blank rows are skipped; more than `max_rows` data rows, a header without rows
    or a file over `max_bytes` are refused.
    """
    try:
        size = path.stat().st_size
        if size > max_bytes:
            megabytes = max_bytes // 1048576
            raise fail(
                path, "too_large", f"the file is larger than {megabytes} MB", megabytes=megabytes
            )
        data = path.read_bytes()
    except OSError as exc:
        raise fail(path, "unreadable", exc.strerror or str(exc)) from exc
    if data.startswith(b"PK\x03\x04"):
        return _read_workbook(path, data, max_rows)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise fail(path, "spreadsheet", "an old Excel workbook (.xls); save it as .xlsx or CSV")
    return _read_csv(path, data, max_rows)


def _read_csv(path: Path, data: bytes, max_rows: int) -> Table:
    text, encoding = _decode(path, data)
    lines = text.splitlines(keepends=True)
    skipped = 0
    while lines and not lines[0].strip():
        lines.pop(0)
        skipped += 1
    if lines and lines[0].strip().lower().startswith("sep=") and len(lines[0].strip()) == 5:
        delimiter = lines.pop(0).strip()[4]
        skipped += 1
    else:
        delimiter = _delimiter(lines[0]) if lines else ";"
    reader = csv.reader(io.StringIO("".join(lines)), delimiter=delimiter)
    rows: list[tuple[int, tuple[str, ...]]] = []
    try:
        header = next(reader, None)
        for cells in reader:
            if not any(c.strip() for c in cells):
                continue
            if len(rows) >= max_rows:
                raise fail(path, "too_many_rows", f"more than {max_rows} rows", limit=max_rows)
            rows.append((reader.line_num + skipped, tuple(cells)))
    except csv.Error as exc:
        raise fail(path, "unreadable", f"line {reader.line_num + skipped}: {exc}") from exc
    return _checked(path, Table(encoding, delimiter, tuple(header or ()), tuple(rows)))


def _checked(path: Path, table: Table) -> Table:
    if not any(h.strip() for h in table.header):
        raise fail(path, "empty", "the file has no header line")
    if not table.rows:
        raise fail(path, "no_rows", "the file has a header but no data rows")
    return table


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    """The text of the file and the name of its encoding, one encoding for every line.

    A byte-order mark decides (UTF-16, UTF-8); otherwise the first line that is
    not plain ASCII does: UTF-8 if it reads as UTF-8, else Windows-1252.  A line
    in the other encoding (rows pasted together from two files) is refused by
    its number: decoding the whole file either way would garble one of them.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError as exc:
            raise fail(path, "encoding", "the UTF-16 text is damaged") from exc
    if b"\x00" in data:
        raise fail(path, "not_text", "this is not a text (CSV) file")
    marked = data.startswith(b"\xef\xbb\xbf")
    body = data[3:] if marked else data
    decided: tuple[str, int] | None = ("UTF-8", 1) if marked else None
    for number, line in enumerate(body.split(b"\n"), start=1):
        if line.isascii():
            continue
        kind = "UTF-8" if _is_utf8(line) else "Windows-1252"
        if decided is None:
            decided = (kind, number)
        elif kind != decided[0]:
            encoding, first = decided
            like = f"line {first}" if first > 1 or not marked else "its byte-order mark"
            raise fail(
                path, "mixed_encoding", f"line {number} is not {encoding} like {like}: the "
                "file mixes text encodings; open it in Excel and save it again as CSV UTF-8",
                line=number, encoding=encoding,
            )  # fmt: skip
    encoding = decided[0] if decided is not None else "UTF-8"
    try:
        return body.decode("utf-8" if encoding == "UTF-8" else "cp1252"), encoding
    except UnicodeDecodeError as exc:
        line = body[: exc.start].count(b"\n") + 1
        raise fail(
            path, "encoding", f"line {line} is neither UTF-8 nor Windows-1252", line=line
        ) from exc


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (";", "\t", ",")}
    best = max(counts, key=lambda d: counts[d])  # ties keep the first: ";" then tab
    return best if counts[best] else ";"


def _read_workbook(path: Path, data: bytes, max_rows: int) -> Table:
    """The first sheet of an ``.xlsx`` file, as text cells (see the module's docstring)."""
    from openpyxl import load_workbook  # only a workbook needs it (~60 ms to import)

    damaged = "the workbook is damaged or is not an Excel .xlsx file"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_unpacked(path, archive.infolist())
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except CsvFileError:
        raise
    except Exception as exc:  # openpyxl fails on a hostile workbook in many ways (XML, zip,
        raise fail(path, "workbook_damaged", f"{damaged} ({exc})") from exc  # types, keys)
    try:
        if not book.worksheets:
            raise fail(path, "empty", "the workbook has no sheet")
        sheet = book.worksheets[0]
        header: tuple[str, ...] | None = None
        rows: list[tuple[int, tuple[str, ...]]] = []
        for number, cells in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS), start=1):
            texts = tuple(_cell_text(path, cell, number) for cell in cells)
            if not any(t.strip() for t in texts):
                continue
            if header is None:
                header = texts[: max(i for i, t in enumerate(texts) if t.strip()) + 1]
                continue
            if len(rows) >= max_rows:
                raise fail(path, "too_many_rows", f"more than {max_rows} rows", limit=max_rows)
            rows.append((number, texts))
    except CsvFileError:
        raise
    except Exception as exc:  # as above: a damaged sheet's XML, a cell of no known type
        raise fail(path, "workbook_damaged", f"{damaged} ({exc})") from exc
    finally:
        book.close()
    width = len(header or ())
    # The header's width rules: shorter rows padded, cells beyond it dropped.
    padded = tuple((n, (cells + ("",) * width)[:width]) for n, cells in rows)
    return _checked(path, Table(WORKBOOK, "", header or (), padded))


def _check_unpacked(path: Path, entries: list[zipfile.ZipInfo]) -> None:
    total = 0
    if len(entries) > MAX_ENTRIES:
        raise fail(path, "workbook_damaged", f"{len(entries)} entries: not a workbook")
    for info in entries:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if total > MAX_UNPACKED or (info.file_size > 1024 * 1024 and ratio > MAX_RATIO):
            raise fail(
                path, "workbook_too_large", f"{info.filename} unpacks to {info.file_size} bytes"
            )


def _cell_text(path: Path, cell: object, row: int) -> str:
    """A cell's value as the text a ``;`` CSV would hold; a formula is refused."""
    value = getattr(cell, "value", None)
    if getattr(cell, "data_type", "") == "f":
        where = getattr(cell, "coordinate", f"row {row}")
        raise fail(
            path, "formula", f"cell {where} holds a formula; paste the values only", cell=where
        )
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        if "%" in str(getattr(cell, "number_format", "")):  # 0.924 shown as 92,4%
            return format((number * 100).normalize(), "f").replace(".", ",") + "%"
        return format(number.normalize(), "f").replace(".", ",")
    if isinstance(value, datetime):
        if value.time() == time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)
