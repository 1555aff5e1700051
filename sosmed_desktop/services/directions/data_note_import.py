"""Importing data notes from a CSV file or an Excel workbook.

The file is read by `table_files.read_table` (CSV as Indonesian Excel saves it,
or the first sheet of an ``.xlsx``, formulas refused).  With ``;`` or tab, and in
a workbook, the decimal mark is the comma; with ``,`` it is the point (see
`figures.parse_number`).

All or nothing: `commit_import` refuses a file that has any bad row, and
imports every other row in one transaction.  A table of figures is prepared
together, so a partial import would leave the officer guessing which rows are
in, and a second import after fixing the file would duplicate them.  Rows equal
to a note already present (title, value, unit, period, date and source) are
skipped, so importing a corrected or extended file again adds only what is new.
"""

from __future__ import annotations

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
from sosmed_desktop.services.table_files import fail, read_table

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


def read_csv(path: Path) -> ImportPreview:
    """Read and check a file (CSV or workbook) without touching the database.

    Duplicates are not yet known: `mark_duplicates` finds them.
    """
    table = read_table(path, max_bytes=MAX_BYTES, max_rows=MAX_ROWS)
    fields_by_index, ignored = _read_header(path, list(table.header))
    width = len(table.header)
    rows = [
        _row(line, list(cells), fields_by_index, width, table.decimal_comma)
        for line, cells in table.rows
    ]
    return ImportPreview(
        name=path.name,
        encoding=table.encoding,
        delimiter=table.delimiter,
        columns=tuple(f for f in fields_by_index.values()),
        ignored_columns=tuple(ignored),
        rows=tuple(rows),
    )


def _header_key(text: str) -> str:
    return " ".join(text.replace("\ufeff", "").replace("_", " ").replace("-", " ").lower().split())


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
            raise fail(path, "duplicate_column", f"two columns mean {key}", column=name.strip())
        fields_by_index[index] = key
    missing = [f for f in REQUIRED_COLUMNS if f not in fields_by_index.values()]
    if missing:
        names = ", ".join(ALIASES[f][0] for f in missing)
        raise fail(
            path,
            "missing_columns",
            f"the header lacks the column(s) {names}; expected: {';'.join(TEMPLATE_HEADER)}",
            columns=names,
        )
    return fields_by_index, ignored


def _row(
    line: int, cells: list[str], fields_by_index: dict[int, str], width: int, decimal_comma: bool
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
            value, unit = parse_figure(text["value"], unit, decimal_comma=decimal_comma)
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
