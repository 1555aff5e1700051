"""What a transaction changed, in one vocabulary for the core, the ui and the other PCs.

`Kind` names the kinds of records (the strings the change log stores and the
data bus carries, so `Kind.POST == "post"`); `Changes` is the immutable record
of which records of which kinds one or more commits touched: the change log
records one per transaction (`db/change_log.py`), `UnitOfWork.commit()` returns
it, the reminders follow it (`services/reminders/follow.py`) and the ui
announces it on the data bus.

No SQLAlchemy here: the window imports this module before its first paint
(tests/ui/test_app_start.py keeps that honest).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from enum import StrEnum

MAX_IDS = 200
"""More ids of one kind are kept as "any of that kind" (a record stays small)."""


class Kind(StrEnum):
    """A kind of record whose changes views listen for."""

    POST = "post"
    """A post with its variants, photos, approvals and history lines."""
    MEDIA = "media"
    """A photo or video of the library, with its studio recipes."""
    DIRECTION = "direction"
    DATA_NOTE = "data_note"
    REMINDER = "reminder"
    LIBRARY = "library"
    """Hashtag groups and caption snippets."""
    SPELLING = "spelling"
    """The department's own spelling words."""
    PROFILE = "profile"
    """The department and its people."""
    PROGRAM = "program"
    CALENDAR_MARK = "calendar_mark"
    """Commemorative days (the holidays come with the program, not the database)."""
    RESULT = "result"
    """Figures imported from the platforms' exports, and their remembered column mappings."""
    SETTINGS = "settings"
    """The settings file: announced by the settings dialog only, never recorded."""
    ALL = "all"
    """Anything may have changed (a restore, another data folder, demo data)."""


Ids = frozenset[int] | None
"""The ids of one kind that changed; None: any record of that kind may have."""


class Changes:
    """Which records of which kinds changed; immutable, empty when nothing did.

    ``Changes.of(Kind.POST, [3, 4])`` says posts 3 and 4 changed,
    ``Changes.of(Kind.MEDIA)`` that any photo may have.  `merge` adds the
    changes of a later commit.
    """

    __slots__ = ("_kinds",)

    def __init__(self, kinds: Mapping[Kind, Ids] | None = None) -> None:
        self._kinds: dict[Kind, Ids] = dict(kinds or {})

    @classmethod
    def of(cls, kind: Kind, ids: Iterable[int] | None = None) -> Changes:
        """One kind's changes: these `ids`, or any record of `kind` (None or none given)."""
        known = frozenset(ids or ())
        return cls({kind: _capped(known) if known else None})

    @property
    def kinds(self) -> tuple[Kind, ...]:
        """The kinds recorded, in the order they were first recorded."""
        return tuple(self._kinds)

    def items(self) -> tuple[tuple[Kind, Ids], ...]:
        """(kind, ids) for every kind recorded, as `kinds` orders them."""
        return tuple(self._kinds.items())

    def ids(self, kind: Kind) -> Ids:
        """The ids of `kind` that changed: empty when none did, None when any may have
        (recorded without ids, or `Kind.ALL` recorded)."""
        if Kind.ALL in self._kinds:
            return None
        return self._kinds.get(kind, frozenset())

    def touches(self, kind: Kind, ident: int | None = None) -> bool:
        """Whether records of `kind` (record `ident`, when given) may have changed."""
        ids = self.ids(kind)
        if ids is None:
            return True
        return bool(ids) if ident is None else ident in ids

    def merge(self, other: Changes) -> Changes:
        """These changes and `other`'s together."""
        if not other:
            return self
        merged = dict(self._kinds)
        for kind, ids in other.items():
            if kind in merged:
                known = merged[kind]
                merged[kind] = None if known is None or ids is None else _capped(known | ids)
            else:
                merged[kind] = ids
        return Changes(merged)

    def to_json(self) -> dict[str, list[int]]:
        """The form the change log stores and the bus carries: ``{"post": [3, 4],
        "media": []}`` (an empty list: any record of that kind)."""
        return {kind.value: sorted(ids) if ids else [] for kind, ids in self._kinds.items()}

    @classmethod
    def from_json(cls, raw: Mapping[str, Iterable[int]]) -> Changes:
        """Read `to_json`'s form.  A kind this version does not know (written by a newer
        copy of the app on another PC) counts as `Kind.ALL`: everything is reloaded."""
        changes = cls()
        for name, ids in raw.items():
            try:
                kind = Kind(name)
            except ValueError:
                kind, ids = Kind.ALL, ()
            changes = changes.merge(cls.of(kind, ids))
        return changes

    def __bool__(self) -> bool:
        return bool(self._kinds)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Changes) and self._kinds == other._kinds

    def __hash__(self) -> int:
        return hash(frozenset(self._kinds.items()))

    def __repr__(self) -> str:
        return f"Changes({self.to_json()!r})"


def _capped(ids: frozenset[int]) -> Ids:
    return None if len(ids) > MAX_IDS else ids


class Recorder:
    """Collects the changes of every commit handed to it, from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._changes = Changes()

    def add(self, changes: Changes) -> None:
        """A commit's changes (the `change_sink` of a unit of work)."""
        with self._lock:
            self._changes = self._changes.merge(changes)

    @property
    def changes(self) -> Changes:
        """Everything added so far."""
        with self._lock:
            return self._changes
