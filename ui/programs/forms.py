"""The small questions of the programs dialog: a name, a colour, the program to merge into.

Each is a modal dialog the programs dialog runs with ``exec()`` and reads
afterwards; a refused name comes back to the same form with what was typed and
the reason, so nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.domain.programs import NAME_MAX, PALETTE
from sosmed_desktop.services.calendar.programs import ProgramRow
from ui.calendar.filter_bar import swatch
from ui.form_parts import error_banner
from ui.plain_text import plain_label


class NameDialog(QDialog):
    """A program's name, for a new program or a rename."""

    def __init__(
        self, title: str, name: str = "", problem: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(name)
        self.name.setMaxLength(NAME_MAX)
        self.name.setAccessibleName(self.tr("Program name"))
        self.name.setPlaceholderText(self.tr("e.g. Cegah Stunting"))
        form.addRow(self.tr("Name"), self.name)
        layout.addLayout(form)
        self.problem = error_banner()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.name.selectAll()

    def value(self) -> str:
        return self.name.text()


def colour_dialog(current: str, parent: QWidget) -> QColorDialog:
    """Qt's colour chooser holding the palette of clearly visible colours as its
    custom colours, `current` chosen (run with ``exec()``, then read ``currentColor()``)."""
    for index, colour in enumerate(PALETTE):
        QColorDialog.setCustomColor(index, QColor(colour))
    dialog = QColorDialog(QColor(current), parent)
    dialog.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
    dialog.setWindowTitle(QCoreApplication.translate("ProgramsDialog", "Program colour"))
    return dialog


class MergeDialog(QDialog):
    """Choose the program that takes over the posts of `source`."""

    def __init__(
        self, source: ProgramRow, targets: list[ProgramRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge programs"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = plain_label(
            self.tr(
                "The posts and directions of “{name}” move to the program chosen here; "
                "then “{name}” is removed."
            ).format(name=source.name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("Merge into"))
        for row in targets:
            self.target.addItem(swatch(row.colour, 12), row.name, row.id)
        form.addRow(self.tr("Merge into"), self.target)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def target_id(self) -> int | None:
        return self.target.currentData()
