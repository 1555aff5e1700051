"""The wording of the directions' and data notes' error codes, for `ui.errors.describe`
(attachments and CSV imports included: each reason worded per case)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from sosmed_desktop.errors import DomainError

translate = QCoreApplication.translate


def direction_messages(exc: DomainError) -> dict[str, Callable[[], str]]:
    """Messages of the directions and data-notes codes (reasons worded per case)."""
    from sosmed_desktop.domain.notes import Problem
    from ui.directions.labels import direction_status_label, problem_text

    p = exc.params
    # lupdate only finds a plural translate() whose count is a plain name.
    posts, rows = int(p.get("posts", 0)), int(p.get("count", 0))
    return {
        "direction_name_required": lambda: translate(
            "Errors", "Please enter who gave the direction."
        ),
        "direction_content_required": lambda: translate(
            "Errors", "Please write down the direction itself."
        ),
        "direction_due_before_given": lambda: translate(
            "Errors", "The due date is before the date the direction was given."
        ),
        "direction_status": lambda: translate(
            "Errors", "A direction that is “{current}” cannot become “{target}”."
        ).format(
            current=direction_status_label(p["current"]),
            target=direction_status_label(p["target"]),
        ),
        "note_invalid": lambda: problem_text(
            Problem(p["field"], p["problem"], str(p.get("value", "")), int(p.get("limit", 0)))
        ),
        "note_cited": lambda: translate(
            "Errors",
            "This data note is cited by %n post(s), so it is kept. Remove it from those "
            "posts first.",
            "",
            posts,
        ),
        "not_a_number": lambda: translate("Errors", "“{value}” is not a number.").format(**p),
        "not_a_date": lambda: translate("Errors", "“{value}” is not a date.").format(**p),
        "attachment_missing": lambda: translate(
            "Errors",
            "The file {name} is missing from the data folder. Run “check” or restore a backup.",
        ).format(name=p["what"]),
        "bad_attachment": lambda: _attachment_message(p),
        "csv_file": lambda: _csv_message(p),
        "csv_rows": lambda: translate(
            "Errors",
            "%n row(s) of the file have errors, so nothing was imported.",
            "",
            rows,
        ),
    }


def _attachment_message(p: dict) -> str:
    reasons = {
        "unsupported": translate(
            "Errors", "Only photos (JPEG, PNG, WebP, GIF) and PDF documents can be attached."
        ),
        "damaged_pdf": translate("Errors", "The PDF is incomplete or damaged."),
        "too_large": translate("Errors", "The file is larger than 50 MB."),
        "unreadable": translate("Errors", "The file cannot be read: {detail}").format(
            detail=p.get("detail", "")
        ),
    }
    reason = reasons.get(p.get("reason", ""), str(p.get("detail", "")))
    return translate("Errors", "{name} cannot be attached. {reason}").format(
        name=p["name"], reason=reason
    )


def _csv_message(p: dict) -> str:
    reasons = {
        "unreadable": translate("Errors", "The file cannot be read: {detail}").format(
            detail=p.get("detail", "")
        ),
        "too_large": translate("Errors", "The file is larger than {megabytes} MB.").format(
            megabytes=p.get("megabytes", 5)
        ),
        "spreadsheet": translate(
            "Errors",
            "This is an old Excel workbook (.xls). In Excel choose File → Save As → “Excel "
            "Workbook (.xlsx)” or “CSV UTF-8” and import that file.",
        ),
        "workbook_damaged": translate(
            "Errors",
            "The Excel workbook is damaged or is not an .xlsx file. Open it in Excel and save "
            "it again.",
        ),
        "workbook_too_large": translate(
            "Errors",
            "The workbook unpacks to far more data than a table holds; it was not opened.",
        ),
        "formula": translate(
            "Errors",
            "Cell {cell} holds a formula. Copy the table and paste only its values (Paste "
            "Special → Values), save and import again.",
        ).format(cell=p.get("cell", "")),
        "not_text": translate("Errors", "This is not a text (CSV) file."),
        "encoding": translate(
            "Errors",
            "The text encoding is not recognised. Save the file from Excel as “CSV UTF-8”.",
        ),
        "mixed_encoding": translate(
            "Errors",
            "Line {line} is written in another text encoding than the lines before it (rows "
            "pasted together from two files?). Open the file in Excel and save it again as "
            "“CSV UTF-8”.",
        ).format(line=p.get("line", "")),
        "empty": translate("Errors", "The file is empty; it needs a header line."),
        "no_rows": translate("Errors", "The file has a header line but no data rows."),
        "missing_columns": translate(
            "Errors",
            "The header line lacks the column(s) {columns}. The first line must name the "
            "columns, e.g. judul;nilai;satuan;periode;per_tanggal;sumber;tautan;tag",
        ).format(columns=p.get("columns", "")),
        "duplicate_column": translate(
            "Errors", "Two columns of the header mean the same thing ({column})."
        ).format(column=p.get("column", "")),
        "too_many_rows": translate("Errors", "The file has more than {limit} rows.").format(
            limit=p.get("limit", "")
        ),
    }
    reason = reasons.get(p.get("reason", ""), str(p.get("detail", "")))
    return translate("Errors", "{name} cannot be imported. {reason}").format(
        name=p["name"], reason=reason
    )
