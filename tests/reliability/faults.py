"""Injecting a full disk at the file layer: the n-th file operation raises OSError(ENOSPC).

Intercepts what the application's own write paths call — creating a temporary
file, writing through ``os.fdopen``, ``fsync``, rename, replace and hard link —
the way SQLite's test suite injects I/O errors at increasing counts.  SQLite's
own writes are not Python calls; a real tiny file system tests those.
"""

from __future__ import annotations

import errno
import os
import tempfile
from typing import Any

import pytest


class _FaultyFile:
    """A file object whose writes go through the injector first."""

    def __init__(self, disk: FaultyDisk, real: Any) -> None:
        self._disk = disk
        self._real = real

    def write(self, data: bytes) -> int:
        self._disk.tick("write")
        return self._real.write(data)

    def __enter__(self) -> _FaultyFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._real.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


class FaultyDisk:
    """Raises ENOSPC at file operation number `fail_at` (and after it, when `sticky`)."""

    def __init__(self, fail_at: int, *, sticky: bool = True) -> None:
        self.fail_at = fail_at
        self.sticky = sticky
        self.calls = 0
        self.tripped = 0

    def tick(self, what: str) -> None:
        self.calls += 1
        if self.calls == self.fail_at or (self.sticky and self.calls > self.fail_at):
            self.tripped += 1
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), what)

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Route the intercepted calls through `tick` until the monkeypatch is undone."""
        real_fdopen, real_mkstemp = os.fdopen, tempfile.mkstemp

        def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
            return _FaultyFile(self, real_fdopen(fd, *args, **kwargs))

        def mkstemp(*args: Any, **kwargs: Any) -> Any:
            self.tick("mkstemp")
            return real_mkstemp(*args, **kwargs)

        monkeypatch.setattr(os, "fdopen", fdopen)
        monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
        for name in ("fsync", "replace", "rename", "link"):
            real = getattr(os, name)
            monkeypatch.setattr(os, name, self._wrap(name, real))

    def _wrap(self, name: str, real: Any) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            self.tick(name)
            return real(*args, **kwargs)

        return call
