"""Sweeping a widget tree for text from people shown as HTML (issue 15).

`PAYLOAD` is what a hostile title looks like: an image to load and a fake
heading.  `sweep` walks every label, tooltip, text view and item model under a
widget and returns each place where the payload would be *rendered* (Qt took it
for rich text) instead of shown as the characters it is, and `shown` tells
whether it appears literally at all (so a sweep that found nothing to check
does not pass unnoticed).  `AccessProbe` is the image: a FIFO whose opening is
recorded by a thread that answers it, so a label that does load it neither
hangs the test nor goes unseen.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QToolTip,
    QWidget,
)

from ui.search.hits import HTML_ROLE, HtmlDelegate

HEADING = "<h1>JUDUL PALSU</h1>"
rich_text_guess = QtGuiNamespace.mightBeRichText
"""Qt's own guess whether a label's or tooltip's text is HTML."""


# Answers each opening of the FIFO at once and notes it.  A process of its own: Qt
# reads the image while holding Python's lock, so a thread here could never answer.
_ANSWER = """
import os, sys
fifo, notes = sys.argv[1], sys.argv[2]
while True:
    os.close(os.open(fifo, os.O_WRONLY))
    with open(notes, "a") as fh:
        fh.write("opened\\n")
"""


class AccessProbe:
    """A FIFO standing for an image: records whether anything opened it."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "probe.png"
        self.notes = folder / "probe-opened.txt"
        os.mkfifo(self.path)
        self._answer = subprocess.Popen(
            [sys.executable, "-c", _ANSWER, str(self.path), str(self.notes)]
        )

    def opened(self) -> bool:
        """Whether anything opened the image so far."""
        return self.notes.exists() and bool(self.notes.read_text())

    def close(self) -> None:
        """Remove the FIFO first (a widget laid out again later finds no file), then stop."""
        self.path.unlink()
        self._answer.terminate()
        self._answer.wait(5)


def payload(probe: AccessProbe) -> str:
    return f'<img src="{probe.path}">{HEADING}'


def _rendered(text: str, rich: bool) -> str:
    """What a person sees of `text` (rich: as Qt lays the HTML out)."""
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _label_is_rich(label: QLabel) -> bool:
    form = label.textFormat()
    if form == Qt.TextFormat.PlainText:
        return False
    return form == Qt.TextFormat.RichText or rich_text_guess(label.text())


@dataclass
class Sweep:
    """Where the heading was rendered as HTML, and whether it was seen literally anywhere."""

    problems: list[str] = field(default_factory=list)
    literal: int = 0

    def text(self, where: str, raw: str, rich: bool) -> None:
        if "JUDUL PALSU" not in raw:
            return
        seen = _rendered(raw, rich)
        if HEADING in seen:
            self.literal += 1
        elif "JUDUL PALSU" in seen:
            self.problems.append(f"{where}: rendered as HTML: {raw[:120]!r}")

    def tooltip(self, where: str, tip: str, widget: QWidget) -> None:
        self.text(f"{where} tooltip", tip, rich_text_guess(tip))
        if "JUDUL PALSU" in tip:  # shown, so that an image in it would be loaded now
            QToolTip.showText(widget.mapToGlobal(QPoint(2, 2)), tip, widget)
            QToolTip.hideText()


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or hex(id(widget))})"


def _model_texts(view: QAbstractItemView, sweep: Sweep) -> None:
    model = view.model()
    if model is None:
        return
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    flat = isinstance(model, QAbstractListModel)  # its columnCount is not public
    pending = [QModelIndex()]
    seen = 0
    while pending and seen < 2000:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            for column in range(1 if flat else max(1, model.columnCount(parent))):
                index = model.index(row, column, parent)
                seen += 1
                for role in roles:
                    value = index.data(role)
                    if not isinstance(value, str):
                        continue
                    where = f"{_name(view)}[{row},{column}]"
                    if role == Qt.ItemDataRole.ToolTipRole:
                        sweep.tooltip(where, value, view.viewport())
                    else:  # an item delegate draws its display text as it is
                        sweep.text(where, value, False)
                if column == 0 and _has_children(model, index):
                    pending.append(index)
    if isinstance(view.itemDelegate(), HtmlDelegate):  # lays out rich text (search hits)
        for row in range(model.rowCount()):
            value = model.index(row, 0).data(HTML_ROLE)
            if isinstance(value, str):
                sweep.text(f"{_name(view)}[{row}] html", value, True)


def _has_children(model: object, index: QModelIndex) -> bool:
    try:
        return bool(model.hasChildren(index))  # type: ignore[attr-defined]
    except TypeError:  # not public in a flat model
        return False


def sweep(root: QWidget, found: Sweep | None = None) -> Sweep:
    """Check `root` and every widget under it (painted first, so images would load)."""
    found = found if found is not None else Sweep()
    root.grab()
    QApplication.processEvents()
    for widget in [root, *root.findChildren(QWidget)]:
        name = _name(widget)
        if widget.toolTip():
            found.tooltip(name, widget.toolTip(), widget)
        if isinstance(widget, QLabel):
            found.text(name, widget.text(), _label_is_rich(widget))
        elif isinstance(widget, QTextEdit):
            # A text view shows its document: the heading must be in its plain text.
            found.text(name, widget.toPlainText(), False)
            if "JUDUL PALSU" in widget.toHtml() and HEADING not in widget.toPlainText():
                found.problems.append(f"{name}: rendered as HTML")
        elif isinstance(widget, QPlainTextEdit):
            found.text(name, widget.toPlainText(), False)
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                found.text(f"{name}[{i}]", widget.itemText(i), False)
                tip = widget.itemData(i, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    found.tooltip(f"{name}[{i}]", tip, widget)
        if isinstance(widget, QAbstractItemView):
            _model_texts(widget, found)
    return found
