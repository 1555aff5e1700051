"""What every headless command uses: opening the data folder, the one line of a failure."""

from __future__ import annotations

import argparse
import logging
import sys

from sosmed_desktop.config import resolve_data_dir
from sosmed_desktop.wording import translate


def open_folder(args: argparse.Namespace, *, as_is: bool = False):
    """Open the data folder; `as_is` opens an existing database without changing it."""
    from sosmed_desktop.bootstrap import bootstrap

    return bootstrap(
        resolve_data_dir(args.data_dir), console_level=logging.WARNING, upgrade_schema=not as_is
    )


def say_error(reason: str) -> None:
    """The one line a failed command ends with, on stderr."""
    print(translate("Cli", "error: {reason}").format(reason=reason), file=sys.stderr)


def one_line(text: str) -> str:
    """Fold a multi-line message (PostgreSQL's have hints on extra lines) into one line."""
    return " ".join(text.split())
