"""Personal-data exceptions in the post editor: the dialog that asks why, and the undo steps.

A personal-data finding (a NIK, a phone number …) blocks submitting and
approving.  The officer either removes the data or records an exception for
those very values with a reason ("izin tertulis orang tua", "nomor layanan
resmi Dinas"); the exceptions are part of the editor's input (saved with the
post, undoable) and of what the head of department approves.  The approval
dialog, the history and the approval sheet show them.  `EditorExceptions` is
the part of `PostEditor` that records and removes them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.domain.content_checks import EXCEPTED, PERSONAL_CODES, Finding
from sosmed_desktop.domain.personal_data import REASON_MAX, DataException, personal_key
from ui.plain_text import plain_label
from ui.workflow.approval_words import personal_kind

if TYPE_CHECKING:
    from ui.editor.host import EditorHost


class ExceptionDialog(QDialog):
    """Which values may be published, and why (the reason is required)."""

    def __init__(self, kind: str, values: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record an exception"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This {kind} may be published in this post. The head of department sees the "
                "exception and its reason when approving, and it is printed on the approval "
                "sheet."
            ).format(kind=personal_kind(kind))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        shown = plain_label("\n".join(f"• {value}" for value in values))
        shown.setObjectName("exceptionValues")
        layout.addWidget(shown)
        layout.addWidget(QLabel(self.tr("Reason (for example: written consent of the person)")))
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(80)
        self.reason.textChanged.connect(self._update)
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Record exception"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        text = self.reason.toPlainText().strip()
        self.ok.setEnabled(0 < len(text) <= REASON_MAX)

    def value(self) -> str:
        return " ".join(self.reason.toPlainText().split())


class EditorExceptions(QObject):
    """The exception actions of one post editor."""

    def __init__(self, host: EditorHost) -> None:
        super().__init__(host.window())
        self.host = host

    def ask_reason(self, kind: str, values: list[str]) -> str | None:
        """The officer's reason, or None when cancelled."""
        dialog = ExceptionDialog(kind, values, self.host.window())
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def record_exception(self, finding: Finding) -> None:
        """Except the values of an open personal-data finding, after asking why."""
        if finding.code not in PERSONAL_CODES:
            return
        kind = finding.code.removeprefix("personal_")
        values = list(dict.fromkeys(finding.params.get("matches", ())))
        reason = self.host.ask_reason(kind, values)
        if not reason:
            return
        added = tuple(DataException(kind, value, reason) for value in values)
        keys = {(kind, personal_key(kind, value)) for value in values}
        now = self.host.state.exceptions
        kept = tuple(e for e in now if (e.kind, e.key) not in keys)
        self.host.push(self.tr("Record exception"), self.set_exceptions, now, kept + added)

    def remove_exception(self, finding: Finding) -> None:
        """Take back the exception an excepted finding shows."""
        if finding.code != EXCEPTED:
            return
        kind = str(finding.params["kind"])
        key = personal_key(kind, str(finding.params["match"]))
        now = self.host.state.exceptions
        kept = tuple(e for e in now if (e.kind, e.key) != (kind, key))
        self.host.push(self.tr("Remove exception"), self.set_exceptions, now, kept)

    def set_exceptions(self, exceptions: tuple[DataException, ...]) -> None:
        """Put `exceptions` into the editor's state (an undo step calls this too)."""
        self.host.state.exceptions = exceptions
