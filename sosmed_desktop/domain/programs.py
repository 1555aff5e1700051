"""The rules of a program's name and calendar colour, and the palette offered for it.

A program ("Cegah Stunting", "Imunisasi") colours its posts in the calendar:
a bar at the chip's edge and the legend's swatch, both on a white page.  The
palette holds colours that stand out there for everyone: each has at least
the 3:1 contrast against white that WCAG 2.1 (1.4.11) asks of graphics, and
they differ in hue as well as lightness.  Another colour may be chosen (a
department's own); only its form is checked: ``#rrggbb``.
"""

from __future__ import annotations

import re

from sosmed_desktop.errors import ValidationError

NAME_MAX = 80
PALETTE: tuple[str, ...] = (
    "#1d4ed8",  # blue
    "#15803d",  # green
    "#b91c1c",  # red
    "#a16207",  # ochre
    "#7e22ce",  # purple
    "#0e7490",  # teal
    "#c2410c",  # orange
    "#be185d",  # pink
    "#4d7c0f",  # olive
    "#475569",  # slate
)
"""Colours for programs, in the order a new program is given them."""
MIN_CONTRAST = 3.0
_HEX = re.compile(r"#?([0-9a-fA-F]{6})")


def clean_colour(colour: str) -> str:
    """``#rrggbb`` in lower case (a missing ``#`` is added); anything else is refused."""
    match = _HEX.fullmatch(colour.strip())
    if match is None:
        raise ValidationError(
            code="program_colour_invalid", detail=f"{colour!r} is not #rrggbb", colour=colour
        )
    return f"#{match.group(1).lower()}"


def next_colour(used: set[str]) -> str:
    """The first palette colour no program uses yet (the first one when all are used)."""
    return next((c for c in PALETTE if c not in used), PALETTE[0])


def _luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of ``#rrggbb``."""
    channels = [int(clean_colour(colour)[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_on_white(colour: str) -> float:
    """The WCAG contrast ratio of `colour` against white (1 to 21)."""
    return 1.05 / (_luminance(colour) + 0.05)


def is_faint(colour: str) -> bool:
    """Whether `colour` is hard to see on the calendar's white page (below 3:1)."""
    return contrast_on_white(colour) < MIN_CONTRAST
