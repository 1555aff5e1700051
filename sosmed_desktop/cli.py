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
from pathlib import Path

from sosmed_desktop import APP_DISPLAY_NAME, __version__
from sosmed_desktop.bundle import is_frozen
from sosmed_desktop.cli_packages import add_package_commands
from sosmed_desktop.cli_results import add_results_commands
from sosmed_desktop.cli_support import one_line, open_folder, say_error
from sosmed_desktop.cli_team import add_team_commands
from sosmed_desktop.config import resolve_data_dir
from sosmed_desktop.errors import DomainError
from sosmed_desktop.logging_setup import FILE_ONLY, active_log_file
from sosmed_desktop.wording import installed, translate

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
    add_package_commands(sub, common)
    add_results_commands(sub, common)
    add_team_commands(sub, common)
    return parser


def _cmd_seed_demo(args: argparse.Namespace) -> int:
    from sosmed_desktop.demo.seed import seed_demo
    from sosmed_desktop.services.perform import perform_ctx

    ctx = open_folder(args)
    try:
        summary = perform_ctx(ctx, seed_demo).value
    finally:
        ctx.dispose()
    print(translate("Cli", "Sample data added to {folder}:").format(folder=ctx.config.data_dir))
    for key, number in summary.items():
        print(f"  {_seed_label(key)}: {number}")
    return 0


def _seed_label(key: str) -> str:
    """What `seed_demo` counted under `key`, named for the officer."""
    labels = {
        "programs": translate("Cli", "programs"),
        "data notes": translate("Cli", "data notes"),
        "hashtag groups": translate("Cli", "hashtag groups"),
        "caption snippets": translate("Cli", "caption snippets"),
        "directions": translate("Cli", "directions"),
        "posts": translate("Cli", "posts"),
        "platform variants": translate("Cli", "platform variants"),
        "approvals": translate("Cli", "approvals"),
        "tags": translate("Cli", "tags"),
        "photos": translate("Cli", "photos"),
    }
    return labels.get(key, key)


def _repair_words(code: str) -> str:
    """What `repair` did to a file, for its line of the report."""
    words = {
        "quarantined": translate("Cli", "moved to quarantine"),
        "thumb_deleted": translate("Cli", "deleted thumbnail without a source"),
        "temp_deleted": translate("Cli", "deleted unfinished temporary file"),
        "temp_kept": translate("Cli", "left recent temporary file (may still be in use)"),
    }
    return words.get(code, code)


def _cmd_check(args: argparse.Namespace) -> int:
    from sosmed_desktop.services.check import repair, run_check

    ctx = open_folder(args, as_is=True)
    try:
        if args.repair:
            repairs = repair(ctx)
            for done in repairs:
                where = f" -> {done.target}" if done.target else ""
                print(f"[repair] {_repair_words(done.code)}: {done.path}{where}")
            if not repairs:
                print(f"[repair] {translate('Cli', 'nothing to repair')}")
        report = run_check(ctx)
    finally:
        ctx.dispose()
    for finding in report.findings:
        mark = "WARN" if finding.warning else ("ok" if finding.ok else "FAIL")
        print(f"[{mark}] {installed().finding(finding)}")
    print(
        translate("Cli", "Check passed.")
        if report.ok
        else translate("Cli", "Check found problems.")
    )
    return 0 if report.ok else 1


