"""Photos in the post editor: import, add from the library, order, remove, share.

`EditorPhotos` is a part of `PostEditor` (ui/editor/window.py).  Files are
imported into the media library in the background (`ui.media.attach_import`);
every change of a platform's photo list is one undo step (`set_media`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog

from sosmed_desktop.domain.platform_render import choose
from sosmed_desktop.services.posts.data import MediaItem
from ui.file_filters import IMAGE_FILTER
from ui.media.attach_import import import_photos, warn_refused

if TYPE_CHECKING:
    from sosmed_desktop.services.media.bulk_import import ImportedFiles
    from sosmed_desktop.services.media.catalog import MediaSummary
    from ui.editor.captions import PlatformTab
    from ui.editor.host import EditorHost
    from ui.editor.media_strip import MediaStrip


class EditorPhotos(QObject):
    """The photo actions of one post editor."""

    def __init__(self, host: EditorHost) -> None:
        super().__init__(host.window())
        self.host = host
        self.view = host.window()

    def wire_tab(self, tab: PlatformTab) -> None:
        """Connect a new platform tab's photo strip and buttons."""
        code = tab.spec.code
        tab.strip.reordered.connect(
            lambda old, new: self.host.push(self.tr("Reorder photos"), self._setter(code), old, new)
        )
        tab.strip.files_dropped.connect(lambda paths: self.import_files(paths, (code,)))
        tab.strip.media_dropped.connect(lambda ids: self.add_media(ids, (code,)))
        tab.framing_chosen.connect(lambda key: self.frame_media(code, key))
        tab.add_files.clicked.connect(lambda: self.choose_files((code,)))
        tab.add_library.clicked.connect(lambda: self.choose_from_library((code,)))
        tab.move_left.clicked.connect(lambda: self.move_media(code, -1))
        tab.move_right.clicked.connect(lambda: self.move_media(code, 1))
        tab.remove.clicked.connect(lambda: self.remove_media(code))
        tab.copy_all.clicked.connect(lambda: self.copy_media_to_all(code))

    def _setter(self, code: str) -> Callable[[tuple[MediaItem, ...]], None]:
        return lambda items: self._strip(code).set_items(items)

    def _strip(self, code: str) -> MediaStrip:
        return self.host.captions.tab_for(self.host.state.specs[code]).strip

    def _targets(self, codes: tuple[str, ...]) -> list[str]:
        chosen = self.host.details.platforms()
        return [c for c in codes if c in chosen] if codes else list(chosen)

    def set_media(self, text: str, new: dict[str, tuple[MediaItem, ...]]) -> None:
        """Replace the photos of some platforms as one undo step."""
        strips = {code: self._strip(code) for code in new}
        old = {code: strip.items() for code, strip in strips.items()}
        if old == new:
            return

        def apply(value: dict[str, tuple[MediaItem, ...]]) -> None:
            for code, items in value.items():
                strips[code].set_items(items)

        apply(new)
        self.host.push(text, apply, old, new)

    def add_media(self, ids: list[int], codes: tuple[str, ...] = ()) -> None:
        """Append library photos to the given platforms (all chosen ones by default)."""
        known = self.host.state.media_info
        unknown = [i for i in ids if i not in known]
        if unknown:
            from sosmed_desktop.services.media.catalog import describe_media

            def described(found: dict[int, MediaSummary]) -> None:
                known.update(found)
                self.add_media([i for i in ids if i in known], codes)

            self.host.ops.read(self.view, lambda uow: describe_media(uow, unknown), described)
            return
        new = {}
        for code in self._targets(codes):
            items = self._strip(code).items()
            present = {m.media_id for m in items}
            new[code] = items + tuple(MediaItem(i) for i in ids if i not in present)
        self.set_media(self.tr("Add photos"), new)

    def import_files(self, paths: list[str], codes: tuple[str, ...] = ()) -> None:
        """Import dropped or chosen files into the library, then attach them."""
        host = self.host
        host.state_label.setText(self.tr("Importing photos…"))

        def done(result: ImportedFiles) -> None:
            host.state.media_info.update(result.found)
            if result.ids:
                self.add_media(result.ids, codes)
            host.on_changed()
            warn_refused(self.view, result.failures)

        import_photos(host.ops, self.view, paths, done, on_error=host.handle_error)

    def choose_files(self, codes: tuple[str, ...] = ()) -> None:
        settings = self.host.settings
        folder = str(settings.value("editor/photo_folder", ""))
        paths, _ = QFileDialog.getOpenFileNames(
            self.view, self.tr("Add photos"), folder, self.tr("Images") + f" ({IMAGE_FILTER})"
        )
        if paths:
            settings.setValue("editor/photo_folder", str(Path(paths[0]).parent))
            self.import_files(paths, codes)

    def choose_from_library(self, codes: tuple[str, ...] = ()) -> None:
        from ui.editor.media_picker import MediaPicker

        picker = MediaPicker(self.host.ops, self.host.loader, self.view)
        if picker.exec() == QDialog.DialogCode.Accepted and picker.chosen():
            self.host.state.media_info.update(picker.summaries())
            self.add_media(picker.chosen(), codes)

    def move_media(self, code: str, step: int) -> None:
        strip = self._strip(code)
        row = strip.currentRow()
        target = row + step
        items = list(strip.items())
        if row < 0 or not 0 <= target < len(items):
            return
        items[row], items[target] = items[target], items[row]
        self.set_media(self.tr("Reorder photos"), {code: tuple(items)})
        strip.setCurrentRow(target)

    def remove_media(self, code: str) -> None:
        strip = self._strip(code)
        row = strip.currentRow()
        if row < 0:
            return
        items = list(strip.items())
        del items[row]
        self.set_media(self.tr("Remove photo"), {code: tuple(items)})

    def frame_media(self, code: str, key: str) -> None:
        """Frame every photo of a platform with preset `key` (or uncropped), one undo step."""
        spec = self.host.state.specs[code]
        items = self._strip(code).items()
        framed = tuple(MediaItem(m.media_id, choose(m.recipe, spec, key)) for m in items)
        self.set_media(self.tr("Change framing"), {code: framed})

    def copy_media_to_all(self, code: str) -> None:
        items = self._strip(code).items()
        self.set_media(
            self.tr("Use photos on all platforms"),
            {other: items for other in self.host.details.platforms()},
        )
