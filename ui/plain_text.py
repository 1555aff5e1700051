"""Text from people and packages, shown as plain text in every Qt widget.

Qt guesses: a QLabel with the default `Qt.AutoText` and every tooltip render a
string as HTML when it *looks* like HTML (`Qt.mightBeRichText`).  A title such as
``<img src="\\\\server\\x.png"><h1>JUDUL PALSU</h1>`` would then load an image (a
local file, a FIFO that hangs the GUI, a network path on Windows) and show a fake
heading.  Titles, captions, names, directions, notes and anything read from a
package go through these functions instead of straight into `setText`/`setToolTip`:

* `plain_label` / `make_plain`: a label that never interprets its text;
* `set_plain_tooltip` and `as_html`: a tooltip (a widget's, or an item model's
  ``ToolTipRole``) that shows exactly its characters;
* `escape`: a piece of person's text inside rich text built from parts (a search
  hit, a caption preview, a table of facts);
* `plain_box`: a message box (a question naming a post, an error's message,
  which may quote a package) that shows its text as it is.
"""

from __future__ import annotations

import html
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

Shown = TypeVar("Shown", QLabel, QMessageBox)


def as_html(text: str) -> str:
    """`text` as rich text that shows exactly those characters (line breaks kept).

    For places that take HTML anyway (tooltips, rich labels built from parts).
    Spaces stay spaces, so a long text still wraps.
    """
    return QtGui.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def escape(text: str) -> str:
    """`text` to put inside HTML: every ``<``, ``>``, ``&`` and quote shown as itself."""
    return html.escape(text)


def make_plain(widget: Shown) -> Shown:
    """`widget` (a label, a message box), from now on never interpreting its text as HTML."""
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that never interprets `text` as HTML."""
    label = make_plain(QLabel(parent))
    label.setText(text)
    return label


def set_plain_tooltip(widget: QWidget, text: str) -> None:
    """A tooltip showing `text` literally ('' removes the tooltip)."""
    widget.setToolTip(as_html(text) if text else "")


def plain_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
) -> QMessageBox:
    """A message box showing `text` as it is (call ``exec()``; add buttons first if needed)."""
    return make_plain(QMessageBox(icon, title, text, buttons, parent))


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question showing `text` as it is; True for yes."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = plain_box(parent, QMessageBox.Icon.Question, title, text, buttons)
    return box.exec() == QMessageBox.StandardButton.Yes


def action_text(text: str) -> str:
    """`text` as a menu entry or button text: an "&" is shown, not taken as a mnemonic.

    "Draf & Persetujuan" would otherwise show as "Draf _Persetujuan" with Alt+P bound.
    """
    return text.replace("&", "&&")
