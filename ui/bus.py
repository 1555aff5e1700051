"""One signal that announces what data changed, so each view refreshes only its part."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataBus(QObject):
    """Emits `data_changed(kind, ids)` once per change, wherever it was made.

    `kind` names the kind of record ("post", "media", "profile" ...); `ids` lists
    the affected ids, empty when everything of that kind may have changed.
    """

    data_changed = Signal(str, list)

    def announce(self, kind: str, ids: list[int] | None = None) -> None:
        """Tell every listener that records of `kind` changed."""
        self.data_changed.emit(kind, list(ids or []))
