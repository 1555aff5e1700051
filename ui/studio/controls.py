"""The studio's edit controls: turn and flip, adjustments, logo and text.

The panel shows one recipe and reports each change as a new recipe; it does
not keep state of its own, so undo/redo simply shows the recipe again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.domain.recipe import ANCHORS, TEXT_POSITIONS, Recipe, TextOverlay, Watermark

translate = QCoreApplication.translate


def anchor_label(anchor: str) -> str:
    """The officer's name of a logo position."""
    return {
        "top-left": translate("Studio", "Top left"),
        "top": translate("Studio", "Top centre"),
        "top-right": translate("Studio", "Top right"),
        "left": translate("Studio", "Middle left"),
        "center": translate("Studio", "Centre"),
        "right": translate("Studio", "Middle right"),
        "bottom-left": translate("Studio", "Bottom left"),
        "bottom": translate("Studio", "Bottom centre"),
        "bottom-right": translate("Studio", "Bottom right"),
    }[anchor]


def _slider(low: int, high: int) -> QSlider:
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(low, high)
    return slider


class EditControls(QWidget):
    """Emits `recipe_edited(new_recipe, merge_key)` for every change the officer makes."""

    recipe_edited = Signal(object, str)

    def __init__(self, default_mark: Watermark, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recipe = Recipe()
        self.default_mark = default_mark
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        turn = QHBoxLayout()
        for text, tip, handler in (
            ("⟲", self.tr("Rotate left"), lambda: self._turn(-90)),
            ("⟳", self.tr("Rotate right"), lambda: self._turn(90)),
            ("⇋", self.tr("Flip horizontally"), lambda: self._flip("flip_h")),
            ("⇵", self.tr("Flip vertically"), lambda: self._flip("flip_v")),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)  # not the symbol's character
            button.clicked.connect(handler)
            turn.addWidget(button)
        turn.addStretch(1)
        layout.addLayout(turn)

        adjust = QGroupBox(self.tr("Adjustments"))
        form = QFormLayout(adjust)
        self.brightness = _slider(50, 150)
        self.contrast = _slider(50, 150)
        self.saturation = _slider(0, 200)
        for label, slider, name in (
            (self.tr("Brightness"), self.brightness, "brightness"),
            (self.tr("Contrast"), self.contrast, "contrast"),
            (self.tr("Saturation"), self.saturation, "saturation"),
        ):
            slider.valueChanged.connect(lambda v, n=name: self._set(n, v / 100))
            form.addRow(label, slider)
        layout.addWidget(adjust)

        logo = QGroupBox(self.tr("Logo"))
        form = QFormLayout(logo)
        self.logo_on = QCheckBox(self.tr("Add the department logo"))
        self.logo_on.toggled.connect(self._logo_toggled)
        form.addRow(self.logo_on)
        self.logo_position = QComboBox()
        for anchor in ANCHORS:
            self.logo_position.addItem(anchor_label(anchor), anchor)
        self.logo_position.currentIndexChanged.connect(self._logo_changed)
        form.addRow(self.tr("Position"), self.logo_position)
        self.logo_size = _slider(5, 50)
        self.logo_opacity = _slider(10, 100)
        self.logo_margin = _slider(0, 15)
        for label, slider in (
            (self.tr("Size"), self.logo_size),
            (self.tr("Opacity"), self.logo_opacity),
            (self.tr("Margin"), self.logo_margin),
        ):
            slider.valueChanged.connect(self._logo_changed)
            form.addRow(label, slider)
        layout.addWidget(logo)

        text = QGroupBox(self.tr("Text"))
        form = QFormLayout(text)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("e.g. Posyandu Desa Sukamaju, Selasa 08.00 WIB"))
        self.text.textEdited.connect(self._text_changed)  # the banner follows the typing
        form.addRow(self.text)
        self.text_position = QComboBox()
        for position, label in zip(
            TEXT_POSITIONS, (self.tr("Top"), self.tr("Middle"), self.tr("Bottom")), strict=True
        ):
            self.text_position.addItem(label, position)
        self.text_position.setCurrentIndex(self.text_position.findData("bottom"))
        self.text_position.currentIndexChanged.connect(self._text_changed)
        form.addRow(self.tr("Position"), self.text_position)
        self.banner = QCheckBox(self.tr("On a banner"))
        self.banner.setChecked(True)
        self.banner.toggled.connect(self._text_changed)
        form.addRow(self.banner)
        self.text_size = _slider(2, 12)
        self.text_size.setValue(5)
        self.text_size.valueChanged.connect(self._text_changed)
        form.addRow(self.tr("Letter size"), self.text_size)
        layout.addWidget(text)
        layout.addStretch(1)

    def set_logo_available(self, available: bool) -> None:
        self.logo_on.setEnabled(available)
        if not available:
            self.logo_on.setToolTip(self.tr("Choose the logo once in Settings → Studio."))

    def show_recipe(self, recipe: Recipe) -> None:
        """Show `recipe` without reporting changes."""
        self._loading = True
        self.recipe = recipe
        self.brightness.setValue(round(recipe.brightness * 100))
        self.contrast.setValue(round(recipe.contrast * 100))
        self.saturation.setValue(round(recipe.saturation * 100))
        mark = recipe.watermark or self.default_mark
        self.logo_on.setChecked(recipe.watermark is not None)
        self.logo_position.setCurrentIndex(max(0, self.logo_position.findData(mark.position)))
        self.logo_size.setValue(round(mark.size * 100))
        self.logo_opacity.setValue(round(mark.opacity * 100))
        self.logo_margin.setValue(round(mark.margin * 100))
        overlay = recipe.text
        words = overlay.text if overlay else ""
        if self.text.text().strip() != words.strip():  # keep the cursor while typing
            self.text.setText(words)
        if overlay:
            self.text_position.setCurrentIndex(self.text_position.findData(overlay.position))
            self.banner.setChecked(overlay.banner)
            self.text_size.setValue(round(overlay.size * 100))
        self._loading = False

    def _emit(self, recipe: Recipe, key: str) -> None:
        if self._loading or recipe == self.recipe:
            return
        self.recipe = recipe
        self.recipe_edited.emit(recipe, key)

    def _set(self, name: str, value: float) -> None:
        self._emit(self.recipe.with_changes(**{name: value}), name)

    def _turn(self, step: int) -> None:
        self._emit(
            self.recipe.with_changes(rotate=(self.recipe.rotate + step) % 360, crop=None), ""
        )

    def _flip(self, name: str) -> None:
        self._emit(self.recipe.with_changes(**{name: not getattr(self.recipe, name)}), "")

    def _mark(self) -> Watermark:
        return Watermark(
            position=self.logo_position.currentData(),
            size=self.logo_size.value() / 100,
            opacity=self.logo_opacity.value() / 100,
            margin=self.logo_margin.value() / 100,
        )

    def _logo_toggled(self, on: bool) -> None:
        self._emit(self.recipe.with_changes(watermark=self._mark() if on else None), "")

    def _logo_changed(self) -> None:
        if self.logo_on.isChecked():
            self._emit(self.recipe.with_changes(watermark=self._mark()), "logo")

    def _text_changed(self) -> None:
        words = self.text.text().strip()
        overlay = (
            TextOverlay(
                text=words,
                position=self.text_position.currentData(),
                banner=self.banner.isChecked(),
                size=self.text_size.value() / 100,
            )
            if words
            else None
        )
        self._emit(self.recipe.with_changes(text=overlay), "text")
