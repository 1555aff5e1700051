"""Logging to a rotating file in the data folder's ``logs/`` (and stderr for commands).

Every refused input, failed command and unexpected error is logged with its
reason; a traceback goes to the file only (`FILE_ONLY` keeps a record off the
console, where a command has already printed its one line).  The log holds no
personal data: the services log ids, codes and counts, never a caption or a
note; the database engines hide statement parameters in their errors (see
`db/engine.py`); and as a net under all of that, every line written has
Indonesian identity numbers (NIK, 16 digits) and telephone numbers masked.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

LOG_FILE = "sosmed.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
FILE_ONLY = {"file_only": True}
"""``extra=FILE_ONLY``: the record goes to the log file, not to a command's console."""
REDACTED = "[redacted]"
# A NIK (16 digits) and Indonesian telephone numbers (08.., +62 8.., 62 8.., (021) ..),
# with or without spaces, dots or dashes between the groups; never inside a longer
# word or hex string (a file's SHA-256 keeps its digits).
_PERSONAL = re.compile(
    r"(?<![0-9A-Za-z])(?:\d{16}"
    r"|(?:\+62|62|0)[\s.-]?8\d{1,2}(?:[\s.-]?\d{3,4}){2}\d{0,2}"
    r"|\(?(?:\+62|0)2\d{1,2}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,4})(?![0-9A-Za-z])"
)


def redact(text: str) -> str:
    """`text` with identity and telephone numbers masked."""
    return _PERSONAL.sub(REDACTED, text)


class _Redacting(logging.Formatter):
    """Formats a record (message and traceback) and masks personal numbers in it."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class _NotFileOnly(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not getattr(record, "file_only", False)


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
    file_handler.setFormatter(_Redacting(_FORMAT))
    file_handler._sosmed = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    if console_level is not None:
        console = logging.StreamHandler()
        console.setLevel(console_level)
        console.setFormatter(_Redacting("%(levelname)s: %(message)s"))
        console.addFilter(_NotFileOnly())
        console._sosmed = True  # type: ignore[attr-defined]
        root.addHandler(console)
    return path


def active_log_file() -> Path | None:
    """The log file records go to now (None before `configure_logging`)."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, "_sosmed", False) and isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None
