"""Small previews of library photos, decoded in the background and kept in memory.

Decoding a phone photo takes tens of milliseconds, too long for the GUI
thread, so `ThumbnailLoader.request` decodes it on the thread pool (QImage is
safe to build there; QPixmap is not) and announces `ready(media_id)`.  The
reader applies the EXIF orientation, as the feed will.  The original comes
through `fetch` (`originals.fetch_original`): from a team database when this
PC has not got it yet.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader

from ui.tasks import run_task

MAX_SIDE = 480
FetchOriginal = Callable[[str, str], Path]
"""(sha256, extension) -> the original's local file (`originals.fetch_original`)."""


def read_scaled(path: Path, max_side: int = MAX_SIDE) -> QImage:
    """Decode `path` scaled to fit `max_side` (a null image if unreadable)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > max_side:
        scaled = size.scaled(QSize(max_side, max_side), Qt.AspectRatioMode.KeepAspectRatio)
        reader.setScaledSize(scaled)
    return reader.read()


class ThumbnailLoader(QObject):
    """Decoded previews by media id, shared by every editor window."""

    ready = Signal(int)

    def __init__(self, fetch: FetchOriginal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fetch = fetch
        self._images: dict[int, QImage] = {}
        self._pending: set[int] = set()

    def image(self, media_id: int) -> QImage | None:
        """The decoded preview, or None while it is loading (or unreadable)."""
        image = self._images.get(media_id)
        return image if image is not None and not image.isNull() else None

    def request(self, media_id: int, stored_name: str) -> None:
        """Decode the photo if it is not already known or on its way."""
        if media_id in self._images or media_id in self._pending:
            return
        self._pending.add(media_id)
        stored = Path(stored_name)

        def done(image: QImage) -> None:
            self._pending.discard(media_id)
            self._images[media_id] = image
            self.ready.emit(media_id)

        def failed(_exc: BaseException, _details: str) -> None:
            self._pending.discard(media_id)
            self._images[media_id] = QImage()

        run_task(
            lambda: read_scaled(self.fetch(stored.stem, stored.suffix.lstrip("."))), done, failed
        )
