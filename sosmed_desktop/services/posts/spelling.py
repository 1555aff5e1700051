"""The spell checker: the Hunspell dictionary of the language plus the department's own words.

Indonesian uses the Hunspell id_ID dictionary shipped in ``resources/dictionaries``
(LibreOffice's, LGPL); English uses the en_US dictionary that comes with the
`chunspell` package (compiled Hunspell with wheels for Windows, macOS and
Linux, so no compiler is needed).  A language without a dictionary at hand has
no spell checker (`load_dictionary` returns None) and the editor shows no
underline.

The department's word list lives in the database (``spelling_words``): places
of the regency, names, the officer's "Tambahkan ke kamus".  Program names and
tags are accepted from their own tables.  In team mode a person's words are
their department's (and those without a department, which everyone shares).

A `Dictionary` is used from one thread at a time (the editor's GUI thread, or
a check in a worker that loaded its own); results are cached per word, so a
2,200-character caption is checked in about a millisecond once its words are
known.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

import regex
from sqlalchemy import or_, select

from sosmed_desktop.bundle import resource
from sosmed_desktop.db.models import Program, Tag
from sosmed_desktop.db.models_editorial import SpellingWord
from sosmed_desktop.db.scoping import scoped_department
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.spelling_checks import WORD, standard_form
from sosmed_desktop.errors import NotFoundError, ValidationError
from sosmed_desktop.services import audit
from sosmed_desktop.services.profile import get_profile

log = logging.getLogger(__name__)
DICTIONARY_DIR = resource("dictionaries")
# Interface language -> Hunspell dictionary name.
DICTIONARIES = {"id": "id_ID", "en": "en_US"}
WORD_MAX = 80
KINDS = ("added", "place", "name")
MAX_SUGGESTIONS = 6
SUPPLEMENT_SUFFIX = "-tambahan.txt"
"""Beside a dictionary: words of government writing it lacks (newer KBBI words such as
"hoaks" and "balita", common abbreviations, institutions, platform names)."""


@dataclass(frozen=True)
class SpellingWordRow:
    """A word of the department's list as the word-list dialog shows it."""

    id: int
    word: str
    kind: str
    department_id: int | None = None
    """Whose list it is on (None: shared by all departments)."""


def _dictionary_dir(name: str) -> Path | None:
    """Where the ``.aff``/``.dic`` pair of `name` is: ours, else the one chunspell ships."""
    if (DICTIONARY_DIR / f"{name}.dic").is_file():
        return DICTIONARY_DIR
    try:
        import hunspell
    except ImportError:
        return None
    bundled = Path(hunspell.__file__).resolve().parent / "dictionaries"
    return bundled if (bundled / f"{name}.dic").is_file() else None


class Dictionary:
    """A Hunspell dictionary with the department's words, answering `is_known` and `suggest`."""

    def __init__(self, name: str, folder: Path, extra_words: set[str] | None = None) -> None:
        from hunspell import Hunspell  # compiled; loaded when spelling is first needed

        self.name = name
        self._hunspell = Hunspell(name, hunspell_data_dir=str(folder))
        self._base = supplement_words(folder / f"{name}{SUPPLEMENT_SUFFIX}")
        self._extra = {w.casefold() for w in extra_words or ()} | self._base
        self._known: dict[str, bool] = {}
        self._lock = threading.Lock()

    def set_extra_words(self, words: set[str]) -> None:
        """Replace the department's words (after the list changed)."""
        with self._lock:
            self._extra = {w.casefold() for w in words} | self._base
            self._known.clear()

    def is_known(self, word: str) -> bool:
        """Whether `word` is spelt right: in the dictionary or the department's list.

        A hyphenated word is right when each part is ("kupu-kupu" is in the
        dictionary, "Bekasi-Cikarang" is two known names).  A word the dictionary's
        character set cannot hold (another script) is not judged.
        """
        with self._lock:
            cached = self._known.get(word)
            if cached is None:
                cached = self._judge(word)
                self._known[word] = cached
            return cached

    def _judge(self, word: str) -> bool:
        if word.casefold() in self._extra or self._spell(word):
            return True
        parts = word.split("-")
        return len(parts) > 1 and all(p.casefold() in self._extra or self._spell(p) for p in parts)

    def _spell(self, word: str) -> bool:
        try:
            return bool(self._hunspell.spell(word))
        except UnicodeEncodeError:
            return True

    def suggest(self, word: str) -> list[str]:
        """Corrections for `word`, the standard (baku) form first; tens of milliseconds."""
        with self._lock:
            try:
                found = list(self._hunspell.suggest(word))
            except UnicodeEncodeError:
                found = []
        standard = standard_form(word)
        if standard is not None:
            found = [standard, *[s for s in found if s != standard]]
        return found[:MAX_SUGGESTIONS]


