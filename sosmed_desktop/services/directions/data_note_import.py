"""Importing data notes from a CSV file, including what Excel saves as "CSV".

Indonesian Excel writes ``;`` between fields and a decimal comma ("92,4"); it
saves "CSV UTF-8" with a byte-order mark, plain "CSV" in Windows-1252, and
"Unicode text" in UTF-16.  All of these are read; the delimiter is taken from
the header line (or an Excel ``sep=`` line).  With ``;`` or tab the decimal mark
is the comma, with ``,`` it is the point (see `figures.parse_number`).

All or nothing: `commit_import` refuses a file that has any bad row, and
imports every other row in one transaction.  A table of figures is prepared
together, so a partial import would leave the officer guessing which rows are
in, and a second import after fixing the file would duplicate them.  Rows equal
to a note already present (title, value, unit, period, date and source) are
skipped, so importing a corrected or extended file again adds only what is new.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from sosmed_desktop.db.models import DataNote
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.figures import canonical, parse_date, parse_figure
from sosmed_desktop.domain.notes import NoteInput, Problem, clean_tags, note_problems
from sosmed_desktop.domain.shapes import control_character
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.services import audit
from sosmed_desktop.services.directions.data_notes import (
    new_note_row,
    officer_department,
    tags_named,
)

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5000
FIELDS = ("title", "value", "unit", "period", "as_of", "source", "link", "tags")
REQUIRED_COLUMNS = ("title", "value", "source")
# Header names accepted per field (compared lower-case, "_" and "-" as spaces).
ALIASES = {
    "title": ("judul", "title", "nama data", "indikator", "uraian"),
    "value": ("nilai", "value", "angka", "jumlah"),
    "unit": ("satuan", "unit"),
    "period": ("periode", "period"),
    "as_of": ("per tanggal", "tanggal", "tanggal data", "as of", "date", "per"),
    "source": ("sumber", "source", "sumber data"),
    "link": ("tautan", "link", "url"),
    "tags": ("tag", "tags", "label"),
}
HEADER_NAMES = {name: key for key, names in ALIASES.items() for name in names}
# The header the documentation and the error messages name.
TEMPLATE_HEADER = ("judul", "nilai", "satuan", "periode", "per_tanggal", "sumber", "tautan", "tag")


class CsvFileError(ValidationError):
    """The file as a whole cannot be read as data notes; `reason` says why."""

    code = "csv_file"
    template = "{name}: {detail}"


class CsvRowsError(ValidationError):
    """Some rows are bad, so nothing was imported; `rows` holds them for the message."""

    code = "csv_rows"
    template = "{count} row(s) have errors; nothing was imported"

    def __init__(self, rows: tuple[ImportRow, ...]) -> None:
        self.rows = rows
        super().__init__(count=len(rows))


@dataclass(frozen=True)
class ImportRow:
    """One data row: its line in the file, the text per field, the note or its problems."""

    line: int
    cells: dict[str, str]
    note: NoteInput | None
    problems: tuple[Problem, ...] = ()
    duplicate: bool = False

    @property
    def status(self) -> str:
        """ "error", "duplicate" (already present, skipped) or "ready"."""
        if self.problems:
            return "error"
        return "duplicate" if self.duplicate else "ready"


@dataclass(frozen=True)
class ImportPreview:
    """What a file would import, row by row, before anything is written."""

    name: str
    encoding: str
    delimiter: str
    columns: tuple[str, ...]
    ignored_columns: tuple[str, ...]
    rows: tuple[ImportRow, ...] = field(default=())

    def with_status(self, status: str) -> list[ImportRow]:
        return [r for r in self.rows if r.status == status]

    @property
    def has_errors(self) -> bool:
        return any(r.problems for r in self.rows)


@dataclass(frozen=True)
class ImportOutcome:
    """What an import did."""

    created: tuple[int, ...]
    skipped: int


def _fail(path: Path, reason: str, detail: str, **params: object) -> CsvFileError:
    return CsvFileError(name=path.name, reason=reason, detail=detail, **params)


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    """The text of the file and the name of its encoding, one encoding for every line.

    A byte-order mark decides (UTF-16, UTF-8); otherwise the first line that is
    not plain ASCII does: UTF-8 if it reads as UTF-8, else Windows-1252.  A line
    in the other encoding (rows pasted together from two files) is refused by
    its number: decoding the whole file either way would garble one of them.
    """
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise _fail(path, "spreadsheet", "this is an Excel workbook; save it as CSV first")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError as exc:
            raise _fail(path, "encoding", "the UTF-16 text is damaged") from exc
    if b"\x00" in data:
        raise _fail(path, "not_text", "this is not a text (CSV) file")
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
            raise _fail(
                path, "mixed_encoding", f"line {number} is not {encoding} like {like}: the "
                "file mixes text encodings; open it in Excel and save it again as CSV UTF-8",
                line=number, encoding=encoding,
            )  # fmt: skip
    encoding = decided[0] if decided is not None else "UTF-8"
    try:
        return body.decode("utf-8" if encoding == "UTF-8" else "cp1252"), encoding
    except UnicodeDecodeError as exc:
        line = body[: exc.start].count(b"\n") + 1
        raise _fail(
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


def _header_key(text: str) -> str:
    return " ".join(text.replace("\ufeff", "").replace("_", " ").replace("-", " ").lower().split())


def read_csv(path: Path) -> ImportPreview:
    """Read and check a file without touching the database (duplicates not yet known)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _fail(path, "too_large", "the file is larger than 5 MB")
        data = path.read_bytes()
    except OSError as exc:
        raise _fail(path, "unreadable", exc.strerror or str(exc)) from exc
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
    try:
        header = next(reader, None)
        if header is None or not any(h.strip() for h in header):
            raise _fail(path, "empty", "the file has no header line")
        fields_by_index, ignored = _read_header(path, header)
        rows = []
        for cells in reader:
            if not any(c.strip() for c in cells):
                continue
            if len(rows) >= MAX_ROWS:
                raise _fail(path, "too_many_rows", f"more than {MAX_ROWS} rows", limit=MAX_ROWS)
            line = reader.line_num + skipped
            rows.append(_row(line, cells, fields_by_index, len(header), delimiter))
    except csv.Error as exc:
        raise _fail(path, "unreadable", f"line {reader.line_num + skipped}: {exc}") from exc
    if not rows:
        raise _fail(path, "no_rows", "the file has a header but no data rows")
    return ImportPreview(
        name=path.name,
        encoding=encoding,
        delimiter=delimiter,
        columns=tuple(f for f in fields_by_index.values()),
        ignored_columns=tuple(ignored),
        rows=tuple(rows),
    )


