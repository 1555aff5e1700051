"""Saved hashtag groups and caption snippets that the editor inserts in one go.

A hashtag group is kept as its hashtags (``#BekasiSehat #DinkesKabBekasi``);
words typed without ``#`` get one, and anything that is not a valid hashtag is
refused so that inserting a group never produces a broken caption.  A snippet is
free text (the department's standard sign-off, a contact line ...).  Names are
unique without regard to case.  Both lists keep the officer's order (`position`,
numbered 1..n): the editor's Insert menu shows them in that order.

The management dialog treats both lists alike: `save_entry`, `move_entry` and
`delete_entry` take the kind of entry (`GROUP`, `SNIPPET`) and call the
group's or the snippet's own service.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import func, select

from sosmed_desktop.db.models_editorial import CaptionSnippet, HashtagGroup
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.captions import find_hashtags
from sosmed_desktop.domain.names import clean_name
from sosmed_desktop.errors import ConflictError, NotFoundError, ValidationError
from sosmed_desktop.services import audit

NAME_MAX = 120
SNIPPET_MAX = 5000
SEPARATORS = re.compile(r"[\s,;、，；]+")
"""What may stand between typed hashtags: spaces, new lines, commas, semicolons."""
EntryKind = Literal["group", "snippet"]
"""Which list an entry is in: a hashtag group or a caption snippet."""
GROUP: EntryKind = "group"
SNIPPET: EntryKind = "snippet"


@dataclass(frozen=True)
class HashtagGroupRow:
    """A saved group; `text` is what the editor inserts."""

    id: int
    name: str
    hashtags: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.hashtags)


@dataclass(frozen=True)
class SnippetRow:
    """A saved piece of caption text."""

    id: int
    name: str
    body: str


@dataclass(frozen=True)
class Library:
    """Both lists, read together for the editor's Insert menu and the management dialog."""

    groups: tuple[HashtagGroupRow, ...]
    snippets: tuple[SnippetRow, ...]

    @property
    def empty(self) -> bool:
        return not self.groups and not self.snippets


@dataclass(frozen=True)
class SavedEntry:
    """A group or snippet as stored: `content` is the group's hashtags (completed and
    tidied) or the snippet's text."""

    id: int
    name: str
    content: str


def parse_hashtags(raw: str | Sequence[str]) -> tuple[str, ...]:
    """Hashtags from text or a list; "#" added where missing, duplicates dropped.

    Hashtags may be separated by spaces, new lines, commas or semicolons, the way
    they are pasted from a chat or a spreadsheet.
    """
    items = [raw] if isinstance(raw, str) else list(raw)
    words = [w for item in items for w in SEPARATORS.split(item) if w]
    tags: dict[str, str] = {}
    for word in words:
        tag = word if word.startswith(("#", "＃")) else f"#{word}"
        found = find_hashtags(tag)
        if len(found) != 1 or found[0].text != tag:
            raise ValidationError(code="bad_hashtag", detail=f"{word!r} is not a hashtag", tag=word)
        tags.setdefault(found[0].key, tag)
    if not tags:
        raise ValidationError(code="hashtags_required", detail="the group has no hashtags")
    return tuple(tags.values())


def _name(name: str) -> str:
    return clean_name(name, NAME_MAX)


def _unique(uow: UnitOfWork, model: type, name: str, skip_id: int | None) -> None:
    clash = uow.session.scalar(
        select(model.id).where(func.lower(model.name) == name.lower(), model.id != (skip_id or 0))
    )
    if clash is not None:
        raise ConflictError(code="name_taken", detail=f"{name!r} exists already", name=name)


def _place(uow: UnitOfWork, model: type, row: Any, index: int | None) -> None:
    """Put `row` at `index` of the officer's order (the end when None), numbering all 1..n."""
    if index is None:
        row.position = (uow.session.scalar(select(func.max(model.position))) or 0) + 1
        return
    stmt = select(model).order_by(model.position, model.name)
    others = [r for r in uow.session.scalars(stmt) if r is not row]
    others.insert(max(0, min(index, len(others))), row)
    for position, item in enumerate(others, start=1):
        item.position = position


# --- hashtag groups -----------------------------------------------------------------


def _group_row(row: HashtagGroup) -> HashtagGroupRow:
    return HashtagGroupRow(row.id, row.name, tuple(row.hashtags.split()))


def list_hashtag_groups(uow: UnitOfWork) -> list[HashtagGroupRow]:
    """Saved hashtag groups in the officer's order."""
    stmt = select(HashtagGroup).order_by(HashtagGroup.position, HashtagGroup.name)
    return [_group_row(r) for r in uow.session.scalars(stmt)]


def create_hashtag_group(
    uow: UnitOfWork, name: str, hashtags: str | Sequence[str], *, index: int | None = None
) -> HashtagGroupRow:
    """Save a new group at the end (or at `index`, to undo a deletion); commits."""
    clean, tags = _name(name), parse_hashtags(hashtags)
    _unique(uow, HashtagGroup, clean, None)
    row = HashtagGroup(name=clean, hashtags=" ".join(tags))
    _place(uow, HashtagGroup, row, index)
    uow.session.add(row)
    uow.session.flush()
    audit.record(uow, "hashtag_group", row.id, "created", name=clean, hashtags=list(tags))
    uow.commit()
    return _group_row(row)


