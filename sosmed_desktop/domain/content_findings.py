"""What a content check reports: a finding with its code, severity, parameters and spans.

Kept apart from the checks themselves so that every check module (personal
data and figures in `content_checks.py`, a platform's own rules in
`platform_rules.py`, spelling in `spelling_checks.py`) returns the same type.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sosmed_desktop.domain.captions import Span


class Severity(StrEnum):
    """How much a finding matters; only errors block submitting."""

    ERROR = "error"
    WARNING = "warning"
    SUGGESTION = "suggestion"


@dataclass(frozen=True)
class Finding:
    """One problem found, with the caption spans to highlight (may be empty)."""

    code: str
    severity: Severity
    params: dict[str, Any] = field(default_factory=dict)
    spans: tuple[Span, ...] = ()
    platform: str | None = None
