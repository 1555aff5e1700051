"""The image studio's live preview: the current rendition as it will be exported.

Every slider move asks for a new preview, so the request waits a moment (the
last one in a burst wins), renders in the background and is dropped when a
newer one was asked for meanwhile (`Latest`).  Kept apart from the dialog, which only says
what to show; the texts keep the dialog's translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.operations import Latest
from ui.studio.studio_data import PREVIEW_SIDE, render_preview

if TYPE_CHECKING:
    from sosmed_desktop.domain.recipe import Recipe
    from ui.operations import Operations
    from ui.studio.studio_data import StudioData

translate = QCoreApplication.translate


class StudioPreview(QWidget):
    """The rendered preview and a line with its output size."""

    ready = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._renders = Latest()
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
        self._ops.background(
            self,
            lambda: render_preview(data, recipe),
            lambda rendered: self._show(*rendered),
            latest=self._renders,
        )

    def _show(self, image: QImage, size: tuple[int, int]) -> None:
        self.image.setPixmap(QPixmap.fromImage(image))
        self.info.setText(
            translate(
                "StudioDialog", "Output {width}×{height} px, no location or camera data"
            ).format(width=size[0], height=size[1])
        )
        self.ready.emit()
