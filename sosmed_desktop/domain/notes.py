"""What a data note must hold, and when its figure is out of date (no I/O).

The same rules serve the form and the CSV import: `note_problems` lists every
problem of one note (a CSV row wants all of them, not only the first), and the
service raises the first one as a `ValidationError`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from urllib.parse import urlsplit

from sosmed_desktop.errors import ValidationError

LIMITS = {"title": 300, "unit": 60, "period": 120, "source": 300, "link": 2000, "tag": 80}
REQUIRED = ("title", "source")
FIELD_NAMES = {"as_of": "as-of date"}


@dataclass(frozen=True)
class NoteInput:
    """A data note as typed or imported; `value` is already a number."""

    title: str
    value: Decimal
    source: str
    unit: str = ""
    period: str = ""
    as_of: date | None = None
    link: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field: `code` is required/too_long/link/number/date/columns/
    control (an invisible character, `value` names it: ``U+FEFF``); a platform's result
    file adds time (a publish time not read), too_large and duplicate (the line of the
    same post's earlier row in `value`)."""

    field: str
    code: str
    value: str = ""
    limit: int = 0

    def message(self) -> str:
        """English text for the command line and logs."""
        name = FIELD_NAMES.get(self.field, self.field)
        texts = {
            "required": f"{name} is empty",
            "too_long": f"{name} is longer than {self.limit} characters",
            "link": f"{self.value!r} is not a web link (http:// or https://)",
            "number": f"{name} {self.value!r} is not a number",
            "date": f"{name} {self.value!r} is not a date "
            "(use 2022-06-20, 20/06/2022 or 20 Juni 2022)",
            "columns": f"the row has {self.value} fields, the header has {self.limit}",
            "control": f"{name} holds an invisible control character ({self.value})",
            "time": f"{name} {self.value!r} is not a time the platforms' exports write",
            "too_large": f"{name} {self.value!r} is far larger than any audience",
            "duplicate": f"the same post is on line {self.value} already",
        }
        return texts.get(self.code, f"{self.field}: {self.code}")


class NoteFieldError(ValidationError):
    """A data note field breaks a rule; `field` and `problem` let the UI word it."""

    code = "note_invalid"
    template = "Data note: {detail}"


def clean_tags(raw: tuple[str, ...] | list[str] | str) -> tuple[str, ...]:
    """Tags without "#", surrounding or doubled spaces and duplicates (ignoring case)."""
    items = re.split(r"[,;|]", raw) if isinstance(raw, str) else list(raw)
    seen: dict[str, str] = {}
    for item in items:
        name = " ".join(item.strip().lstrip("#").split())[: LIMITS["tag"]]
        if name and name.casefold() not in seen:
            seen[name.casefold()] = name
    return tuple(seen.values())


def is_web_link(text: str) -> bool:
    """An http(s) address with a host: what a browser opens from a data note."""
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in text


def note_problems(data: NoteInput) -> list[Problem]:
    """Every rule the (stripped) fields of `data` break, in field order."""
    problems = []
    texts = {
        "title": data.title,
        "unit": data.unit,
        "period": data.period,
        "source": data.source,
        "link": data.link,
    }
    for name, text in texts.items():
        if name in REQUIRED and not text.strip():
            problems.append(Problem(name, "required"))
        elif len(text.strip()) > LIMITS[name]:
            problems.append(Problem(name, "too_long", limit=LIMITS[name]))
    link = data.link.strip()
    if link and len(link) <= LIMITS["link"] and not is_web_link(link):
        problems.append(Problem("link", "link", value=link))
    return problems


def clean_note(data: NoteInput) -> NoteInput:
    """`data` stripped and checked; raises `NoteFieldError` for the first problem."""
    problems = note_problems(data)
    if problems:
        first = problems[0]
        raise NoteFieldError(
            field=first.field,
            problem=first.code,
            limit=first.limit,
            value=first.value,
            detail=first.message(),
        )
    if not data.value.is_finite():
        raise NoteFieldError(field="value", problem="number", value=str(data.value), detail="NaN")
    return NoteInput(
        title=data.title.strip(),
        value=data.value,
        source=data.source.strip(),
        unit=data.unit.strip(),
        period=data.period.strip(),
        as_of=data.as_of,
        link=data.link.strip(),
        tags=clean_tags(data.tags),
    )


def age_in_days(reference: date, today: date) -> int:
    """Whole days from a note's date (its "as of" date, else when it was recorded)."""
    return (today - reference).days


def is_stale(reference: date, today: date, max_age_days: int) -> bool:
    """Older than the configured age: check for newer figures before citing it."""
    return age_in_days(reference, today) > max_age_days
