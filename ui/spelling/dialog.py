"""The "Dictionary" dialog: the department's own words for the spell checker.

Reached from Edit → Dictionary….  The spell checker knows the Indonesian
dictionary, the program names, the tags and the profile's regency and
department; this list adds the rest an officer writes every day: places of
the regency, names of officials, abbreviations.  Words come here from the
editor's "Add to dictionary" too.  The officer adds words (several at once,
separated by spaces or commas) with a kind, filters the list and removes
words after a confirmation; adding and removing are undo steps of this dialog
(Undo / Redo, Ctrl+Z).  Every change runs through `services/posts/spelling.py` with
the workbench's operations, and the ``spelling`` change record tells open
editors to learn the words again.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.services.posts import spelling
from sosmed_desktop.services.posts.spelling import SpellingWordRow
from ui.list_dialog import ListDialog
from ui.plain_text import make_plain

if TYPE_CHECKING:
    from sosmed_desktop.db.uow import UnitOfWork
    from ui.workbench import Workbench

WORD_ROLE = Qt.ItemDataRole.UserRole
SEPARATORS = re.compile(r"[\s,;]+")


class DictionaryDialog(ListDialog):
    """The word list with its add row, filter and own undo stack."""

    KINDS = ("spelling",)

    def __init__(self, bench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(bench, parent)
        self.rows: list[SpellingWordRow] = []
        self.setObjectName("dictionaryDialog")
        self.setWindowTitle(self.tr("Dictionary"))
        self.resize(560, 520)
        layout = self.layout_
        intro = QLabel(
            self.tr(
                "Words the spell checker accepts beyond the Indonesian dictionary: places of "
                "the regency, names, abbreviations. Program names, tags and the regency and "
                "department of the profile are known without being listed here."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        layout.addWidget(intro)

        add_row = QHBoxLayout()
        self.word_edit = QLineEdit()
        self.word_edit.setObjectName("newWords")
        self.word_edit.setPlaceholderText(self.tr("New words, e.g. Cikarang Tambun"))
        self.word_edit.setAccessibleName(self.tr("New words"))
        self.word_edit.textChanged.connect(self.update_buttons)
        add_row.addWidget(self.word_edit, 1)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of word"))
        for kind in spelling.KINDS:
            self.kind.addItem(self.kind_text(kind), kind)
        add_row.addWidget(self.kind)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setDefault(True)  # Enter adds what was typed (not Close)
        self.add_button.clicked.connect(lambda _checked=False: self.add())
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)

        self.filter = QLineEdit()
        self.filter.setObjectName("wordFilter")
        self.filter.setPlaceholderText(self.tr("Filter the list…"))
        self.filter.setAccessibleName(self.tr("Filter the list"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        layout.addWidget(self.filter)

        body = QHBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("wordList")
        self.list.setAccessibleName(self.tr("Words of the department"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemSelectionChanged.connect(self.update_buttons)
        body.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(lambda _checked=False: self.remove_selected())
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        body.addLayout(buttons)
        layout.addLayout(body, 1)
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        remove_key.activated.connect(self.remove_selected)

        self.status = make_plain(QLabel())  # it may quote the filter's text
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.finish()

    def kind_text(self, kind: str) -> str:
        return {
            "added": self.tr("Other word"),
            "place": self.tr("Place"),
            "name": self.tr("Name"),
        }[kind]

    # Loading ----------------------------------------------------------------------------
    def read(self, uow: UnitOfWork) -> list[SpellingWordRow]:
        return spelling.list_words(uow)

    def show_rows(self, rows: list[SpellingWordRow]) -> None:
        keep = set(self.selected_words())
        self.rows = rows
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(f"{row.word} · {self.kind_text(row.kind)}")
            item.setData(WORD_ROLE, row.word)
            self.list.addItem(item)
            item.setSelected(row.word in keep)
        self._apply_filter()

    def _apply_filter(self) -> None:
        needle = self.filter.text().strip().casefold()
        shown = 0
        for index in range(self.list.count()):
            item = self.list.item(index)
            hide = bool(needle) and needle not in str(item.data(WORD_ROLE)).casefold()
            item.setHidden(hide)
            shown += not hide
        if not self.rows:
            text = self.tr("No words yet. Add the places and names the department writes often.")
        elif needle and not shown:
            text = self.tr("No word contains “{text}”.").format(text=self.filter.text().strip())
        else:
            count = len(self.rows)  # a plain name: lupdate misses a call in the count
            text = self.tr("%n word(s) in the list", "", count)
        self.status.setText(text)
        self.update_buttons()

    def selected_words(self) -> list[str]:
        return [str(i.data(WORD_ROLE)) for i in self.list.selectedItems() if not i.isHidden()]

    def update_buttons(self) -> None:
        self.add_button.setEnabled(bool(self.word_edit.text().strip()))
        self.remove_button.setEnabled(bool(self.selected_words()))
        super().update_buttons()

    # The officer's changes ----------------------------------------------------------------
    def add(self) -> None:
        """Add the typed words with the chosen kind (undoable); those listed are skipped."""
        words = [w for w in SEPARATORS.split(self.word_edit.text()) if w]
        if not words:
            return
        kind = str(self.kind.currentData())
        listed = {r.word.casefold() for r in self.rows}
        new = [w for w in dict.fromkeys(words) if w.casefold() not in listed]
        if not new:
            self.status.setText(self.tr("Already in the list."))
            self.word_edit.selectAll()
            return

        def added(_words: list[str]) -> None:
            self.word_edit.clear()
            self.changed.emit()

        self.bench.ops.undoable(
            self, self.stack, self.tr("Add {words}").format(words=", ".join(new)),
            lambda uow: spelling.add_words(uow, new, kind),
            lambda uow, words: spelling.remove_words(uow, words) if words else [],
            done=added, undone=lambda _: self.changed.emit(),
            redone=lambda _: self.changed.emit(),
        )  # fmt: skip

    def remove_selected(self) -> None:
        """Remove the selected words after a confirmation (undoable)."""
        words = self.selected_words()
        if not words or not self._confirm(words):
            return
        self.bench.ops.undoable(
            self, self.stack, self.tr("Remove {words}").format(words=", ".join(words)),
            lambda uow: spelling.remove_words(uow, words),
            spelling.restore_words,
            redo=lambda uow, _removed: spelling.remove_words(uow, words),
            done=lambda _: self.changed.emit(), undone=lambda _: self.changed.emit(),
            redone=lambda _: self.changed.emit(),
        )  # fmt: skip

    def _confirm(self, words: list[str]) -> bool:
        box = make_plain(QMessageBox(self))  # the words are the officer's
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Dictionary"))
        if len(words) == 1:
            box.setText(self.tr("Remove “{word}” from the dictionary?").format(word=words[0]))
        else:
            count = len(words)
            box.setText(self.tr("Remove %n word(s) from the dictionary?", "", count))
            box.setInformativeText(", ".join(words[:20]) + (" …" if len(words) > 20 else ""))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Remove"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return QMessageBox.StandardButton(box.exec()) == QMessageBox.StandardButton.Yes
