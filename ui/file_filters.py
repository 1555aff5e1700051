"""Name filters of the file dialogs, built from the suffixes the importer accepts.

The media service's lists decide what can be imported; a dialog with a list of
its own drifts from them (it once hid the HEIC/HEIF photos phones take, which the
library imports), so the patterns are derived here instead of written out.
"""

from __future__ import annotations

from collections.abc import Iterable

from sosmed_desktop.services.media.media import IMAGE_EXTENSIONS


def patterns(extensions: Iterable[str]) -> str:
    """Suffixes such as ".jpg" as a filter's patterns: "*.jpg *.jpeg …"."""
    return " ".join(f"*{suffix}" for suffix in extensions)


IMAGE_FILTER = patterns(IMAGE_EXTENSIONS)
