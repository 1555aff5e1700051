"""Headless commands for what leaves the PC: export, import-package, export-ics, report.

Kept beside `cli.py` (which registers them), as the team commands are.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from sosmed_desktop.cli_support import one_line, open_folder, parse_date, say_error
from sosmed_desktop.errors import DomainError
from sosmed_desktop.wording import installed, translate


def add_package_commands(sub, common: argparse.ArgumentParser) -> None:
    """export, import-package, export-ics and report (what leaves the PC)."""
    export = sub.add_parser(
        "export",
        parents=[common],
        help="write approved posts as post packages (one zip each) into a folder",
        description="Each package holds manifest.json, one folder per platform with "
        "caption.txt and numbered images, preview.html and persetujuan.pdf. Only approved "
        "posts whose content is unchanged since the approval are exported, and only when the "
        "profile names the department, the regency and the head of department. A post whose "
        "scheduled time has passed is refused unless --allow-past is given.",
    )
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--post", type=int, action="append", metavar="ID", help="a post's id")
    which.add_argument(
        "--all-approved", action="store_true", help="every approved post not yet exported"
    )
    export.add_argument("--out", required=True, type=Path, metavar="DIR", help="target folder")
    export.add_argument(
        "--allow-past",
        action="store_true",
        help="also export posts whose scheduled time has passed (they are uploaded late)",
    )
    export.set_defaults(handler=_cmd_export)
    package = sub.add_parser(
        "import-package",
        parents=[common],
        help="import a post package (zip) received from another department",
    )
    package.add_argument("file", type=Path, metavar="FILE", help="the package zip")
    package.set_defaults(handler=_cmd_import_package)
    ics = sub.add_parser(
        "export-ics",
        parents=[common],
        help="write scheduled posts as an iCalendar file (Outlook, Thunderbird, Google)",
    )
    ics.add_argument("--out", required=True, type=Path, metavar="FILE", help="the .ics file")
    ics.add_argument("--from", dest="start", metavar="DATE", help="first day, YYYY-MM-DD")
    ics.add_argument("--to", dest="end", metavar="DATE", help="last day, YYYY-MM-DD")
    ics.set_defaults(handler=_cmd_export_ics)
    report = sub.add_parser(
        "report",
        parents=[common],
        help="write the monthly report as PDF (for the head of department) or CSV",
    )
    report.add_argument("--month", required=True, metavar="YYYY-MM", help="the month")
    report.add_argument(
        "--out", required=True, type=Path, metavar="FILE", help="FILE.pdf or FILE.csv"
    )
    report.set_defaults(handler=_cmd_report)


def _cmd_export(args: argparse.Namespace) -> int:
    from sosmed_desktop.services.packages.exporting import export_all_approved, export_posts
    from sosmed_desktop.services.perform import perform_ctx

    ctx = open_folder(args)
    try:
        if args.all_approved:
            report = perform_ctx(
                ctx, lambda run: export_all_approved(run, args.out, allow_past=args.allow_past)
            ).value
        else:
            ids = list(dict.fromkeys(args.post))
            report = perform_ctx(
                ctx, lambda run: export_posts(run, ids, args.out, allow_past=args.allow_past)
            ).value
    finally:
        ctx.dispose()
    for result in report.written:
        file_count = result.file_count
        files = translate("Cli", "%n file(s)", "", file_count)
        print(
            translate(
                "Cli", "exported: post {id} ({title}): {path} ({size} bytes, {files})"
            ).format(
                id=result.post_id,
                title=result.title,
                path=result.path,
                size=installed().number(result.size_bytes),
                files=files,
            )
        )
    for post_id, title, error in report.failed:
        if getattr(error, "code", "") == "schedule_past":
            when = datetime.fromisoformat(error.params["scheduled_at"]).astimezone(ctx.config.tz)
            reason = translate("Cli", "its scheduled time {time} has passed (--allow-past)").format(
                time=f"{when:%Y-%m-%d %H:%M}"
            )
        else:
            reason = installed().error(error) if isinstance(error, DomainError) else str(error)
        print(
            translate("Cli", "refused: post {id} ({title}): {reason}").format(
                id=post_id, title=title, reason=one_line(reason)
            )
        )
    if not report.written and not report.failed:
        print(translate("Cli", "Nothing to export: every approved post has been exported already."))
        return 0
    packages, failed = len(report.written), len(report.failed)
    written = translate("Cli", "%n package(s) written,", "", packages)
    refused = translate("Cli", "%n refused.", "", failed)
    print(f"{written} {refused}")
    if report.failed:
        say_error(translate("Cli", "%n post(s) could not be exported", "", failed))
        return 1
    return 0


def _cmd_import_package(args: argparse.Namespace) -> int:
    from sosmed_desktop.services.packages.importing import import_package
    from sosmed_desktop.services.perform import perform_ctx

    ctx = open_folder(args)
    try:
        outcome = perform_ctx(ctx, lambda run: import_package(run, args.file)).value
    finally:
        ctx.dispose()
    if outcome.created:
        added = outcome.media_added
        media = translate(
            "Cli", "%n new media file(s), {reused} already in the library.", "", added
        ).format(reused=outcome.media_reused)
        print(
            translate("Cli", "Imported {file} as post {id} ({title}) from {department}:").format(
                file=args.file.name,
                id=outcome.post_id,
                title=outcome.title,
                department=outcome.source_department,
            )
            + f" {media}"
        )
    else:
        print(
            translate(
                "Cli", "{file}: post {id} ({title}) is already here; nothing was imported."
            ).format(file=args.file.name, id=outcome.post_id, title=outcome.title)
        )
    return 0


def _cmd_export_ics(args: argparse.Namespace) -> int:
    from sosmed_desktop.services.calendar.ics_export import export_ics

    start, end = parse_date(args.start), parse_date(args.end)
    ctx = open_folder(args)
    try:
        with ctx.uow() as uow:
            result = export_ics(uow, ctx.config.tz, args.out, start, end)
    finally:
        ctx.dispose()
    events = result.events
    posts = translate("Cli", "%n post(s)", "", events)
    print(
        translate("Cli", "Calendar written: {path} ({posts})").format(path=result.path, posts=posts)
    )
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from sosmed_desktop.services.packages.reports import monthly_report, parse_month, save_report

    year, month = parse_month(args.month)
    ctx = open_folder(args)
    try:
        with ctx.uow() as uow:
            report = monthly_report(uow, year, month, ctx.config.tz)
        path = save_report(report, args.out)
    finally:
        ctx.dispose()
    total = report.total_posts
    posts = translate("Cli", "%n post(s)", "", total)
    print(
        translate("Cli", "Report for {month} written: {path} ({posts})").format(
            month=args.month, path=path, posts=posts
        )
    )
    return 0
