"""Running the headless commands in-process, for the core tests of the command line."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from sosmed_desktop.cli import parse, run_command


@pytest.fixture(autouse=True)
def drop_app_log_handlers() -> Iterator[None]:
    """The commands add a console handler bound to the captured stderr; remove it after.

    Import it into a test module (autouse: it then serves every test there).
    """
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_sosmed", False):
            root.removeHandler(handler)
            handler.close()


def run(*argv: str) -> int:
    """Run the command line `argv` in this process; its exit status."""
    return run_command(parse(list(argv)))
