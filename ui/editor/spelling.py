"""Spelling in the caption editors and the title: a wavy underline as the officer
types, and a context menu with suggestions and "Tambahkan ke kamus".

A caption (a `QPlainTextEdit`) is underlined by a `QSyntaxHighlighter`.  The title
is a `QLineEdit`, which has no highlighter: its underline goes in as the text
formats of an input method event (Qt's way of showing an input method's
pre-edit formats, which a line edit draws without changing its text or undo).

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

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QInputMethodEvent,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit, QWidget

from sosmed_desktop.db.change_kinds import Kind
from sosmed_desktop.domain.spelling_checks import WordToken, word_tokens
from ui.operations import Latest

if TYPE_CHECKING:
    from sosmed_desktop.config import Config
    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.services.posts.spelling import Dictionary
    from ui.bus import DataBus
    from ui.editor.captions import CaptionEdit
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


class TitleUnderline(QObject):
    """Underlines the unknown words of a one-line field and offers their corrections."""

    def __init__(self, edit: QLineEdit, spelling: EditorSpelling) -> None:
        super().__init__(edit)
        self.edit, self.spelling = edit, spelling
        self.error_format = QTextCharFormat()
        self.error_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.error_format.setUnderlineColor(UNDERLINE)
        self.composing = False
        """An input method is composing in the field: its pre-edit must not be replaced."""
        self._sending = False
        edit.installEventFilter(self)
        edit.textChanged.connect(self.refresh)
        edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        edit.customContextMenuRequested.connect(self._show_menu)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and isinstance(event, QInputMethodEvent) and not self._sending:
            was, self.composing = self.composing, bool(event.preeditString())
            if was and not self.composing:
                QTimer.singleShot(0, self.refresh)  # the composed text is in: underline it
        return False

    def underlined(self) -> list[WordToken]:
        return self.spelling.unknown_tokens(self.edit.text())

    def refresh(self) -> None:
        """Draw the underline of the field's current text (positions count from the cursor)."""
        if self.composing:  # our event would end the composition
            return
        text, cursor = self.edit.text(), self.edit.cursorPosition()
        attributes = [
            QInputMethodEvent.Attribute(
                QInputMethodEvent.AttributeType.TextFormat,
                utf16_length(text[: token.start]) - cursor,
                utf16_length(token.word),
                self.error_format,
            )
            for token in self.underlined()
        ]
        self._sending = True
        try:
            QCoreApplication.sendEvent(self.edit, QInputMethodEvent("", attributes))
        finally:
            self._sending = False

    def context_menu(self, pos: QPoint) -> QMenu:
        """The field's standard menu, with the suggestions on top over an unknown word."""
        menu = self.edit.createStandardContextMenu()
        text = self.edit.text()
        at = self.edit.cursorPositionAt(pos)
        column = len(text.encode("utf-16-le")[: 2 * at].decode("utf-16-le"))
        token = self.spelling.token_in(text, column)
        if token is not None and not self.edit.isReadOnly():
            self.spelling.extend_menu(menu, token, lambda new: self._replace(token, new), self.edit)
        return menu

    def _replace(self, token: WordToken, new: str) -> None:
        text = self.edit.text()
        start = utf16_length(text[: token.start])
        self.edit.setSelection(start, utf16_length(token.word))
        self.edit.insert(new)  # one step of the field's own undo

    def _show_menu(self, pos: QPoint) -> None:
        menu = self.context_menu(pos)
        menu.exec(self.edit.mapToGlobal(pos))
        menu.deleteLater()


class EditorSpelling(QObject):
    """The spell checker of one editor window: its dictionary and its highlighters."""

    def __init__(self, ops: Operations, config: Config, bus: DataBus, view: QWidget) -> None:
        super().__init__(view)
        self.ops, self.config, self.view = ops, config, view
        self.dictionary: Dictionary | None = None
        self.highlighters: list[SpellingHighlighter] = []
        self.lines: list[TitleUnderline] = []
        self._words = Latest()
        bus.data_changed.connect(self._on_data_changed)

    def attach(self, edit: CaptionEdit) -> None:
        """Check the spelling of a caption as it is typed into (its menu asks this)."""
        edit.spelling = self
        self.highlighters.append(SpellingHighlighter(edit.document(), self))

    def attach_line(self, edit: QLineEdit) -> TitleUnderline:
        """Check the spelling of a one-line field (the title) as it is typed into."""
        line = TitleUnderline(edit, self)
        self.lines.append(line)
        return line

    def load(self) -> None:
        """Load the dictionary of the interface language in the background."""
        language = str(self.config.get("language"))

        def build(words: set[str]) -> None:
            def work() -> Dictionary | None:
                from sosmed_desktop.domain.links import find_links
                from sosmed_desktop.services.posts.spelling import load_dictionary

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
        for line in self.lines:
            line.refresh()

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
    def token_in(self, text: str, column: int) -> WordToken | None:
        """The unknown word of `text` at `column` (a Python index), if any."""
        for token in self.unknown_tokens(text):
            if token.start <= column <= token.end:
                return token
        return None

    def token_at(self, edit: QPlainTextEdit, pos: QPoint) -> tuple[QTextBlock, WordToken] | None:
        """The paragraph and unknown word under `pos` (viewport coordinates) in `edit`."""
        cursor = edit.cursorForPosition(pos)
        block = cursor.block()
        text = block.text()
        column = len(text.encode("utf-16-le")[: 2 * cursor.positionInBlock()].decode("utf-16-le"))
        token = self.token_in(text, column)
        return None if token is None else (block, token)

    def extend_menu(
        self, menu: QMenu, token: WordToken, replace: Callable[[str], None], parent: QWidget
    ) -> None:
        """Put the suggestions for `token` and "Add to dictionary" on top of `menu`."""
        if self.dictionary is None:
            return
        first = menu.actions()[0] if menu.actions() else None
        suggestions = self.dictionary.suggest(token.word)
        actions = []
        for suggestion in suggestions:
            action = menu.addAction(suggestion)
            action.triggered.connect(lambda _=False, s=suggestion: replace(s))
            actions.append(action)
        if not suggestions:
            empty = menu.addAction(self.tr("No suggestions"))
            empty.setEnabled(False)
            actions.append(empty)
        add = menu.addAction(self.tr("Add “{word}” to the dictionary").format(word=token.word))
        add.setObjectName("addToDictionary")
        add.triggered.connect(lambda: self.add_word(token.word, parent))
        actions.append(add)
        for action in actions:
            menu.removeAction(action)
            menu.insertAction(first, action)
        if first is not None:
            menu.insertSeparator(first)

    def add_word(self, word: str, parent: QWidget) -> None:
        """Add `word` to the department's word list (in the background; what it changed is
        announced, so every editor's dictionary learns it)."""

        def work(uow: UnitOfWork) -> list[str]:
            from sosmed_desktop.services.posts.spelling import add_words

            return add_words(uow, [word])

        self.ops.write(parent, work)


def _department_words(uow: UnitOfWork) -> set[str]:
    from sosmed_desktop.services.posts.spelling import department_words

    return department_words(uow)
