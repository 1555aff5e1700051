"""Where the files shipped with the application are: a source checkout or a frozen build.

From source, ``resources/`` sits beside the packages.  In a PyInstaller build
the interpreter runs from the installation folder and the data files are
unpacked under ``sys._MEIPASS`` (the ``_internal`` folder of a one-folder
build).  Every module asks `resource` for its fonts, icons, translations and
spec file, so a frozen build finds them wherever IT installed it.
"""

from __future__ import annotations

import sys
from pathlib import Path

SOURCE_ROOT = Path(__file__).resolve().parent.parent


def is_frozen() -> bool:
    """Whether this is a frozen build (PyInstaller) rather than Python running the source."""
    return bool(getattr(sys, "frozen", False))


def bundle_root() -> Path:
    """The folder holding ``resources/``: the checkout, or the frozen build's data folder."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).resolve().parent))
    return SOURCE_ROOT


def resource(*parts: str) -> Path:
    """A file or folder under ``resources/``, e.g. ``resource("fonts", "OFL.txt")``."""
    return bundle_root().joinpath("resources", *parts)
