"""The "Draf & Persetujuan" page: what needs someone's attention, column by column.

Drafts and ideas, waiting for approval, needing approval again (approved once,
then its content changed or the approval was withdrawn: the card says what
changed), sent back for revision (with the reviewer's comment on the card),
approved but not yet exported, and overdue (scheduled time passed, not
published, whatever the status).  Double-click opens the editor; the buttons
above approve (the dialog lists the post's open warnings), ask for revision or
submit the selected post without opening it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.config import DEFAULT_TIMEZONE
from sosmed_desktop.db.change_kinds import Kind
from sosmed_desktop.domain.content_checks import Finding
from sosmed_desktop.domain.permissions import Permission
from sosmed_desktop.domain.statuses import ApprovalDecision, PostStatus
from sosmed_desktop.errors import DomainError
from ui.board.cards import CARD_ROLE, BoardColumnModel, CardDelegate
from ui.calendar.filter_bar import ChoiceButton
from ui.editor.approval import ReviewDialog
from ui.operations import Latest
from ui.sections import Section
from ui.team.labels import guard
from ui.workbench import Page
from ui.workflow import past_schedule
from ui.workflow.past_schedule import past_time

if TYPE_CHECKING:
    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.services.posts.board import Board, BoardCard
    from sosmed_desktop.services.profile import Profile

Step = Callable[["UnitOfWork", int, int, bool], object]
"""A workflow step on a post: (unit of work, post id, its version, allow_past)."""

REFRESHING_KINDS = (Kind.POST, Kind.ALL, Kind.PROFILE)
"""Changes that move cards, or change the reviewer the dialogs propose."""
GROUPS = ("drafts", "waiting", "reapproval", "needs_revision", "approved", "overdue")
MIXED_STATUSES = ("drafts", "overdue")  # columns whose cards say their status


class BoardColumn(QFrame):
    """A titled list of cards."""

    def __init__(
        self,
        title: str,
        hint: str,
        tz: ZoneInfo,
        show_status: bool = True,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("boardColumn")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.title_text = title
        self.title = QLabel(title)
        self.title.setObjectName("boardColumnTitle")
        self.title.setToolTip(hint)
        layout.addWidget(self.title)
        self.model = BoardColumnModel(tz, self)
        self.view = QListView()
        self.view.setAccessibleName(title)
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(tz, show_status, self.view))
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Cards are as wide as the column (`cards.card_width`): never a sideways scroll.
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setUniformItemSizes(False)
        self.view.setSpacing(1)
        layout.addWidget(self.view, 1)
        self.empty = QLabel(self.tr("Nothing here."))
        self.empty.setObjectName("hint")
        layout.addWidget(self.empty)

    def set_cards(self, cards: list[BoardCard]) -> None:
        self.model.set_cards(cards)
        self.title.setText(f"{self.title_text} ({len(cards)})")
        self.empty.setVisible(not cards)

    def ids(self) -> list[int]:
        return [c.post.id for c in self.model.cards]


class BoardPage(Page):
    """Drafts and approvals, grouped."""

    loaded = Signal(int)
    action_done = Signal(str, int)

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(section, parent)
        self._tz = ZoneInfo(DEFAULT_TIMEZONE)
        self._loading = Latest()
        self.profile: Profile | None = None
        self.board: Board | None = None
        self._may_approve = True
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        title = QLabel(section.title)
        title.setObjectName("pageTitle")
        header.addWidget(title)
        self.summary = QLabel()
        self.summary.setObjectName("pageSummary")
        header.addWidget(self.summary)
        # Team mode: the coordinator's (and administrator's) view of every department.
        self.departments = ChoiceButton(self.tr("Department"), self.tr("all"))
        self.departments.hide()
        self.departments.changed.connect(self.reload)
        header.addWidget(self.departments)
        header.addStretch(1)
        self.open_button = self._button(self.tr("Open"), self.open_selected)
        self.submit_button = self._button(self.tr("Submit for approval"), self.submit_selected)
        self.approve_button = self._button(
            self.tr("Approve…"), lambda: self.review_selected(revise=False)
        )
        self.revise_button = self._button(
            self.tr("Ask for revision…"), lambda: self.review_selected(revise=True)
        )
        for button in (self.open_button, self.submit_button, self.approve_button,
                       self.revise_button):  # fmt: skip
            header.addWidget(button)
        layout.addLayout(header)
        columns = QHBoxLayout()
        columns.setSpacing(8)
        titles = {
            "drafts": (self.tr("Drafts & ideas"), self.tr("Still being written")),
            "waiting": (
                self.tr("Waiting for approval"),
                self.tr("Submitted to the head of department"),
            ),
            "reapproval": (
                self.tr("Needs approval again"),
                self.tr(
                    "Approved before; its content changed since, or the approval was withdrawn"
                ),
            ),
            "needs_revision": (
                self.tr("Needs revision"),
                self.tr("Sent back with the reviewer's comment"),
            ),
            "approved": (
                self.tr("Approved, not exported"),
                self.tr("Approved; the package has not been exported yet"),
            ),
            "overdue": (
                self.tr("Overdue"),
                self.tr("The scheduled time has passed and the post is not published"),
            ),
        }
        self.columns: dict[str, BoardColumn] = {}
        for key in GROUPS:
            column = BoardColumn(*titles[key], self._tz, key in MIXED_STATUSES)
            column.view.activated.connect(self._open_index)  # double-click or Enter
            column.view.selectionModel().currentChanged.connect(
                lambda current, _previous, key=key: self._selected(key, current)
            )
            columns.addWidget(column, 1)
            self.columns[key] = column
        layout.addLayout(columns, 1)
        self.selected: BoardCard | None = None
        self._update_buttons()

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    # Page hooks -------------------------------------------------------------------------
    def on_attached(self) -> None:
        assert self.bench is not None
        self._tz = self.bench.ctx.config.tz
        self._may_approve = True
        for button in (self.approve_button, self.revise_button):
            self._may_approve = guard(button, self.bench.ctx, Permission.APPROVE)
        for column in self.columns.values():
            column.model.tz = self._tz
            delegate = column.view.itemDelegate()
            if isinstance(delegate, CardDelegate):
                delegate.tz = self._tz
        self.reload()

    def on_data_changed(self, kind: str, ids: list) -> None:
        if kind in REFRESHING_KINDS:
            self.reload()

    # Loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        if self.bench is None:
            return
        chosen = frozenset(self.departments.values())

        def load(uow: UnitOfWork) -> tuple[Board, Profile, list[tuple[int, str]] | None]:
            from sosmed_desktop.services.calendar.calendar import CalendarFilter
            from sosmed_desktop.services.posts.board import board
            from sosmed_desktop.services.profile import get_profile
            from sosmed_desktop.services.team.departments import filter_choices

            departments = filter_choices(uow)
            filters = CalendarFilter(departments=chosen) if departments else None
            return board(uow, filters), get_profile(uow), departments

        self.bench.ops.read(self, load, lambda found: self._show(*found), latest=self._loading)

    def _show(
        self, board: Board, profile: Profile, departments: list[tuple[int, str]] | None
    ) -> None:
        self.departments.setVisible(bool(departments))
        self.departments.set_choices([(i, name, None) for i, name in departments or ()])
        self.board, self.profile = board, profile
        selected = self.selected.post.id if self.selected else None
        self.selected = None
        for key, column in self.columns.items():
            column.set_cards(getattr(board, key))
        total = sum(len(getattr(board, key)) for key in GROUPS)
        self.summary.setText(self.tr("%n post(s) need attention", "", total))
        if selected is not None:
            self.select_post(selected)
        self._update_buttons()
        self.loaded.emit(total)

    # Selection ----------------------------------------------------------------------------
    def _selected(self, key: str, current: QModelIndex) -> None:
        if not current.isValid():
            return
        for other, column in self.columns.items():
            if other != key:
                column.view.clearSelection()
                column.view.setCurrentIndex(QModelIndex())
        self.selected = current.data(CARD_ROLE)
        self._update_buttons()

    def select_post(self, post_id: int) -> bool:
        """Select a post's card wherever it is (True if it is on the board)."""
        for column in self.columns.values():
            for row, card in enumerate(column.model.cards):
                if card.post.id == post_id:
                    index = column.model.index(row, 0)
                    column.view.setCurrentIndex(index)
                    column.view.scrollTo(index)
                    self.selected = card
                    self._update_buttons()
                    return True
        return False

    def _update_buttons(self) -> None:
        status = self.selected.post.status if self.selected else None
        self.open_button.setEnabled(self.selected is not None)
        self.submit_button.setEnabled(
            status in (PostStatus.DRAFT.value, PostStatus.NEEDS_REVISION.value)
        )
        in_review = status == PostStatus.IN_REVIEW.value
        self.approve_button.setEnabled(in_review and self._may_approve)
        self.revise_button.setEnabled(in_review and self._may_approve)

    # Actions --------------------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        card = index.data(CARD_ROLE)
        if card is not None and self.bench is not None and self.bench.editors is not None:
            self.bench.editors.open_post(card.post.id)

    def open_selected(self) -> None:
        if self.selected is not None and self.bench is not None and self.bench.editors:
            self.bench.editors.open_post(self.selected.post.id)

    def submit_selected(self) -> None:
        from sosmed_desktop.services.posts import workflow

        self._run("submit", lambda uow, pid, v, past: workflow.submit_for_review(
            uow, pid, v, allow_past=past
        ))  # fmt: skip

    def review_selected(self, *, revise: bool) -> None:
        """Approve or ask for revision, with the reviewer dialog (head of department);
        approving first reads the post's findings, so the dialog lists its open warnings."""
        card, bench = self.selected, self.bench
        if card is None or bench is None:
            return
        if revise:
            self._review(card, revise, [])
            return
        post_id, config = card.post.id, bench.ctx.config

        def load(uow: UnitOfWork) -> list[Finding]:
            from sosmed_desktop.services.directions.data_notes import Freshness
            from sosmed_desktop.services.posts.checks import findings_for_post
            from sosmed_desktop.services.posts.sensitive_words import sensitive_pattern

            fresh = Freshness.now(config.stale_days, config.tz)
            return findings_for_post(uow, post_id, sensitive_pattern(config), fresh)

        bench.ops.read(
            self, load, lambda found: self._review(card, revise, found), on_error=self._failed
        )

    def _review(self, card: BoardCard, revise: bool, findings: list[Finding]) -> None:
        from sosmed_desktop.services.posts import workflow

        dialog = ReviewDialog.for_reviewer(
            revise, self.bench.ctx if self.bench else None, self.profile, card.post.title, self,
            findings,
        )  # fmt: skip
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        kind = ApprovalDecision.REVISION if revise else ApprovalDecision.APPROVED
        decision = workflow.Decision(kind, *dialog.values())
        self._run(
            "revise" if revise else "approve",
            lambda uow, pid, v, past: workflow.decide(uow, pid, decision, v, allow_past=past),
            allow_past=not revise and dialog.allow_past,
        )

    def _run(self, key: str, step: Step, *, allow_past: bool = False) -> None:
        """Run a workflow step on the selected post; a time that has passed is asked about
        (unless the approval dialog showed it already: `allow_past`)."""
        card, bench = self.selected, self.bench
        if card is None or bench is None:
            return
        post_id, version = card.post.id, card.post.version

        def failed(exc: BaseException) -> bool:
            when = past_time(exc)
            if when is None:
                return self._failed(exc)
            if past_schedule.confirm_past(self, key, [when], bench.tz):
                self._run(key, step, allow_past=True)
            return True

        bench.ops.write(
            self,
            lambda uow: step(uow, post_id, version, allow_past),
            lambda _post: self.action_done.emit(key, post_id),
            on_error=failed,
        )

    def _failed(self, exc: BaseException) -> bool:
        """Shown as usual; a refusal may mean the board is out of date, so it reloads."""
        if isinstance(exc, DomainError):
            self.reload()
        return False
