"""Importing many files at once: folders recurse, bad files are refused, the rest goes on.

Files are staged (copied, hashed, decoded, thumbnailed) on a few worker threads
— Pillow, hashlib and file copies release the GIL, so this uses every core —
and committed one at a time under a lock (the database has one writer).  Each
file is its own transaction: a refused or failed file leaves nothing behind and
does not stop the batch.  A cancel request stops files that have not started;
the ones in flight finish (each is all or nothing).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.errors import DomainError
from sosmed_desktop.imaging.safe_open import display_name
from sosmed_desktop.services import media

log = logging.getLogger(__name__)

ADDED, DUPLICATE, RESTORED, REFUSED = "added", "duplicate", "restored", "refused"


@dataclass(frozen=True)
class FileOutcome:
    """What happened to one file of a batch; `error` is set when it was refused."""

    path: str
    name: str
    status: str
    media_id: int | None = None
    error: DomainError | None = None


@dataclass
class ImportReport:
    """The outcome of a batch, in the order the files were found."""

    outcomes: list[FileOutcome] = field(default_factory=list)
    cancelled: bool = False
    not_started: int = 0

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def refused(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == REFUSED]

    @property
    def media_ids(self) -> list[int]:
        return [o.media_id for o in self.outcomes if o.media_id is not None]


ProgressCallback = Callable[[int, int, FileOutcome], None]


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """The files to import: given files as they are, folders searched recursively.

    Inside folders only files with a media extension are taken (a folder of phone
    photos also holds other things); hidden files and folders are skipped.  A file
    named explicitly is always tried, so a wrong file gets a clear refusal.
    """
    found: list[Path] = []
    seen: set[Path] = set()
    for path in paths:
        for candidate in _walk(path) if path.is_dir() else [path]:
            key = candidate.absolute()
            if key not in seen:
                seen.add(key)
                found.append(candidate)
    return found


def _walk(folder: Path) -> list[Path]:
    files: list[Path] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith(".") and Path(name).suffix.lower() in media.MEDIA_EXTENSIONS:
                files.append(Path(root) / name)
    return files


def import_paths(
    ctx: AppContext,
    paths: Iterable[Path],
    *,
    workers: int | None = None,
    on_progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
) -> ImportReport:
    """Import files and folders; every file gets an outcome, refused ones with the reason.

    `on_progress(done, total, outcome)` is called from worker threads after each
    file.  Errors that are not about the file (disk full, database gone) stop the
    batch and are raised after the files in flight have finished.
    """
    files = collect_files(paths)
    total = len(files)
    workers = workers or default_workers()
    lock = threading.Lock()
    outcomes: dict[int, FileOutcome] = {}
    fatal: list[BaseException] = []
    stop = cancel or threading.Event()

    def one(index: int, path: Path) -> None:
        if stop.is_set() or fatal:
            return
        try:
            outcome = _import_one(ctx, path, lock)
        except BaseException as exc:  # not the file's fault: stop the batch
            with lock:
                fatal.append(exc)
            return
        with lock:
            outcomes[index] = outcome
            done = len(outcomes)
        if on_progress is not None:
            on_progress(done, total, outcome)

    with ThreadPoolExecutor(workers, thread_name_prefix="import") as pool:
        for index, path in enumerate(files):
            pool.submit(one, index, path)
    if fatal:
        raise fatal[0]
    report = ImportReport([outcomes[i] for i in sorted(outcomes)])
    report.not_started = total - len(outcomes)
    report.cancelled = report.not_started > 0
    return report


def _import_one(ctx: AppContext, path: Path, lock: threading.Lock) -> FileOutcome:
    name = display_name(path)
    shown = str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    try:
        staged = media.stage(ctx.config, path)
    except media.BadImageError as exc:
        log.info("Refused %s: %s", shown, exc)
        return FileOutcome(shown, name, REFUSED, error=exc)
    try:
        with lock, ctx.uow() as uow:
            result = media.commit_staged(ctx.config, uow, staged)
    finally:
        staged.discard()
    status = ADDED if result.created else RESTORED if result.restored else DUPLICATE
    return FileOutcome(shown, name, status, result.media_id)


def default_workers() -> int:
    """Worker threads for staging: one per core, at least two (I/O overlaps decoding)."""
    return max(2, min(4, os.cpu_count() or 2))