def _read_header(path: Path, header: list[str]) -> tuple[dict[int, str], list[str]]:
    fields_by_index: dict[int, str] = {}
    ignored = []
    for index, name in enumerate(header):
        key = HEADER_NAMES.get(_header_key(name))
        if key is None:
            if name.strip():
                ignored.append(name.strip())
            continue
        if key in fields_by_index.values():
            raise _fail(path, "duplicate_column", f"two columns mean {key}", column=name.strip())
        fields_by_index[index] = key
    missing = [f for f in REQUIRED_COLUMNS if f not in fields_by_index.values()]
    if missing:
        names = ", ".join(ALIASES[f][0] for f in missing)
        raise _fail(
            path,
            "missing_columns",
            f"the header lacks the column(s) {names}; expected: {';'.join(TEMPLATE_HEADER)}",
            columns=names,
        )
    return fields_by_index, ignored


def _row(
    line: int, cells: list[str], fields_by_index: dict[int, str], width: int, delimiter: str
) -> ImportRow:
    text = {f: "" for f in FIELDS}
    for index, key in fields_by_index.items():
        if index < len(cells):
            text[key] = cells[index].strip()
    if len(cells) != width:
        problem = Problem("row", "columns", value=str(len(cells)), limit=width)
        return ImportRow(line, text, None, (problem,))
    problems: list[Problem] = []
    value, unit = Decimal(0), text["unit"]
    if not text["value"]:
        problems.append(Problem("value", "required"))
    else:
        try:
            value, unit = parse_figure(text["value"], unit, decimal_comma=delimiter != ",")
        except ValidationError:
            problems.append(Problem("value", "number", value=text["value"]))
    as_of = None
    if text["as_of"]:
        try:
            as_of = parse_date(text["as_of"])
        except ValidationError:
            problems.append(Problem("as_of", "date", value=text["as_of"]))
    for key in FIELDS:
        control = control_character(text[key])
        if control is not None:
            problems.append(Problem(key, "control", value=control))
    note = NoteInput(
        title=text["title"],
        value=value,
        source=text["source"],
        unit=unit,
        period=text["period"],
        as_of=as_of,
        link=text["link"],
        tags=clean_tags(text["tags"]),
    )
    problems += note_problems(note)
    order = {f: i for i, f in enumerate(FIELDS)}
    problems.sort(key=lambda p: order.get(p.field, -1))
    return ImportRow(line, text, None if problems else note, tuple(problems))


def _key(note: NoteInput | DataNote) -> tuple[object, ...]:
    value = canonical(note.value) if isinstance(note.value, Decimal) else note.value
    return (
        note.title.strip().casefold(),
        value,
        note.unit.strip().casefold(),
        note.period.strip().casefold(),
        note.as_of,
        note.source.strip().casefold(),
    )


def mark_duplicates(uow: UnitOfWork, preview: ImportPreview) -> ImportPreview:
    """Mark rows equal to a note already stored, or to an earlier row of the file."""
    seen = {_key(n) for n in uow.session.scalars(select(DataNote))}
    rows = []
    for row in preview.rows:
        if row.note is not None:
            key = _key(row.note)
            row = replace(row, duplicate=key in seen)
            seen.add(key)
        rows.append(row)
    return replace(preview, rows=tuple(rows))


def preview_import(uow: UnitOfWork, path: Path) -> ImportPreview:
    """Everything the preview dialog shows: rows, their problems and duplicates."""
    return mark_duplicates(uow, read_csv(path))


def commit_import(uow: UnitOfWork, preview: ImportPreview) -> ImportOutcome:
    """Write the ready rows of a file without errors, all in one transaction; commits."""
    bad = tuple(preview.with_status("error"))
    if bad:
        raise CsvRowsError(bad)
    checked = mark_duplicates(uow, preview)
    ready = [r.note for r in checked.rows if r.status == "ready" and r.note is not None]
    names = tuple(dict.fromkeys(name for note in ready for name in note.tags))
    tags = {t.name.casefold(): t for t in tags_named(uow, names)}
    department = officer_department(uow)
    rows = [new_note_row(note, tags, department) for note in ready]
    uow.session.add_all(rows)
    uow.session.flush()
    for row in rows:
        audit.record(uow, "data_note", row.id, "imported", file=preview.name, title=row.title)
    created = [row.id for row in rows]
    skipped = len(checked.rows) - len(ready)
    if created:
        audit.record(
            uow,
            "data_note",
            None,
            "csv_imported",
            file=preview.name,
            created=len(created),
            skipped=skipped,
        )
        uow.commit()
    return ImportOutcome(tuple(created), skipped)


def import_csv(uow: UnitOfWork, path: Path) -> ImportOutcome:
    """Read, check and import a file in one go (the command line); commits."""
    return commit_import(uow, preview_import(uow, path))
