"""The post editor: a window per post, several open at once.

Left: the particulars and the caption tabs (master and one per platform, each
with its photos).  Right: live content checks with the guidance checklist, a feed
preview, the approval panel, the history, internal notes, the sources (directions
answered, data cited: `ui/editor/sources.py`) and the results (`ui/results/`).

The editor's content is the `PostInput` its widgets hold (`current_input`); it
is dirty when that differs from what was last loaded or saved.  What it knows
of the post is one `EditorState` (ui/editor/state.py).  The window builds the
form and holds its parts, each an object of its own that reaches the window
only through `EditorHost` (ui/editor/host.py): `EditorOperations` (loading,
checks, saving, autosave and recovery drafts), `EditorWorkflow` (the moves of
the approval workflow), `EditorConflicts` (other people's changes),
`EditorPhotos`, `EditorExceptions` (personal data allowed on purpose) and
`EditorEdits` (undo steps of everything but typed text).  The thin methods
below that pass a call on to a part are what the side sections, the editor
manager and the tests use.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QMainWindow,
    QPlainTextEdit,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.domain.statuses import FROZEN, PostStatus
from sosmed_desktop.services.posts.data import PostDetail, PostInput, VariantInput
from sosmed_desktop.services.posts.editor_drafts import key_for
from ui.bus import DataBus
from ui.editor.approval import ApprovalPanel
from ui.editor.captions import CaptionTabs, PlatformTab
from ui.editor.checks_panel import ChecksPanel
from ui.editor.conflicts import EditorConflicts
from ui.editor.details import DetailsForm, split_tags
from ui.editor.edits import EditorEdits
from ui.editor.exceptions import EditorExceptions
from ui.editor.history import HistoryPanel
from ui.editor.insert_menu import InsertMenu
from ui.editor.operations import EditorOperations, Then
from ui.editor.photos import EditorPhotos
from ui.editor.preview import PreviewPanel
from ui.editor.series import SeriesTools
from ui.editor.sources import SourcesPanel
from ui.editor.spelling import EditorSpelling
from ui.editor.state import EditorSeed, EditorState, state_field
from ui.editor.thumbnails import EditorImages
from ui.editor.workflow import EditorWorkflow
from ui.operations import Operations
from ui.plain_text import plain_label
from ui.results.post_panel import PostResultsPanel

if TYPE_CHECKING:
    from sosmed_desktop.bootstrap import AppContext


class PostEditor(QMainWindow):
    """One post being written, checked and taken through approval."""

    loaded = Signal()
    saved = Signal(int)
    checked = Signal()
    autosaved = Signal()
    operation_done = Signal(str)
    closed = Signal(object)
    close_cancelled = Signal()
    export_requested = Signal(int)

    post_id = state_field("post_id")
    status = state_field("status")
    specs = state_field("specs")
    media_info = state_field("media_info")
    saved_input = state_field("saved_input")
    autosaved_input = state_field("autosaved_input")
    data_note_ids = state_field("data_note_ids")
    exceptions = state_field("exceptions")
    ready = state_field("ready")
    busy = state_field("busy")
    closing_after_save = state_field("closing_after_save")
    force_close = state_field("force_close", writable=True)
    finished = state_field("finished", writable=True)

    def __init__(
        self,
        ctx: AppContext,
        bus: DataBus,
        loader: EditorImages,
        settings: QSettings,
        *,
        post_id: int | None = None,
        seed: EditorSeed | None = None,
        open_post: Callable[[int], Any] | None = None,
        show_message: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__()
        self.ctx, self.bus, self.loader, self.settings = ctx, bus, loader, settings
        self.ops = Operations(lambda: ctx, bus)
        self.tz = ctx.config.tz
        self.state = EditorState(post_id=post_id)
        self.seed = seed or EditorSeed()
        self.open_post = open_post
        self.show_message = show_message or (lambda _text: None)
        recovered = self.seed.recovered
        self.new_id = (
            recovered.key.removeprefix("new-")
            if recovered and recovered.key.startswith("new-")
            else uuid.uuid4().hex
        )
        self.undo_stack = QUndoStack(self)
        self.operations = EditorOperations(self)
        self.conflicts = EditorConflicts(self, self.operations)
        self.workflow = EditorWorkflow(self, self.operations)
        self.photos = EditorPhotos(self)
        self.exception_actions = EditorExceptions(self)
        self.edits = EditorEdits(self)
        self._build()
        self._timers()
        self.bus.data_changed.connect(self.on_data_changed)
        self.spelling.load()
        self.operations.start_load()

    # Construction ------------------------------------------------------------------
    def _build(self) -> None:
        self.setWindowTitle(self.tr("New post") + "[*]")
        self.setMinimumSize(960, 600)
        self.details = DetailsForm(self.tz)
        self.captions = CaptionTabs(self.loader, self.state.media_info.get)
        self.spelling = EditorSpelling(self.ops, self.ctx.config, self.bus, self)
        self.spelling.attach(self.captions.master.caption)
        self.spelling.attach_line(self.details.title)
        self.edits.watch_typing(self.captions.master.caption)
        self.checks = ChecksPanel()
        self.preview = PreviewPanel(self.loader, self.state.media_info.get)
        self.approval = ApprovalPanel(self.tz)
        self.approval.deny_by_role(self.ctx)
        self.history = HistoryPanel(self.tz)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("Internal notes (never posted): sources, to-dos…"))
        self.banner = plain_label()
        self.banner.setObjectName("editorBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.changed_banner = self.conflicts.build_changed_banner()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        left_layout.addWidget(self.details)
        left_layout.addWidget(self.captions, 1)
        self.sources, self.results = SourcesPanel(self), PostResultsPanel()
        self.side = QTabWidget()
        for tab, name in ((self.checks, self.tr("Checks")), (self.preview, self.tr("Preview")),
                          (self.approval, self.tr("Approval")), (self.history, self.tr("History")),
                          (self.notes, self.tr("Notes")), (self.sources, self.tr("Sources")),
                          (self.results, self.tr("Results"))):  # fmt: skip
            self.side.addTab(tab, name)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.changed_banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self._toolbar()
        self.setEnabled(False)

        edits, excepting = self.edits, self.exception_actions
        self.details.changed.connect(self.on_changed)
        self.details.program_edited.connect(edits.program_edited)
        self.details.schedule_edited.connect(edits.schedule_edited)
        self.details.platform_toggled.connect(edits.platform_toggled)
        self.captions.master.caption.textChanged.connect(edits.master_edited)
        self.captions.tab_created.connect(self._wire_tab)
        self.checks.finding_activated.connect(edits.select_finding)
        self.checks.checklist_toggled.connect(edits.checklist_toggled)
        self.checks.checklist_blocked.connect(lambda _code: self._show_dirty())
        self.checks.exception_requested.connect(excepting.record_exception)
        self.checks.exception_removed.connect(excepting.remove_exception)
        self.notes.textChanged.connect(self.on_changed)
        self.approval.action_requested.connect(self.workflow.run_action)

    def _toolbar(self) -> None:
        bar = QToolBar(self.tr("Post"))
        bar.setObjectName("editorToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)
        self.save_action = bar.addAction(self.tr("Save"), lambda: self.save())
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setToolTip(self.tr("Save (Ctrl+S)"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Y")])
        bar.addActions([self.undo_action, self.redo_action])
        bar.addSeparator()
        self.insert_menu = InsertMenu(self, bar)  # saved hashtag groups and snippets
        self.duplicate_action = bar.addAction(self.tr("Duplicate"), self.workflow.duplicate)
        self.trash_action = bar.addAction(self.tr("Move to trash"), self.workflow.move_to_trash)
        self.series = SeriesTools(self, bar)
        close = bar.addAction(self.tr("Close"), self.close)
        close.setShortcut(QKeySequence.StandardKey.Close)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.state_label = plain_label()  # may quote a file error
        self.state_label.setObjectName("editorState")
        bar.addWidget(self.state_label)

    def _timers(self) -> None:
        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(350)
        self.check_timer.timeout.connect(self.run_checks)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(EditorOperations.AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.operations.autosave)

    def _wire_tab(self, tab: PlatformTab) -> None:
        self.spelling.attach(tab.caption)
        self.edits.watch_typing(tab.caption)
        tab.caption.textChanged.connect(self.on_changed)
        tab.follow_toggled.connect(lambda on: self.edits.follow_toggled(tab.spec.code, on))
        self.photos.wire_tab(tab)

    # Filling the form -----------------------------------------------------------------
    def populate(self, data: PostInput) -> None:
        """Show `data` in every widget (without recording undo steps)."""
        state = self.state
        state.populating = True
        try:
            self.details.title.setText(data.title)
            self.details.set_program(data.program_id)
            self.details.tags.setText(", ".join(data.tags))
            self.details.set_schedule(data.scheduled_at)
            codes = tuple(v.platform for v in data.variants)
            self.details.set_platforms(codes)
            self.captions.master.caption.setPlainText(data.master_caption)
            for variant in data.variants:
                spec = state.specs.get(variant.platform)
                if spec is None:
                    continue
                tab = self.captions.tab_for(spec)
                shown = data.master_caption if variant.follows_master else variant.caption
                tab.set_follows(variant.follows_master, shown)
                tab.caption.document().clearUndoRedoStacks()
                tab.strip.set_items(variant.media)
            self.checks.set_ticked(data.checklist)
            self.notes.setPlainText(data.notes)
            state.data_note_ids = data.data_note_ids
            state.exceptions = data.exceptions
        finally:
            state.populating = False
        self.on_changed()

    def set_post(self, post: PostDetail) -> None:
        """Take the saved post's identity, version, status and decisions."""
        state = self.state
        state.post, state.post_id, state.version, state.status = (
            post, post.id, post.version, post.status
        )  # fmt: skip
        self._show_state()
        self.results.show_post(self.ops, post.id)

    def take_saved(self, post: PostDetail, data: PostInput) -> None:
        """Show `post` as saved elsewhere (`data`: its content); the undo steps go."""
        self.set_post(post)
        self.state.saved_input = data
        self.populate(data)
        self.undo_stack.clear()

    def adopt_citations(self, added: list[int], removed: set[int]) -> None:
        """Citations added or removed elsewhere (`CitationsSection.follow_database`): taken
        into both the saved state and what is being edited, so the editor stays as dirty
        as it was."""
        state = self.state
        if state.saved_input is not None:
            keep = tuple(i for i in state.saved_input.data_note_ids if i not in removed)
            state.saved_input = replace(state.saved_input, data_note_ids=keep + tuple(added))
        current = [i for i in state.data_note_ids if i not in removed]
        state.data_note_ids = tuple(current + [i for i in added if i not in current])
        self.on_changed()

    def set_busy(self, busy: bool) -> None:
        """Working in the background: the toolbar and the approval buttons wait."""
        self.state.busy = busy
        self.state_label.setText(self.tr("Working…") if busy else self.state_text())
        self._show_state()

    def _show_state(self) -> None:
        state = self.state
        post = state.post
        self.approval.show_state(
            state.status,
            post.approvals if post else (),
            post.published_at if post else None,
            post.published_url if post else None,
            busy=state.busy,
            changes=post.reapproval if post else (),
        )
        frozen = state.status in FROZEN
        self.details.set_content_locked(frozen)
        self.captions.master.caption.setReadOnly(frozen)
        for tab in self.captions.platform_tabs.values():
            tab.caption.setReadOnly(frozen or tab.follows_master)
            tab.follow.setEnabled(not frozen)
            for button in tab.photo_buttons():
                button.setEnabled(not frozen)
            tab.strip.setDragEnabled(not frozen)
            tab.strip.setAcceptDrops(not frozen)
        saved = state.post_id is not None
        self.duplicate_action.setEnabled(saved and not state.busy)
        self.trash_action.setEnabled(saved and not state.busy)
        self.save_action.setEnabled(not state.busy)

    # State ------------------------------------------------------------------------------
    def current_input(self) -> PostInput:
        """What the widgets hold now, as the core saves it."""
        master = self.captions.master.caption.toPlainText()
        variants = []
        for code in self.details.platforms():
            tab = self.captions.tab_for(self.state.specs[code])
            follows = tab.follows_master
            caption = master if follows else tab.caption.toPlainText()
            variants.append(VariantInput(code, caption, follows, tab.strip.items()))
        return PostInput(
            title=self.details.title.text(),
            scheduled_at=self.details.schedule(),
            program_id=self.details.program_id(),
            tags=split_tags(self.details.tags.text()),
            master_caption=master,
            variants=tuple(variants),
            notes=self.notes.toPlainText(),
            data_note_ids=self.state.data_note_ids,
            checklist=self.checks.ticked(),
            exceptions=self.state.exceptions,
        )

    def is_dirty(self) -> bool:
        return self.state.ready and self.current_input() != self.state.saved_input

    def state_text(self) -> str:
        """What the toolbar says about saving."""
        if self.state.post_id is None and not self.is_dirty():
            return self.tr("New post")
        return self.tr("Unsaved changes") if self.is_dirty() else self.tr("Saved")

    @property
    def recovery_key(self) -> str:
        return key_for(self.state.post_id, self.new_id)

    def approval_at_stake(self) -> bool:
        """Whether saving now would withdraw the approval (content changed: captions, photos,
        platforms, personal-data exceptions; `domain/approval.py`)."""
        saved = self.state.saved_input
        if self.state.status != PostStatus.APPROVED.value or saved is None:
            return False
        now = self.current_input()
        return (now.variants, now.exceptions) != (saved.variants, saved.exceptions)

    def on_changed(self) -> None:
        """Something changed: counters, tabs, title, warnings; checks soon."""
        specs = self.state.specs
        if self.state.populating or not specs:
            return
        chosen = [specs[c] for c in self.details.platforms()]
        self.captions.show_platforms(chosen)
        following = []
        for spec in chosen:
            tab = self.captions.tab_for(spec)
            tab.update_counter()
            tab.update_media_title()
            if tab.follows_master:
                following.append(spec)
        self.captions.master.update_counters(following)
        self.checks.update_checklist_state()
        self._show_dirty()
        title = self.details.title.text().strip() or self.tr("New post")
        self.setWindowTitle(self.tr("{title} – post").format(title=title) + "[*]")
        if self.approval_at_stake():
            self.show_banner(
                self.tr(
                    "This post is approved. Saving these changes withdraws the approval and "
                    "sends it back for review."
                ),
                warning=True,
                while_editing=True,
            )
        elif self.banner.property("while_editing"):
            self.banner.hide()  # the edit that put the approval at stake was undone
        self._update_preview()
        if self.state.ready:
            self.check_timer.start()

    def _show_dirty(self) -> None:
        self.setWindowModified(self.is_dirty())
        self.state_label.setText(self.state_text())

    def show_banner(self, text: str, *, warning: bool = False, while_editing: bool = False) -> None:
        """A line above the form; `while_editing` ones go when their cause is undone."""
        self.banner.setText(text)
        self.banner.setProperty("while_editing", while_editing)
        colour = "#fdebd0" if warning else "#e3ecf6"
        self.banner.setStyleSheet(f"background: {colour}; padding: 8px 12px; color: #1c2b39;")
        self.banner.show()

    def _update_preview(self) -> None:
        data = {}
        specs = self.state.specs
        master = self.captions.master.caption.toPlainText()
        for code in self.details.platforms():
            tab = self.captions.tab_for(specs[code])
            text = master if tab.follows_master else tab.caption.toPlainText()
            data[code] = (specs[code], text, tab.strip.items())
        self.preview.set_content(data)

    # What the parts do, for the sections, the manager and the tests -----------------------
    def save(self, then: Then = None) -> None:
        """Save in the background; `then` runs after a successful save."""
        self.operations.save(then)

    def run_checks(self) -> None:
        self.operations.run_checks()

    def reload_history(self) -> None:
        self.operations.reload_history()

    def on_data_changed(self, kind: str, ids: list) -> None:
        self.results.on_data_changed(kind)
        self.operations.on_data_changed(kind, ids)

    def handle_error(self, exc: BaseException) -> None:
        """Before a failed operation's message (an `ErrorHandler` of the sections)."""
        self.operations.handle_error(exc)

    def push(self, text: str, apply: Callable[[Any], None], old: Any, new: Any, **kw: Any) -> None:
        self.edits.push(text, apply, old, new, **kw)

    def ask_reason(self, kind: str, values: list[str]) -> str | None:
        """Why personal data may be published here (tests answer instead)."""
        return self.exception_actions.ask_reason(kind, values)

    def ask_unsaved(self) -> str:
        """ "save", "discard" or "cancel" (tests answer instead)."""
        return self.operations.ask_unsaved()

    # Closing ------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.state.force_close or not self.is_dirty():
            self.finish_close()
            event.accept()
            return
        answer = self.ask_unsaved()
        if answer == "save":
            event.ignore()
            self.operations.save(then=self.close_without_prompt, closing=True)
        elif answer == "discard":
            self.finish_close()
            event.accept()
        else:
            event.ignore()

    def close_without_prompt(self) -> None:
        self.state.force_close = True
        self.close()

    def finish_close(self) -> None:
        """Leaving for good: nothing left to recover, stop listening."""
        state = self.state
        if state.finished:
            return
        state.finished = True
        self.autosave_timer.stop()
        self.check_timer.stop()
        self.operations.discard_recovery()
        self.bus.data_changed.disconnect(self.on_data_changed)
        if state.ready:
            self.settings.setValue("editor/platforms", list(self.details.platforms()))
        self.closed.emit(self)
