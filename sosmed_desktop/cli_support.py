"""What every headless command uses: the data folder, a date argument, the line of a failure."""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import date

from sosmed_desktop.config import resolve_data_dir
from sosmed_desktop.errors import ValidationError
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


def parse_date(text: str | None) -> date | None:
    """A YYYY-MM-DD argument (None when not given)."""
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ValidationError(code="bad_date", detail=f"{text!r} is not YYYY-MM-DD") from exc
