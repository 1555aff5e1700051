"""The media page's import progress row: what is being imported, how far, and a cancel button.

A large folder takes minutes, so the row shows each file as the importer
reports it and lets the officer stop the batch.  It listens to a
`MediaImporter` itself, from its start until it stopped (finished or failed).
The texts keep the media page's translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from ui.media.importer import MediaImporter
from ui.plain_text import plain_label

translate = QCoreApplication.translate


class ImportProgress(QWidget):
    """Hidden until an import starts, and again once it stopped."""

    def __init__(self, importer: MediaImporter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = QProgressBar()
        self.label = plain_label()  # file names
        self.cancel_button = QPushButton(translate("MediaPage", "Cancel import"))
        self.cancel_button.clicked.connect(importer.cancel)
        row = QHBoxLayout(self)
        row.addWidget(self.label)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        importer.started.connect(self._started)
        importer.progress.connect(self._progress)
        importer.stopped.connect(self.hide)
        self.hide()

    def _started(self, _count: int) -> None:
        self.progress.setRange(0, 0)
        self.label.setText(translate("MediaPage", "Importing…"))
        self.show()
        self.cancel_button.setEnabled(True)

    def _progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.label.setText(
            translate("MediaPage", "Importing {done} of {total}: {name}").format(
                done=done, total=total, name=name
            )
        )
