"""The editor's Hasil tab: how this post did on each platform, as their exports say.

Per platform post its latest figures, the file and the day they were exported,
and the earlier exports' figures below them (each figure's history).  Read in the
background whenever the post is shown or saved and whenever results are imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from sosmed_desktop.db.change_kinds import Kind
from ui.i18n import day_date
from ui.operations import Latest
from ui.results.words import figures_text, platform_name

if TYPE_CHECKING:
    from sosmed_desktop.services.results.figures import Figures, PostFigures
    from ui.operations import Operations


class PostResultsPanel(QWidget):
    """The results of one post, one entry per platform post."""

    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops: Operations | None = None
        self.post_id: int | None = None
        self._loading = Latest()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Results"))
        layout.addWidget(self.list, 1)
        self.empty = QLabel(
            self.tr(
                "No results of this post were imported yet. Download the platform's export "
                "and import it on the Packages page (Monthly report → Import results…)."
            )
        )
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)

    def show_post(self, ops: Operations, post_id: int) -> None:
        """Read the figures of `post_id` in the background."""
        self.ops, self.post_id = ops, post_id

        def load(uow):
            from sosmed_desktop.services.results.figures import post_figures

            return post_figures(uow, post_id)

        ops.read(self, load, self.set_figures, latest=self._loading)

    def on_data_changed(self, kind: str) -> None:
        """Results were imported (or anything changed): read them again."""
        if kind in (Kind.RESULT, Kind.ALL) and self.ops is not None and self.post_id is not None:
            self.show_post(self.ops, self.post_id)

    def set_figures(self, found: list[PostFigures]) -> None:
        self.list.clear()
        for item in found:
            lines = [
                f"{platform_name(item.latest.platform)} · {item.link}".rstrip(" ·"),
                figures_text(item.latest.figures),
                self._origin(item.latest),
            ]
            for earlier in item.history:
                lines.append(
                    self.tr("Earlier, exported {day}: {figures}").format(
                        day=day_date(earlier.exported_on), figures=figures_text(earlier.figures)
                    )
                )
            self.list.addItem(QListWidgetItem("\n".join(lines)))
        self.empty.setVisible(not found)
        self.loaded.emit()

    def _origin(self, figures: Figures) -> str:
        return self.tr("From {file} ({source}), exported {day}").format(
            file=figures.file_name, source=figures.source, day=day_date(figures.exported_on)
        )

    def texts(self) -> list[str]:
        """The entries shown (for tests and copying)."""
        return [self.list.item(row).text() for row in range(self.list.count())]
