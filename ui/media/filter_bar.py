"""The library's filter bar: search, type, tag, use, period, favourites, sort and trash."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from sosmed_desktop import clock
from sosmed_desktop.services.media.library import SORT_IMPORTED, SORT_TAKEN, MediaFilter


class FilterBar(QWidget):
    """Emits `changed` whenever the officer changes what the grid should show."""

    changed = Signal()
    empty_trash = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search title, file, camera, tag…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.textChanged.connect(self.changed)
        layout.addWidget(self.search, 2)
        self.kind = self._combo(
            (self.tr("All types"), None), (self.tr("Photos"), "image"), (self.tr("Videos"), "video")
        )
        self.tag = self._combo((self.tr("All tags"), None))
        self.used = self._combo(
            (self.tr("Used or not"), None),
            (self.tr("Used in a post"), True),
            (self.tr("Not used yet"), False),
        )
        self.period = self._combo(
            (self.tr("Any time"), None),
            (self.tr("Last 7 days"), 7),
            (self.tr("Last 30 days"), 30),
            (self.tr("Last 12 months"), 365),
        )
        self.sort = self._combo(
            (self.tr("Newest taken"), SORT_TAKEN), (self.tr("Newest imported"), SORT_IMPORTED)
        )
        for combo in (self.kind, self.tag, self.used, self.period, self.sort):
            layout.addWidget(combo)
        self.favourites = QCheckBox(self.tr("★ only"))
        self.favourites.setToolTip(self.tr("Show favourites only"))
        self.favourites.toggled.connect(self.changed)
        layout.addWidget(self.favourites)
        self.trash = QCheckBox(self.tr("Trash"))
        self.trash.setToolTip(self.tr("Show the items moved to the trash"))
        self.trash.toggled.connect(self._trash_toggled)
        layout.addWidget(self.trash)
        self.empty_button = QPushButton(self.tr("Empty trash"))
        self.empty_button.clicked.connect(self.empty_trash)
        self.empty_button.hide()
        layout.addWidget(self.empty_button)

    def _combo(self, *items: tuple[str, object]) -> QComboBox:
        combo = QComboBox()
        for text, data in items:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def _trash_toggled(self, on: bool) -> None:
        self.empty_button.setVisible(on)
        self.changed.emit()

    def set_tags(self, tags: list[str]) -> None:
        """Offer these tags, keeping the chosen one if it still exists."""
        chosen = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), None)
        for name in tags:
            self.tag.addItem(name, name)
        index = self.tag.findData(chosen) if chosen else 0
        self.tag.setCurrentIndex(max(0, index))
        self.tag.blockSignals(False)

    def current(self) -> MediaFilter:
        """The filter as chosen."""
        days = self.period.currentData()
        return MediaFilter(
            text=self.search.text(),
            kind=self.kind.currentData(),
            tag=self.tag.currentData(),
            used=self.used.currentData(),
            since=clock.now() - timedelta(days=days) if days else None,
            favourites=self.favourites.isChecked(),
            trash=self.trash.isChecked(),
            sort=self.sort.currentData(),
        )

    def is_filtered(self) -> bool:
        """True when something narrows the view (an empty result then is no empty library)."""
        flt = self.current()
        return bool(
            flt.text.strip()
            or flt.kind
            or flt.tag
            or flt.used is not None
            or flt.since
            or flt.favourites
            or flt.trash
        )

    def trash_view(self) -> bool:
        return self.trash.isChecked()
