"""Spelling in the caption editors: a wavy underline as the officer types, and a
context menu with suggestions and "Tambahkan ke kamus".

Threading contract: the dictionary (`services.spelling.Dictionary`) is loaded in
the background when an editor opens, with the department's words; until then
nothing is underlined.  The highlighter runs on the GUI thread, block by block,
asking the dictionary only `is_known` (cached per word, a few microseconds for a
new one): a 2,200-character caption is checked in a millisecond or two, so
typing is never held up.  Suggestions (tens of milliseconds) are asked for only
when the context menu opens.  Adding a word writes it to the database in the
background; on success every editor's dictionary learns it (the ``spelling``
announcement) and the underline goes away.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from sosmed_desktop.db.change_kinds import Kind
from sosmed_desktop.domain.spelling_checks import WordToken, word_tokens
from ui.operations import Latest

if TYPE_CHECKING:
    from sosmed_desktop.config import Config
    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.services.spelling import Dictionary
    from ui.bus import DataBus
    from ui.operations import Operations

UNDERLINE = QColor("#d0312d")
RELOAD_KINDS = (Kind.SPELLING, Kind.ALL)


def utf16_length(text: str) -> int:
    """Qt counts positions in UTF-16 units; Python in code points (emoji differ)."""
    return len(text.encode("utf-16-le")) // 2


class SpellingHighlighter(QSyntaxHighlighter):
    """Underlines the words of one caption that the dictionary does not know."""

    def __init__(self, document: QTextDocument, spelling: EditorSpelling) -> None:
        super().__init__(document)
        self.spelling = spelling
        self.error_format = QTextCharFormat()
        self.error_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.error_format.setUnderlineColor(UNDERLINE)

    def highlightBlock(self, text: str) -> None:
        for token in self.spelling.unknown_tokens(text):
            start = utf16_length(text[: token.start])
            self.setFormat(start, utf16_length(token.word), self.error_format)


class EditorSpelling(QObject):
    """The spell checker of one editor window: its dictionary and its highlighters."""

    def __init__(self, ops: Operations, config: Config, bus: DataBus, view: QWidget) -> None:
        super().__init__(view)
        self.ops, self.config, self.view = ops, config, view
        self.dictionary: Dictionary | None = None
        self.highlighters: list[SpellingHighlighter] = []
        self._words = Latest()
        bus.data_changed.connect(self._on_data_changed)

    def attach(self, edit: QPlainTextEdit) -> None:
        """Check the spelling of `edit` as it is typed into."""
        self.highlighters.append(SpellingHighlighter(edit.document(), self))

    def load(self) -> None:
        """Load the dictionary of the interface language in the background."""
        language = str(self.config.get("language"))

        def build(words: set[str]) -> None:
            def work() -> Dictionary | None:
                from sosmed_desktop.domain.links import find_links
                from sosmed_desktop.services.spelling import load_dictionary

                find_links("s.id")  # compiles the link pattern here, not at the first keystroke
                return load_dictionary(language, words)

            self.ops.background(self.view, work, self._loaded)

        self.ops.read(self.view, _department_words, build)

    def _loaded(self, dictionary: Dictionary | None) -> None:
        self.dictionary = dictionary
        self.rehighlight()

    def rehighlight(self) -> None:
        for highlighter in self.highlighters:
            highlighter.rehighlight()

    def unknown_tokens(self, text: str) -> list[WordToken]:
        """The words of `text` to underline (none while no dictionary is loaded)."""
        dictionary = self.dictionary
        if dictionary is None:
            return []
        return [t for t in word_tokens(text) if not dictionary.is_known(t.word)]

    def _on_data_changed(self, kind: str, _ids: list[int]) -> None:
        if kind not in RELOAD_KINDS or self.dictionary is None:
            return
        self.ops.read(self.view, _department_words, self._words_loaded, latest=self._words)

    def _words_loaded(self, words: set[str]) -> None:
        if self.dictionary is not None:
            self.dictionary.set_extra_words(words)
            self.rehighlight()

    # The context menu ----------------------------------------------------------------
    def token_at(self, edit: QPlainTextEdit, pos: QPoint) -> WordToken | None:
        """The unknown word under `pos` (viewport coordinates) in `edit`, if any."""
        cursor = edit.cursorForPosition(pos)
        block = cursor.block()
        text = block.text()
        column = len(text.encode("utf-16-le")[: 2 * cursor.positionInBlock()].decode("utf-16-le"))
        for token in self.unknown_tokens(text):
            if token.start <= column <= token.end:
                return token
        return None

    def extend_menu(
        self, edit: QPlainTextEdit, menu: QMenu, pos: QPoint, replace: Callable[..., None]
    ) -> None:
        """Put the suggestions for the word under `pos` and "Add to dictionary" on top."""
        token = self.token_at(edit, pos)
        if token is None or self.dictionary is None:
            return
        block = edit.cursorForPosition(pos).block()
        first = menu.actions()[0] if menu.actions() else None
        suggestions = self.dictionary.suggest(token.word)
        actions = []
        for suggestion in suggestions:
            action = menu.addAction(suggestion)
            action.triggered.connect(
                lambda _=False, s=suggestion: replace(block.position(), block.text(), token, s)
            )
            actions.append(action)
        if not suggestions:
            empty = menu.addAction(self.tr("No suggestions"))
            empty.setEnabled(False)
            actions.append(empty)
        add = menu.addAction(self.tr("Add “{word}” to the dictionary").format(word=token.word))
        add.setObjectName("addToDictionary")
        add.triggered.connect(lambda: self.add_word(token.word, edit))
        actions.append(add)
        for action in actions:
            menu.removeAction(action)
            menu.insertAction(first, action)
        if first is not None:
            menu.insertSeparator(first)

    def add_word(self, word: str, parent: QPlainTextEdit) -> None:
        """Add `word` to the department's word list (in the background; what it changed is
        announced, so every editor's dictionary learns it)."""

        def work(uow: UnitOfWork) -> int:
            from sosmed_desktop.services.spelling import add_words

            return add_words(uow, [word])

        self.ops.write(parent, work)


def _department_words(uow: UnitOfWork) -> set[str]:
    from sosmed_desktop.services.spelling import department_words

    return department_words(uow)
