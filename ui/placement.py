"""Where a window opens: inside the screen's available area (the taskbar left out).

Before a window is first shown its frame (title bar, borders) is not known yet, so
`FRAME` keeps room for it: an editor opened on a 1366×768 laptop keeps its bottom
edge and its buttons on the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME = QMargins(8, 38, 8, 8)
"""Room for a window manager's frame around the window's contents."""
MARGIN = 20
"""Space between a placed window and the edges of the screen."""


def client_rect(area: QRect, wanted: QSize, offset: int = 0) -> QRect:
    """The contents' rectangle of a window of at most `wanted`, `offset` pixels down
    and right of the area's corner (cascading), whose frame lies inside `area`."""
    room = area.marginsRemoved(FRAME)
    width = max(1, min(wanted.width(), room.width() - 2 * MARGIN))
    height = max(1, min(wanted.height(), room.height() - 2 * MARGIN))
    left = min(room.left() + MARGIN + offset, room.right() + 1 - width)
    top = min(room.top() + MARGIN + offset, room.bottom() + 1 - height)
    return QRect(left, top, width, height)


def available_area(window: QWidget) -> QRect | None:
    """The available geometry of the window's screen (of the primary one before it shows)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def place(window: QWidget, wanted: QSize, offset: int = 0) -> None:
    """Give `window` at most `wanted` as size, placed inside its screen (`client_rect`)."""
    area = available_area(window)
    if area is None:
        window.resize(wanted)
    else:
        window.setGeometry(client_rect(area, wanted, offset))


def fits(window: QWidget) -> bool:
    """Whether a normal window restored from a remembered geometry lies inside its
    screen's available area; a maximised or full-screen one always fits."""
    if window.isMaximized() or window.isFullScreen():
        return True
    area = available_area(window)
    # Restored, the frame's top-left corner is where it was: only the bottom border is not
    # counted in the geometry Qt restores (and fits to the screen without it).
    bottom = QMargins(0, 0, 0, FRAME.bottom())
    return area is None or area.contains(window.geometry().marginsAdded(bottom))
