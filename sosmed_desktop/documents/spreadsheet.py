"""CSV for spreadsheets: every file the application writes goes through `csv_bytes`.

Excel and LibreOffice run a cell that begins with ``=``, ``+``, ``-`` or ``@``
(or a tab or carriage return before one) as a formula: a program named
``=cmd|' /C calc'!A0`` would reach the head of department's PC as a command.
OWASP's advice on CSV injection is followed: such a text cell gets a leading
apostrophe, which the spreadsheet shows as text and hides; numbers stay numbers.
The file is UTF-8 with a byte-order mark (so Excel reads the accents) and ``;``
between fields (Indonesian Excel's separator).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: object) -> object:
    """`cell`, with a text that a spreadsheet would run as a formula made plain text."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """The CSV file of `header` and `rows`, every cell neutralised."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([neutralise(cell) for cell in header])
    writer.writerows([neutralise(cell) for cell in row] for row in rows)
    return out.getvalue().encode("utf-8-sig")
