"""After an unexpected exit: offer back what was typed but not saved.

Shown once the database has opened, when the recovery folder still holds
editor drafts.  Restoring opens each checked draft in an editor (unsaved, so
the officer looks at it before saving); discarding deletes the checked files
after a confirmation; "Later" keeps them for the next start.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.services.posts.editor_drafts import RecoveredDraft
from ui.i18n import short_date, time_text

if TYPE_CHECKING:
    from sosmed_desktop.config import Config
    from ui.operations import Operations


class RecoveryDialog(QDialog):
    """The drafts found in the recovery folder, all checked."""

    def __init__(
        self,
        drafts: list[RecoveredDraft],
        config: Config,
        ops: Operations,
        open_draft: Callable[[RecoveredDraft], object],
        parent: QWidget | None = None,
    ) -> None:
        """`open_draft` opens a draft in an editor (`EditorManager.restore`)."""
        super().__init__(parent)
        self.drafts = drafts
        self.config, self.ops, self.open_draft = config, ops, open_draft
        self.setWindowTitle(self.tr("Recover unsaved posts"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Sosmed Desktop did not close properly last time. These posts had changes "
                "that were not saved yet:"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        tz = config.tz
        for draft in drafts:
            local = draft.saved_at.astimezone(tz)
            title = draft.title.strip() or self.tr("(untitled)")
            kind = (
                self.tr("post #{id}").format(id=draft.post_id)
                if draft.post_id is not None
                else self.tr("new post")
            )
            item = QListWidgetItem(
                self.tr("{title} — {kind}, typed {when}").format(
                    title=title, kind=kind, when=f"{short_date(local)} {time_text(local)}"
                )
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.discard_button = buttons.addButton(
            self.tr("Discard"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.later_button = buttons.addButton(
            self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.restore_button.clicked.connect(self.restore)
        self.discard_button.clicked.connect(self.discard)
        self.later_button.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def checked(self) -> list[RecoveredDraft]:
        return [
            draft
            for row, draft in enumerate(self.drafts)
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def restore(self) -> None:
        """Open every checked draft in an editor."""
        for draft in self.checked():
            self.open_draft(draft)
        self.accept()

    def discard(self) -> None:
        """Delete the checked drafts for good (after a confirmation)."""
        chosen = self.checked()
        if not chosen:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard"),
            self.tr("Discard %n unsaved post(s) for good?", "", len(chosen)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        config = self.config
        keys = [d.key for d in chosen]

        def work() -> None:
            from sosmed_desktop.services.posts.editor_drafts import discard_draft

            for key in keys:
                discard_draft(config, key)

        self.ops.background(self, work)
        self.accept()
