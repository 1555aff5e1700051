"""Text from people and packages, shown as plain text in every Qt widget.

Qt guesses: a QLabel with the default `Qt.AutoText` and every tooltip render a
string as HTML when it *looks* like HTML (`Qt.mightBeRichText`).  A title such as
``<img src="\\\\server\\x.png"><h1>JUDUL PALSU</h1>`` would then load an image (a
local file, a FIFO that hangs the GUI, a network path on Windows) and show a fake
heading.  Titles, captions, names, directions, notes and anything read from a
package go through these functions instead of straight into `setText`/`setToolTip`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QLabel, QWidget


def as_html(text: str) -> str:
    """`text` as rich text that shows exactly those characters (line breaks kept).

    For places that take HTML anyway (tooltips, rich labels built from parts).
    """
    return QtGui.convertFromPlainText(text)


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that never interprets `text` as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def set_plain_tooltip(widget: QWidget, text: str) -> None:
    """A tooltip showing `text` literally ('' removes the tooltip)."""
    widget.setToolTip(as_html(text) if text else "")


def action_text(text: str) -> str:
    """`text` as a menu entry or button text: an "&" is shown, not taken as a mnemonic.

    "Draf & Persetujuan" would otherwise show as "Draf _Persetujuan" with Alt+P bound.
    """
    return text.replace("&", "&&")
