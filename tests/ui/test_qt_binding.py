"""Guards against known defects of the Qt binding the application cannot live with."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    ping = Signal()


def test_emitting_a_signal_keeps_the_reference_count_of_true(qapp) -> None:
    # PySide6 6.12.0 released one reference to True on every emit(); after a few
    # hundred signals (every background task emits one) Python aborted with
    # "bool_dealloc: deallocating True or False".  pyproject.toml excludes it.
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.ping.emit()
    assert sys.getrefcount(True) >= before - 5
