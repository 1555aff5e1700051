"""Small previews of library photos, decoded in the background and kept in memory.

Decoding takes too long for the GUI thread, so `EditorImages.request` reads the
photo's thumbnail on the thread pool (QImage is safe to build there; QPixmap is
not) and announces `ready(media_id)`.  It reads the core's cached thumbnail
(`imaging.thumbs`: 256 px, upright, made at import), not the original: the strip's
tiles are 104 px, and the feed preview shows it only until its render arrives.
When the thumbnail is missing it is made once from the original, by a reduced
decode; the original comes through `fetch` (`originals.fetch_original`): from a
team database when this PC has not got it yet.

`request_render` draws a photo the way a platform will show it: the core's
`imaging.render.preview` renders the photo's platform recipe from a reduced
decode of the original — the same recipe and code as the package image, so the
feed preview is that image, reduced.

Both kinds are kept in small LRU caches bounded by bytes (issue 17: the app runs
for weeks in the tray).  Before, every preview ever shown was kept, decoded at
480 px from the original: about 0.7 MB a photo, for as long as the app ran.  A
preview that was dropped and is painted again is simply read again.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # Pillow loads with the first render, not with the window
    from PIL import Image

    from sosmed_desktop.domain.recipe import Recipe
    from ui.operations import Operations

RENDER_SIDE = 680  # the feed card is 340 px wide: sharp on a 2× screen too
RENDER_CACHE = 32
RENDER_CACHE_BYTES = 8 * 1024 * 1024
"""Renders kept: 5–8 at 680 px, the feed previews of a few open editors."""
IMAGE_CACHE = 256
IMAGE_CACHE_BYTES = 8 * 1024 * 1024
"""Previews kept: about 40 at 256 px, two editors' full strips (20 photos each)."""
NAMES_KEPT = 1024
"""Stored names remembered, so that a dropped preview can be read again when painted."""
FetchOriginal = Callable[[str, str], Path]
"""(sha256, extension) -> the original's local file (`originals.fetch_original`)."""


def to_qimage(image: Image.Image) -> QImage:
    """An RGB Pillow image as a QImage that owns its pixels."""
    rgb = image.convert("RGB")
    data = rgb.tobytes()
    return QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888).copy()


def read_thumbnail(thumbs_dir: Path, stored_name: str, fetch: FetchOriginal) -> QImage:
    """The photo's cached 256-px thumbnail, made from the original if it is missing."""
    from sosmed_desktop.imaging.thumbs import ensure_thumbnail, is_usable, thumb_path

    stored = Path(stored_name)
    path = thumb_path(thumbs_dir, stored.stem)
    if not is_usable(path):
        original = fetch(stored.stem, stored.suffix.lstrip("."))
        path = ensure_thumbnail(thumbs_dir, stored.stem, original, "image")
    return QImage(str(path))


class _Lru:
    """QImages by key, the least recently used dropped beyond `entries` or `limit` bytes."""

    def __init__(self, entries: int, limit: int) -> None:
        self.entries, self.limit = entries, limit
        self.images: OrderedDict[object, QImage] = OrderedDict()
        self.bytes = 0

    def get(self, key: object) -> QImage | None:
        image = self.images.get(key)
        if image is not None:
            self.images.move_to_end(key)
        return image

    def put(self, key: object, image: QImage) -> None:
        old = self.images.pop(key, None)
        if old is not None:
            self.bytes -= old.sizeInBytes()
        self.images[key] = image
        self.bytes += image.sizeInBytes()
        while len(self.images) > 1 and (len(self.images) > self.entries or self.bytes > self.limit):
            _key, dropped = self.images.popitem(last=False)
            self.bytes -= dropped.sizeInBytes()

    def __contains__(self, key: object) -> bool:
        return key in self.images

    def __len__(self) -> int:
        return len(self.images)


class EditorImages(QObject):
    """Decoded previews by media id, shared by every editor window."""

    ready = Signal(int)

    def __init__(
        self,
        fetch: FetchOriginal,
        ops: Operations,
        owner: QWidget,
        *,
        thumbs_dir: Path,
        logo: Callable[[], Image.Image | None] = lambda: None,
    ) -> None:
        """`owner`: the window the previews live as long as (the main window);
        `thumbs_dir`: the core's thumbnail cache (`config.thumbs_dir`)."""
        super().__init__(owner)
        self.fetch, self.ops, self.owner = fetch, ops, owner
        self.thumbs_dir = thumbs_dir
        self.logo = logo
        self._images = _Lru(IMAGE_CACHE, IMAGE_CACHE_BYTES)
        self._names: OrderedDict[int, str] = OrderedDict()
        self._pending: set[int] = set()
        self._renders = _Lru(RENDER_CACHE, RENDER_CACHE_BYTES)
        self._rendering: set[tuple[int, str]] = set()

    def held_bytes(self) -> int:
        """The pixels the caches hold (for the soak bench and tests)."""
        return self._images.bytes + self._renders.bytes

    def rendered(self, media_id: int, recipe: Recipe) -> QImage | None:
        """The platform render of the photo, or None until `request_render` has made it."""
        return self._renders.get((media_id, json.dumps(recipe.to_dict(), sort_keys=True)))

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
            self._renders.put(key, image)
            self.ready.emit(media_id)

        def failed(_exc: BaseException) -> bool:
            self._rendering.discard(key)  # the preview keeps showing the thumbnail
            return True

        self.ops.background(self.owner, work, done, on_error=failed)

    def image(self, media_id: int) -> QImage | None:
        """The decoded preview, or None while it is loading (or unreadable).

        A preview that the cache dropped is read again (`ready` follows)."""
        image = self._images.get(media_id)
        if image is None:
            name = self._names.get(media_id)
            if name is not None:
                self.request(media_id, name)
            return None
        return image if not image.isNull() else None

    def request(self, media_id: int, stored_name: str) -> None:
        """Read the photo's preview if it is not already known or on its way."""
        self._names[media_id] = stored_name
        self._names.move_to_end(media_id)
        while len(self._names) > NAMES_KEPT:
            self._names.popitem(last=False)
        if media_id in self._images or media_id in self._pending:
            return
        self._pending.add(media_id)

        def done(image: QImage) -> None:
            self._pending.discard(media_id)
            self._images.put(media_id, image)
            self.ready.emit(media_id)

        def failed(_exc: BaseException) -> bool:
            self._pending.discard(media_id)
            self._images.put(media_id, QImage())  # unreadable: the strip shows no preview
            return True

        thumbs_dir, fetch = self.thumbs_dir, self.fetch
        self.ops.background(
            self.owner,
            lambda: read_thumbnail(thumbs_dir, stored_name, fetch),
            done,
            on_error=failed,
        )
