"""Importing many files at once: folders recurse, bad files are refused, the rest goes on.

Files are staged (copied, hashed, decoded, thumbnailed) on a few worker threads
— Pillow, hashlib and file copies release the GIL, so this uses every core —
and committed a few at a time under a lock (the database has one writer; see
`_Committer`).  A refused file leaves nothing behind and does not stop the
batch; a failure of the database or the disk stops it, and the files of the
transaction it hit are removed again.  A cancel request stops files that have
not been committed yet; the ones committed stay.  Photos dropped on a post (the
calendar, the editor) come in the same way (`import_files`).
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.errors import DomainError
from sosmed_desktop.imaging.safe_open import display_name
from sosmed_desktop.logging_setup import FILE_ONLY
from sosmed_desktop.services.media import media
from sosmed_desktop.services.media.catalog import MediaSummary, describe_media

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

    @property
    def videos_without_poster(self) -> int:
        """Videos brought in now without a poster frame: the video support is not installed."""
        from sosmed_desktop.imaging.video import has_pyav

        if has_pyav():
            return 0
        return sum(
            1
            for o in self.outcomes
            if o.status in (ADDED, RESTORED)
            and Path(o.path).suffix.lower() in media.VIDEO_EXTENSIONS
        )


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
    stop = cancel or threading.Event()
    committer = _Committer(ctx, total, on_progress, stop)

    def one(index: int, path: Path) -> None:
        if stop.is_set() or committer.fatal:
            return
        try:
            committer.add(index, path, _stage_one(ctx, path))
        except BaseException as exc:  # not the file's fault: stop the batch
            committer.fail(exc)

    with ThreadPoolExecutor(workers, thread_name_prefix="import") as pool:
        for index, path in enumerate(files):
            pool.submit(one, index, path)
    committer.flush()
    if committer.fatal:
        raise committer.fatal[0]
    outcomes = committer.outcomes
    report = ImportReport([outcomes[i] for i in sorted(outcomes)])
    report.not_started = total - len(outcomes)
    report.cancelled = report.not_started > 0
    return report


@dataclass(frozen=True)
class ImportedFiles:
    """Files brought in to be attached to a post: the library ids in the order the files
    came (each once), what the library knows of them, and the refusals, each naming its
    file."""

    ids: list[int]
    found: dict[int, MediaSummary]
    failures: list[DomainError]


def import_files(ctx: AppContext, paths: Iterable[Path]) -> ImportedFiles:
    """Import files dropped on or chosen for a post (`import_paths`: a refused file is
    listed and the others go on) and describe the ones the post gets, for the editor."""
    report = import_paths(ctx, paths)
    ids = list(dict.fromkeys(report.media_ids))  # the same photo twice is attached once
    with ctx.uow(read_only=True) as uow:
        found = describe_media(uow, ids)
    failures = [o.error for o in report.refused if o.error is not None]
    return ImportedFiles(ids, found, failures)


def _stage_one(ctx: AppContext, path: Path) -> media.Staged | FileOutcome:
    """The checked copy of a file, or its refusal."""
    try:
        return media.stage(ctx.config, path)
    except media.BadImageError as exc:
        outcome = _outcome(path, REFUSED, error=exc)
        # The caller lists the refusal; the log keeps its reason.
        log.warning("Refused %s: %s", outcome.path, exc, extra=FILE_ONLY)
        return outcome


def _outcome(path: Path, status: str, **values: object) -> FileOutcome:
    shown = str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return FileOutcome(shown, display_name(path), status, **values)  # type: ignore[arg-type]


class _Committer:
    """Commits the workers' staged files a few at a time (`media.commit_batch`).

    A file waits until `BATCH` are staged, or `BATCH_WAIT_S` has passed since
    the oldest waiting one, or the import ends; then whichever worker comes
    next commits what is waiting while the others go on staging.  Progress is
    reported when a file is committed (or refused), never before; after a
    cancel what waits is removed instead.
    """

    BATCH = 8
    BATCH_WAIT_S = 0.5

    def __init__(
        self,
        ctx: AppContext,
        total: int,
        on_progress: ProgressCallback | None,
        cancel: threading.Event,
    ) -> None:
        self.ctx, self.total, self.on_progress, self.cancel = ctx, total, on_progress, cancel
        self.outcomes: dict[int, FileOutcome] = {}
        self.fatal: list[BaseException] = []
        self._waiting: list[tuple[int, Path, media.Staged]] = []
        self._oldest = 0.0
        self._lock = threading.Lock()  # the lists above
        self._writer = threading.Lock()  # one writer at a time

    def add(self, index: int, path: Path, staged: media.Staged | FileOutcome) -> None:
        """A worker's file: refused at once, or staged to be committed with others."""
        if isinstance(staged, FileOutcome):
            self._report([(index, staged)])
            return
        with self._lock:
            if not self._waiting:
                self._oldest = time.monotonic()
            self._waiting.append((index, path, staged))
            due = (
                len(self._waiting) >= self.BATCH
                or time.monotonic() - self._oldest >= self.BATCH_WAIT_S
            )
        if due:
            self._commit_waiting(block=False)

    def flush(self) -> None:
        """Commit what still waits (the end of the import)."""
        self._commit_waiting(block=True)

    def fail(self, exc: BaseException) -> None:
        with self._lock:
            self.fatal.append(exc)

    def _commit_waiting(self, *, block: bool) -> None:
        # Without blocking, a worker that finds another committing goes back to
        # staging: what it added is taken by the one committing (see the loop).
        while self._writer.acquire(blocking=block):
            try:
                with self._lock:
                    batch, self._waiting = self._waiting, []
                if batch:
                    self._commit(batch)
            finally:
                self._writer.release()
            with self._lock:
                if not self._waiting:
                    return

    def _commit(self, batch: list[tuple[int, Path, media.Staged]]) -> None:
        try:
            if self.fatal or self.cancel.is_set():
                return  # not committed: removed, counted as not started
            with self.ctx.uow() as uow:
                results = media.commit_batch(self.ctx.config, uow, [s for _i, _p, s in batch])
        except BaseException as exc:  # not the files' fault: stop the import
            self.fail(exc)
            return
        finally:
            for _index, _path, staged in batch:
                staged.discard()
        self._report(
            [
                (index, _outcome(path, _status(result), media_id=result.media_id))
                for (index, path, _staged), result in zip(batch, results, strict=True)
            ]
        )

    def _report(self, done: list[tuple[int, FileOutcome]]) -> None:
        for index, outcome in done:
            with self._lock:
                self.outcomes[index] = outcome
                count = len(self.outcomes)
            if self.on_progress is not None:
                self.on_progress(count, self.total, outcome)


def _status(result: media.ImportResult) -> str:
    return ADDED if result.created else RESTORED if result.restored else DUPLICATE


def default_workers() -> int:
    """Worker threads for staging: one per core, at least two (I/O overlaps decoding)."""
    return max(2, min(4, os.cpu_count() or 2))
