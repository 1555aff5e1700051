"""Declared shapes of JSON data from outside: each field's type, range and length.

A package's manifest comes from anyone.  Instead of trusting what `json.loads`
returns and failing deep inside with ``TypeError: unhashable type`` (a list
where a number belongs), ``OverflowError`` (a date in year 9999) or a
quadratic index rebuild (150,000 tags), the manifest's shape is declared once
(`package_format.MANIFEST_SHAPE`) and `violations` checks a value against it:
one line per problem, naming the field (``post.tags: 150000 items, at most
200``).  Counts are checked before items, so a huge list is refused at once.

`nesting_depth` measures the brackets of raw JSON text before it is parsed, so
that a document nested 100,000 deep never reaches Python's recursive parser.
Unknown keys are allowed (a later version may add fields) but count against
the nesting and size limits like everything else.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol

MAX_VIOLATIONS = 20
"""Lines reported for one document; more are counted in the last one."""
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")
_LINE_BREAKS = frozenset("\n\r\t")


def nesting_depth(text: str) -> int:
    """How deep arrays and objects nest in JSON `text` (strings skipped), without parsing."""
    depth = deepest = 0
    for match in _BRACKET.finditer(_STRING.sub('""', text)):
        depth += 1 if match.group() in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


def _kind(value: Any) -> str:
    """The JSON name of a value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    names = {str: "text", int: "a number", float: "a number", list: "a list", dict: "an object"}
    return names.get(type(value), type(value).__name__)


class Shape(Protocol):
    """Something a value must be; `check` returns the problems (empty: it is)."""

    def check(self, value: Any, where: str) -> list[str]: ...


def control_character(text: str, multiline: bool = False) -> str | None:
    """The first control character in `text` (``"U+001B"``), if any; None when it is clean.

    Control characters, lone surrogates, a byte-order mark inside the text and the
    bidirectional overrides (which make ``gpj.exe`` read as ``exe.jpg``) have no
    business in a title, a name or a figure; tabs and line breaks are allowed
    where the text may span lines (`multiline`).
    """
    for char in text:
        if multiline and char in _LINE_BREAKS:
            continue
        if unicodedata.category(char) in ("Cc", "Cs") or char in ("\ufeff", "\u202e", "\u202d"):
            return f"U+{ord(char):04X}"
    return None


@dataclass(frozen=True)
class Text:
    """A string of at most `longest` characters (`shortest` once blanks are trimmed)."""

    longest: int
    shortest: int = 0
    pattern: str | None = None
    multiline: bool = False

    def check(self, value: Any, where: str) -> list[str]:
        if not isinstance(value, str):
            return [f"{where}: text expected, found {_kind(value)}"]
        if len(value) > self.longest:
            return [f"{where}: {len(value)} characters, at most {self.longest}"]
        if len(value.strip()) < self.shortest:
            return [f"{where}: empty"]
        if self.pattern is not None and not re.fullmatch(self.pattern, value):
            return [f"{where}: {value[:40]!r} is not in the expected form"]
        control = control_character(value, self.multiline)
        if control is not None:
            return [f"{where}: holds the control character {control}"]
        return []


@dataclass(frozen=True)
class Whole:
    """A whole number from `least` to `most` (true/false and 1.0 are not numbers here)."""

    least: int
    most: int

    def check(self, value: Any, where: str) -> list[str]:
        if not isinstance(value, int) or isinstance(value, bool):
            return [f"{where}: a whole number expected, found {_kind(value)}"]
        if not self.least <= value <= self.most:
            return [f"{where}: {value} is outside {self.least}–{self.most}"]
        return []


@dataclass(frozen=True)
class OneOf:
    """Exactly one of the listed values."""

    values: tuple[Any, ...]

    def check(self, value: Any, where: str) -> list[str]:
        if isinstance(value, bool) or not isinstance(value, str | int) or value not in self.values:
            shown = str(value)[:40] if isinstance(value, str | int) else _kind(value)
            return [f"{where}: {shown!r} is not one of {', '.join(map(str, self.values))}"]
        return []


@dataclass(frozen=True)
class Moment:
    """An ISO 8601 date and time with its offset, in the years `first`–`last`."""

    first: int
    last: int
    day_only: bool = False
    """A calendar date (``2026-06-20``) instead of a moment."""

    def check(self, value: Any, where: str) -> list[str]:
        if not isinstance(value, str) or len(value) > 40:
            return [f"{where}: a date {'' if self.day_only else 'and time '}expected"]
        try:
            parsed: date = (
                date.fromisoformat(value)
                if self.day_only
                else datetime.fromisoformat(value.replace("Z", "+00:00"))
            )
        except ValueError:
            return [f"{where}: {value!r} is not a date{'' if self.day_only else ' and time'}"]
        if isinstance(parsed, datetime) and parsed.tzinfo is None:
            return [f"{where}: {value!r} has no time zone"]
        # Checked on the fields as written, before any conversion could overflow.
        if not self.first <= parsed.year <= self.last:
            return [f"{where}: year {parsed.year} is outside {self.first}–{self.last}"]
        return []


@dataclass(frozen=True)
class Items:
    """A list of at most `most` items (at least `least`), each of `item`'s shape."""

    item: Shape
    most: int
    least: int = 0

    def check(self, value: Any, where: str) -> list[str]:
        if not isinstance(value, list):
            return [f"{where}: a list expected, found {_kind(value)}"]
        if not self.least <= len(value) <= self.most:
            return [f"{where}: {len(value)} items, {self.least}–{self.most} allowed"]
        return _each((self.item.check(v, f"{where}[{i}]") for i, v in enumerate(value)))


@dataclass(frozen=True)
class Table:
    """An object used as a table: at most `most` keys of `key`'s shape, values of `value`'s."""

    key: Text
    value: Shape
    most: int

    def check(self, value: Any, where: str) -> list[str]:
        if not isinstance(value, dict):
            return [f"{where}: an object expected, found {_kind(value)}"]
        if len(value) > self.most:
            return [f"{where}: {len(value)} entries, at most {self.most}"]
        return _each(
            self.key.check(k, f"{where} key") + self.value.check(v, f"{where}[{k[:60]!r}]")
            for k, v in value.items()
        )


@dataclass(frozen=True)
class Fields:
    """An object with the `required` fields and perhaps the `optional` ones (null = absent)."""

    required: dict[str, Shape]
    optional: dict[str, Shape] = field(default_factory=dict)

    def check(self, value: Any, where: str) -> list[str]:
        if not isinstance(value, dict):
            return [f"{where or 'manifest'}: an object expected, found {_kind(value)}"]
        prefix = f"{where}." if where else ""
        problems = []
        for name, shape in self.required.items():
            if name not in value:
                problems.append([f"{prefix}{name}: missing"])
            else:
                problems.append(shape.check(value[name], f"{prefix}{name}"))
        for name, shape in self.optional.items():
            if value.get(name) is not None:
                problems.append(shape.check(value[name], f"{prefix}{name}"))
        return _each(problems)


def _each(problem_lists: Any) -> list[str]:
    """The problems of many parts, stopping once `MAX_VIOLATIONS` are found."""
    found: list[str] = []
    for problems in problem_lists:
        found += problems
        if len(found) >= MAX_VIOLATIONS:
            break
    return found


def violations(value: Any, shape: Shape) -> list[str]:
    """Every problem of `value` against `shape` (at most `MAX_VIOLATIONS`), one line each."""
    return shape.check(value, "")[:MAX_VIOLATIONS]
