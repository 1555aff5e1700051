"""The image studio's live preview: the current rendition as it will be exported.

Every slider move asks for a new preview, so the request waits a moment (the
last one in a burst wins), renders in the background and is dropped when a
newer one was asked for meanwhile.  Kept apart from the dialog, which only says
what to show; the texts keep the dialog's translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.errors import show_failure
from ui.studio.studio_data import PREVIEW_SIDE, render_preview
from ui.tasks import run_task

if TYPE_CHECKING:
    from sosmed_desktop.domain.recipe import Recipe
    from ui.studio.studio_data import StudioData

translate = QCoreApplication.translate


class StudioPreview(QWidget):
    """The rendered preview and a line with its output size."""

    ready = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._wanted: tuple[StudioData, Recipe] | None = None
        self.image = QLabel(translate("StudioDialog", "Preview"))
        self.image.setObjectName("studioPreview")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(QSize(PREVIEW_SIDE // 2, PREVIEW_SIDE // 2))
        self.info = QLabel()
        self.info.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.info.setObjectName("pageSummary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.image, 1)
        layout.addWidget(self.info)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(60)
        self._timer.timeout.connect(self._render)

    def show_recipe(self, data: StudioData, recipe: Recipe) -> None:
        """Render `recipe` shortly (a newer request replaces this one)."""
        self._wanted = (data, recipe)
        self._timer.start()

    def _render(self) -> None:
        if self._wanted is None:
            return
        data, recipe = self._wanted
        self._generation += 1
        generation = self._generation

        def work() -> tuple[QImage, tuple[int, int]]:
            return render_preview(data, recipe)

        run_task(
            work,
            lambda result: self._show(generation, *result),
            lambda exc, details: show_failure(self, exc, details),
            owner=self,
        )

    def _show(self, generation: int, image: QImage, size: tuple[int, int]) -> None:
        if generation != self._generation:
            return
        self.image.setPixmap(QPixmap.fromImage(image))
        self.info.setText(
            translate(
                "StudioDialog", "Output {width}×{height} px, no location or camera data"
            ).format(width=size[0], height=size[1])
        )
        self.ready.emit()
