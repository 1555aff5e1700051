"""How Windows names the running application: "Sosmed Desktop", not "Python".

Windows groups taskbar buttons and labels notifications by the process's
AppUserModelID.  Without an explicit one it derives the ID from the executable:
a source run is then ``pythonw.exe``, grouped and labelled as "Python".  So,
before the first window exists, a source run takes an explicit ID
(`SetCurrentProcessExplicitAppUserModelID`), and the ID's display name and icon
are registered for the current user under
``HKCU\\Software\\Classes\\AppUserModelId\\<ID>``, the documented place for
applications that are not packaged.

The frozen build keeps the ID Windows derives from ``SosmedDesktop.exe``: that
executable is the application (its version resource names it "Sosmed
Desktop"), and the ID then matches the Start-menu shortcut the installer
creates, so a pinned shortcut and the running window are one taskbar button.
An explicit ID would need the same ID written into the shortcut, which NSIS
cannot do without a third-party plug-in.  Nothing happens on other systems.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings

from sosmed_desktop import APP_DISPLAY_NAME
from sosmed_desktop.bundle import is_frozen, resource

log = logging.getLogger(__name__)

APP_USER_MODEL_ID = "SosmedDesktop.App"
REGISTRY_KEY = f"HKEY_CURRENT_USER\\Software\\Classes\\AppUserModelId\\{APP_USER_MODEL_ID}"
S_OK = 0


def _shell32() -> Any:
    import ctypes

    return ctypes.windll.shell32  # type: ignore[attr-defined]


def _registry() -> QSettings:
    return QSettings(REGISTRY_KEY, QSettings.Format.NativeFormat)


def claim_identity(
    platform: str = sys.platform,
    shell32: Callable[[], Any] = _shell32,
    registry: Callable[[], QSettings] = _registry,
) -> bool:
    """Give this process the application's ID and register its name; True when done.

    Must run before any window is created.  A failure is logged, never fatal:
    the application works the same, only labelled as its interpreter.
    """
    if platform != "win32" or is_frozen():
        return False
    try:
        result = shell32().SetCurrentProcessExplicitAppUserModelID(APP_USER_MODEL_ID)
    except (OSError, AttributeError) as exc:
        log.warning("AppUserModelID not set: %s", exc)
        return False
    if result != S_OK:
        log.warning("AppUserModelID not set: HRESULT %#x", result & 0xFFFFFFFF)
        return False
    settings = registry()
    if settings.value("DisplayName") != APP_DISPLAY_NAME:
        settings.setValue("DisplayName", APP_DISPLAY_NAME)
        settings.setValue("IconUri", str(resource("icons", "app.ico")))
        settings.sync()
    return True
