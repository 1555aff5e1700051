"""Small previews of library photos, decoded in the background and kept in memory.

Decoding a phone photo takes tens of milliseconds, too long for the GUI
thread, so `EditorImages.request` decodes it on the thread pool (QImage is
safe to build there; QPixmap is not) and announces `ready(media_id)`.  The
reader applies the EXIF orientation, as the feed will.  The original comes
through `fetch` (`originals.fetch_original`): from a team database when this
PC has not got it yet.

`request_render` draws a photo the way a platform will show it: the core's
`imaging.render.preview` renders the photo's platform recipe from a reduced
decode of the original — the same recipe and code as the package image, so the
feed preview is that image, reduced.  The renders are kept in a small LRU
cache (`RENDER_CACHE` entries).
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # Pillow loads with the first render, not with the window
    from PIL import Image

    from sosmed_desktop.domain.recipe import Recipe
    from ui.operations import Operations

MAX_SIDE = 480
RENDER_SIDE = 680  # the feed card is 340 px wide: sharp on a 2× screen too
RENDER_CACHE = 32
FetchOriginal = Callable[[str, str], Path]
"""(sha256, extension) -> the original's local file (`originals.fetch_original`)."""


def to_qimage(image: Image.Image) -> QImage:
    """An RGB Pillow image as a QImage that owns its pixels."""
    rgb = image.convert("RGB")
    data = rgb.tobytes()
    return QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888).copy()


def read_scaled(path: Path, max_side: int = MAX_SIDE) -> QImage:
    """Decode `path` scaled to fit `max_side` (a null image if unreadable)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > max_side:
        scaled = size.scaled(QSize(max_side, max_side), Qt.AspectRatioMode.KeepAspectRatio)
        reader.setScaledSize(scaled)
    return reader.read()


class EditorImages(QObject):
    """Decoded previews by media id, shared by every editor window."""

    ready = Signal(int)

    def __init__(
        self,
        fetch: FetchOriginal,
        ops: Operations,
        owner: QWidget,
        *,
        logo: Callable[[], Image.Image | None] = lambda: None,
    ) -> None:
        """`owner`: the window the previews live as long as (the main window)."""
        super().__init__(owner)
        self.fetch, self.ops, self.owner = fetch, ops, owner
        self.logo = logo
        self._images: dict[int, QImage] = {}
        self._pending: set[int] = set()
        self._renders: OrderedDict[tuple[int, str], QImage] = OrderedDict()
        self._rendering: set[tuple[int, str]] = set()

    def rendered(self, media_id: int, recipe: Recipe) -> QImage | None:
        """The platform render of the photo, or None until `request_render` has made it."""
        key = (media_id, json.dumps(recipe.to_dict(), sort_keys=True))
        image = self._renders.get(key)
        if image is not None:
            self._renders.move_to_end(key)
        return image

    def request_render(self, media_id: int, stored_name: str, recipe: Recipe) -> None:
        """Render the photo with `recipe` in the background; `ready(media_id)` when done."""
        key = (media_id, json.dumps(recipe.to_dict(), sort_keys=True))
        if key in self._renders or key in self._rendering:
            return
        self._rendering.add(key)
        stored = Path(stored_name)

        def work() -> QImage:
            from sosmed_desktop.imaging.render import preview

            path = self.fetch(stored.stem, stored.suffix.lstrip("."))
            return to_qimage(preview(path, recipe, RENDER_SIDE, logo=self.logo()))

        def done(image: QImage) -> None:
            self._rendering.discard(key)
            self._renders[key] = image
            while len(self._renders) > RENDER_CACHE:
                self._renders.popitem(last=False)
            self.ready.emit(media_id)

        def failed(_exc: BaseException) -> bool:
            self._rendering.discard(key)  # the preview keeps showing the thumbnail
            return True

        self.ops.background(self.owner, work, done, on_error=failed)

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

        def failed(_exc: BaseException) -> bool:
            self._pending.discard(media_id)
            self._images[media_id] = QImage()  # unreadable: the strip shows no preview
            return True

        self.ops.background(
            self.owner,
            lambda: read_scaled(self.fetch(stored.stem, stored.suffix.lstrip("."))),
            done,
            on_error=failed,
        )
