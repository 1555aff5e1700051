"""Photos in the post editor: import, add from the library, order, remove, share.

A mixin of `PostEditor` (ui/editor/window.py).  Files are imported into the
media library in the background (`ui.media.attach_import`); every change of a
platform's photo list is one undo step (`set_media`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFileDialog

from sosmed_desktop.domain.platform_render import choose
from sosmed_desktop.services.post_data import MediaItem
from ui.file_filters import IMAGE_FILTER
from ui.media.attach_import import ImportedPhotos, import_photos, warn_refused
from ui.tasks import run_task

if TYPE_CHECKING:
    from ui.editor.window import PostEditor


class EditorPhotos:
    """The photo actions of the post editor (mixed into `PostEditor`)."""

    def _targets(self: PostEditor, codes: tuple[str, ...]) -> list[str]:
        chosen = self.details.platforms()
        return [c for c in codes if c in chosen] if codes else list(chosen)

    def set_media(self: PostEditor, text: str, new: dict[str, tuple[MediaItem, ...]]) -> None:
        """Replace the photos of some platforms as one undo step."""
        strips = {code: self.captions.tab_for(self.specs[code]).strip for code in new}
        old = {code: strip.items() for code, strip in strips.items()}
        if old == new:
            return

        def apply(value: dict[str, tuple[MediaItem, ...]]) -> None:
            for code, items in value.items():
                strips[code].set_items(items)

        apply(new)
        self.push(text, apply, old, new)

    def add_media(self: PostEditor, ids: list[int], codes: tuple[str, ...] = ()) -> None:
        """Append library photos to the given platforms (all chosen ones by default)."""
        unknown = [i for i in ids if i not in self.media_info]
        if unknown:
            ctx = self.ctx

            def describe_unknown() -> dict:
                from sosmed_desktop.services.media_catalog import describe_media

                with ctx.uow() as uow:
                    return describe_media(uow, unknown)

            def known(found: dict) -> None:
                self.media_info.update(found)
                self.add_media([i for i in ids if i in self.media_info], codes)

            run_task(describe_unknown, known, owner=self)
            return
        new = {}
        for code in self._targets(codes):
            items = self.captions.tab_for(self.specs[code]).strip.items()
            present = {m.media_id for m in items}
            new[code] = items + tuple(MediaItem(i) for i in ids if i not in present)
        self.set_media(self.tr("Add photos"), new)

    def import_files(self: PostEditor, paths: list[str], codes: tuple[str, ...] = ()) -> None:
        """Import dropped or chosen files into the library, then attach them."""
        self.state_label.setText(self.tr("Importing photos…"))

        def done(result: ImportedPhotos) -> None:
            self.media_info.update(result.found)
            if result.ids:
                self.add_media(result.ids, codes)
            self.on_changed()
            warn_refused(self, result.failures)

        import_photos(self.ctx, self.bus, paths, done, self.handle_error, owner=self)

    def choose_files(self: PostEditor, codes: tuple[str, ...] = ()) -> None:
        folder = str(self.settings.value("editor/photo_folder", ""))
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), folder, self.tr("Images") + f" ({IMAGE_FILTER})"
        )
        if paths:
            self.settings.setValue("editor/photo_folder", str(Path(paths[0]).parent))
            self.import_files(paths, codes)

    def choose_from_library(self: PostEditor, codes: tuple[str, ...] = ()) -> None:
        from ui.editor.media_picker import MediaPicker

        picker = MediaPicker(self.ctx, self.loader, self)
        if picker.exec() == QDialog.DialogCode.Accepted and picker.chosen():
            self.media_info.update(picker.summaries())
            self.add_media(picker.chosen(), codes)

    def move_media(self: PostEditor, code: str, step: int) -> None:
        strip = self.captions.tab_for(self.specs[code]).strip
        row = strip.currentRow()
        target = row + step
        items = list(strip.items())
        if row < 0 or not 0 <= target < len(items):
            return
        items[row], items[target] = items[target], items[row]
        self.set_media(self.tr("Reorder photos"), {code: tuple(items)})
        strip.setCurrentRow(target)

    def remove_media(self: PostEditor, code: str) -> None:
        strip = self.captions.tab_for(self.specs[code]).strip
        row = strip.currentRow()
        if row < 0:
            return
        items = list(strip.items())
        del items[row]
        self.set_media(self.tr("Remove photo"), {code: tuple(items)})

    def frame_media(self: PostEditor, code: str, key: str) -> None:
        """Frame every photo of a platform with preset `key` (or uncropped), one undo step."""
        spec = self.specs[code]
        items = self.captions.tab_for(spec).strip.items()
        framed = tuple(MediaItem(m.media_id, choose(m.recipe, spec, key)) for m in items)
        self.set_media(self.tr("Change framing"), {code: framed})

    def copy_media_to_all(self: PostEditor, code: str) -> None:
        items = self.captions.tab_for(self.specs[code]).strip.items()
        self.set_media(
            self.tr("Use photos on all platforms"),
            {other: items for other in self.details.platforms()},
        )
