"""Changes of the saved lists as undo steps of the management dialog.

A change is made first (in the background, through `services/posts/snippets.py`:
`save_entry`, `move_entry`, `delete_entry`) and pushed as a `ChangeCommand`
only once it succeeded, so a refused change (a name already used) leaves no
step behind.  Undo and redo go through the services too.
An entry that comes back after its deletion gets a new id; `Identities` gives
each entry a token that stays the same, so a later step (redo the deletion, undo
an earlier edit) still finds it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.services.posts.snippets import (
    GROUP,
    SNIPPET,
    EntryKind,
    Library,
    delete_entry,
    move_entry,
    save_entry,
)


@dataclass(frozen=True)
class State:
    """What one entry is: its name, its text and its place in its list (0 = first)."""

    name: str
    content: str
    index: int


@dataclass(frozen=True)
class Entry:
    """One entry as the dialog shows it."""

    kind: EntryKind
    id: int
    state: State


def entries(contents: Library) -> dict[EntryKind, list[Entry]]:
    """Both lists as entries, in the officer's order."""
    return {
        GROUP: [
            Entry(GROUP, g.id, State(g.name, g.text, i)) for i, g in enumerate(contents.groups)
        ],
        SNIPPET: [
            Entry(SNIPPET, s.id, State(s.name, s.body, i)) for i, s in enumerate(contents.snippets)
        ],
    }


class Identities:
    """A lasting token per entry, and the id the entry has now."""

    def __init__(self) -> None:
        self._ids: dict[int, tuple[EntryKind, int]] = {}
        self._tokens: dict[tuple[EntryKind, int], int] = {}

    def token(self, kind: EntryKind, entry_id: int) -> int:
        """The token of the entry that has this id now."""
        key = (kind, entry_id)
        if key not in self._tokens:
            token = len(self._ids) + 1
            self._tokens[key], self._ids[token] = token, key
        return self._tokens[key]

    def id(self, token: int) -> int:
        return self._ids[token][1]

    def gone(self, token: int) -> None:
        """The entry was deleted: its id may be given to a new entry."""
        self._tokens.pop(self._ids[token], None)

    def back(self, token: int, entry_id: int) -> None:
        """The entry came back under a new id."""
        kind = self._ids[token][0]
        self._tokens.pop(self._ids[token], None)
        self._ids[token] = (kind, entry_id)
        self._tokens[(kind, entry_id)] = token


class Runner(Protocol):
    """Where the steps run: the dialog's background writes (each announced by its record)."""

    identities: Identities

    def run(
        self, work: Callable[[UnitOfWork], Any], done: Callable[[Any], None] | None = None
    ) -> None: ...


class ChangeCommand(QUndoCommand):
    """An entry went from `old` to `new` (None: absent); made already when pushed."""

    def __init__(
        self,
        runner: Runner,
        text: str,
        kind: EntryKind,
        token: int,
        old: State | None,
        new: State | None,
    ) -> None:
        super().__init__(text)
        self.runner, self.kind, self.token = runner, kind, token
        self.old, self.new = old, new
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push() calls redo(); the change is made already
            self._pushed = True
            return
        self._go(self.old, self.new)

    def undo(self) -> None:
        self._go(self.new, self.old)

    def _go(self, old: State | None, new: State | None) -> None:
        kind, token, ids = self.kind, self.token, self.runner.identities
        if old is None and new is not None:  # it comes (back)
            self.runner.run(
                lambda uow: save_entry(uow, kind, None, new.name, new.content, new.index),
                lambda saved: ids.back(token, saved.id),
            )
            return
        entry_id = ids.id(token)
        if new is None:
            self.runner.run(
                lambda uow: delete_entry(uow, kind, entry_id), lambda _: ids.gone(token)
            )
            return
        assert old is not None

        def change(uow: UnitOfWork) -> None:
            if (old.name, old.content) != (new.name, new.content):
                save_entry(uow, kind, entry_id, new.name, new.content)
            if old.index != new.index:
                move_entry(uow, kind, entry_id, new.index)

        self.runner.run(change)
