"""Figures the reliability tests measure, printed at the end of the pytest run.

The issue's closing note needs them: kills survived, bad inputs tried, data
lost.  Each test records its own; `conftest.py` prints them in the terminal
summary (also with ``-q``).
"""

from __future__ import annotations

FIGURES: dict[str, str] = {}


def record(name: str, value: object) -> None:
    """Remember one figure under `name` (a later value replaces an earlier one)."""
    FIGURES[name] = str(value)


def add(name: str, amount: int) -> None:
    """Add to a counted figure (several tests feeding one total)."""
    FIGURES[name] = str(int(FIGURES.get(name, "0")) + amount)
