"""Before Qt loads its X11 platform plugin (xcb) on Linux: are the libraries it needs there?

Without one of them Qt aborts with "Could not load the Qt platform plugin "xcb"" and
blames the first library it tried (often libxcb-cursor0, even when libxcb-icccm4 and
libxcb-keysyms1 were the ones missing).  This check looks for each library the plugin
needs by the name the dynamic loader knows it by and names every missing Debian/Ubuntu
package, in Indonesian and English, on stderr and in the log.  It only warns: Qt still
tries, and its own message follows if it fails.

The default finder loads the library (`ctypes.CDLL`, what Qt does a moment later):
about 10 ms for the whole list, where `ctypes.util.find_library` spawns ``ldconfig``
and a compiler per name (90 ms, measured under load, at every start).  No Qt here:
this runs before the QApplication exists.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import TextIO

log = logging.getLogger(__name__)

XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1",
}
"""The libraries Qt's xcb plugin is linked against (``readelf -d libqxcb.so``, Qt 6),
with the Debian/Ubuntu package of each."""

Finder = Callable[[str], object]
"""Given a library's file name, something true when the library can be loaded."""


def loadable(soname: str) -> bool:
    """Whether the dynamic loader finds and loads `soname`."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb(argv: Sequence[str], environ: Mapping[str, str], platform: str) -> bool:
    """Whether Qt will try its xcb plugin: on Linux, unless another platform is chosen
    (``-platform NAME`` or ``QT_QPA_PLATFORM``; the first of a ``;`` list is tried first)."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if "-platform" in argv[:-1]:
        chosen = argv[list(argv).index("-platform") + 1]
    return not chosen or chosen.split(";")[0].split(":")[0] == "xcb"


def missing_packages(find: Finder = loadable) -> list[str]:
    """The packages of the xcb plugin's libraries that `find` does not find."""
    return [package for soname, package in XCB_LIBRARIES.items() if not find(soname)]


def missing_message(packages: Sequence[str]) -> str:
    """What the officer (or IT) reads: which packages to install, in both languages."""
    command = "sudo apt install " + " ".join(packages)
    return (
        "Sosmed Desktop: pustaka sistem yang dibutuhkan Qt untuk membuka jendela belum "
        f"terpasang. Pasang dengan:\n    {command}\n"
        "Sosmed Desktop: system libraries Qt needs to open the window are missing. "
        f"Install them with:\n    {command}"
    )


def warn_if_missing(
    argv: Sequence[str],
    *,
    environ: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
    find: Finder = loadable,
    stream: TextIO | None = None,
) -> list[str]:
    """Check before the QApplication is created; say what is missing (stderr, log).
    Returns the missing packages."""
    if not uses_xcb(argv, environ, platform):
        return []
    packages = missing_packages(find)
    if packages:
        text = missing_message(packages)
        print(text, file=stream or sys.stderr)
        log.error("%s", text)
    return packages
