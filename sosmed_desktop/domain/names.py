"""The one rule for the names the officer gives to saved things (programs, hashtag groups,
snippets): spaces tidied, not empty, not longer than the list allows."""

from __future__ import annotations

from sosmed_desktop.errors import ValidationError


def clean_name(name: str, limit: int) -> str:
    """`name` with its spaces tidied; refused (``name_required``, ``name_too_long``) when
    empty or longer than `limit` characters."""
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError(code="name_required", detail="the name is empty")
    if len(clean) > limit:
        raise ValidationError(code="name_too_long", detail="name too long", limit=limit)
    return clean
