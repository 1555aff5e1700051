"""The words of the headless commands: the data folder's language once installed.

An officer who runs ``seed-demo`` or ``backup`` should be answered in the
language the window speaks, with the window's wording of every refusal; yet the
core never imports Qt.  So the commands say everything through the `Words`
installed here: ``main.py`` installs the ui's (Qt's translators for the data
folder's language and the ui's wording of error codes, check findings and CSV
problems) before it runs a command; without one — the core's own tests, a
script importing the core — `EnglishWords` answers in the English sources.

The command line's sentences are English sources marked for Qt's lupdate by the
call ``translate("Cli", text)`` (``tools/update_translations.py`` scans the
command modules too); a count is written ``%n`` with ``n`` given, as in the ui.
`count` spells a count in the English details the core's errors carry for logs.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from sosmed_desktop.domain.notes import Problem
    from sosmed_desktop.errors import DomainError
    from sosmed_desktop.services.check import Finding


class Words(Protocol):
    """What the command line needs said in the officer's language."""

    def translate(self, context: str, source: str, disambiguation: str = "", n: int = -1) -> str:
        """`source` in the language (``%n`` replaced by `n` when one is given)."""
        ...

    def error(self, exc: DomainError) -> str:
        """The message for a domain error."""
        ...

    def finding(self, finding: Finding) -> str:
        """One line of the check's report."""
        ...

    def problem(self, problem: Problem) -> str:
        """A problem of one row of a CSV file."""
        ...

    def number(self, value: int) -> str:
        """A whole number with the language's digit grouping."""
        ...


_PLURAL = re.compile(r"(\w+)\(s\)")


class EnglishWords:
    """The English sources themselves; "%n post(s)" becomes "1 post" or "2 posts"."""

    def translate(self, context: str, source: str, disambiguation: str = "", n: int = -1) -> str:
        if n < 0:
            return source
        return _PLURAL.sub(lambda m: m[1] if n == 1 else m[1] + "s", source.replace("%n", str(n)))

    def error(self, exc: DomainError) -> str:
        return str(exc)

    def finding(self, finding: Finding) -> str:
        return finding.detail

    def problem(self, problem: Problem) -> str:
        return problem.message()

    def number(self, value: int) -> str:
        return f"{value:,}"


_words: Words = EnglishWords()


def install(words: Words) -> None:
    """Speak `words` from now on (``main.py``, before a command runs)."""
    global _words
    _words = words


def installed() -> Words:
    """The words the command line speaks now."""
    return _words


def translate(context: str, source: str, disambiguation: str = "", n: int = -1) -> str:
    """`source` in the installed language; the name is the one lupdate looks for."""
    return _words.translate(context, source, disambiguation, n)


def count(number: int, noun: str, plural: str | None = None) -> str:
    """`number` and `noun`, plural unless one: "1 post", "2 posts", "2 new media files"."""
    if number == 1:
        return f"{number} {noun}"
    return f"{number} {plural or noun + 's'}"
