"""The sensitive-word list of the content checks: bundled default, officer's own copy.

The list is a UTF-8 text file, one word or phrase a line, ``#`` for comments
(``resources/sensitive_words.txt`` ships a modest default for hoaxes, SARA and
profanity).  The setting ``sensitive_words_file`` points at the officer's copy;
`save_words` writes that copy into the data folder atomically and sets it.  A
missing or unreadable override falls back to the bundled list (logged), so the
checks never silently run without words.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import regex

from sosmed_desktop.bundle import resource
from sosmed_desktop.config import Config, os_error_to_domain
from sosmed_desktop.domain.content_checks import compile_words, parse_word_list
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.fileops import atomic_write_text

log = logging.getLogger(__name__)

SETTING = "sensitive_words_file"
BUNDLED_WORDS = resource("sensitive_words.txt")
OWN_COPY = "sensitive_words.txt"
MAX_WORD = 80
_cache: dict[tuple[str, float], tuple[tuple[str, ...], regex.Pattern[str] | None]] = {}


def words_file(config: Config) -> Path:
    """The file in use: the officer's if set and readable, else the bundled one."""
    override = config.get(SETTING)
    if override:
        path = Path(override)
        if path.is_file():
            return path
        log.warning("Sensitive-word file %s not found; using the bundled list", path)
    return BUNDLED_WORDS


def _load(path: Path) -> tuple[tuple[str, ...], regex.Pattern[str] | None]:
    try:
        key = (str(path), path.stat().st_mtime)
        if key not in _cache:
            words = parse_word_list(path.read_text(encoding="utf-8"))
            _cache[key] = (words, compile_words(words))
        return _cache[key]
    except (OSError, UnicodeDecodeError) as exc:
        if path == BUNDLED_WORDS:
            raise
        log.warning("Sensitive-word file %s unreadable (%s); using the bundled list", path, exc)
        return _load(BUNDLED_WORDS)


def load_words(config: Config) -> tuple[str, ...]:
    """The words and phrases in use, in file order."""
    return _load(words_file(config))[0]


def sensitive_pattern(config: Config) -> regex.Pattern[str] | None:
    """The compiled matcher of the words in use (cached until the file changes)."""
    return _load(words_file(config))[1]


def save_words(config: Config, words: Sequence[str]) -> Path:
    """Write the officer's list into the data folder and use it from now on."""
    clean = parse_word_list("\n".join(words))
    for word in clean:
        if len(word) > MAX_WORD:
            raise ValidationError(code="sensitive_word_too_long", detail=word[:30], limit=MAX_WORD)
    path = config.data_dir / OWN_COPY
    header = "# Kata sensitif Pemeriksaan Konten: satu kata atau frasa per baris.\n"
    try:
        atomic_write_text(path, header + "\n".join(clean) + "\n")
    except OSError as exc:
        raise os_error_to_domain(exc, config.data_dir) from exc
    config.set(SETTING, str(path))
    config.save()
    return path


def reset_words(config: Config) -> None:
    """Go back to the bundled list (the officer's file is left in place)."""
    config.set(SETTING, "")
    config.save()
