"""PySide6's search of every imported module's source is turned off (`ui/import_cost.py`)."""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

import pytest

from ui.import_cost import skip_feature_scan


def test_the_pinned_pyside6_has_the_search_to_turn_off() -> None:
    """Fails when a PySide6 upgrade moves its internals: then look again at the cost."""
    assert skip_feature_scan()


def test_a_module_imported_later_is_not_read_and_still_uses_qt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    skip_feature_scan()
    (tmp_path / "uses_qt_later.py").write_text(
        "from PySide6.QtCore import QObject, Qt\n"
        "ALIGN = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)\n"
        "def name_of(text):\n"
        "    obj = QObject()\n"
        "    obj.setObjectName(text)\n"
        "    return obj.objectName()\n",
        encoding="utf-8",
    )
    read: list[object] = []
    original = inspect.getsource

    def getsource(obj: object) -> str:
        read.append(obj)
        return original(obj)

    monkeypatch.setattr(inspect, "getsource", getsource)
    monkeypatch.syspath_prepend(str(tmp_path))
    module = __import__("uses_qt_later")  # an import statement: the hook sees it
    try:
        assert read == []
        assert sys.modules["shibokensupport.feature"].pyside_feature_dict["uses_qt_later"] == -1
        assert module.name_of("pos") == "pos" and module.ALIGN == 0x21
    finally:
        sys.modules.pop("uses_qt_later", None)
