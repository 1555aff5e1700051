"""The approval panel and its dialogs: submit, approve, ask for revision, publish.

Only the moves the workflow allows from the current status are offered, and in
team mode only those the signed-in role may take (the others greyed out with the
reason).  On one PC the reviewer's name and position default to the head of
department from the profile; in team mode they are the signed-in reviewer's.
The board uses the same dialogs.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop import clock
from sosmed_desktop.domain.approval import ContentChange
from sosmed_desktop.domain.content_checks import SCHEDULE_PAST, Finding, Severity
from sosmed_desktop.domain.permissions import Permission
from sosmed_desktop.domain.statuses import ApprovalDecision, PostStatus
from ui.editor.checks_panel import dot_icon, group_findings
from ui.editor.findings import describe, severity_colour
from ui.i18n import date_time_format, short_date, time_text
from ui.labels import platform_short, status_colour, status_label
from ui.plain_text import plain_label
from ui.team.labels import denied_reason, may
from ui.workflow.approval_words import changes_text

if TYPE_CHECKING:
    from sosmed_desktop.bootstrap import AppContext
    from sosmed_desktop.services.posts.data import ApprovalDetail
    from sosmed_desktop.services.profile import Profile

ACTIONS_BY_STATUS: dict[str | None, tuple[str, ...]] = {
    None: ("submit",),
    PostStatus.IDEA.value: ("to_draft", "archive"),
    PostStatus.DRAFT.value: ("submit", "to_idea", "archive"),
    PostStatus.IN_REVIEW.value: ("approve", "revise", "to_draft"),
    PostStatus.NEEDS_REVISION.value: ("submit", "to_draft", "archive"),
    PostStatus.APPROVED.value: ("export", "publish", "withdraw", "archive"),
    PostStatus.PUBLISHED.value: ("archive",),
    PostStatus.ARCHIVED.value: ("to_draft",),
}


class ReviewDialog(QDialog):
    """Who decides (name, position) and their note; a revision needs a comment.

    Approving lists every open warning of the post (a time that has passed, a
    sensitive word, a crop, old figures, personal data published by exception
    with its reason), so that the head of department sees what they approve.
    """

    def __init__(
        self,
        revise: bool,
        name: str,
        position: str,
        title: str,
        parent: QWidget | None = None,
        findings: Sequence[Finding] = (),
    ) -> None:
        super().__init__(parent)
        self.revise = revise
        self.warnings = [f for f in findings if f.severity is Severity.WARNING]
        self.setWindowTitle(self.tr("Ask for revision") if revise else self.tr("Approve"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = plain_label(
            self.tr("Send “{title}” back to its author with a comment.").format(title=title)
            if revise
            else self.tr("Record the approval of “{title}” exactly as it is now.").format(
                title=title
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if not revise:
            layout.addWidget(self._warnings_box())
        form = QFormLayout()
        self.name = QLineEdit(name)
        self.position = QLineEdit(position)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(90)
        self.note.setPlaceholderText(
            self.tr("What should be changed?") if revise else self.tr("Optional note")
        )
        form.addRow(self.tr("Reviewer"), self.name)
        form.addRow(self.tr("Position"), self.position)
        form.addRow(self.tr("Comment") if revise else self.tr("Note"), self.note)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        (self.note if name else self.name).setFocus()  # the reviewer is usually the head
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Ask for revision") if revise else self.tr("Approve"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _warnings_box(self) -> QWidget:
        box = QGroupBox(self.tr("Open warnings"))
        box.setObjectName("approvalWarnings")
        layout = QVBoxLayout(box)
        if not self.warnings:
            layout.addWidget(QLabel(self.tr("None: the checks found nothing to weigh.")))
            return box
        note = QLabel(self.tr("You approve the post with these points open:"))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.warning_list = QListWidget()
        self.warning_list.setObjectName("warningList")
        self.warning_list.setAccessibleName(note.text())
        self.warning_list.setWordWrap(True)
        self.warning_list.setSpacing(3)
        icon = dot_icon(severity_colour(Severity.WARNING))
        for shown in group_findings(self.warnings):
            platforms = ", ".join(platform_short(code) for code in shown.platforms if code)
            text = describe(shown.finding)
            self.warning_list.addItem(
                QListWidgetItem(icon, f"{platforms}: {text}" if platforms else text)
            )
        self.warning_list.setMaximumHeight(170)
        layout.addWidget(self.warning_list)
        return box

    @property
    def allow_past(self) -> bool:
        """The head saw that the scheduled time has passed (it is among the warnings)."""
        return any(f.code == SCHEDULE_PAST for f in self.warnings)

    @classmethod
    def for_reviewer(
        cls,
        revise: bool,
        ctx: AppContext | None,
        prof: Profile | None,
        title: str,
        parent: QWidget | None = None,
        findings: Sequence[Finding] = (),
    ) -> ReviewDialog:
        """The dialog for who decides: in team mode the signed-in reviewer (not editable,
        the core records them anyway), on one PC the profile's head of department."""
        actor = ctx.actor if ctx is not None else None
        if actor is not None:
            dialog = cls(revise, actor.name, actor.position, title, parent, findings)
            for field in (dialog.name, dialog.position):
                field.setReadOnly(True)
            dialog.note.setFocus()
            return dialog
        return cls(
            revise, prof.head_name if prof else "", prof.head_position if prof else "", title,
            parent, findings,
        )  # fmt: skip

    def values(self) -> tuple[str, str, str]:
        """Name, position and note as typed (the core checks them)."""
        return self.name.text(), self.position.text(), self.note.toPlainText()


