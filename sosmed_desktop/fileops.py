"""Renaming into place and deleting files, patient with Windows sharing violations.

On Windows a file that another program holds open cannot be replaced or
deleted: antivirus scanners, the search indexer and OneDrive open every new
file for a moment, and `os.replace` or `unlink` then fails with WinError 5
(access denied), 32 (in use) or 33 (locked).  The moment passes, so these
errors are retried a bounded number of times (about three seconds in all);
any other error, or the same one after the last try, is raised as before.

Every atomic write of the application (temporary file, flush, fsync, rename)
goes through `replace_file`, and every delete of a data file through
`remove_file` (of a folder, `remove_tree`); `atomic_write_bytes` is the whole
pattern for data held in memory.  A test scans the code so that no other rename or delete creeps in.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)

# ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
SHARING_VIOLATIONS = frozenset({5, 32, 33})
RETRY_DELAYS_S = (0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.8, 1.0)

T = TypeVar("T")


def is_sharing_violation(exc: OSError) -> bool:
    """Whether `exc` is Windows saying another program has the file open for a moment."""
    return getattr(exc, "winerror", None) in SHARING_VIOLATIONS


def _patiently(action: Callable[[], T], what: str) -> T:
    """Run `action`, retrying it while Windows reports a sharing violation."""
    for delay in RETRY_DELAYS_S:
        try:
            return action()
        except OSError as exc:
            if not is_sharing_violation(exc):
                raise
            log.info("%s: %s; trying again in %.2f s", what, exc, delay)
            time.sleep(delay)
    return action()


def replace_file(source: Path | str, target: Path | str) -> None:
    """`os.replace(source, target)`, retried on Windows sharing violations."""
    _patiently(lambda: os.replace(source, target), f"renaming {source} to {target}")


def remove_file(path: Path, *, missing_ok: bool = True) -> None:
    """Delete `path` (nothing when it is gone and `missing_ok`), retried likewise."""
    _patiently(lambda: path.unlink(missing_ok=missing_ok), f"deleting {path}")


def remove_tree(path: Path) -> None:
    """Delete the folder `path` with what it holds (a link in it is removed, not followed).

    Retried likewise: a retry goes on with what the failed attempt left.
    """
    _patiently(lambda: shutil.rmtree(path), f"deleting {path}")


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, fsync it, then rename over `path`.

    A power cut leaves the old file or the new one, never a mixture; a failure
    leaves the old file and no temporary file.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        replace_file(tmp, path)
    except BaseException:
        remove_file(Path(tmp))
        raise


def atomic_write_text(path: Path, text: str) -> None:
    """UTF-8 text variant of `atomic_write_bytes`."""
    atomic_write_bytes(path, text.encode("utf-8"))
