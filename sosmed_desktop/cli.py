"""The headless sub-commands: thin wrappers over the services.

Each prints what it did, exits 0 on success and 1 with a one-line reason on
failure.  `--data-dir` works before or after the sub-command.  The commands
that write run their use case through `services/perform.py`, as the window
does, so the reminders follow what they changed at once.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from sosmed_desktop import APP_DISPLAY_NAME, __version__
from sosmed_desktop.bundle import is_frozen
from sosmed_desktop.cli_team import add_team_commands
from sosmed_desktop.config import resolve_data_dir
from sosmed_desktop.errors import DomainError
from sosmed_desktop.logging_setup import FILE_ONLY, active_log_file
from sosmed_desktop.wording import count

log = logging.getLogger(__name__)
Handler = Callable[[argparse.Namespace], int]


def _data_dir_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="data folder (default: $SOSMED_DATA_DIR or the per-user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for the GUI and every sub-command."""
    parser = argparse.ArgumentParser(
        prog="sosmed-cli" if is_frozen() else "main.py",  # the frozen build's console program
        description=f"{APP_DISPLAY_NAME}: content calendar, media and approvals for a "
        "regency department's social media officer. Without a sub-command the "
        "application window opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _data_dir_option(parser, None)
    sub = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")
    common = argparse.ArgumentParser(add_help=False)
    _data_dir_option(common, argparse.SUPPRESS)

    seed = sub.add_parser(
        "seed-demo",
        parents=[common],
        help="fill an empty data folder with a realistic sample department",
    )
    seed.set_defaults(handler=_cmd_seed_demo)
    check = sub.add_parser(
        "check",
        parents=[common],
        help="check schema, database integrity and media files (non-zero exit on problems)",
    )
    check.add_argument(
        "--repair",
        action="store_true",
        help="also fix what is safe: move media files without a library entry to "
        "quarantine/, delete thumbnails without a source and stale temporary files",
    )
    check.set_defaults(handler=_cmd_check)
    backup = sub.add_parser(
        "backup", parents=[common], help="write a verified backup of the database to backups/"
    )
    backup.set_defaults(handler=_cmd_backup)
    restore = sub.add_parser(
        "restore",
        parents=[common],
        help="replace the database with a backup (checked first; the current state is kept)",
        description="The backup is checked completely (integrity_check) before anything "
        "changes. The current database is saved as a 'pre-restore' backup first (a damaged one "
        "is kept beside it under a new name), then the backup takes its place. Photos and "
        "videos are not part of a backup; run 'check' afterwards to compare the media folder.",
    )
    restore.add_argument(
        "file", metavar="FILE", help="the backup file, or the name of a file in backups/"
    )
    restore.set_defaults(handler=_cmd_restore)
    notes = sub.add_parser(
        "import-data-notes",
        parents=[common],
        help="import data notes (figures with sources) from a CSV file; all rows or none",
        description="Columns (header line, any order): judul;nilai;satuan;periode;per_tanggal;"
        "sumber;tautan;tag (English names work too). Excel CSV with ';' and a decimal comma, "
        "UTF-8 (with or without BOM), Windows-1252 or UTF-16 text are read. If any row has an "
        "error nothing is imported; rows already present are skipped.",
    )
    notes.add_argument("file", metavar="FILE", help="the CSV file")
    notes.add_argument(
        "--check", action="store_true", help="only check the file and report, import nothing"
    )
    notes.set_defaults(handler=_cmd_import_data_notes)
    media = sub.add_parser(
        "import-media",
        parents=[common],
        help="import photos and videos (folders recurse); exit 1 if any file was refused",
    )
    media.add_argument("paths", nargs="+", metavar="PATH", type=Path, help="file or folder")
    media.set_defaults(handler=_cmd_import_media)
    _package_commands(sub, common)
    add_team_commands(sub, common)
    return parser


def _package_commands(sub, common: argparse.ArgumentParser) -> None:
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


def _open(args: argparse.Namespace, *, as_is: bool = False):
    """Open the data folder; `as_is` opens an existing database without changing it."""
    from sosmed_desktop.bootstrap import bootstrap

    return bootstrap(
        resolve_data_dir(args.data_dir), console_level=logging.WARNING, upgrade_schema=not as_is
    )


def _cmd_seed_demo(args: argparse.Namespace) -> int:
    from sosmed_desktop.demo.seed import seed_demo
    from sosmed_desktop.services.perform import perform_ctx

    ctx = _open(args)
    try:
        summary = perform_ctx(ctx, seed_demo).value
    finally:
        ctx.dispose()
    print(f"Sample data added to {ctx.config.data_dir}:")
    for label, number in summary.items():
        print(f"  {label}: {number}")
    return 0


REPAIR_WORDS = {
    "quarantined": "moved to quarantine",
    "thumb_deleted": "deleted thumbnail without a source",
    "temp_deleted": "deleted unfinished temporary file",
    "temp_kept": "left recent temporary file (may still be in use)",
}


def _cmd_check(args: argparse.Namespace) -> int:
    from sosmed_desktop.services.check import repair, run_check

    ctx = _open(args, as_is=True)
    try:
        if args.repair:
            repairs = repair(ctx)
            for done in repairs:
                where = f" -> {done.target}" if done.target else ""
                print(f"[repair] {REPAIR_WORDS[done.code]}: {done.path}{where}")
            if not repairs:
                print("[repair] nothing to repair")
        report = run_check(ctx)
    finally:
        ctx.dispose()
    for finding in report.findings:
        mark = "WARN" if finding.warning else ("ok" if finding.ok else "FAIL")
        print(f"[{mark}] {finding.detail}")
    print("Check passed." if report.ok else "Check found problems.")
    return 0 if report.ok else 1


def _cmd_backup(args: argparse.Namespace) -> int:
    from sosmed_desktop.errors import DatabaseError
    from sosmed_desktop.services.backup import backup_sqlite

    ctx = _open(args, as_is=True)
    try:
        if ctx.sqlite_file is None:
            raise DatabaseError(
                detail="backups of a PostgreSQL database are made on the server (pg_dump)"
            )
        path = backup_sqlite(ctx.sqlite_file, ctx.config.backups_dir, "manual")
    finally:
        ctx.dispose()
    print(f"Backup written: {path} ({path.stat().st_size:,} bytes, quick_check ok)")
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    """Restore without opening the current database first: it may be the damaged one."""
    from sosmed_desktop.bootstrap import bootstrap
    from sosmed_desktop.config import load_config
    from sosmed_desktop.db.engine import sqlite_path
    from sosmed_desktop.errors import DatabaseError
    from sosmed_desktop.services.backup import restore_backup

    data_dir = resolve_data_dir(args.data_dir)
    config, _log_file = load_config(data_dir, console_level=logging.WARNING)
    db_file = sqlite_path(config.database_url)
    if db_file is None:
        raise DatabaseError(detail="a PostgreSQL database is restored on its server (pg_restore)")
    source = _backup_file(Path(args.file), config.backups_dir)
    result = restore_backup(source, db_file, config.backups_dir)
    print(f"Backup checked: {source} (integrity_check ok, schema {result.revision})")
    if result.safety_backup is not None:
        print(f"Current state saved as {result.safety_backup}")
    if result.set_aside is not None:
        print(f"Damaged database kept as {result.set_aside}")
    # Open it the way the application will (an older schema is upgraded after a backup).
    bootstrap(data_dir, config=config).dispose()
    print(f"Restored {db_file} from {source.name}.")
    return 0


def _backup_file(given: Path, backups_dir: Path) -> Path:
    """The file as given, or a bare name looked up in the backups folder."""
    if not given.exists() and given.name == str(given) and (backups_dir / given).is_file():
        return backups_dir / given
    return given.absolute()


def _cmd_import_data_notes(args: argparse.Namespace) -> int:
    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.services.directions.data_note_import import (
        CsvRowsError,
        ImportOutcome,
        commit_import,
        preview_import,
    )
    from sosmed_desktop.services.perform import perform

    def work(uow: UnitOfWork) -> ImportOutcome | None:
        preview = preview_import(uow, Path(args.file))
        print(
            f"{preview.name}: {count(len(preview.rows), 'row')}, {preview.encoding}, "
            f"separator {preview.delimiter!r}"
        )
        if preview.ignored_columns:
            print(f"  ignored columns: {', '.join(preview.ignored_columns)}")
        bad = preview.with_status("error")
        for row in bad:
            problems = "; ".join(p.message() for p in row.problems)
            print(f"  line {row.line}: {problems}")
        if bad:
            raise CsvRowsError(tuple(bad))
        if args.check:
            ready, present = preview.with_status("ready"), preview.with_status("duplicate")
            print(f"File is fine: {len(ready)} to import, {len(present)} already present.")
            return None
        return commit_import(uow, preview)

    ctx = _open(args)
    try:
        outcome = perform(ctx, work).value
    finally:
        ctx.dispose()
    if outcome is not None:
        print(
            f"Imported {count(len(outcome.created), 'data note')}; "
            f"{outcome.skipped} already present were skipped."
        )
    return 0


def _cmd_import_media(args: argparse.Namespace) -> int:
    """Import and print one line per file; any refused file makes the exit status 1."""
    from sosmed_desktop.services.media.bulk_import import REFUSED, import_paths
    from sosmed_desktop.services.perform import perform_ctx

    ctx = _open(args)
    try:
        report = perform_ctx(ctx, lambda run: import_paths(run, args.paths)).value
    finally:
        ctx.dispose()
    for outcome in report.outcomes:
        if outcome.status == REFUSED:
            detail = outcome.error.params.get("detail", outcome.error) if outcome.error else ""
            print(f"refused    {outcome.path}: {detail}")
        else:
            print(f"{outcome.status:<10} {outcome.path} (media #{outcome.media_id})")
    counts = ", ".join(
        f"{report.count(status)} {status}" for status in ("added", "duplicate", "restored")
    )
    print(f"{count(len(report.outcomes), 'file')}: {counts}, {len(report.refused)} refused.")
    if report.videos_without_poster:
        print(
            f"note: {count(report.videos_without_poster, 'video')} catalogued without a poster "
            "frame: "
            "the optional video support (PyAV) is not installed"
        )
    if not report.outcomes:
        print("error: no photos or videos found in the given paths", file=sys.stderr)
        return 1
    if report.refused:
        print(f"error: {count(len(report.refused), 'file')} refused", file=sys.stderr)
        return 1
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from sosmed_desktop.services.packages.exporting import export_all_approved, export_posts
    from sosmed_desktop.services.perform import perform_ctx

    ctx = _open(args)
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
        print(
            f"exported   post {result.post_id} ({result.title}): {result.path} "
            f"({result.size_bytes:,} bytes, {result.file_count} files)"
        )
    for post_id, title, error in report.failed:
        reason = _one_line(str(error))
        if getattr(error, "code", "") == "schedule_past":
            reason = f"its scheduled time {error.params['scheduled_at']} has passed (--allow-past)"
        print(f"refused    post {post_id} ({title}): {reason}")
    if not report.written and not report.failed:
        print("Nothing to export: every approved post has been exported already.")
        return 0
    print(f"{count(len(report.written), 'package')} written, {len(report.failed)} refused.")
    if report.failed:
        print(f"error: {count(len(report.failed), 'post')} could not be exported", file=sys.stderr)
        return 1
    return 0


def _cmd_import_package(args: argparse.Namespace) -> int:
    from sosmed_desktop.services.packages.importing import import_package
    from sosmed_desktop.services.perform import perform_ctx

    ctx = _open(args)
    try:
        outcome = perform_ctx(ctx, lambda run: import_package(run, args.file)).value
    finally:
        ctx.dispose()
    if outcome.created:
        print(
            f"Imported {args.file.name} as post {outcome.post_id} ({outcome.title}) from "
            f"{outcome.source_department}: {count(outcome.media_added, 'new media file')}, "
            f"{outcome.media_reused} already in the library."
        )
    else:
        print(
            f"{args.file.name}: post {outcome.post_id} ({outcome.title}) is already here; "
            "nothing was imported."
        )
    return 0


def _date(text: str | None) -> date | None:
    from sosmed_desktop.errors import ValidationError

    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ValidationError(code="bad_date", detail=f"{text!r} is not YYYY-MM-DD") from exc


def _cmd_export_ics(args: argparse.Namespace) -> int:
    from sosmed_desktop.services.calendar.ics_export import export_ics

    start, end = _date(args.start), _date(args.end)
    ctx = _open(args)
    try:
        with ctx.uow() as uow:
            result = export_ics(uow, ctx.config.tz, args.out, start, end)
    finally:
        ctx.dispose()
    print(f"Calendar written: {result.path} ({count(result.events, 'post')})")
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from sosmed_desktop.services.packages.reports import monthly_report, parse_month, save_report

    year, month = parse_month(args.month)
    ctx = _open(args)
    try:
        with ctx.uow() as uow:
            report = monthly_report(uow, year, month, ctx.config.tz)
        path = save_report(report, args.out)
    finally:
        ctx.dispose()
    print(f"Report for {args.month} written: {path} ({count(report.total_posts, 'post')})")
    return 0


def run_command(args: argparse.Namespace) -> int:
    """Run the chosen sub-command and turn errors into a one-line reason (logged).

    A refusal is logged with its reason, an unexpected error with its traceback;
    the console gets one line (and one more per problem a refusal lists, such as
    each field of a package's manifest).
    """
    handler: Handler = args.handler
    try:
        return handler(args)
    except DomainError as exc:
        _log(logging.WARNING, "%s refused (%s): %s", args.command, exc.code, exc)
        print(f"error: {_one_line(str(exc))}", file=sys.stderr)
        for line in tuple(exc.params.get("problems", ()))[1:]:
            print(f"  {_one_line(str(line))}", file=sys.stderr)
        return 1
    except OSError as exc:
        reason = _one_line(f"{exc.strerror or exc}: {exc.filename or ''}").rstrip(": ")
        _log(logging.WARNING, "%s failed: %s", args.command, reason)
        print(f"error: {reason}", file=sys.stderr)
        return 1
    except Exception as exc:
        where = active_log_file()
        _log(logging.ERROR, "%s failed unexpectedly", args.command, exc_info=True)
        details = f"; the details are in {where}" if where is not None else ""
        print(f"error: unexpected {type(exc).__name__}{details}", file=sys.stderr)
        return 1


def _log(level: int, message: str, *args: object, exc_info: bool = False) -> None:
    """Into the data folder's log only (none yet when the folder itself was refused)."""
    if active_log_file() is not None:
        log.log(level, message, *args, exc_info=exc_info, extra=FILE_ONLY)


def _one_line(text: str) -> str:
    """Fold a multi-line message (PostgreSQL's have hints on extra lines) into one line."""
    return " ".join(text.split())


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line (no sub-command means: open the window)."""
    return build_parser().parse_args(argv)


def data_dir_of(args: argparse.Namespace) -> Path:
    """The data folder the arguments and environment select."""
    return resolve_data_dir(args.data_dir)
