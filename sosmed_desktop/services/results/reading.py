"""Reading a platform's result export: which format, which column is which, each row's figures.

The file is read by `table_files.read_table` (CSV as the platforms and Excel
write it, or an ``.xlsx``; formulas and zip bombs refused).  Its header row
names its format (`domain.results.recognise`); a file no format recognises is
read with the officer's column mapping for the platform they name, given now
or remembered from an earlier file.  Nothing is written here: every row comes
back with its figures or its problems, and `services/results/importing.py`
refuses the whole file while one row is bad.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from sosmed_desktop.domain.notes import Problem
from sosmed_desktop.domain.results import (
    FIELDS,
    METRICS,
    PublishTime,
    header_key,
    link_key,
    link_of,
    parse_count,
    parse_time,
    recognise,
    time_from_id,
)
from sosmed_desktop.domain.shapes import control_character
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.services.table_files import fail, read_table

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 20_000
MAX_COUNT = 2_000_000_000
"""Larger than any post's audience; a bigger number is a wrong column or a hostile file."""
KEY_LIMIT = 300
"""The longest id or link kept as a platform post's key (`PostResult.item_key`)."""
MAPPED = "mapped"
"""The format of a file read with the officer's mapping."""


@dataclass(frozen=True)
class ResultRow:
    """One post's figures in the file, or the problems that keep it out."""

    line: int
    platform_id: str
    link: str
    title: str
    published: PublishTime
    figures: dict[str, int | None]
    problems: tuple[Problem, ...] = ()

    @property
    def item_key(self) -> str:
        """What identifies the platform's post across exports: its id, else its link;
        empty for a row known only by its time (each such row stands alone)."""
        if self.platform_id:
            return self.platform_id
        key = link_key(self.link)
        return "/".join(key) if key else self.link

    def when(self, tz: ZoneInfo) -> datetime | None:
        """The moment it went out; noon of its day where the file gives only the day."""
        if self.published.moment is not None or self.published.day is None:
            return self.published.moment
        return datetime.combine(self.published.day, time(12), tzinfo=tz)


@dataclass(frozen=True)
class ResultsPreview:
    """What a file holds, before anything is written."""

    path: Path
    name: str
    tz: ZoneInfo
    """The officer's zone: a time the file writes without one is in it."""
    format: str
    platform: str
    source: str
    """Who made the file ("Meta Business Suite"), or its name when the officer mapped it."""
    modified_on: date
    headers: tuple[str, ...]
    columns: dict[int, str]
    """Column index → field."""
    rows: tuple[ResultRow, ...] = field(default=())

    @property
    def bad_rows(self) -> list[ResultRow]:
        return [r for r in self.rows if r.problems]

    @property
    def measures(self) -> tuple[str, ...]:
        """The metrics this file reports, in the order of `METRICS`."""
        present = set(self.columns.values())
        return tuple(m for m in METRICS if m in present)


class UnknownFormatError(ValidationError):
    """No known format matches the header and no mapping was given: the officer maps it."""

    code = "results_format_unknown"
    template = "{name}: the columns are not those of a known export; map them"


def read_results(
    path: Path,
    tz: ZoneInfo,
    *,
    platform: str | None = None,
    columns: dict[str, str] | None = None,
    remembered: dict[str, dict[str, str]] | None = None,
) -> ResultsPreview:
    """Read `path`; `columns` (normalised header → field) maps a file of `platform`.

    A known format is used unless the officer gave a mapping; otherwise the
    mapping remembered for `platform`.  `UnknownFormatError` carries the header
    and the first row for the mapping dialog.
    """
    table = read_table(path, max_bytes=MAX_BYTES, max_rows=MAX_ROWS)
    keys = [header_key(h) for h in table.header]
    export, mapping = recognise(table.header)
    if columns is None and export is None and remembered:
        platform, columns = _remembered_for(keys, platform, remembered)
    if columns is not None:
        if not platform:
            raise ValidationError(code="results_platform_required", detail="name the platform")
        export = None
        mapping = _mapping_from(path, keys, columns)
    elif export is None:
        raise UnknownFormatError(
            name=path.name, headers=tuple(table.header), sample=tuple(table.rows[0][1])
        )
    chosen = platform if export is None else export.platform
    assert chosen is not None
    rows = _without_repeats(
        [
            _row(line, cells, mapping, chosen, tz, table.decimal_comma)
            for line, cells in table.rows
            if not _is_total(cells, mapping)
        ]
    )
    return ResultsPreview(
        path=path,
        name=path.name,
        tz=tz,
        format=export.key if export else MAPPED,
        platform=chosen,
        source=export.source if export else path.name,
        modified_on=_modified_on(path, tz),
        headers=tuple(table.header),
        columns=mapping,
        rows=rows,
    )


