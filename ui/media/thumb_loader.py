"""Thumbnails for the grid: made or read on worker threads, kept in a small pixmap cache.

Views ask for the thumbnail of each cell they paint; only visible cells are
painted, so this is what makes loading lazy.  A miss queues a job on a private
thread pool (so a long import on the global pool does not hold the grid up)
with a rising priority: the cells the officer scrolled to last come first.  The
worker makes the cached JPEG if needed (`ensure_thumbnail`, after `fetch` got
the original from a team database when this PC has neither) and decodes it into
a QImage (safe off the GUI thread); the pixmap is made on the GUI thread.
"""

from __future__ import annotations

import itertools
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QPixmap

from sosmed_desktop.errors import DomainError
from sosmed_desktop.imaging.thumbs import ensure_thumbnail, is_usable, thumb_path

CACHE_PIXMAPS = 400
FetchOriginal = Callable[[str, str], Path]
"""(sha256, extension) -> the original's local file, fetched from a team database if needed."""


class _Signals(QObject):
    done = Signal(str, QImage)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(
        self,
        thumbs_dir: Path,
        sha: str,
        original: Path,
        kind: str,
        size: QSize,
        fetch: FetchOriginal | None,
    ):
        super().__init__()
        self.args = (thumbs_dir, sha, original, kind)
        self.size = size
        self.fetch = fetch
        self.signals = _Signals()

    def run(self) -> None:
        thumbs_dir, sha, original, kind = self.args
        try:
            if self.fetch is not None and not is_usable(thumb_path(thumbs_dir, sha)):
                original = self.fetch(sha, original.suffix.lstrip("."))
            path = ensure_thumbnail(thumbs_dir, sha, original, kind)
        except (DomainError, OSError):
            self.signals.failed.emit(sha)
            return
        image = QImage(str(path))
        if image.isNull():
            self.signals.failed.emit(sha)
            return
        scaled = image.scaled(
            self.size,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.signals.done.emit(sha, scaled)


class ThumbnailLoader(QObject):
    """Hands out cached thumbnails and loads missing ones in the background."""

    loaded = Signal(str)
    """A thumbnail (by SHA-256) is now available or known to be unavailable."""

    def __init__(
        self,
        thumbs_dir: Path,
        size: QSize,
        parent: QObject | None = None,
        fetch: FetchOriginal | None = None,
    ) -> None:
        super().__init__(parent)
        self.thumbs_dir = thumbs_dir
        self.fetch = fetch
        self.size = size
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._cache: OrderedDict[str, QPixmap] = OrderedDict()
        self._pending: set[str] = set()
        self._failed: set[str] = set()
        self._jobs: dict[str, _Job] = {}
        self._priority = itertools.count()

    def pixmap(self, sha: str, original: Path, kind: str) -> QPixmap | None:
        """The thumbnail if it is ready; otherwise None, and it is being loaded."""
        cached = self._cache.get(sha)
        if cached is not None:
            self._cache.move_to_end(sha)
            return cached
        if sha not in self._pending and sha not in self._failed:
            self._pending.add(sha)
            job = _Job(self.thumbs_dir, sha, original, kind, self.size, self.fetch)
            job.setAutoDelete(False)
            job.signals.done.connect(self._done)
            job.signals.failed.connect(self._fail)
            self._jobs[sha] = job
            self.pool.start(job, next(self._priority) % 2_000_000_000)
        return None

    def failed(self, sha: str) -> bool:
        """True when the thumbnail could not be made (damaged or missing original)."""
        return sha in self._failed

    def wait(self, msecs: int = 10_000) -> bool:
        """Wait for queued jobs (tests and shutdown)."""
        return self.pool.waitForDone(msecs)

    def _done(self, sha: str, image: QImage) -> None:
        self._finish(sha)
        self._cache[sha] = QPixmap.fromImage(image)
        while len(self._cache) > CACHE_PIXMAPS:
            self._cache.popitem(last=False)
        self.loaded.emit(sha)

    def _fail(self, sha: str) -> None:
        self._finish(sha)
        self._failed.add(sha)
        self.loaded.emit(sha)

    def _finish(self, sha: str) -> None:
        self._pending.discard(sha)
        self._jobs.pop(sha, None)
