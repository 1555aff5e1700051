"""The post editor: a window per post, several open at once.

Left: the particulars and the caption tabs (master and one per platform, each
with its photos).  Right: live content checks with the guidance checklist, a
feed preview, the approval panel, the history, internal notes and the sources
(directions answered, data cited: `ui/editor/sources.py`).

The editor's state is the `PostInput` its widgets hold (`current_input`); it
is dirty when that differs from what was last loaded or saved.  Text fields
have Qt's undo; every other change is a `ValueCommand` on the editor's own
undo stack.  Saving, the workflow moves and the autosave run in the background
(`ui/editor/operations.py`), as do photo imports (`ui/editor/photos.py`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
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

from sosmed_desktop.domain.personal_data import DataException
from sosmed_desktop.domain.platforms import PlatformSpec
from sosmed_desktop.domain.statuses import FROZEN, PostStatus
from sosmed_desktop.services.media_catalog import MediaSummary
from sosmed_desktop.services.post_data import MediaItem, PostDetail, PostInput, VariantInput
from sosmed_desktop.services.recovery import RecoveredDraft, key_for
from ui.bus import DataBus
from ui.editor.approval import ApprovalPanel
from ui.editor.captions import CaptionTabs, PlatformTab
from ui.editor.catalog import EditorCatalog, EditorLoad
from ui.editor.checks_panel import ChecksPanel, ShownFinding
from ui.editor.commands import ValueCommand
from ui.editor.conflicts import EditorConflicts
from ui.editor.details import DetailsForm, split_tags
from ui.editor.exceptions import EditorExceptions
from ui.editor.history import HistoryPanel
from ui.editor.insert_menu import InsertMenu
from ui.editor.operations import EditorOperations
from ui.editor.photos import EditorPhotos
from ui.editor.preview import PreviewPanel
from ui.editor.series import SeriesTools
from ui.editor.sources import SourcesPanel
from ui.editor.spelling import EditorSpelling
from ui.editor.thumbnails import ThumbnailLoader
from ui.plain_text import plain_label

if TYPE_CHECKING:
    from sosmed_desktop.bootstrap import AppContext

DEFAULT_PLATFORMS = ("instagram", "facebook")


@dataclass(frozen=True)
class EditorSeed:
    """How an editor for a new post starts: at a time, with photos, or recovered."""

    scheduled_at: datetime | None = None
    media_ids: tuple[int, ...] = ()
    platforms: tuple[str, ...] = ()
    recovered: RecoveredDraft | None = None


class PostEditor(EditorOperations, EditorConflicts, EditorPhotos, EditorExceptions, QMainWindow):
    """One post being written, checked and taken through approval."""

    loaded = Signal()
    saved = Signal(int)
    checked = Signal()
    autosaved = Signal()
    operation_done = Signal(str)
    closed = Signal(object)
    close_cancelled = Signal()
    export_requested = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        bus: DataBus,
        loader: ThumbnailLoader,
        settings: QSettings,
        *,
        post_id: int | None = None,
        seed: EditorSeed | None = None,
        open_post: Callable[[int], Any] | None = None,
        show_message: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__()
        self.ctx, self.bus, self.loader, self.settings = ctx, bus, loader, settings
        self.tz = ctx.config.tz
        self.post_id = post_id
        self.seed = seed or EditorSeed()
        self.open_post = open_post
        self.show_message = show_message or (lambda _text: None)
        recovered = self.seed.recovered
        self.new_id = (
            recovered.key.removeprefix("new-")
            if recovered and recovered.key.startswith("new-")
            else uuid.uuid4().hex
        )
        self.post: PostDetail | None = None
        self.version: int | None = None
        self.status: str | None = None
        self.catalog: EditorCatalog | None = None
        self.specs: dict[str, PlatformSpec] = {}
        self.media_info: dict[int, MediaSummary] = {}
        self.data_note_ids: tuple[int, ...] = ()
        self.exceptions: tuple[DataException, ...] = ()
        self.saved_input: PostInput | None = None
        self.autosaved_input: PostInput | None = None
        self.ready = False
        self.busy = False
        self.force_close = False
        self.finished = False
        self.closing_after_save = False
        self._loading = False
        self._check_generation = 0
        self._recovery_queue: list = []
        self.undo_stack = QUndoStack(self)
        self._build()
        self._timers()
        self.bus.data_changed.connect(self.on_data_changed)
        self.spelling.load()
        self.start_load()

    # Construction ------------------------------------------------------------------
    def _build(self) -> None:
        self.setWindowTitle(self.tr("New post") + "[*]")
        self.setMinimumSize(960, 600)
        self.details = DetailsForm(self.tz)
        self.captions = CaptionTabs(self.loader, self.media_info.get)
        self.spelling = EditorSpelling(self.ctx, self.bus, self)
        self.captions.master.caption.spelling = self.spelling
        self.spelling.attach(self.captions.master.caption)
        self.checks = ChecksPanel()
        self.preview = PreviewPanel(self.loader, self.media_info.get)
        self.approval = ApprovalPanel(self.tz)
        self.approval.deny_by_role(self.ctx)
        self.history = HistoryPanel(self.tz)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Internal notes (never posted): sources, to-dos…"))
        self.banner = plain_label()
        self.banner.setObjectName("editorBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.changed_banner = self.build_changed_banner()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        left_layout.addWidget(self.details)
        left_layout.addWidget(self.captions, 1)
        self.side = QTabWidget()
        self.side.addTab(self.checks, self.tr("Checks"))
        self.side.addTab(self.preview, self.tr("Preview"))
        self.side.addTab(self.approval, self.tr("Approval"))
        self.side.addTab(self.history, self.tr("History"))
        self.side.addTab(self.notes, self.tr("Notes"))
        self.sources = SourcesPanel(self)
        self.side.addTab(self.sources, self.tr("Sources"))
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

        self.details.changed.connect(self.on_changed)
        self.details.program_edited.connect(self._program_edited)
        self.details.schedule_edited.connect(self._schedule_edited)
        self.details.platform_toggled.connect(self._platform_toggled)
        self.captions.master.caption.textChanged.connect(self._master_edited)
        self.captions.tab_created.connect(self._wire_tab)
        self.checks.finding_activated.connect(self.select_finding)
        self.checks.checklist_toggled.connect(self._checklist_toggled)
        self.checks.checklist_blocked.connect(lambda _code: self._show_dirty())
        self.checks.exception_requested.connect(self.record_exception)
        self.checks.exception_removed.connect(self.remove_exception)
        self.notes.textChanged.connect(self.on_changed)
        self.approval.action_requested.connect(self.run_action)

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
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        bar.addSeparator()
        self.insert_menu = InsertMenu(self, bar)  # saved hashtag groups and snippets
        self.duplicate_action = bar.addAction(self.tr("Duplicate"), self.duplicate)
        self.trash_action = bar.addAction(self.tr("Move to trash"), self.move_to_trash)
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
        self.autosave_timer.setInterval(self.AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)

    def _wire_tab(self, tab: PlatformTab) -> None:
        code = tab.spec.code
        tab.caption.spelling = self.spelling
        self.spelling.attach(tab.caption)
        tab.caption.textChanged.connect(self.on_changed)
        tab.follow_toggled.connect(lambda follows: self._follow_toggled(code, follows))
        tab.strip.reordered.connect(
            lambda old, new: self.push(self.tr("Reorder photos"), self.media_setter(code), old, new)
        )
        tab.strip.files_dropped.connect(lambda paths: self.import_files(paths, (code,)))
        tab.strip.media_dropped.connect(lambda ids: self.add_media(ids, (code,)))
        tab.framing_chosen.connect(lambda key: self.frame_media(code, key))
        tab.add_files.clicked.connect(lambda: self.choose_files((code,)))
        tab.add_library.clicked.connect(lambda: self.choose_from_library((code,)))
        tab.move_left.clicked.connect(lambda: self.move_media(code, -1))
        tab.move_right.clicked.connect(lambda: self.move_media(code, 1))
        tab.remove.clicked.connect(lambda: self.remove_media(code))
        tab.copy_all.clicked.connect(lambda: self.copy_media_to_all(code))

    # Filling the form -----------------------------------------------------------------
    def populate(self, data: PostInput) -> None:
        """Show `data` in every widget (without recording undo steps)."""
        self._loading = True
        try:
            self.details.title.setText(data.title)
            self.details.set_program(data.program_id)
            self.details.tags.setText(", ".join(data.tags))
            self.details.set_schedule(data.scheduled_at)
            codes = tuple(v.platform for v in data.variants)
            self.details.set_platforms(codes)
            self.captions.master.caption.setPlainText(data.master_caption)
            for variant in data.variants:
                spec = self.specs.get(variant.platform)
                if spec is None:
                    continue
                tab = self.captions.tab_for(spec)
                shown = data.master_caption if variant.follows_master else variant.caption
                tab.set_follows(variant.follows_master, shown)
                tab.caption.document().clearUndoRedoStacks()
                tab.strip.set_items(variant.media)
            self.checks.set_ticked(data.checklist)
            self.notes.setPlainText(data.notes)
            self.data_note_ids = data.data_note_ids
            self.exceptions = data.exceptions
        finally:
            self._loading = False
        self.on_changed()

    def apply_load(self, load: EditorLoad) -> None:
        """The background load finished: fill the window."""
        self.catalog = load.catalog
        self.specs = dict(load.catalog.specs)
        self.media_info.update(load.media)
        prof = load.catalog.profile
        self.details.set_choices(
            list(self.specs.values()), load.catalog.programs, load.catalog.tags
        )
        self.preview.set_account(prof.department_short or prof.department_name)
        recovered = self.seed.recovered
        if load.post is not None:
            self.set_post(load.post)
            self.saved_input = load.post.to_input()
            data = self.saved_input
            if load.post.program_id is not None:  # an archived program is kept, not dropped
                self.details.ensure_program(
                    load.post.program_id, load.post.program_name, load.post.program_colour
                )
        else:
            if load.missing_post:
                self.post_id = None
            data = self._seed_input()
            self.saved_input = data
        if recovered is not None:
            data = recovered.data
            if load.post is not None and recovered.base_version is not None:
                self.version = recovered.base_version
        self.populate(data)
        self.captions.master.caption.document().clearUndoRedoStacks()
        self.history.set_entries(load.history)
        self.undo_stack.clear()
        self.ready = True
        self.setEnabled(True)
        self.autosave_timer.start()
        gone = [v.platform for v in data.variants if v.platform not in self.specs]
        if gone:
            self.show_banner(
                self.tr(
                    "No longer in the platform file: {platforms}. Saving removes them from "
                    "this post."
                ).format(platforms=", ".join(gone)),
                warning=True,
            )
        elif load.missing_post:
            self.show_banner(
                self.tr(
                    "The post of this recovered draft no longer exists; saving creates a new post."
                )
            )
        elif recovered is not None:
            self.show_banner(self.tr("Recovered after an unexpected exit: check it and save."))
        self.on_changed()
        self.run_checks()
        self.loaded.emit()

    def _seed_input(self) -> PostInput:
        seed = self.seed
        wanted = seed.platforms or tuple(
            self.settings.value("editor/platforms", list(DEFAULT_PLATFORMS), type=list)
        )
        codes = [c for c in wanted if c in self.specs] or list(self.specs)[:1]
        media = tuple(MediaItem(m) for m in seed.media_ids if m in self.media_info)
        return PostInput(
            title="",
            scheduled_at=seed.scheduled_at,
            variants=tuple(VariantInput(code, media=media) for code in codes),
        )

    def set_post(self, post: PostDetail) -> None:
        """Take the saved post's identity, version, status and decisions."""
        self.post = post
        self.post_id = post.id
        self.version = post.version
        self.status = post.status
        self._show_state()

    def _show_state(self) -> None:
        post = self.post
        self.approval.show_state(
            self.status,
            post.approvals if post else (),
            post.published_at if post else None,
            post.published_url if post else None,
            busy=self.busy,
            changes=post.reapproval if post else (),
        )
        frozen = self.status in FROZEN
        self.details.set_content_locked(frozen)
        self.captions.master.caption.setReadOnly(frozen)
        for tab in self.captions.platform_tabs.values():
            tab.caption.setReadOnly(frozen or tab.follows_master)
            tab.follow.setEnabled(not frozen)
            for button in tab.photo_buttons():
                button.setEnabled(not frozen)
            tab.strip.setDragEnabled(not frozen)
            tab.strip.setAcceptDrops(not frozen)
        saved = self.post_id is not None
        self.duplicate_action.setEnabled(saved and not self.busy)
        self.trash_action.setEnabled(saved and not self.busy)
        self.save_action.setEnabled(not self.busy)

    # State ------------------------------------------------------------------------------
    def current_input(self) -> PostInput:
        """What the widgets hold now, as the core saves it."""
        master = self.captions.master.caption.toPlainText()
        variants = []
        for code in self.details.platforms():
            tab = self.captions.tab_for(self.specs[code])
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
            data_note_ids=self.data_note_ids,
            checklist=self.checks.ticked(),
            exceptions=self.exceptions,
        )

    def is_dirty(self) -> bool:
        return self.ready and self.current_input() != self.saved_input

    def state_text(self) -> str:
        """What the toolbar says about saving."""
        if self.post_id is None and not self.is_dirty():
            return self.tr("New post")
        return self.tr("Unsaved changes") if self.is_dirty() else self.tr("Saved")

    @property
    def recovery_key(self) -> str:
        return key_for(self.post_id, self.new_id)

    def approval_at_stake(self) -> bool:
        """Whether saving now would withdraw the approval (content changed: captions, photos,
        platforms, personal-data exceptions; `domain/approval.py`)."""
        if self.status != PostStatus.APPROVED.value or self.saved_input is None:
            return False
        now, saved = self.current_input(), self.saved_input
        return (now.variants, now.exceptions) != (saved.variants, saved.exceptions)

    def on_changed(self) -> None:
        """Something changed: counters, tabs, title, warnings; checks soon."""
        if self._loading or not self.specs:
            return
        chosen = [self.specs[c] for c in self.details.platforms()]
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
        if self.ready:
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
        master = self.captions.master.caption.toPlainText()
        for code in self.details.platforms():
            tab = self.captions.tab_for(self.specs[code])
            text = master if tab.follows_master else tab.caption.toPlainText()
            data[code] = (self.specs[code], text, tab.strip.items())
        self.preview.set_content(data)

    # Undoable edits ------------------------------------------------------------------------
    def push(self, text: str, apply: Callable[[Any], None], old: Any, new: Any, **kw: Any) -> None:
        """Record a change of the editor (already visible) as an undo step."""
        if self._loading:
            return

        def applied(value: Any) -> None:
            self._loading = True
            try:
                apply(value)
            finally:
                self._loading = False
            self.on_changed()

        self.undo_stack.push(ValueCommand(text, applied, old, new, **kw))

    def media_setter(self, code: str) -> Callable[[tuple[MediaItem, ...]], None]:
        def apply(items: tuple[MediaItem, ...]) -> None:
            self.captions.tab_for(self.specs[code]).strip.set_items(items)

        return apply

    def _program_edited(self, old: int | None, new: int | None) -> None:
        self.push(self.tr("Change program"), self.details.set_program, old, new)

    def _schedule_edited(self, old: datetime | None, new: datetime | None) -> None:
        self.push(
            self.tr("Change time"), self.details.set_schedule, old, new, merge_field="schedule"
        )

    def _platform_toggled(self, code: str, checked: bool) -> None:
        name = self.specs[code].name if code in self.specs else code
        text = (self.tr("Add {platform}") if checked else self.tr("Remove {platform}")).format(
            platform=name
        )
        self.push(text, lambda on: self.details.set_platform(code, on), not checked, checked)

    def _follow_toggled(self, code: str, follows: bool) -> None:
        tab = self.captions.tab_for(self.specs[code])
        own = tab.caption.toPlainText()
        master = self.captions.master.caption.toPlainText()

        def apply(value: tuple[bool, str]) -> None:
            on, text = value
            tab.set_follows(on, master_now() if on else text)

        def master_now() -> str:
            return self.captions.master.caption.toPlainText()

        self.push(
            self.tr("Own caption for {platform}").format(platform=tab.spec.name),
            apply,
            (not follows, own),
            (follows, master if follows else own),
        )

    def _checklist_toggled(self, code: str, on: bool) -> None:
        def apply(value: bool) -> None:
            ticked = set(self.checks.ticked())
            ticked = ticked | {code} if value else ticked - {code}
            self.checks.set_ticked(tuple(sorted(ticked)))

        self.push(self.tr("Tick checklist"), apply, not on, on)

    def _master_edited(self) -> None:
        text = self.captions.master.caption.toPlainText()
        for tab in self.captions.platform_tabs.values():
            if tab.follows_master:
                tab.caption.set_text_keeping_cursor(text)
        self.on_changed()

    # Findings ---------------------------------------------------------------------------
    def select_finding(self, shown: ShownFinding) -> None:
        """Show the caption a finding is about and select its first span."""
        if not shown.finding.spans:
            return
        code = shown.platforms[0] if shown.platforms else None
        edit = self.captions.edit_for(code)
        owner = edit.parentWidget()
        while owner is not None and self.captions.indexOf(owner) < 0:
            owner = owner.parentWidget()
        if owner is not None:
            self.captions.setCurrentWidget(owner)
        edit.select_span(shown.finding.spans[0])

    # Closing ------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.force_close or not self.is_dirty():
            self.finish_close()
            event.accept()
            return
        answer = self.ask_unsaved()
        if answer == "save":
            event.ignore()
            self.closing_after_save = True
            self.save(then=self.close_without_prompt)
        elif answer == "discard":
            self.finish_close()
            event.accept()
        else:
            event.ignore()

    def close_without_prompt(self) -> None:
        self.force_close = True
        self.close()

    def finish_close(self) -> None:
        """Leaving for good: nothing left to recover, stop listening."""
        if self.finished:
            return
        self.finished = True
        self.autosave_timer.stop()
        self.check_timer.stop()
        self.discard_recovery()
        self.bus.data_changed.disconnect(self.on_data_changed)
        if self.ready:
            self.settings.setValue("editor/platforms", list(self.details.platforms()))
        self.closed.emit(self)