def _mapping_from(path: Path, keys: list[str], columns: dict[str, str]) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for index, key in enumerate(keys):
        name = columns.get(key)
        if name is None or name == "":
            continue
        if name not in FIELDS:
            raise ValidationError(code="results_field_unknown", detail=f"no field {name!r}")
        if name in mapping.values():
            raise fail(path, "duplicate_column", f"two columns mean {name}", column=key)
        mapping[index] = name
    if not set(mapping.values()) & {"post_id", "link", "published_at"}:
        raise ValidationError(
            code="results_mapping_incomplete",
            detail="map the post id, the link or the publish time",
        )
    if not set(mapping.values()) & set(METRICS):
        raise ValidationError(code="results_mapping_incomplete", detail="map at least one figure")
    return mapping


def _without_repeats(rows: list[ResultRow]) -> tuple[ResultRow, ...]:
    """A post listed twice makes its later row bad: which figures would be right?"""
    first: dict[str, int] = {}
    checked = []
    for row in rows:
        key = row.item_key
        if key and key in first:
            problem = Problem("post_id", "duplicate", str(first[key]))
            row = replace(row, problems=(*row.problems, problem))
        elif key:
            first[key] = row.line
        checked.append(row)
    return tuple(checked)


def _remembered_for(
    keys: list[str], platform: str | None, remembered: dict[str, dict[str, str]]
) -> tuple[str | None, dict[str, str] | None]:
    """The officer's mapping for this file: the named platform's, else the one whose
    columns the file has (the most of them), so a platform's next file reads by itself."""
    if platform:
        return platform, remembered.get(platform)
    present = set(keys)
    fitting = [(len(m), code, m) for code, m in remembered.items() if m and set(m) <= present]
    if not fitting:
        return None, None
    _size, code, columns = max(fitting)
    return code, columns


def _modified_on(path: Path, tz: ZoneInfo) -> date:
    """The day the file was last written (downloaded, as a rule), in the officer's zone."""
    return datetime.fromtimestamp(path.stat().st_mtime, tz).date()


def _is_total(cells: tuple[str, ...], mapping: dict[int, str]) -> bool:
    """YouTube Studio's first data row sums the channel: "Total" in the id column."""
    for index, name in mapping.items():
        if name == "post_id" and index < len(cells):
            return cells[index].strip().lower() == "total"
    return False


def _row(
    line: int,
    cells: tuple[str, ...],
    mapping: dict[int, str],
    platform: str,
    tz: ZoneInfo,
    decimal_comma: bool,
) -> ResultRow:
    text = {name: cells[i].strip() if i < len(cells) else "" for i, name in mapping.items()}
    problems: list[Problem] = []
    figures: dict[str, int | None] = {}
    for name in METRICS:
        if name not in text:
            continue
        try:
            value = parse_count(text[name], decimal_comma=decimal_comma)
        except ValueError:
            problems.append(Problem(name, "number", text[name]))
            continue
        if value is not None and value > MAX_COUNT:
            problems.append(Problem(name, "too_large", text[name]))
            continue
        figures[name] = value
    link = text.get("link", "")
    if link and link_key(link) is None:
        problems.append(Problem("link", "link", link))
    post_id = text.get("post_id", "").strip()
    if not post_id and link:
        key = link_key(link)
        post_id = key[1] if key and key[0] == platform else ""
    link = link or link_of(platform, post_id)
    published = _published(text.get("published_at", ""), platform, post_id, tz, problems)
    if not (post_id or link or published.moment or published.day):
        problems.append(Problem("post_id", "required"))
    if len(post_id) > KEY_LIMIT or (not post_id and len(link) > KEY_LIMIT):
        problems.append(Problem("link" if link and not post_id else "post_id", "too_long",
                                limit=KEY_LIMIT))  # fmt: skip
    for name, value in text.items():
        control = control_character(value)
        if control is not None:
            problems.append(Problem(name, "control", control))
    return ResultRow(
        line=line,
        platform_id=post_id,
        link=link,
        title=text.get("title", "")[:300],
        published=published,
        figures=figures,
        problems=tuple(problems),
    )


def _published(
    cell: str, platform: str, post_id: str, tz: ZoneInfo, problems: list[Problem]
) -> PublishTime:
    """The cell's time; the id's where the file gives only a day, or a day without a year."""
    encoded = time_from_id(platform, post_id)
    if not cell:
        return PublishTime(moment=encoded)
    try:
        parsed = parse_time(cell, tz)
    except ValueError:
        if encoded is not None:  # TikTok's "12 April": the id knows the year and the hour
            return PublishTime(moment=encoded)
        problems.append(Problem("published_at", "time", cell))
        return PublishTime()
    if parsed.moment is None and encoded is not None:
        return PublishTime(moment=encoded)
    return parsed
