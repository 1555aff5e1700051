"""Personal data in a caption (UU 27/2022): find it, and the officer's recorded exceptions.

What is found, each as its own *kind*:

* ``nik`` — a 16-digit population number in any grouping people type: plain
  (``3275011205900001``), spaced or dotted in fours (``3275 0112 0590 0001``,
  ``3216.0515.0890.0001``), by its parts (``327501 120590 0001``,
  ``32.75.01.120590.0001``).  Every 16-digit number counts, also one whose
  birth-date part is unusual (a wrong or test NIK is still somebody's number, and
  a bank card or virtual account number is personal too).  Thousands grouping
  (``1.000.000.000.000.000``) is an amount, not a number of a person.
* ``kk`` — the same 16 digits after "KK", "No. KK", "NKK" or "Kartu Keluarga".
* ``phone`` — mobiles (``0812…``, ``+62 812…``, ``62812…``) and landlines with
  their area code (``(021) 8997-0123``, ``021-8997-0123``, ``+62 21 8997 0123``,
  ``0274 512345``).
* ``email`` — e-mail addresses.
* ``plate`` — Indonesian vehicle plates (``B 1234 KJT``, ``F 1 AB``, ``T1234AB``).

Each is an *error*: it blocks submitting and approving, unless the officer records
an exception for that very value with a reason ("izin tertulis orang tua",
"nomor layanan resmi Dinas").  An exception is bound to the value's `key` (the
digits of a number, the address in lower case, the plate without spaces), so the
same number typed with other spaces stays excepted and any other number does not.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import regex

from sosmed_desktop.domain.captions import Span, find_urls

KINDS = ("nik", "kk", "phone", "email", "plate")
REASON_MAX = 500

# A run of digits with single separators between groups (space, dot, dash, no-break space).
DIGIT_RUN = regex.compile(r"(?<![\p{N}\p{L}_@])\d+(?:[ .\-\u00a0]\d+)*(?![\p{N}\p{L}_@])")
GROUP = regex.compile(r"\d+")
KK_BEFORE = regex.compile(
    r"(?:\bN\.?\s?KK|\bK\.?K\.?|kartu\s+keluarga)\s*(?:no(?:mor)?\.?)?\s*[:.]?\s*$", regex.I
)
MOBILE = regex.compile(
    r"(?<![\p{N}\p{L}+])(?:\+62|62|0)[\s.-]?(?:\(0\)[\s.-]?)?8(?:[\s.-]?\d){8,11}(?![\p{N}])"
)
# A landline: the area code (02x … 09xx, not 08 which is mobile) as 0AA, (0AA), +62 AA or
# (+62 AA), then a subscriber number of 5 to 8 digits in at most two groups.
LANDLINE = regex.compile(
    r"""(?x)
    (?<![\p{N}\p{L}+(])
    (?: \(\+62\)[\s.-]?\(?0?(?P<area>[2-79]\d{1,2})\)?
      | \(\+62[\s.-]?(?P<area>[2-79]\d{1,2})\)
      | \+62[\s.-]?\(?0?(?P<area>[2-79]\d{1,2})\)?
      | \(0(?P<area>[2-79]\d{1,2})\)
      | 0(?P<area>[2-79]\d{1,2}) )
    [\s.-]?(?P<number>\d{2,4}(?:[\s.-]?\d{2,4})?)
    (?![\p{N}])
    """
)
EMAIL = regex.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
# Regional codes of Indonesian plates; a plate is "B 1234 KZX": code, 1-4 digits, 1-3 letters.
PLATE_REGIONS = (
    "A", "B", "D", "E", "F", "G", "H", "K", "L", "M", "N", "P", "R", "S", "T", "W", "Z",
    "AA", "AB", "AD", "AE", "AG", "BA", "BB", "BD", "BE", "BG", "BH", "BK", "BL", "BM", "BN",
    "BP", "DA", "DB", "DC", "DD", "DE", "DG", "DH", "DK", "DL", "DM", "DN", "DR", "DS", "DT",
    "DW", "EA", "EB", "ED", "KB", "KH", "KT", "KU", "PA", "PB", "PG",
)  # fmt: skip
PLATE = regex.compile(
    r"(?<![\p{L}\p{N}])(?:" + "|".join(sorted(PLATE_REGIONS, key=len, reverse=True)) + r")"
    r" ?\d{1,4} ?[A-Z]{1,3}(?![\p{L}\p{N}])"
)


@dataclass(frozen=True)
class Match:
    """One piece of personal data: its kind, the text as typed, where, and its key."""

    kind: str
    text: str
    span: Span

    @property
    def key(self) -> str:
        return personal_key(self.kind, self.text)


@dataclass(frozen=True)
class DataException:
    """The officer's decision that one value may be published, and why.

    `by` and `at` (ISO time) say who recorded it and when; the service fills them in.
    """

    kind: str
    value: str
    reason: str
    by: str = ""
    at: str = ""

    @property
    def key(self) -> str:
        return personal_key(self.kind, self.value)

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "value": self.value, "reason": self.reason,
                "by": self.by, "at": self.at}  # fmt: skip

    @classmethod
    def from_dict(cls, raw: dict[str, object]) -> DataException:
        return cls(*(str(raw.get(k, "") or "") for k in ("kind", "value", "reason", "by", "at")))


def personal_key(kind: str, text: str) -> str:
    """What identifies a value whatever its spacing: digits (a phone in its national
    form, 0…), the address folded to lower case, the plate without spaces."""
    if kind in ("nik", "kk"):
        return regex.sub(r"\D", "", text)
    if kind == "phone":
        digits = regex.sub(r"\D", "", text.replace("(0)", ""))
        if text.lstrip().startswith(("+62", "(+62", "62")) and digits.startswith("62"):
            digits = "0" + digits[2:]
        return digits
    if kind == "email":
        return text.strip().casefold()
    return regex.sub(r"\s", "", text).upper()


def _is_amount(groups: list[str]) -> bool:
    """Thousands grouping (1.000.000…): groups of three after a short first group."""
    return len(groups) > 1 and len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _sixteen_digit_numbers(text: str) -> list[Span]:
    """Spans of 16 digits in one grouping, inside any run of digit groups."""
    found: list[Span] = []
    for run in DIGIT_RUN.finditer(text):
        groups = list(GROUP.finditer(text, run.start(), run.end()))
        start = 0
        while start < len(groups):
            total, end = 0, start
            while end < len(groups) and total < 16:
                total += len(groups[end].group())
                end += 1
            chosen = [g.group() for g in groups[start:end]]
            if total == 16 and not _is_amount(chosen):
                found.append(Span(groups[start].start(), groups[end - 1].end()))
                start = end
            else:
                start += 1
    return found


def _landlines(text: str) -> list[Span]:
    spans = []
    for match in LANDLINE.finditer(text):
        number = regex.sub(r"\D", "", match.group("number"))
        if 5 <= len(number) <= 8:
            spans.append(Span(*match.span()))
    return spans


def _overlaps(span: Span, others: Iterable[Span]) -> bool:
    return any(span.start < o.end and o.start < span.end for o in others)


def find_matches(text: str) -> list[Match]:
    """Every piece of personal data in `text`, in the order of the kinds, then of the text."""
    found: list[Match] = []
    taken: list[Span] = []

    def add(kind: str, spans: Iterable[Span], avoid: Iterable[Span] = ()) -> None:
        avoid = list(avoid)
        for span in spans:
            if not _overlaps(span, taken) and not _overlaps(span, avoid):
                found.append(Match(kind, text[span.start : span.end], span))
                taken.append(span)

    for span in _sixteen_digit_numbers(text):
        before = text[max(0, span.start - 30) : span.start]
        add("kk" if KK_BEFORE.search(before) else "nik", [span])
    add("email", (Span(*m.span()) for m in EMAIL.finditer(text)))
    add("phone", sorted([*(Span(*m.span()) for m in MOBILE.finditer(text)), *_landlines(text)],
                        key=lambda s: (s.start, -s.end)))  # fmt: skip
    add("plate", (Span(*m.span()) for m in PLATE.finditer(text)), find_urls(text))
    order = {kind: index for index, kind in enumerate(KINDS)}
    return sorted(found, key=lambda m: (order[m.kind], m.span.start))
