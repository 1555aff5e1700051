"""Batch: one recipe (a saved one, or a preset with the logo) applied to many selected photos.

Each photo gets a centred crop of the recipe's ratio; the JPEGs go into the
chosen folder.  Runs in the background with progress and cancel; photos that
cannot be rendered (videos, damaged files) are listed, the rest go on; a
failure that is no photo's fault (the folder cannot be written) is shown the
usual way and the dialog can be run again.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.domain.recipe import Recipe
from ui.errors import describe
from ui.plain_text import plain_label

if TYPE_CHECKING:
    from sosmed_desktop.bootstrap import AppContext
    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.services.media.studio import BatchReport, NamedRecipe, PresetChoice
    from ui.workbench import Workbench


class BatchDialog(QDialog):
    """Choose a recipe and a folder, then render every selected photo."""

    progress = Signal(int, int)
    finished_batch = Signal(object)

    def __init__(self, bench: Workbench, media_ids: list[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.bench = bench
        self.media_ids = list(media_ids)
        self.presets: list[PresetChoice] = []
        self.saved: list[NamedRecipe] = []
        self._cancel: threading.Event | None = None
        self.setWindowTitle(self.tr("Apply a recipe to %n photo(s)", "", len(media_ids)))
        self.setMinimumWidth(520)
        form = QFormLayout()
        self.recipe_combo = QComboBox()
        form.addRow(self.tr("Recipe"), self.recipe_combo)
        self.logo = QCheckBox(self.tr("Add the department logo (with a platform preset)"))
        form.addRow(self.logo)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(str(bench.ctx.config.exports_dir))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_folder)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("Save to"), folder_row)
        self.bar = QProgressBar()
        self.bar.setRange(0, len(media_ids))
        self.status = plain_label()  # titles of the photos
        self.status.setWordWrap(True)
        self.run_button = QPushButton(self.tr("Render"))
        self.run_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Close"))
        self.cancel_button.clicked.connect(self._cancel_or_close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.progress.connect(lambda done, total: self.bar.setValue(done))
        self._load()

    def _load(self) -> None:
        config = self.bench.config

        def work(uow: UnitOfWork) -> tuple[list[NamedRecipe], list[PresetChoice]]:
            from sosmed_desktop.services.media import studio

            return studio.saved_recipes(uow), studio.presets(uow)

        def show(result: tuple[list[NamedRecipe], list[PresetChoice]]) -> None:
            self.saved, self.presets = result
            for named in self.saved:
                self.recipe_combo.addItem(self.tr("Saved: {name}").format(name=named.name), named)
            for preset in self.presets:
                label = f"{preset.platform_name} {preset.label} ({preset.width}×{preset.height})"
                self.recipe_combo.addItem(label, preset)
            self.logo.setEnabled(config.watermark_path is not None)

        self.bench.ops.read(self, work, show)

    def chosen_recipe(self) -> Recipe | None:
        from sosmed_desktop.services.media.studio import PresetChoice, watermark_defaults

        choice = self.recipe_combo.currentData()
        if isinstance(choice, PresetChoice):
            mark = watermark_defaults(self.bench.ctx.config) if self.logo.isChecked() else None
            return choice.recipe(Recipe(watermark=mark))
        return choice.recipe if choice is not None else None

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save to"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def start(self) -> None:
        recipe = self.chosen_recipe()
        if recipe is None:
            return
        ids, folder = self.media_ids, Path(self.folder.text())
        cancel = threading.Event()
        self._cancel = cancel
        self.run_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancel"))

        def work(ctx: AppContext) -> BatchReport:
            from sosmed_desktop.services.media.studio import batch_render

            return batch_render(
                ctx, ids, recipe, folder, on_progress=self.progress.emit, cancel=cancel
            )

        self.bench.ops.run_ctx(self, work, self._done, on_error=lambda _exc: self._stopped())

    def _stopped(self) -> None:
        self._cancel = None
        self.run_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))

    def _done(self, report: BatchReport) -> None:
        self._stopped()
        lines = [self.tr("%n image(s) written.", "", len(report.written))]
        if report.cancelled:
            lines.append(self.tr("Cancelled."))
        for title, error in report.failed:
            lines.append(f"{title}: {describe(error)}")
        self.status.setText("\n".join(lines))
        self.bench.show_message(lines[0])
        self.finished_batch.emit(report)

    def _cancel_or_close(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
        else:
            self.accept()
