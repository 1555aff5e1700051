"""Prints the reliability figures (kills survived, bad inputs tried, data lost) after the run."""

from __future__ import annotations

import pytest

from tests.reliability.figures import FIGURES


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not FIGURES:
        return
    terminalreporter.write_sep("=", "reliability figures")
    width = max(len(name) for name in FIGURES)
    for name, value in sorted(FIGURES.items()):
        terminalreporter.write_line(f"{name:<{width}}  {value}")