def update_hashtag_group(
    uow: UnitOfWork, group_id: int, name: str, hashtags: str | Sequence[str]
) -> HashtagGroupRow:
    """Rename a group or change its hashtags; commits."""
    row = uow.session.get(HashtagGroup, group_id)
    if row is None:
        raise NotFoundError(code="hashtag_group_not_found", what="hashtag group", ident=group_id)
    clean, tags = _name(name), parse_hashtags(hashtags)
    _unique(uow, HashtagGroup, clean, group_id)
    row.name, row.hashtags = clean, " ".join(tags)
    audit.record(uow, "hashtag_group", row.id, "updated", name=clean, hashtags=list(tags))
    uow.commit()
    return _group_row(row)


def move_hashtag_group(uow: UnitOfWork, group_id: int, index: int) -> None:
    """Move a group to `index` (0 = first) of the officer's order; commits."""
    row = uow.session.get(HashtagGroup, group_id)
    if row is None:
        raise NotFoundError(code="hashtag_group_not_found", what="hashtag group", ident=group_id)
    _place(uow, HashtagGroup, row, index)
    uow.commit()


def delete_hashtag_group(uow: UnitOfWork, group_id: int) -> None:
    """Remove a group; commits."""
    row = uow.session.get(HashtagGroup, group_id)
    if row is None:
        raise NotFoundError(code="hashtag_group_not_found", what="hashtag group", ident=group_id)
    audit.record(uow, "hashtag_group", row.id, "deleted", name=row.name)
    uow.session.delete(row)
    uow.commit()


# --- caption snippets -----------------------------------------------------------------


def _body(body: str) -> str:
    clean = body.strip()
    if not clean:
        raise ValidationError(code="snippet_empty", detail="the snippet is empty")
    if len(clean) > SNIPPET_MAX:
        raise ValidationError(code="snippet_too_long", detail="snippet too long", limit=SNIPPET_MAX)
    return clean


def list_snippets(uow: UnitOfWork) -> list[SnippetRow]:
    """Saved snippets in the officer's order."""
    stmt = select(CaptionSnippet).order_by(CaptionSnippet.position, CaptionSnippet.name)
    return [SnippetRow(r.id, r.name, r.body) for r in uow.session.scalars(stmt)]


def create_snippet(
    uow: UnitOfWork, name: str, body: str, *, index: int | None = None
) -> SnippetRow:
    """Save a new snippet at the end (or at `index`, to undo a deletion); commits."""
    clean, text = _name(name), _body(body)
    _unique(uow, CaptionSnippet, clean, None)
    row = CaptionSnippet(name=clean, body=text)
    _place(uow, CaptionSnippet, row, index)
    uow.session.add(row)
    uow.session.flush()
    audit.record(uow, "caption_snippet", row.id, "created", name=clean)
    uow.commit()
    return SnippetRow(row.id, row.name, row.body)


def update_snippet(uow: UnitOfWork, snippet_id: int, name: str, body: str) -> SnippetRow:
    """Rename a snippet or change its text; commits."""
    row = uow.session.get(CaptionSnippet, snippet_id)
    if row is None:
        raise NotFoundError(code="snippet_not_found", what="snippet", ident=snippet_id)
    clean, text = _name(name), _body(body)
    _unique(uow, CaptionSnippet, clean, snippet_id)
    row.name, row.body = clean, text
    audit.record(uow, "caption_snippet", row.id, "updated", name=clean)
    uow.commit()
    return SnippetRow(row.id, row.name, row.body)


def move_snippet(uow: UnitOfWork, snippet_id: int, index: int) -> None:
    """Move a snippet to `index` (0 = first) of the officer's order; commits."""
    row = uow.session.get(CaptionSnippet, snippet_id)
    if row is None:
        raise NotFoundError(code="snippet_not_found", what="snippet", ident=snippet_id)
    _place(uow, CaptionSnippet, row, index)
    uow.commit()


def delete_snippet(uow: UnitOfWork, snippet_id: int) -> None:
    """Remove a snippet; commits."""
    row = uow.session.get(CaptionSnippet, snippet_id)
    if row is None:
        raise NotFoundError(code="snippet_not_found", what="snippet", ident=snippet_id)
    audit.record(uow, "caption_snippet", row.id, "deleted", name=row.name)
    uow.session.delete(row)
    uow.commit()


# --- both ----------------------------------------------------------------------------


def load_library(uow: UnitOfWork) -> Library:
    """Both lists in the officer's order."""
    return Library(tuple(list_hashtag_groups(uow)), tuple(list_snippets(uow)))


def save_entry(
    uow: UnitOfWork,
    kind: EntryKind,
    entry_id: int | None,
    name: str,
    content: str,
    index: int | None = None,
) -> SavedEntry:
    """Create an entry (`entry_id` None; at the end, or at `index` to undo a deletion) or
    change one's name and content; commits."""
    if kind == GROUP:
        if entry_id is None:
            group = create_hashtag_group(uow, name, content, index=index)
        else:
            group = update_hashtag_group(uow, entry_id, name, content)
        return SavedEntry(group.id, group.name, group.text)
    if entry_id is None:
        snippet = create_snippet(uow, name, content, index=index)
    else:
        snippet = update_snippet(uow, entry_id, name, content)
    return SavedEntry(snippet.id, snippet.name, snippet.body)


def move_entry(uow: UnitOfWork, kind: EntryKind, entry_id: int, index: int) -> None:
    """Move an entry to `index` (0 = first) of its list; commits."""
    if kind == GROUP:
        move_hashtag_group(uow, entry_id, index)
    else:
        move_snippet(uow, entry_id, index)


def delete_entry(uow: UnitOfWork, kind: EntryKind, entry_id: int) -> None:
    """Delete an entry; commits."""
    if kind == GROUP:
        delete_hashtag_group(uow, entry_id)
    else:
        delete_snippet(uow, entry_id)
