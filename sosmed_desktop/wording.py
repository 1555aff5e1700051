"""Counting in the English of the headless commands and of the core's error details.

The window words counts through Qt's numerus forms (``tr("%n post(s)", "", n)``,
with an English catalogue for the singular and plural); the command line and the
details of domain errors are English only and count with `count` ("1 post",
"3 posts"), never with "post(s)" or "1 posts".
"""

from __future__ import annotations


def count(number: int, noun: str, plural: str | None = None) -> str:
    """`number` and `noun`, plural unless one: "1 post", "2 posts", "2 new media files"."""
    if number == 1:
        return f"{number} {noun}"
    return f"{number} {plural or noun + 's'}"