def _cmd_backup(args: argparse.Namespace) -> int:
    from sosmed_desktop.errors import DatabaseError
    from sosmed_desktop.services.backup import backup_sqlite

    ctx = open_folder(args, as_is=True)
    try:
        if ctx.sqlite_file is None:
            raise DatabaseError(
                detail="backups of a PostgreSQL database are made on the server (pg_dump)"
            )
        path = backup_sqlite(ctx.sqlite_file, ctx.config.backups_dir, "manual")
    finally:
        ctx.dispose()
    size = installed().number(path.stat().st_size)
    print(
        translate("Cli", "Backup written: {path} ({size} bytes, quick_check ok)").format(
            path=path, size=size
        )
    )
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
    print(
        translate("Cli", "Backup checked: {path} (integrity_check ok, schema {revision})").format(
            path=source, revision=result.revision
        )
    )
    if result.safety_backup is not None:
        print(translate("Cli", "Current state saved as {path}").format(path=result.safety_backup))
    if result.set_aside is not None:
        print(translate("Cli", "Damaged database kept as {path}").format(path=result.set_aside))
    # Open it the way the application will (an older schema is upgraded after a backup).
    bootstrap(data_dir, config=config).dispose()
    print(translate("Cli", "Restored {path} from {name}.").format(path=db_file, name=source.name))
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
        lines = len(preview.rows)
        rows = translate("Cli", "%n row(s)", "", lines)
        print(
            translate("Cli", "{name}: {rows}, {encoding}, separator {separator}").format(
                name=preview.name,
                rows=rows,
                encoding=preview.encoding,
                separator=repr(preview.delimiter),
            )
        )
        if preview.ignored_columns:
            ignored = ", ".join(preview.ignored_columns)
            print("  " + translate("Cli", "ignored columns: {columns}").format(columns=ignored))
        bad = preview.with_status("error")
        for row in bad:
            problems = "; ".join(installed().problem(p) for p in row.problems)
            line = translate("Cli", "line {line}: {problems}")
            print("  " + line.format(line=row.line, problems=problems))
        if bad:
            raise CsvRowsError(tuple(bad))
        if args.check:
            ready, present = preview.with_status("ready"), preview.with_status("duplicate")
            print(
                translate(
                    "Cli", "File is fine: {ready} to import, {present} already present."
                ).format(ready=len(ready), present=len(present))
            )
            return None
        return commit_import(uow, preview)

    ctx = open_folder(args)
    try:
        outcome = perform(ctx, work).value
    finally:
        ctx.dispose()
    if outcome is not None:
        created, present = len(outcome.created), outcome.skipped
        imported = translate("Cli", "Imported %n data note(s);", "", created)
        skipped = translate("Cli", "%n already present were skipped.", "", present)
        print(f"{imported} {skipped}")
    return 0


def _cmd_import_media(args: argparse.Namespace) -> int:
    """Import and print one line per file; any refused file makes the exit status 1."""
    from sosmed_desktop.services.media.bulk_import import REFUSED, import_paths
    from sosmed_desktop.services.perform import perform_ctx

    ctx = open_folder(args)
    try:
        report = perform_ctx(ctx, lambda run: import_paths(run, args.paths)).value
    finally:
        ctx.dispose()
    words = {
        "added": translate("Cli", "added"),
        "duplicate": translate("Cli", "duplicate"),
        "restored": translate("Cli", "restored"),
        REFUSED: translate("Cli", "refused"),
    }
    width = max(len(word) for word in words.values()) + 1
    for outcome in report.outcomes:
        word = words.get(outcome.status, outcome.status)
        if outcome.status == REFUSED:
            detail = installed().error(outcome.error) if outcome.error else ""
            print(f"{word:<{width}} {outcome.path}: {one_line(detail)}")
        else:
            media = translate("Cli", "media #{id}").format(id=outcome.media_id)
            print(f"{word:<{width}} {outcome.path} ({media})")
    counts = ", ".join(f"{report.count(status)} {words[status]}" for status in words)
    found, refused = len(report.outcomes), len(report.refused)
    files = translate("Cli", "%n file(s)", "", found)
    print(f"{files}: {counts}.")
    if videos := report.videos_without_poster:
        print(
            translate(
                "Cli",
                "note: %n video(s) catalogued without a poster frame: the optional video "
                "support (PyAV) is not installed",
                "",
                videos,
            )
        )
    if not report.outcomes:
        say_error(translate("Cli", "no photos or videos found in the given paths"))
        return 1
    if report.refused:
        say_error(translate("Cli", "%n file(s) refused", "", refused))
        return 1
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
        say_error(one_line(installed().error(exc)))
        for line in tuple(exc.params.get("problems", ()))[1:]:
            print(f"  {one_line(str(line))}", file=sys.stderr)
        return 1
    except OSError as exc:
        reason = one_line(f"{exc.strerror or exc}: {exc.filename or ''}").rstrip(": ")
        _log(logging.WARNING, "%s failed: %s", args.command, reason)
        say_error(reason)
        return 1
    except Exception as exc:
        where = active_log_file()
        _log(logging.ERROR, "%s failed unexpectedly", args.command, exc_info=True)
        if where is None:
            say_error(translate("Cli", "unexpected {kind}").format(kind=type(exc).__name__))
        else:
            say_error(
                translate("Cli", "unexpected {kind}; the details are in {log}").format(
                    kind=type(exc).__name__, log=where
                )
            )
        return 1


def _log(level: int, message: str, *args: object, exc_info: bool = False) -> None:
    """Into the data folder's log only (none yet when the folder itself was refused)."""
    if active_log_file() is not None:
        log.log(level, message, *args, exc_info=exc_info, extra=FILE_ONLY)


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line (no sub-command means: open the window)."""
    return build_parser().parse_args(argv)


def data_dir_of(args: argparse.Namespace) -> Path:
    """The data folder the arguments and environment select."""
    return resolve_data_dir(args.data_dir)
