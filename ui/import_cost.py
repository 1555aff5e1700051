"""PySide6 reads the source of every module imported after it; the app turns that off.

Importing PySide6 replaces Python's import with one that, after each new module,
searches the module's source file for the word "PySide6"
(`shibokensupport.feature`): such modules may opt in to PySide6's
``from __feature__ import snake_case`` syntax.  Sosmed Desktop uses no such feature,
and the search read the whole source of every module imported after Qt — the
window's own modules before its first paint, then SQLAlchemy, the models and the
services while the database opens (importing SQLAlchemy and the models took 470 ms
after Qt against 370 ms without it on the 2-core machine).  Every module is now
recorded as not using a feature, which is what each of them is.  (A frozen build
has no source files; there the search failed at once anyway.)
"""

from __future__ import annotations

import sys
from types import ModuleType


def skip_feature_scan() -> bool:
    """Turn the search off; False (and nothing changed) where PySide6's internals differ."""
    import PySide6.QtCore  # noqa: F401  # installs the import hook and the module below

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_no_feature
    return True


def _uses_no_feature(_module: ModuleType) -> bool:
    return False
