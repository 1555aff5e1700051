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

from PySide6.QtCore import QModelIndex, Signal
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
from sosmed_desktop.domain.content_checks import Finding
from sosmed_desktop.domain.permissions import Permission
from sosmed_desktop.domain.statuses import PostStatus
from sosmed_desktop.errors import DomainError
from ui import past_schedule
from ui.board.cards import CARD_ROLE, BoardColumnModel, CardDelegate
from ui.calendar.filter_bar import ChoiceButton
from ui.editor.approval import ReviewDialog
from ui.error_dialog import report_unexpected
from ui.errors import show_error
from ui.pages.base import Page
from ui.past_schedule import past_time
from ui.sections import Section
from ui.tasks import run_task
from ui.team.labels import guard

if TYPE_CHECKING:
    from sosmed_desktop.services.board import Board, BoardCard
    from sosmed_desktop.services.profile import Profile

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
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(tz, show_status, self.view))
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
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
        self._generation = 0
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
        if kind in ("post", "all", "profile"):
            self.reload()

    # Loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        if self.bench is None:
            return
        ctx = self.bench.ctx
        self._generation += 1
        generation = self._generation

        chosen = frozenset(self.departments.values())

        def load() -> tuple[Board, Profile, list[tuple[int, str]] | None]:
            from sosmed_desktop.services.board import board
            from sosmed_desktop.services.calendar import CalendarFilter
            from sosmed_desktop.services.departments import filter_choices
            from sosmed_desktop.services.profile import get_profile

            with ctx.uow() as uow:
                departments = filter_choices(uow)
                filters = CalendarFilter(departments=chosen) if departments else None
                return board(uow, filters), get_profile(uow), departments

        run_task(load, lambda result: self._show(generation, *result))

    def _show(
        self,
        generation: int,
        board: Board,
        profile: Profile,
        departments: list[tuple[int, str]] | None,
    ) -> None:
        if generation != self._generation:
            return
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
        from sosmed_desktop.services import workflow

        self._run("submit", lambda uow, pid, v, **kw: workflow.submit_for_review(uow, pid, v, **kw))

    def review_selected(self, *, revise: bool) -> None:
        """Approve or ask for revision, with the reviewer dialog (head of department);
        approving first reads the post's findings, so the dialog lists its open warnings."""
        card, bench = self.selected, self.bench
        if card is None or bench is None:
            return
        if revise:
            self._review(card, revise, [])
            return
        ctx, post_id = bench.ctx, card.post.id

        def load() -> list[Finding]:
            from sosmed_desktop.services.data_notes import Freshness
            from sosmed_desktop.services.post_checks import findings_for_post
            from sosmed_desktop.services.sensitive_words import sensitive_pattern

            fresh = Freshness.now(ctx.config.stale_days, ctx.config.tz)
            with ctx.uow() as uow:
                return findings_for_post(uow, post_id, sensitive_pattern(ctx.config), fresh)

        run_task(load, lambda found: self._review(card, revise, found), self._failed)

    def _review(self, card: BoardCard, revise: bool, findings: list[Finding]) -> None:
        from sosmed_desktop.services import workflow

        dialog = ReviewDialog.for_reviewer(
            revise, self.bench.ctx if self.bench else None, self.profile, card.post.title, self,
            findings,
        )  # fmt: skip
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name, position, note = dialog.values()
        if revise:
            self._run(
                "revise",
                lambda uow, pid, v: workflow.request_revision(uow, pid, name, position, note, v),
            )
        else:
            self._run(
                "approve",
                lambda uow, pid, v, **kw: workflow.approve(uow, pid, name, position, note, v, **kw),
                allow_past=dialog.allow_past,
            )

    def _run(self, key: str, call: Callable[..., object], *, allow_past: bool = False) -> None:
        """Run a workflow step on the selected post; a time that has passed is asked about
        (unless the approval dialog showed it already: `allow_past`)."""
        card, bench = self.selected, self.bench
        if card is None or bench is None:
            return
        ctx, post_id, version = bench.ctx, card.post.id, card.post.version
        extra = {"allow_past": True} if allow_past else {}

        def work() -> None:
            with ctx.uow() as uow:
                call(uow, post_id, version, **extra)

        def done(_: None) -> None:
            bench.bus.announce("post", [post_id])
            self.action_done.emit(key, post_id)

        def failed(exc: BaseException, details: str) -> None:
            when = past_time(exc)
            if when is None:
                self._failed(exc, details)
            elif past_schedule.confirm_past(self, key, [when], ctx.config.tz):
                self._run(key, call, allow_past=True)

        run_task(work, done, failed)

    def _failed(self, exc: BaseException, details: str) -> None:
        if isinstance(exc, DomainError):
            show_error(self, exc)
            self.reload()
        else:
            report_unexpected(exc, details)
