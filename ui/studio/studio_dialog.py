"""Studio Gambar: one photo, several renditions, each with its own crop, edited non-destructively.

The dialog holds a list of recipes (one per rendition, e.g. Instagram 4:5,
story 9:16, X 16:9).  Every change is an undoable command that replaces that
list; the canvas, the controls and the live preview just show the current
recipe.  Loading and rendering happen in the background (`studio_data`,
`studio_preview`); the undo step is `renditions_command`, and what leaves the
studio (export, saved recipes, attaching to a post) is `studio_output`.  A
photo dropped on the studio is imported (`attach_import`) and opened there.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.domain.recipe import Recipe, crop_ratio, effective_crop
from ui.form_parts import ask_save_discard
from ui.media.attach_import import import_photos, warn_refused
from ui.studio import studio_output
from ui.studio.controls import EditControls
from ui.studio.crop_canvas import CropCanvas
from ui.studio.renditions_command import RenditionsCommand
from ui.studio.studio_data import StudioData, load_studio
from ui.studio.studio_preview import StudioPreview

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.services.media.bulk_import import ImportedFiles
    from sosmed_desktop.services.media.studio import NamedRecipe, PresetChoice, StudioFacts
    from ui.workbench import Workbench

DEFAULT_PRESET = "ig_portrait"


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
        self.setWindowTitle(self.tr("Image studio"))
        self.setAcceptDrops(True)
        self.resize(1340, 720)
        self.undo_stack = QUndoStack(self)
        self._previous_stack = bench.undo_group.activeStack()
        bench.undo_group.addStack(self.undo_stack)
        self.undo_stack.setActive(True)

        from sosmed_desktop.services.media.studio import watermark_defaults

        self.controls = EditControls(watermark_defaults(bench.ctx.config))
        self.controls.recipe_edited.connect(self._edited)
        self.canvas = CropCanvas()
        self.canvas.crop_changed.connect(
            lambda crop: self._replace(self.recipe.with_changes(crop=crop), self.tr("crop"))
        )
        self.preview_pane = StudioPreview(bench.ops)
        self.preview_pane.ready.connect(self.preview_ready)
        self.preview, self.preview_info = self.preview_pane.image, self.preview_pane.info

        self.list = QListWidget()
        self.list.setMaximumHeight(130)
        self.list.setAccessibleName(self.tr("Renditions"))
        self.list.currentRowChanged.connect(self._select)
        self.add_combo = QComboBox()
        self.add_combo.setAccessibleName(self.tr("Rendition to add"))
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
        scroll.setAccessibleName(self.tr("Adjustments"))
        right_layout.addWidget(scroll, 1)
        right.setMinimumWidth(330)
        splitter = QSplitter()
        for widget in (left, self.preview_pane, right):
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
        self.saved_combo.setAccessibleName(self.tr("Saved recipes"))
        apply_saved = QPushButton(self.tr("Apply recipe"))
        apply_saved.clicked.connect(self.apply_saved)
        save = QPushButton(self.tr("Save recipe…"))
        save.clicked.connect(lambda: studio_output.save_recipe(self))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(lambda: studio_output.choose_export_folder(self))
        self.attach_button = QPushButton(self.tr("Attach to post…"))
        self.attach_button.clicked.connect(lambda: studio_output.choose_post(self))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)  # asks first when renditions are unsaved (`done`)
        for widget in (self.undo_button, self.redo_button, self.saved_combo, apply_saved, save):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        for widget in (self.export_button, self.attach_button, close):
            buttons.addWidget(widget)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.setEnabled(False)
        self.load()

    # Loading -----------------------------------------------------------------------------
    def load(self) -> None:
        """Read what the library knows of the photo, then its original (both in the
        background); a photo that cannot be opened closes the studio and says why."""
        ops, config, media_id = self.bench.ops, self.bench.config, self.media_id

        def facts(uow: UnitOfWork) -> StudioFacts:
            from sosmed_desktop.services.media.studio import studio_facts

            return studio_facts(uow, config, media_id)

        def picture(found: StudioFacts) -> None:
            ops.background(
                self,
                lambda: load_studio(found, config),
                lambda loaded: self._loaded(*loaded),
                on_error=self._not_loaded,
            )

        ops.read(self, facts, picture, on_error=self._not_loaded)

    def _not_loaded(self, _exc: BaseException) -> None:
        self.reject()  # then the error is shown as usual

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
        self.show_saved(data.saved)
        if data.attached:
            self.renditions = list(data.attached)
        else:
            first = self.preset(DEFAULT_PRESET) or (data.presets[0] if data.presets else None)
            self.renditions = [first.recipe() if first else Recipe()]
        self._refresh_list(0)
        self.loaded.emit()

    def show_saved(self, saved: list[NamedRecipe]) -> None:
        """Offer the saved recipes (after loading and after saving one)."""
        if self.data is not None:
            self.data.saved = saved
        self.saved_combo.clear()
        for named in saved:
            self.saved_combo.addItem(named.name, named.id)
        self.saved_combo.setEnabled(bool(saved))

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
        self.preview_pane.show_recipe(self.data, recipe)

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

    # Output ----------------------------------------------------------------------------
    def export_to(self, folder: Path) -> None:
        """Write every rendition into `folder` (`exported` tells the paths)."""
        studio_output.export_to(self, folder)

    def attach_to(self, post_id: int) -> None:
        """Attach every rendition made for a platform preset to that platform of the post."""
        studio_output.attach_to(self, post_id)

    # Drop a photo to edit it -------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = event.mimeData().urls()[0].toLocalFile()
        event.acceptProposedAction()

        def done(result: ImportedFiles) -> None:
            warn_refused(self, result.failures)
            if result.ids:
                self.media_id = result.ids[0]
                self.undo_stack.clear()
                self.setEnabled(False)
                self.load()

        import_photos(self.bench.ops, self, [path], done)

    def unsaved(self) -> bool:
        """Renditions edited since they were last exported or attached to a post."""
        return not self.undo_stack.isClean()

    def ask_unsaved(self) -> str:
        """ "save", "discard" or "cancel" for closing with unsaved renditions."""
        return ask_save_discard(
            self,
            self.tr("Unsaved renditions"),
            self.tr(
                "The renditions were changed but not exported or attached to a post. "
                "Export them before closing?"
            ),
        )

    def done(self, result: int) -> None:
        """Close; with unsaved renditions, first ask: save (export, then close), discard
        or stay."""
        if self.unsaved() and self.data is not None:
            answer = self.ask_unsaved()
            if answer == "cancel":
                return
            if answer == "save":
                studio_output.choose_export_folder(self, then=lambda: self.done(result))
                return
            self.undo_stack.setClean()
        self.bench.undo_group.removeStack(self.undo_stack)
        if self._previous_stack is not None:
            self._previous_stack.setActive(True)
        super().done(result)
