"""The wording of the word list's error codes, for `ui.errors.describe`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from sosmed_desktop.errors import DomainError

translate = QCoreApplication.translate


def word_messages(exc: DomainError) -> dict[str, Callable[[], str]]:
    """Messages of the codes `services/posts/spelling.py` raises."""
    p = exc.params
    return {
        "word_required": lambda: translate("Errors", "Type a word to add."),
        "word_too_long": lambda: translate(
            "Errors", "A word of the dictionary has at most {limit} letters."
        ).format(**p),
        "not_a_word": lambda: translate(
            "Errors",
            "“{word}” is not one word. Add words one by one, without #, @ or spaces "
            "(several words may be typed separated by spaces).",
        ).format(**p),
        "word_not_found": lambda: translate(
            "Errors", "“{ident}” is no longer in the word list (removed meanwhile)."
        ).format(**p),
        "bad_word_kind": lambda: translate("Errors", "Unknown kind of word."),
    }