def supplement_words(path: Path) -> set[str]:
    """The words of a supplement list (one per line, ``#`` comments), casefolded."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return set()
    lines = (line.strip() for line in text.splitlines())
    return {line.casefold() for line in lines if line and not line.startswith("#")}


def load_dictionary(language: str, extra_words: set[str] | None = None) -> Dictionary | None:
    """The dictionary of the interface language ("id", "en"), or None if none is at hand."""
    name = DICTIONARIES.get(language)
    folder = _dictionary_dir(name) if name else None
    if name is None or folder is None:
        log.info("no spelling dictionary for language %r: spelling is off", language)
        return None
    try:
        return Dictionary(name, folder, extra_words)
    except (ImportError, OSError, ValueError) as exc:
        log.warning("the %s dictionary cannot be loaded (%s): spelling is off", name, exc)
        return None


# --- the department's words ------------------------------------------------------------


def _scope(uow: UnitOfWork):
    limited, department_id = scoped_department(uow.session)
    if not limited:
        return None, department_id
    column = SpellingWord.department_id
    return or_(column == department_id, column.is_(None)), department_id


def department_words(uow: UnitOfWork) -> set[str]:
    """Every word the spell checker accepts beyond its dictionary: the word list, the
    words of program names and tags, and the regency and department of the profile."""
    clause, _ = _scope(uow)
    stmt = select(SpellingWord.word)
    if clause is not None:
        stmt = stmt.where(clause)
    words = set(uow.session.scalars(stmt))
    for name in uow.session.scalars(select(Program.name)):
        words.update(WORD.findall(name))
    for name in uow.session.scalars(select(Tag.name)):
        words.update(WORD.findall(name))
    profile = get_profile(uow)
    for field in (profile.regency, profile.department_name, profile.department_short):
        words.update(WORD.findall(field))  # the regency's and the department's own names
    return words


def list_words(uow: UnitOfWork) -> list[SpellingWordRow]:
    """The department's word list, alphabetically."""
    clause, _ = _scope(uow)
    stmt = select(SpellingWord).order_by(SpellingWord.key)
    if clause is not None:
        stmt = stmt.where(clause)
    return [
        SpellingWordRow(r.id, r.word, r.kind, r.department_id) for r in uow.session.scalars(stmt)
    ]


def _clean(word: str) -> str:
    clean = word.strip()
    if not clean:
        raise ValidationError(code="word_required", detail="the word is empty")
    if len(clean) > WORD_MAX:
        raise ValidationError(code="word_too_long", detail="word too long", limit=WORD_MAX)
    if not regex.fullmatch(WORD, clean):
        raise ValidationError(code="not_a_word", detail=f"{clean!r} is not one word", word=clean)
    return clean


def add_words(uow: UnitOfWork, words: list[str], kind: str = "added") -> list[str]:
    """Add words to the department's list (those already there are skipped); commits.

    Every word is checked first: one that is not a word refuses the whole list.
    Returns the words added (an undo takes exactly those away again).
    """
    if kind not in KINDS:
        raise ValidationError(code="bad_word_kind", detail=f"unknown kind {kind!r}")
    cleaned = list(dict.fromkeys(_clean(w) for w in words))
    _, department_id = _scope(uow)
    present = {w.casefold() for w in department_words_of(uow, department_id)}
    added = []
    for word in cleaned:
        if word.casefold() in present:
            continue
        present.add(word.casefold())
        row = SpellingWord(word=word, key=word.casefold(), kind=kind, department_id=department_id)
        uow.session.add(row)
        added.append(word)
    if added:
        uow.session.flush()
        audit.record(uow, "spelling_word", None, "added", count=len(added), kind=kind)
        uow.commit()
    return added


def department_words_of(uow: UnitOfWork, department_id: int | None) -> list[str]:
    """The listed words of one department (None: those shared by all)."""
    column = SpellingWord.department_id
    where = column.is_(None) if department_id is None else column == department_id
    return list(uow.session.scalars(select(SpellingWord.word).where(where)))


def remove_words(uow: UnitOfWork, words: list[str]) -> list[SpellingWordRow]:
    """Take words off the department's list (by the word, any case); commits.

    By the word rather than the row: the word-list dialog's undo puts a word back
    as a new row and its redo takes that one away again.  Returns the rows
    removed, for `restore_words`; a word no longer listed is not found.
    """
    clause, _ = _scope(uow)
    keys = list(dict.fromkeys(w.strip().casefold() for w in words))
    stmt = select(SpellingWord).where(SpellingWord.key.in_(keys))
    if clause is not None:
        stmt = stmt.where(clause)
    rows = list(uow.session.scalars(stmt))
    missing = set(keys) - {r.key for r in rows}
    if missing:
        raise NotFoundError(code="word_not_found", what="word", ident=sorted(missing)[0])
    removed = [SpellingWordRow(r.id, r.word, r.kind, r.department_id) for r in rows]
    for row in rows:
        uow.session.delete(row)
    uow.session.flush()
    audit.record(uow, "spelling_word", None, "removed", words=[r.word for r in removed])
    uow.commit()
    return removed


def restore_words(uow: UnitOfWork, removed: list[SpellingWordRow]) -> int:
    """Put removed words back on the lists they were on, with their kinds (an undo);
    those listed there again meanwhile are skipped; commits.  Returns how many."""
    present = {
        (row.department_id, row.key)
        for row in uow.session.scalars(
            select(SpellingWord).where(SpellingWord.key.in_({r.word.casefold() for r in removed}))
        )
    }
    restored = 0
    for row in removed:
        if (row.department_id, row.word.casefold()) in present:
            continue
        present.add((row.department_id, row.word.casefold()))
        uow.session.add(
            SpellingWord(word=row.word, key=row.word.casefold(), kind=row.kind,
                         department_id=row.department_id)
        )  # fmt: skip
        restored += 1
    if restored:
        uow.session.flush()
        audit.record(uow, "spelling_word", None, "restored", count=restored)
        uow.commit()
    return restored
