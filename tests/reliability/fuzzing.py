"""Shared pieces of the fuzz tests: mutations of good files, a hang guard, counters.

A mutation starts from a valid sample and applies a few edits a damaged
transfer or a careless tool makes: flipped bits, overwritten runs, bytes cut
out or inserted, a cut-off end, a duplicated region.  Hypothesis chooses them
(and shrinks a failure to a small case); runs are derandomised so that CI sees
the same inputs every time.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
from collections.abc import Iterator
from datetime import timedelta

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

HANG_SECONDS = 10  # one input taking longer than this is a hang, not slowness
TRIED: dict[str, int] = {}


def fuzz_settings(examples: int) -> settings:
    """Deterministic runs with a per-input deadline; no example database in the repo."""
    return settings(
        max_examples=examples,
        deadline=timedelta(seconds=3),
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


@st.composite
def mutated(draw: st.DrawFn, samples: tuple[bytes, ...]) -> bytes:
    """A valid sample with one to eight edits."""
    data = bytearray(draw(st.sampled_from(samples)))
    for _ in range(draw(st.integers(1, 8))):
        if not data:
            break
        kind = draw(st.sampled_from(("flip", "overwrite", "delete", "insert", "cut", "repeat")))
        at = draw(st.integers(0, len(data) - 1))
        if kind == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "overwrite":
            chunk = draw(st.binary(min_size=1, max_size=32))
            data[at : at + len(chunk)] = chunk
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif kind == "cut":
            del data[at:]
        else:
            data[at:at] = data[at : at + draw(st.integers(1, 256))]
    return bytes(data)


def inputs(samples: tuple[bytes, ...], random_size: int = 4096) -> st.SearchStrategy[bytes]:
    """Mostly mutated samples, sometimes plain random bytes."""
    return st.one_of(mutated(samples), mutated(samples), st.binary(max_size=random_size))


@contextlib.contextmanager
def hang_guard(seconds: int = HANG_SECONDS) -> Iterator[None]:
    """Fail with TimeoutError if the body runs longer than `seconds` (POSIX main thread)."""
    usable = sys.platform != "win32" and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expire(_signum: int, _frame: object) -> None:
        raise TimeoutError(f"no answer within {seconds} s: a hang")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def count(target: str) -> None:
    """One more input tried against `target`."""
    TRIED[target] = TRIED.get(target, 0) + 1
