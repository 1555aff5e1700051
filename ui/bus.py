"""One signal that announces what data changed, so each view refreshes only its part."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from sosmed_desktop.db.change_kinds import Changes
    from sosmed_desktop.services.team.live import RemoteChange


class DataBus(QObject):
    """Emits `data_changed(kind, ids)` once per change, wherever it was made.

    `kind` names the kind of record (a `Kind`: "post", "media", "profile" ...);
    `ids` lists the affected ids, empty when everything of that kind may have
    changed.  What an operation committed is announced from its record
    (`announce_changes`, called by `ui/operations.py`), never by hand.
    While a change made by someone else (another PC, a headless command) is
    announced, `remote` holds who made it and when: a view that must not
    simply reload (an editor with the post open) asks it.
    """

    data_changed = Signal(str, list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.remote: RemoteChange | None = None

    def announce(self, kind: str, ids: list[int] | None = None) -> None:
        """Tell every listener that records of `kind` changed.

        By hand only for what no commit records: the settings file, another
        database opened, a record found gone; commits go through `announce_changes`.
        """
        self.data_changed.emit(kind, list(ids or []))

    def announce_changes(self, changes: Changes) -> None:
        """Announce a change record: one signal per kind (only "all" when it holds it)."""
        from sosmed_desktop.db.change_kinds import Kind  # after the first paint

        if changes.touches(Kind.ALL):
            self.announce(Kind.ALL)
            return
        for kind, ids in changes.items():
            self.announce(kind, sorted(ids or ()))

    def announce_remote(self, change: RemoteChange) -> None:
        """Tell every listener what another writer changed (`remote` is set meanwhile)."""
        self.remote = change
        try:
            self.announce_changes(change.record)
        finally:
            self.remote = None
