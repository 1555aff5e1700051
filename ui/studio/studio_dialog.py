"""Studio Gambar: one photo, several renditions, each with its own crop, edited non-destructively.

The dialog holds a list of recipes (one per rendition, e.g. Instagram 4:5,
story 9:16, X 16:9).  Every change is an undoable command that replaces that
list; the canvas, the controls and the live preview just show the current
recipe.  The preview is rendered in the background from a reduced copy of the
original (at most `PROXY_SIDE` pixels), so it stays quick on 24-megapixel
photos; exports render from the full original.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QPixmap,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.domain.recipe import Recipe, crop_ratio, effective_crop
from sosmed_desktop.errors import DomainError
from ui.errors import show_error
from ui.studio.controls import EditControls
from ui.studio.crop_canvas import CropCanvas
from ui.tasks import run_task

if TYPE_CHECKING:
    from PIL import Image

    from sosmed_desktop.imaging.render import Source
    from sosmed_desktop.services.studio import NamedRecipe, PresetChoice
    from ui.pages.base import Workbench

PROXY_SIDE = 1600
PREVIEW_SIDE = 460
DEFAULT_PRESET = "ig_portrait"


@dataclass
class StudioData:
    """What the studio loads in the background before it can show anything."""

    source: Source
    title: str
    presets: list[PresetChoice]
    saved: list[NamedRecipe]
    attached: list[Recipe]
    logo: Image.Image | None


def to_qimage(image: Image.Image) -> QImage:
    """A QImage copy of an RGB Pillow image (safe to make on a worker thread)."""
    rgb = image.convert("RGB")
    data = rgb.tobytes()
    return QImage(data, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888).copy()


class StudioDialog(QDialog):
    """The image studio for one photo."""

    loaded = Signal()
    preview_ready = Signal()
    exported = Signal(list)

    def __init__(self, bench: Workbench, media_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bench = bench
        self.media_id = media_id
        self.data: StudioData | None = None
        self.renditions: list[Recipe] = []
        self.current = 0
        self._preview_generation = 0
        self.setWindowTitle(self.tr("Image studio"))
        self.setAcceptDrops(True)
        self.resize(1340, 720)
        self.undo_stack = QUndoStack(self)
        self._previous_stack = bench.undo_group.activeStack()
        bench.undo_group.addStack(self.undo_stack)
        self.undo_stack.setActive(True)

        from sosmed_desktop.services.studio import watermark_defaults

        self.controls = EditControls(watermark_defaults(bench.ctx.config))
        self.controls.recipe_edited.connect(self._edited)
        self.canvas = CropCanvas()
        self.canvas.crop_changed.connect(
            lambda crop: self._replace(self.recipe.with_changes(crop=crop), self.tr("crop"))
        )
        self.preview = QLabel(self.tr("Preview"))
        self.preview.setObjectName("studioPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(QSize(PREVIEW_SIDE // 2, PREVIEW_SIDE // 2))
        self.preview_info = QLabel()
        self.preview_info.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_info.setObjectName("pageSummary")

        self.list = QListWidget()
        self.list.setMaximumHeight(130)
        self.list.currentRowChanged.connect(self._select)
        self.add_combo = QComboBox()
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self.add_selected_preset)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_current)
        copy_all = QPushButton(self.tr("Same edits for all"))
        copy_all.setToolTip(
            self.tr("Give every rendition the adjustments, logo and text of this one")
        )
        copy_all.clicked.connect(self.copy_edits_to_all)

        self.thirds = QCheckBox(self.tr("Rule of thirds"))
        self.thirds.setChecked(True)
        self.thirds.toggled.connect(self.canvas.set_thirds)
        self.safe_zone = QCheckBox(self.tr("Story safe zone"))
        self.safe_zone.setChecked(True)
        self.safe_zone.setToolTip(
            self.tr("Marks the top and bottom bands that Instagram and TikTok cover on stories")
        )
        self.safe_zone.toggled.connect(lambda _on: self._show_current())

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.canvas, 1)
        guides = QHBoxLayout()
        guides.addWidget(self.thirds)
        guides.addWidget(self.safe_zone)
        guides.addStretch(1)
        left_layout.addLayout(guides)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.addWidget(self.preview, 1)
        middle_layout.addWidget(self.preview_info)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(QLabel(self.tr("Renditions")))
        right_layout.addWidget(self.list)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_combo, 1)
        add_row.addWidget(add)
        right_layout.addLayout(add_row)
        manage = QHBoxLayout()
        manage.addWidget(remove)
        manage.addWidget(copy_all)
        right_layout.addLayout(manage)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.controls)
        right_layout.addWidget(scroll, 1)
        right.setMinimumWidth(330)
        splitter = QSplitter()
        for widget in (left, middle, right):
            splitter.addWidget(widget)
        splitter.setSizes([520, 440, 340])

        buttons = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.redo_button = QPushButton(self.tr("Redo"))
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.saved_combo = QComboBox()
        self.saved_combo.setMinimumWidth(160)
        apply_saved = QPushButton(self.tr("Apply recipe"))
        apply_saved.clicked.connect(self.apply_saved)
        save = QPushButton(self.tr("Save recipe…"))
        save.clicked.connect(self.save_recipe)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.export)
        self.attach_button = QPushButton(self.tr("Attach to post…"))
        self.attach_button.clicked.connect(self.attach)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        for widget in (self.undo_button, self.redo_button, self.saved_combo, apply_saved, save):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        for widget in (self.export_button, self.attach_button, close):
            buttons.addWidget(widget)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(60)
        self._preview_timer.timeout.connect(self._render_preview)
        self.setEnabled(False)
        self.load()

    # Loading -----------------------------------------------------------------------------
    def load(self) -> None:
        ctx, media_id = self.bench.ctx, self.media_id

        def work() -> tuple[StudioData, QImage]:
            from sosmed_desktop.imaging.render import load_source
            from sosmed_desktop.services import studio

            with ctx.uow() as uow:
                original, title = studio.original_of(uow, ctx.config, media_id)
                presets = studio.presets(uow)
                saved = studio.saved_recipes(uow)
                attached = studio.attached_renditions(uow, media_id)
            source = load_source(original, PROXY_SIDE)
            data = StudioData(
                source, title, presets, saved, attached, studio.logo_image(ctx.config)
            )
            return data, to_qimage(source.image)

        def failed(exc: BaseException, details: str) -> None:
            self._error(exc, details)
            self.reject()

        run_task(work, lambda result: self._loaded(*result), failed, owner=self)

    def _loaded(self, data: StudioData, image: QImage) -> None:
        self.data = data
        self.setEnabled(True)
        self.setWindowTitle(self.tr("Image studio — {title}").format(title=data.title))
        self.canvas.set_image(image, data.source.full_width, data.source.full_height)
        self.controls.set_logo_available(data.logo is not None)
        self.add_combo.clear()
        self.add_combo.addItem(self.tr("Free ratio"), None)
        for preset in data.presets:
            self.add_combo.addItem(
                f"{preset.platform_name} {preset.label} ({preset.width}×{preset.height})",
                preset.key,
            )
        self.saved_combo.clear()
        for named in data.saved:
            self.saved_combo.addItem(named.name, named.id)
        self.saved_combo.setEnabled(bool(data.saved))
        if data.attached:
            self.renditions = list(data.attached)
        else:
            first = self.preset(DEFAULT_PRESET) or (data.presets[0] if data.presets else None)
            self.renditions = [first.recipe() if first else Recipe()]
        self._refresh_list(0)
        self.loaded.emit()

    def preset(self, key: str | None) -> PresetChoice | None:
        if self.data is None or key is None:
            return None
        return next((p for p in self.data.presets if p.key == key), None)

    # Current rendition -----------------------------------------------------------------
    @property
    def recipe(self) -> Recipe:
        return self.renditions[self.current]

    def _label(self, recipe: Recipe) -> str:
        if recipe.preset and recipe.width and recipe.height:
            return f"{recipe.label or recipe.preset} — {recipe.width}×{recipe.height}"
        return self.tr("Free ratio")

    def _refresh_list(self, current: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for recipe in self.renditions:
            self.list.addItem(self._label(recipe))
        self.current = max(0, min(current, len(self.renditions) - 1))
        self.list.setCurrentRow(self.current)
        self.list.blockSignals(False)
        self._show_current()

    def _select(self, row: int) -> None:
        if 0 <= row < len(self.renditions):
            self.current = row
            self._show_current()

    def _show_current(self) -> None:
        if self.data is None or not self.renditions:
            return
        recipe = self.recipe
        source = self.data.source
        bands = ""
        if self.safe_zone.isChecked() and recipe.is_story:
            bands = "vertical" if recipe.rotate in (90, 270) else "horizontal"
        self.canvas.set_crop(
            effective_crop(recipe, source.full_width, source.full_height), crop_ratio(recipe), bands
        )
        self.controls.show_recipe(recipe)
        self._preview_timer.start()

    # Changes (all undoable) ------------------------------------------------------------
    def set_renditions(self, renditions: list[Recipe], current: int) -> None:
        """Show a new list of renditions (called by the undo commands)."""
        self.renditions = list(renditions)
        self._refresh_list(current)

    def _replace(self, recipe: Recipe, text: str, key: str = "") -> None:
        after = list(self.renditions)
        after[self.current] = recipe
        self.undo_stack.push(RenditionsCommand(self, after, text, key))

    def _edited(self, recipe: Recipe, key: str) -> None:
        self._replace(recipe, self.tr("edit"), key)

    def add_selected_preset(self) -> None:
        self.add_rendition(self.add_combo.currentData())

    def add_rendition(self, preset_key: str | None) -> None:
        """Add a rendition for a preset (None: free ratio), with the current edits."""
        base = self.recipe.with_changes(crop=None) if self.renditions else Recipe()
        preset = self.preset(preset_key)
        if preset is not None:
            recipe = preset.recipe(base)
        else:
            recipe = base.with_changes(
                preset=None, width=None, height=None, ratio=None, max_bytes=None, label=""
            )
        after = [*self.renditions, recipe]
        self.undo_stack.push(
            RenditionsCommand(self, after, self.tr("add rendition"), "", len(after) - 1)
        )

    def remove_current(self) -> None:
        if len(self.renditions) <= 1:
            return
        after = [r for i, r in enumerate(self.renditions) if i != self.current]
        self.undo_stack.push(RenditionsCommand(self, after, self.tr("remove rendition")))

    def copy_edits_to_all(self) -> None:
        r = self.recipe
        after = [
            other.with_changes(
                brightness=r.brightness,
                contrast=r.contrast,
                saturation=r.saturation,
                watermark=r.watermark,
                text=r.text,
            )
            for other in self.renditions
        ]
        self.undo_stack.push(RenditionsCommand(self, after, self.tr("same edits for all")))

    def apply_saved(self) -> None:
        if self.data is None:
            return
        named = next((n for n in self.data.saved if n.id == self.saved_combo.currentData()), None)
        if named is not None:
            self._replace(named.recipe.with_changes(crop=None), self.tr("apply recipe"))

    # Preview -----------------------------------------------------------------------
    def _render_preview(self) -> None:
        if self.data is None:
            return
        data, recipe = self.data, self.recipe
        self._preview_generation += 1
        generation = self._preview_generation

        def work() -> tuple[QImage, tuple[int, int]]:
            from sosmed_desktop.domain.recipe import output_size
            from sosmed_desktop.imaging.render import render

            image = render(data.source, recipe, logo=data.logo, fit_within=PREVIEW_SIDE)
            size = output_size(recipe, data.source.full_width, data.source.full_height)
            return to_qimage(image), size

        run_task(
            work, lambda result: self._show_preview(generation, *result), self._error, owner=self
        )

    def _show_preview(self, generation: int, image: QImage, size: tuple[int, int]) -> None:
        if generation != self._preview_generation:
            return
        self.preview.setPixmap(QPixmap.fromImage(image))
        self.preview_info.setText(
            self.tr("Output {width}×{height} px, no location or camera data").format(
                width=size[0], height=size[1]
            )
        )
        self.preview_ready.emit()

    # Output ----------------------------------------------------------------------------
    def export(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export renditions to"), str(self.bench.ctx.config.exports_dir)
        )
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        ctx, media_id, renditions = self.bench.ctx, self.media_id, list(self.renditions)

        def work() -> list[Path]:
            from sosmed_desktop.services.studio import export_renditions

            return export_renditions(ctx, media_id, renditions, folder)

        def done(paths: list[Path]) -> None:
            self.export_button.setEnabled(True)
            self.bench.show_message(
                self.tr("%n image(s) exported to {folder}", "", len(paths)).format(folder=folder)
            )
            self.exported.emit(paths)

        self.export_button.setEnabled(False)
        run_task(work, done, self._export_failed, owner=self)

    def _export_failed(self, exc: BaseException, details: str) -> None:
        self.export_button.setEnabled(True)
        self._error(exc, details)

    def save_recipe(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save recipe"), self.tr("Name of the recipe"))
        if not ok:
            return
        ctx, recipe = self.bench.ctx, self.recipe

        def work() -> list[NamedRecipe]:
            from sosmed_desktop.services import studio

            with ctx.uow() as uow:
                studio.save_recipe(uow, name, recipe)
                return studio.saved_recipes(uow)

        def done(saved: list[NamedRecipe]) -> None:
            if self.data is not None:
                self.data.saved = saved
            self.saved_combo.clear()
            for named in saved:
                self.saved_combo.addItem(named.name, named.id)
            self.saved_combo.setEnabled(True)
            self.bench.show_message(self.tr("Recipe saved."))

        run_task(work, done, self._error, owner=self)

    def attach(self) -> None:
        ctx = self.bench.ctx

        def work():
            from sosmed_desktop.services.studio import attachable_posts

            with ctx.uow() as uow:
                return attachable_posts(uow)

        run_task(work, self._choose_post, self._error, owner=self)

    def _choose_post(self, posts) -> None:
        if not posts:
            self.bench.show_message(self.tr("There is no unpublished post to attach to."))
            return
        titles = [f"#{p.id} {p.title}" for p in posts]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Attach to post"), self.tr("Post"), titles, 0, False
        )
        if ok:
            self.attach_to(posts[titles.index(chosen)].id)

    def attach_to(self, post_id: int) -> None:
        """Attach every rendition made for a platform preset to that platform of the post."""
        pairs = []
        for recipe in self.renditions:
            preset = self.preset(recipe.preset)
            if preset is not None:
                pairs.append((preset.platform_code, recipe))
        if not pairs:
            self.bench.show_message(self.tr("Only renditions for a platform can be attached."))
            return
        ctx, bus, media_id = self.bench.ctx, self.bench.bus, self.media_id

        def work() -> list[int]:
            from sosmed_desktop.services.studio import attach_renditions

            with ctx.uow() as uow:
                return attach_renditions(uow, post_id, media_id, pairs)

        def done(ids: list[int]) -> None:
            self.bench.show_message(self.tr("%n rendition(s) attached to the post.", "", len(ids)))
            bus.announce("post", [post_id])

        run_task(work, done, self._error, owner=self)

    def _error(self, exc: BaseException, details: str) -> None:
        if isinstance(exc, DomainError):
            show_error(self, exc)
        else:
            from ui.error_dialog import report_unexpected

            report_unexpected(exc, details)

    # Drop a photo to edit it -------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = Path(event.mimeData().urls()[0].toLocalFile())
        event.acceptProposedAction()
        ctx, bus = self.bench.ctx, self.bench.bus

        def work():
            from sosmed_desktop.services.media_import import import_paths

            return import_paths(ctx, [path])

        def done(report) -> None:
            if report.refused:
                show_error(self, report.refused[0].error)
                return
            bus.announce("media", report.media_ids)
            self.media_id = report.media_ids[0]
            self.undo_stack.clear()
            self.setEnabled(False)
            self.load()

        run_task(work, done, self._error, owner=self)

    def done(self, result: int) -> None:
        self.bench.undo_group.removeStack(self.undo_stack)
        if self._previous_stack is not None:
            self._previous_stack.setActive(True)
        super().done(result)


class RenditionsCommand(QUndoCommand):
    """Replacing the list of renditions; slider moves of one kind merge into one step."""

    def __init__(
        self,
        dialog: StudioDialog,
        after: list[Recipe],
        text: str,
        key: str = "",
        current: int | None = None,
    ) -> None:
        super().__init__(text)
        self.dialog = dialog
        self.before = list(dialog.renditions)
        self.before_current = dialog.current
        self.after = list(after)
        self.after_current = dialog.current if current is None else current
        self.key = key

    def id(self) -> int:
        return hash((self.key, self.before_current)) & 0x7FFFFFFF if self.key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, RenditionsCommand) or other.key != self.key or not self.key:
            return False
        if other.before_current != self.before_current:
            return False
        self.after, self.after_current = other.after, other.after_current
        return True

    def redo(self) -> None:
        self.dialog.set_renditions(self.after, self.after_current)

    def undo(self) -> None:
        self.dialog.set_renditions(self.before, self.before_current)
