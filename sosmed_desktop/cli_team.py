"""Headless commands of team mode: ``migrate-to-server URL``.

Kept beside `cli.py` (which registers them) so that the team commands grow in
one place.  The password comes from the keyring entry of that server and user,
or from the ``SOSMED_DB_PASSWORD`` environment variable; it is never printed.
"""

from __future__ import annotations

import argparse
import sys

from sosmed_desktop.config import load_config, resolve_data_dir
from sosmed_desktop.db.credentials import ENV_PASSWORD
from sosmed_desktop.wording import installed, translate


def add_team_commands(sub, common: argparse.ArgumentParser) -> None:
    """Register ``migrate-to-server``."""
    migrate = sub.add_parser(
        "migrate-to-server",
        parents=[common],
        help="move this data folder's database and photos into an empty team database "
        "(PostgreSQL); the local data is left as it is",
        description="Creates the schema in the EMPTY database at URL "
        "(postgresql+psycopg://user@host:5432/database), copies every table with its ids and "
        "stores every original photo and video in it, then compares the row counts; on any "
        "problem nothing is kept on the server. The password comes from the keyring "
        f"(saved in Settings) or the {ENV_PASSWORD} environment variable. Afterwards set the "
        "URL as the database in Settings on every PC.",
    )
    migrate.add_argument("url", metavar="URL", help="the empty team database")
    migrate.set_defaults(handler=_cmd_migrate_to_server)


def _cmd_migrate_to_server(args: argparse.Namespace) -> int:
    import logging

    from sosmed_desktop.services.team.server_migration import migrate_to_server

    config, _log = load_config(resolve_data_dir(args.data_dir), console_level=logging.WARNING)
    finished: set[str] = set()

    def progress(step: str, done: int, total: int) -> None:
        if done == total and step not in finished:
            finished.add(step)
            print(f"  {step}: {done}", flush=True)

    print(
        translate("Cli", "Moving {path} and its media to the team server …").format(
            path=config.db_path
        ),
        flush=True,
    )
    report = migrate_to_server(config, args.url, on_progress=progress)
    print(
        translate("Cli", "Done in {seconds} s: {target}").format(
            seconds=f"{report.seconds:.1f}", target=report.target
        )
    )
    here, server = translate("Cli", "here"), translate("Cli", "server")
    print(f"{translate('Cli', 'table'):<24}{here:>10}{server:>10}")
    number = installed().number
    for count in report.counts:
        print(f"{count.table:<24}{number(count.source):>10}{number(count.target):>10}")
    megabytes, originals = f"{report.media_bytes / 1_000_000:.1f}", report.media_files
    print(
        translate(
            "Cli", "%n original(s) ({megabytes} MB) stored on the server.", "", originals
        ).format(megabytes=megabytes)
    )
    print(
        translate(
            "Cli", "Set this database in Settings → Data & database on every PC (restart needed)."
        )
    )
    sys.stdout.flush()
    return 0