class PublishDialog(QDialog):
    """When the post went online, and optionally its link."""

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.setWindowTitle(self.tr("Mark as published"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        now = clock.now().astimezone(tz)
        self.when = QDateTimeEdit(
            QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))
        )
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(date_time_format())
        zone = now.tzname() or str(tz)
        form.addRow(self.tr("Published at ({zone})").format(zone=zone), self.when)
        self.link = QLineEdit()
        self.link.setPlaceholderText("https://…")
        form.addRow(self.tr("Link (optional)"), self.link)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> tuple[datetime, str]:
        value = self.when.dateTime()
        day, clock = value.date(), value.time()
        when = datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(),
                        tzinfo=self.tz)  # fmt: skip
        return when, self.link.text()


class ApprovalPanel(QWidget):
    """The status, the decisions so far and the moves allowed now."""

    action_requested = Signal(str)

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.status = QLabel()
        self.status.setObjectName("statusBadge")
        layout.addWidget(self.status)
        self.info = plain_label()  # the reviewer's name and note
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        grid = QGridLayout()
        labels = {
            "submit": self.tr("Submit for approval"),
            "export": self.tr("Export package"),
            "approve": self.tr("Approve…"),
            "revise": self.tr("Ask for revision…"),
            "publish": self.tr("Mark as published…"),
            "withdraw": self.tr("Withdraw approval"),
            "to_draft": self.tr("Back to draft"),
            "to_idea": self.tr("Make it an idea"),
            "archive": self.tr("Archive"),
        }
        self.buttons: dict[str, QPushButton] = {}
        self.denied: dict[str, str] = {}
        """Actions the signed-in role may not take, with the reason (team mode)."""
        for index, (key, text) in enumerate(labels.items()):
            button = QPushButton(text)
            button.setObjectName(f"action_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, key=key: self.action_requested.emit(key))
            grid.addWidget(button, index // 2, index % 2)
            self.buttons[key] = button
        layout.addLayout(grid)
        decisions = QLabel(self.tr("Decisions"))
        decisions.setObjectName("sectionTitle")
        layout.addWidget(decisions)
        self.decisions = QListWidget()
        self.decisions.setAccessibleName(self.tr("Decisions"))
        self.decisions.setWordWrap(True)
        layout.addWidget(self.decisions, 1)
        self.changes: tuple[ContentChange, ...] = ()
        self.show_state(None, (), None, None)

    def deny_by_role(self, ctx: AppContext) -> None:
        """Grey out (with the reason) what the signed-in role may not do."""
        needs = {"approve": Permission.APPROVE, "revise": Permission.APPROVE,
                 "export": Permission.PACKAGES}  # fmt: skip
        self.denied = {key: denied_reason(p) for key, p in needs.items() if not may(ctx, p)}

    def show_state(
        self,
        status: str | None,
        approvals: tuple[ApprovalDetail, ...],
        published_at: datetime | None,
        published_url: str | None,
        *,
        busy: bool = False,
        changes: tuple[ContentChange, ...] = (),
    ) -> None:
        """Show `status` and offer only the moves allowed from it (and, back in review
        after an approval, what changed since)."""
        self.changes = changes
        if status is None:
            self.status.setText(self.tr("New post (not saved yet)"))
            self.status.setStyleSheet("")
        else:
            colour = status_colour(status).name()
            self.status.setText(status_label(status))
            self.status.setStyleSheet(
                f"color: white; background: {colour}; border-radius: 4px; padding: 3px 8px;"
            )
        allowed = ACTIONS_BY_STATUS.get(status, ())
        for key, button in self.buttons.items():
            button.setVisible(key in allowed)
            button.setEnabled(not busy and key not in self.denied)
            button.setToolTip(self.denied.get(key, ""))
        self.info.setText(self._info(status, approvals, published_at, published_url))
        self.decisions.clear()
        for approval in reversed(approvals):
            self.decisions.addItem(self._decision_text(approval))

    def _when(self, value: datetime) -> str:
        local = value.astimezone(self.tz)
        return f"{short_date(local)} {time_text(local)}"

    def _decision_text(self, approval: ApprovalDetail) -> str:
        who = approval.reviewer_name + (
            f", {approval.reviewer_position}" if approval.reviewer_position else ""
        )
        if approval.decision == ApprovalDecision.APPROVED:
            head = self.tr("Approved by {who}").format(who=who)
        else:
            head = self.tr("Revision asked by {who}").format(who=who)
        text = f"{self._when(approval.decided_at)} · {head}"
        if approval.note:
            text += f"\n“{approval.note}”"
        if approval.withdrawn_at is not None:
            text += "\n" + self.tr("Withdrawn {when}").format(
                when=self._when(approval.withdrawn_at)
            )
        return text

    def _info(
        self,
        status: str | None,
        approvals: tuple[ApprovalDetail, ...],
        published_at: datetime | None,
        published_url: str | None,
    ) -> str:
        if status == PostStatus.NEEDS_REVISION.value:
            for approval in reversed(approvals):
                if approval.decision == ApprovalDecision.REVISION:
                    return self.tr("{name} asks for a revision: “{note}”").format(
                        name=approval.reviewer_name, note=approval.note
                    )
        if status == PostStatus.PUBLISHED.value and published_at is not None:
            text = self.tr("Published {when}").format(when=self._when(published_at))
            return text + (f"\n{published_url}" if published_url else "")
        if status in (PostStatus.DRAFT.value, None, PostStatus.IDEA.value):
            return self.tr(
                "Tick the checklist under Checks, then submit the post for approval by the "
                "head of department."
            )
        if status == PostStatus.APPROVED.value:
            return self.tr(
                "Approved exactly as it is now. Editing captions or photos withdraws the approval."
            )
        if status == PostStatus.IN_REVIEW.value and self.changes:
            return self.tr("Needs approval again. Since the approval: {changes}").format(
                changes=changes_text(self.changes)
            )
        return ""
