"""Headless command of the platforms' results: ``import-results FILE``.

Kept beside `cli.py` (which registers it), as the team and package commands are.
Likely matches (by publish time) are tied to their posts only with
``--accept-likely``; the window asks about each.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from sosmed_desktop.cli_support import open_folder, parse_date
from sosmed_desktop.domain.results import FIELDS, header_key
from sosmed_desktop.wording import installed, translate


def add_results_commands(sub, common: argparse.ArgumentParser) -> None:
    """Register ``import-results``."""
    results = sub.add_parser(
        "import-results",
        parents=[common],
        help="import a platform's own results export (CSV or .xlsx): reach, views, "
        "reactions ... per post; all rows or none, the same file never twice",
        description="Recognises Meta Business Suite's post exports (Facebook, Instagram), "
        "TikTok Studio's content download, X's analytics files and YouTube Studio's table, "
        "in English or Indonesian. Another file is read with --platform and one "
        "--column per column, or with the mapping remembered for that platform. Rows are "
        "tied to posts by the live link recorded at publication, else by publish time "
        "(likely matches only with --accept-likely); the rest are kept as unplanned.",
    )
    results.add_argument("file", type=Path, metavar="FILE", help="the export file")
    results.add_argument("--platform", metavar="CODE", help="facebook, instagram, x, tiktok ...")
    results.add_argument(
        "--column",
        action="append",
        metavar="HEADER=FIELD",
        help=f"map a column of an unknown file; FIELD is one of: {', '.join(FIELDS)}",
    )
    results.add_argument(
        "--exported-on",
        metavar="DATE",
        help="the day the figures were exported, YYYY-MM-DD (default: the file's date)",
    )
    results.add_argument(
        "--accept-likely",
        action="store_true",
        help="also tie rows whose only candidate is a post published within two hours",
    )
    results.add_argument("--check", action="store_true", help="only read and report")
    results.set_defaults(handler=_cmd_import_results)


def _cmd_import_results(args: argparse.Namespace) -> int:
    from sosmed_desktop.services.perform import perform
    from sosmed_desktop.services.results.importing import (
        ResultRowsError,
        commit_results,
        preview_results,
    )

    columns = _columns(args.column) if args.column else None
    ctx = open_folder(args)
    tz = ctx.config.tz
    exported_on = (
        parse_date(args.exported_on) or datetime.fromtimestamp(args.file.stat().st_mtime, tz).date()
    )

    def work(uow):
        read = preview_results(uow, args.file, tz, platform=args.platform, columns=columns)
        _report(read)
        bad = read.preview.bad_rows
        if bad:
            raise ResultRowsError(tuple(bad))
        if args.check:
            return None
        likely = {
            line: match.post_id
            for line, match in read.matches.items()
            if args.accept_likely and match.kind == "time" and match.post_id is not None
        }
        return commit_results(uow, read, exported_on, likely)

    try:
        outcome = perform(ctx, work).value
    finally:
        ctx.dispose()
    if outcome is None:
        return 0
    if outcome.already:
        print(translate("Cli", "{file} was imported before; nothing changed.").format(
            file=args.file.name))  # fmt: skip
        return 0
    rows, matched, unplanned = outcome.rows, outcome.matched, outcome.unplanned
    print(
        translate("Cli", "Imported %n row(s):", "", rows)
        + " "
        + translate("Cli", "{matched} tied to posts, {unplanned} unplanned.").format(
            matched=matched, unplanned=unplanned
        )
    )
    return 0


def _columns(given: list[str]) -> dict[str, str]:
    from sosmed_desktop.errors import ValidationError

    columns: dict[str, str] = {}
    for item in given:
        header, sep, name = item.rpartition("=")
        if not sep or not header.strip():
            raise ValidationError(code="bad_column", detail=f"{item!r} is not HEADER=FIELD")
        columns[header_key(header)] = name.strip()
    return columns


def _report(read) -> None:
    """The file's format, its rows' problems and how its rows match, one line each."""
    preview = read.preview
    rows = len(preview.rows)
    print(
        translate("Cli", "{file}: {source}, {platform}, %n row(s)", "", rows).format(
            file=preview.name, source=preview.source, platform=preview.platform
        )
    )
    if preview.measures:
        figures = ", ".join(preview.measures)
        print("  " + translate("Cli", "figures: {names}").format(names=figures))
    for row in preview.bad_rows:
        problems = "; ".join(installed().problem(p) for p in row.problems)
        line = translate("Cli", "line {line}: {problems}")
        print("  " + line.format(line=row.line, problems=problems))
    kinds = [match.kind for match in read.matches.values()]
    print(
        "  "
        + translate(
            "Cli",
            "{link} by link, {known} as before, {time} likely (by time), {ambiguous} "
            "ambiguous, {unplanned} unplanned",
        ).format(**{kind: kinds.count(kind) for kind in _KINDS})
    )
    if read.already:
        print("  " + translate("Cli", "this file was imported before"))


_KINDS = ("link", "known", "time", "ambiguous", "unplanned")
