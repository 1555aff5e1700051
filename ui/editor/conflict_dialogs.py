"""The dialogs of an edit conflict: who changed the post, and both versions side by side.

`ChangedBanner` says above the editor's form that another PC changed the post;
`ConflictDialog` answers a refused save ("changed by Budi at 14:30 after you
opened it"); `CompareDialog` shows their saved version beside what the officer
typed — title, time, platforms, master caption and each platform's caption —
with what differs highlighted.  Both end with the officer's choice (`choice`):
``compare``, ``mine`` (save over theirs), ``theirs`` (take their version) or
``keep`` (keep editing); nothing is decided here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.services.posts.conflicts import FieldPair, PostConflict
from ui.i18n import long_date, time_text
from ui.plain_text import plain_label

translate = QCoreApplication.translate
THEIRS_COLOUR = "#fde2e1"
MINE_COLOUR = "#dcf5e3"


class ChangedBanner(QFrame):
    """ "Changed by Budi at 14:30 — Reload / Show differences", above the editor's form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changedBanner")
        self.setStyleSheet(
            "#changedBanner { background: #fff4d6; border-bottom: 1px solid #e0c27a; }"
            " QLabel { color: #1c2b39; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        self.label = plain_label()  # names who changed the post
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.compare_button = QPushButton(self.tr("Show differences"))
        self.dismiss_button = QPushButton("×")
        self.dismiss_button.setToolTip(self.tr("Hide this message (the change stays)"))
        self.dismiss_button.setAccessibleName(self.dismiss_button.toolTip())
        self.dismiss_button.setFlat(True)
        self.dismiss_button.setFixedWidth(28)
        self.dismiss_button.clicked.connect(self.hide)
        for button in (self.reload_button, self.compare_button, self.dismiss_button):
            layout.addWidget(button)
        self.hide()


def changed_by_text(conflict: PostConflict, zone) -> str:
    """ "This post was changed by Budi at 14:30 after you opened it." (local time)."""
    when = time_text(conflict.changed_at.astimezone(zone))
    if conflict.changed_by:
        return translate(
            "Conflicts", "This post was changed by {name} at {time} after you opened it."
        ).format(name=conflict.changed_by, time=when)
    return translate(
        "Conflicts", "This post was changed elsewhere at {time} after you opened it."
    ).format(time=when)


def field_label(key: str, platform_name: Callable[[str], str]) -> str:
    """The name of a compared field."""
    if key.startswith("caption:"):
        return translate("Conflicts", "Caption for {platform}").format(
            platform=platform_name(key.removeprefix("caption:"))
        )
    return {
        "title": translate("Conflicts", "Title"),
        "scheduled_at": translate("Conflicts", "Scheduled time"),
        "platforms": translate("Conflicts", "Platforms"),
        "master_caption": translate("Conflicts", "Master caption"),
    }.get(key, key)


def schedule_text(zone):
    """A formatter of schedules for `compare` (local date and time, or "not scheduled")."""

    def fmt(value: datetime | None) -> str:
        if value is None:
            return translate("Conflicts", "not scheduled")
        local = value.astimezone(zone)
        return f"{long_date(local)} {time_text(local)}"

    return fmt


class ConflictDialog(QDialog):
    """The refused save, explained, with the four ways on."""

    def __init__(self, conflict: PostConflict, zone, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = "keep"
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.message = plain_label(changed_by_text(conflict, zone))
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-weight: 600; font-size: 11pt;")
        layout.addWidget(self.message)
        detail = QLabel(
            self.tr(
                "Your save was not written, so neither version is lost: your text is still in "
                "the editor. Compare both versions, save yours over theirs on purpose, or take "
                "their version (yours stays in the recovery drafts)."
            )
        )
        detail.setWordWrap(True)
        layout.addWidget(detail)
        self.buttons = choice_buttons(self, layout, ("compare", "mine", "theirs", "keep"))
        self.buttons["compare"].setDefault(True)

    def choose(self, key: str) -> None:
        self.choice = key
        self.accept()

    def reject(self) -> None:
        self.choice = "keep"
        super().reject()


class CompareDialog(QDialog):
    """Their saved version beside the officer's, field by field, differences highlighted."""

    def __init__(
        self,
        conflict: PostConflict,
        pairs: list[FieldPair],
        zone,
        platform_name: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.choice = "keep"
        self.setWindowTitle(self.tr("Both versions"))
        self.resize(1100, 640)
        layout = QVBoxLayout(self)
        intro = plain_label(changed_by_text(conflict, zone))
        intro.setWordWrap(True)
        intro.setStyleSheet("font-weight: 600;")
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        who = conflict.changed_by or self.tr("the other version")
        head_theirs = plain_label(self.tr("Saved by {name}").format(name=who))
        head_mine = QLabel(self.tr("What you typed (not saved)"))
        for column, label, colour in ((1, head_theirs, THEIRS_COLOUR), (2, head_mine, MINE_COLOUR)):
            label.setStyleSheet(f"background: {colour}; padding: 4px 8px; font-weight: 600;")
            grid.addWidget(label, 0, column)
        self.fields: dict[str, tuple[QTextEdit, QTextEdit]] = {}
        for row, pair in enumerate(pairs, start=1):
            name = plain_label(field_label(pair.key, platform_name))
            name.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            if pair.differs:
                name.setText(name.text() + "\n" + self.tr("(differs)"))
                name.setStyleSheet("font-weight: 600; color: #9a3412;")
            grid.addWidget(name, row, 0)
            left = _text_box(pair.theirs, pair.theirs_spans, THEIRS_COLOUR)
            right = _text_box(pair.mine, pair.mine_spans, MINE_COLOUR)
            grid.addWidget(left, row, 1)
            grid.addWidget(right, row, 2)
            self.fields[pair.key] = (left, right)
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)
        self.buttons = choice_buttons(self, layout, ("mine", "theirs", "keep"))

    def choose(self, key: str) -> None:
        self.choice = key
        self.accept()

    def reject(self) -> None:
        self.choice = "keep"
        super().reject()


def choice_buttons(
    dialog: ConflictDialog | CompareDialog, layout: QVBoxLayout, keys: tuple[str, ...]
) -> dict[str, QPushButton]:
    """The ways on from a refused save, as buttons that call `dialog.choose(key)`."""
    choices = {
        "compare": (
            translate("ConflictDialog", "Show both versions"),
            QDialogButtonBox.ButtonRole.ActionRole,
        ),
        "mine": (
            translate("ConflictDialog", "Save my version"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        ),
        "theirs": (
            translate("ConflictDialog", "Take their version"),
            QDialogButtonBox.ButtonRole.DestructiveRole,
        ),
        "keep": (
            translate("ConflictDialog", "Keep editing"),
            QDialogButtonBox.ButtonRole.RejectRole,
        ),
    }
    box = QDialogButtonBox()
    buttons: dict[str, QPushButton] = {}
    for key in keys:
        text, role = choices[key]
        buttons[key] = box.addButton(text, role)
        buttons[key].clicked.connect(lambda _=False, k=key: dialog.choose(k))
    layout.addWidget(box)
    return buttons


def _text_box(text: str, spans: tuple[tuple[int, int], ...], colour: str) -> QTextEdit:
    box = QTextEdit()
    box.setReadOnly(True)
    box.setPlainText(text)
    box.setProperty("highlighted", [text[a:b] for a, b in spans])
    marked = QTextCharFormat()
    marked.setBackground(QColor(colour).darker(115))
    marked.setFontWeight(700)
    for start, end in spans:
        cursor = QTextCursor(box.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(marked)
    lines = max(1, text.count("\n") + 1, len(text) // 60 + 1)
    box.setFixedHeight(min(220, 14 + 20 * lines))
    return box
