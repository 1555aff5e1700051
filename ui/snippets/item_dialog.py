"""Writing one hashtag group or snippet: its name and its text.

Hashtags may be typed with or without "#", separated by spaces, commas or new
lines; the line under the field shows, as they are typed, the hashtags that will
be saved, or why they cannot be (`library.parse_hashtags` needs no database).
Saving is done by the management dialog in the background; when it is refused
(a name already used), the message is shown and this dialog stays open with
everything typed.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.errors import DomainError
from sosmed_desktop.services.posts.snippets import (
    GROUP,
    NAME_MAX,
    SNIPPET_MAX,
    EntryKind,
    parse_hashtags,
)
from ui.errors import describe
from ui.snippets.commands import Entry


class ItemDialog(QDialog):
    """The form of one entry, new (`entry` None) or existing."""

    submitted = Signal(str, str)
    """Save was pressed: the name and the text as typed."""

    def __init__(self, kind: EntryKind, entry: Entry | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind, self.entry = kind, entry
        group = kind == GROUP
        if group:
            title = self.tr("New hashtag group") if entry is None else self.tr("Hashtag group")
        else:
            title = self.tr("New snippet") if entry is None else self.tr("Snippet")
        self.setWindowTitle(title)
        self.resize(560, 340 if group else 440)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(entry.state.name if entry else "")
        self.name.setMaxLength(NAME_MAX)
        self.name.setPlaceholderText(
            self.tr("e.g. Stunting campaign") if group else self.tr("e.g. Standard sign-off")
        )
        form.addRow(self.tr("Name:"), self.name)
        layout.addLayout(form)
        self.content_label = QLabel(self.tr("Hashtags:") if group else self.tr("Text:"))
        layout.addWidget(self.content_label)
        self.content = QPlainTextEdit(entry.state.content if entry else "")
        self.content.setTabChangesFocus(True)
        self.content.setPlaceholderText(
            self.tr("#BekasiSehat #CegahStunting, GiziSeimbang")
            if group
            else self.tr("Text inserted into the caption as it is written here")
        )
        self.content_label.setBuddy(self.content)
        layout.addWidget(self.content, 1)
        self.hint = QLabel(
            self.tr("Type hashtags with or without #, separated by spaces, commas or new lines.")
            if group
            else ""
        )
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setVisible(group)
        layout.addWidget(self.hint)
        self.result = QLabel()
        self.result.setObjectName("libraryResult")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.content.textChanged.connect(self.show_result)
        self.show_result()

    def show_result(self) -> None:
        """What will be saved: the parsed hashtags, or the snippet's length."""
        text = self.content.toPlainText()
        if self.kind != GROUP:
            locale = QLocale()
            self.result.setText(
                self.tr("{count} / {limit} characters").format(
                    count=locale.toString(len(text.strip())), limit=locale.toString(SNIPPET_MAX)
                )
            )
            self.result.setStyleSheet(
                "color: #c0392b;" if len(text.strip()) > SNIPPET_MAX else "color: #5b6b7f;"
            )
            return
        if not text.strip():
            self.result.setText("")
            return
        try:
            tags = parse_hashtags(text)
        except DomainError as exc:
            self.result.setText(describe(exc))
            self.result.setStyleSheet("color: #c0392b;")
            return
        count = len(tags)
        self.result.setText(
            self.tr("Saved as %n hashtag(s): {tags}", "", count).format(tags=" ".join(tags))
        )
        self.result.setStyleSheet("color: #1e6b3a;")

    def _submit(self) -> None:
        self.set_busy(True)
        self.submitted.emit(self.name.text(), self.content.toPlainText())

    def set_busy(self, busy: bool) -> None:
        """While saving, Save cannot be pressed again."""
        self.save_button.setEnabled(not busy)
