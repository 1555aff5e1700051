"""Logging to a rotating file in the data folder's ``logs/`` (and stderr for commands)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "sosmed.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


class _QuietOnFailure(logging.handlers.RotatingFileHandler):
    """A log file handler that stays silent when the disk is full.

    The default prints a traceback to stderr for every record it cannot write,
    which would bury the one-line reason a command prints.
    """

    def handleError(self, record: logging.LogRecord) -> None:
        pass


def configure_logging(logs_dir: Path, *, console_level: int | None = None) -> Path:
    """Send log records to ``logs_dir/sosmed.log`` (1 MB × 5 files); return its path.

    Calling it again (tests, a second bootstrap) replaces the handlers instead of
    stacking duplicates.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_sosmed", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.INFO)
    path = logs_dir / LOG_FILE
    try:
        logs_dir.mkdir(parents=True, exist_ok=True)
        file_handler: logging.Handler = _QuietOnFailure(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        file_handler = logging.StreamHandler()
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    file_handler._sosmed = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    if console_level is not None:
        console = logging.StreamHandler()
        console.setLevel(console_level)
        console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        console._sosmed = True  # type: ignore[attr-defined]
        root.addHandler(console)
    return path
