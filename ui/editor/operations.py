"""What the post editor does in the background: load, check, save, follow changes made
elsewhere, keep the history and the recovery drafts.  (Its workflow moves are
`EditorWorkflow`, ui/editor/workflow.py.)

`EditorOperations` is a part of `PostEditor` (ui/editor/window.py), which owns
it; it reaches the window only through `EditorHost`.  Every database step runs
through the window's operations (`host.ops`, ui/operations.py): what a save
commits is announced on the data bus from its record.  A failed step first
comes to `handle_error` (not busy any more, catch up with a post changed
elsewhere), then the message is shown; nothing the officer typed is touched.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject

from sosmed_desktop import clock
from sosmed_desktop.db.change_kinds import Kind
from sosmed_desktop.domain.statuses import FROZEN
from sosmed_desktop.errors import DomainError, NotFoundError, StaleError
from sosmed_desktop.services.posts.data import MediaItem, PostInput, VariantInput
from ui.errors import describe
from ui.form_parts import ask_save_discard
from ui.operations import Latest

if TYPE_CHECKING:
    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.domain.content_checks import Finding
    from sosmed_desktop.services.posts.data import PostDetail
    from sosmed_desktop.services.posts.editor_load import EditorLoad
    from ui.editor.host import EditorHost

log = logging.getLogger(__name__)
DEFAULT_PLATFORMS = ("instagram", "facebook")
"""A new post's platforms until the officer has chosen others (then those are kept)."""
Then = Callable[[], None] | None
"""What to do once a save succeeded (close, move on through the workflow …)."""


class SaveRefusals(Protocol):
    """Who takes over a save refused because of other people's changes or a lost
    server, and a change of the open post made on another PC (`EditorConflicts`)."""

    def resolve_conflict(self, then: Then) -> None: ...

    def save_failed(self, exc: BaseException, then: Then) -> bool | None: ...

    def remote_change(self) -> None: ...


class EditorOperations(QObject):
    """Background work of one post editor."""

    AUTOSAVE_MS = 3000
    """How often the unsaved state is written to the recovery folder (tests shorten it)."""

    def __init__(self, host: EditorHost) -> None:
        super().__init__(host.window())
        self.host = host
        self.view = host.window()
        """The editor window: owner of every operation, parent of the questions asked."""
        self.refusals: SaveRefusals
        """Set by `EditorConflicts`, which takes them over."""
        self._checks = Latest()
        self._recovery_queue: list[tuple[Callable[[], None], Callable[[None], None]]] = []

    # Loading ------------------------------------------------------------------------
    def start_load(self) -> None:
        """Load the post and the choices of the editor's fields (`_loaded` fills the window)."""
        from sosmed_desktop.services.posts.editor_load import load_editor

        host = self.host
        post_id, seed = host.state.post_id, host.seed
        extra = seed.media_ids
        if seed.recovered is not None:
            extra += tuple(m.media_id for v in seed.recovered.data.variants for m in v.media)
        host.ops.read(
            self.view,
            lambda uow: load_editor(uow, post_id, extra),
            self._loaded,
            on_error=self.handle_error,
        )

    def _loaded(self, load: EditorLoad) -> None:
        """Fill the window with what `start_load` read."""
        host, state = self.host, self.host.state
        state.catalog = load.catalog
        state.specs = dict(load.catalog.specs)
        state.media_info.update(load.media)
        prof = load.catalog.profile
        host.details.set_choices(
            list(state.specs.values()), load.catalog.programs, load.catalog.tags
        )
        host.preview.set_accounts(
            prof.department_short or prof.department_name, dict(prof.accounts)
        )
        recovered = host.seed.recovered
        if load.post is not None:
            host.set_post(load.post)
            data = state.saved_input = load.post.to_input()
            if load.post.program_id is not None:  # an archived program is kept, not dropped
                host.details.ensure_program(
                    load.post.program_id, load.post.program_name, load.post.program_colour
                )
        else:
            if load.missing_post:
                state.post_id = None
            data = state.saved_input = self._seed_input()
        if recovered is not None:
            data = recovered.data
            if load.post is not None and recovered.base_version is not None:
                state.version = recovered.base_version
        host.populate(data)
        host.captions.master.caption.document().clearUndoRedoStacks()
        host.history.set_entries(load.history)
        host.undo_stack.clear()
        state.ready = True
        self.view.setEnabled(True)
        host.autosave_timer.start()
        gone = [v.platform for v in data.variants if v.platform not in state.specs]
        if gone:
            host.show_banner(
                self.tr(
                    "No longer in the platform file: {platforms}. Saving removes them from "
                    "this post."
                ).format(platforms=", ".join(gone)),
                warning=True,
            )
        elif load.missing_post:
            host.show_banner(
                self.tr(
                    "The post of this recovered draft no longer exists; saving creates a new post."
                )
            )
        elif recovered is not None:
            host.show_banner(self.tr("Recovered after an unexpected exit: check it and save."))
        host.on_changed()
        self.run_checks()
        host.loaded.emit()

    def _seed_input(self) -> PostInput:
        """A new post's content: the seed's time and photos, the platforms used last."""
        seed, specs, settings = self.host.seed, self.host.state.specs, self.host.settings
        wanted = seed.platforms or tuple(
            settings.value("editor/platforms", list(DEFAULT_PLATFORMS), type=list)
        )
        codes = [c for c in wanted if c in specs] or list(specs)[:1]
        known = self.host.state.media_info
        media = tuple(MediaItem(m) for m in seed.media_ids if m in known)
        return PostInput(
            title="",
            scheduled_at=seed.scheduled_at,
            variants=tuple(VariantInput(code, media=media) for code in codes),
        )

    def on_data_changed(self, kind: str, ids: list) -> None:
        """A post changed somewhere: follow it if it is this one (and nothing is typed).
        Programs changed: offer them as they are now."""
        state = self.host.state
        if kind == Kind.PROGRAM and state.ready:
            self._reload_programs()
        post_id = state.post_id
        if kind not in (Kind.POST, Kind.ALL) or post_id is None or not state.ready:
            return
        if state.busy or (ids and post_id not in ids):
            return
        if self.host.bus.remote is not None:  # another PC: say so instead of reloading
            self.refusals.remote_change()
            return

        def load(uow: UnitOfWork) -> tuple[PostDetail, list]:
            from sosmed_desktop.services import audit
            from sosmed_desktop.services.posts import posts

            return posts.get_post(uow, post_id), audit.post_history(uow, post_id)

        self.host.ops.read(self.view, load, self._reloaded, on_error=self.gone_elsewhere)

    def gone_elsewhere(self, exc: BaseException) -> bool:
        """The post was trashed on another PC or in another window: say so in the banner."""
        if not isinstance(exc, NotFoundError):
            return False
        self.host.show_banner(self.tr("This post was moved to the trash elsewhere."), warning=True)
        return True

    def _reload_programs(self) -> None:
        """Offer the programs as they are now (one was added, renamed, archived or merged)."""
        from sosmed_desktop.services.calendar.calendar import legend

        self.host.ops.read(
            self.view, legend, self.host.details.set_programs, on_error=self.handle_error
        )

    def _reloaded(self, result: tuple[PostDetail, list]) -> None:
        post, history = result
        host, state = self.host, self.host.state
        host.history.set_entries(history)
        if post.version == state.version or state.busy:
            return
        if host.is_dirty():
            host.show_banner(
                self.tr(
                    "This post was changed elsewhere while it is open here. Saving will ask "
                    "whether to keep your version."
                )
            )
            return
        host.changed_banner.hide()
        host.take_saved(post, post.to_input())

    # Checks ---------------------------------------------------------------------------
    def run_checks(self) -> None:
        """Run the content checks on what is typed now (results come back later; only
        those of the newest run are shown)."""
        host = self.host
        if not host.state.ready:
            return
        data = host.current_input()
        config, speller = host.ctx.config, host.spelling.dictionary
        # a published or archived post's time has passed by nature: not a finding
        now = None if host.state.status in FROZEN else clock.now()

        def work(uow: UnitOfWork) -> list[Finding]:
            from sosmed_desktop.services.directions.data_notes import Freshness
            from sosmed_desktop.services.posts.checks import check_input
            from sosmed_desktop.services.posts.sensitive_words import sensitive_pattern

            fresh = Freshness.now(config.stale_days, config.tz)
            return check_input(uow, data, sensitive_pattern(config), fresh, speller, now=now)

        host.ops.read(
            self.view, work, lambda found: self._show_findings(data, found), latest=self._checks
        )

    def _show_findings(self, data: PostInput, found: list[Finding]) -> None:
        host = self.host
        if data != host.current_input():
            return  # typed on meanwhile: the next run is already scheduled
        blank = not data.master_caption.strip() and not any(
            v.caption.strip() or v.media for v in data.variants
        )
        host.checks.set_findings(found, blank=blank)
        captions = host.captions
        edits = [captions.master.caption] + [t.caption for t in captions.platform_tabs.values()]
        spans: dict[int, set] = defaultdict(set)
        for finding in found:
            targets = [captions.edit_for(finding.platform)]
            tab = captions.platform_tabs.get(finding.platform or "")
            if tab is not None and tab.follows_master:
                targets.append(tab.caption)  # the mirror shows the same text
            for edit in targets:
                spans[id(edit)].update((span, finding.severity) for span in finding.spans)
        for edit in edits:
            edit.set_highlights(spans.get(id(edit), ()))
        host.checked.emit()

    # Saving -----------------------------------------------------------------------------
    def save(self, then: Then = None, *, closing: bool = False) -> None:
        """Save in the background; `then` runs after a successful save.  `closing`: the
        window closes once saved (it stays open if the save fails)."""
        host, state = self.host, self.host.state
        if state.busy or not state.ready:
            return
        data = host.current_input()
        post_id, version = state.post_id, state.version
        state.closing_after_save = closing
        host.set_busy(True)

        def work(uow: UnitOfWork) -> Any:
            from sosmed_desktop.services.posts import posts

            if post_id is None:
                return posts.SaveResult(posts.create_post(uow, data))
            return posts.update_post(uow, post_id, data, version)

        def failed(exc: BaseException) -> bool | None:
            host.set_busy(False)
            if state.closing_after_save:  # the window stays open: the save did not happen
                state.closing_after_save = False
                host.close_cancelled.emit()
            if isinstance(exc, StaleError):
                self.refusals.resolve_conflict(then)
                return True
            return self.refusals.save_failed(exc, then)

        host.ops.write(
            self.view, work, lambda result: self.after_save(data, result, then), on_error=failed
        )

    def after_save(self, data: PostInput, result: Any, then: Then) -> None:
        """`data` was saved (`result`: the core's `SaveResult`): the editor is clean."""
        host = self.host
        old_key = host.recovery_key
        host.set_busy(False)
        host.set_post(result.post)
        host.state.saved_input = data
        self.discard_recovery({old_key, host.recovery_key})
        host.banner.hide()
        if result.approval_withdrawn:
            host.show_banner(
                self.tr(
                    "Saved. The approval was withdrawn because the approved content changed: "
                    "the post is waiting for approval again."
                ),
                warning=True,
            )
            text = self.tr("Approval withdrawn: “{title}” needs approval again.")
            host.show_message(text.format(title=result.post.title))
        else:
            host.show_message(self.tr("Saved “{title}”.").format(title=result.post.title))
        host.undo_stack.setClean()
        host.on_changed()
        self.reload_history()
        host.saved.emit(result.post.id)
        if then is not None:
            then()

    def reload_history(self) -> None:
        post_id = self.host.state.post_id
        if post_id is None:
            return

        def load(uow: UnitOfWork) -> list:
            from sosmed_desktop.services import audit

            return audit.post_history(uow, post_id)

        self.host.ops.read(self.view, load, self.host.history.set_entries)

    def handle_error(self, exc: BaseException) -> None:
        """What every failed editor operation does before its message is shown: not busy
        any more, and a post saved meanwhile is caught up with (if nothing is typed)."""
        self.host.set_busy(False)
        post_id = self.host.state.post_id
        if isinstance(exc, StaleError) and post_id is not None:
            self.on_data_changed(Kind.POST, [post_id])

    # Autosave and recovery -------------------------------------------------------------------
    def autosave(self) -> None:
        """Write the unsaved state to the recovery folder (only when it changed)."""
        host, state = self.host, self.host.state
        if not state.ready:
            return
        data = host.current_input()
        if data != state.saved_input and data != state.autosaved_input:

            def written(_: None) -> None:
                state.autosaved_input = data
                host.autosaved.emit()

            self._keep_draft(host.recovery_key, data, written)
        elif data == state.saved_input and state.autosaved_input is not None:
            self.discard_recovery()

    def keep_as_draft(self, data: PostInput) -> None:
        """Keep `data` as a recovery draft of its own (offered again at the next start)."""
        import uuid

        self._keep_draft(f"new-{uuid.uuid4().hex}", data, lambda _: None)

    def _keep_draft(self, key: str, data: PostInput, done: Callable[[None], None]) -> None:
        config, state = self.host.ctx.config, self.host.state
        post_id, version = state.post_id, state.version

        def work() -> None:
            from sosmed_desktop.services.posts import editor_drafts

            editor_drafts.save_draft(config, key, data, post_id=post_id, base_version=version)

        self._recovery_task(work, done)

    def discard_recovery(self, keys: set[str] | None = None) -> None:
        """Nothing to recover any more (saved, discarded or closed)."""
        config = self.host.ctx.config
        wanted = sorted(keys or {self.host.recovery_key})
        self.host.state.autosaved_input = None

        def work() -> None:
            from sosmed_desktop.services.posts import editor_drafts

            for key in wanted:
                editor_drafts.discard_draft(config, key)

        self._recovery_task(work, lambda _: None)

    def _recovery_task(self, work: Callable[[], None], done: Callable[[None], None]) -> None:
        """Run recovery writes one after another, so a discard never overtakes a write."""
        self._recovery_queue.append((work, done))
        if len(self._recovery_queue) == 1:
            self._next_recovery_task()

    def _next_recovery_task(self) -> None:
        if not self._recovery_queue:
            return
        work, done = self._recovery_queue[0]

        def finished(value: None) -> None:
            self._recovery_queue.pop(0)
            done(value)
            self._next_recovery_task()

        def failed(exc: BaseException) -> bool:
            self._recovery_queue.pop(0)
            log.warning("Recovery file not written: %s", exc)
            text = describe(exc) if isinstance(exc, DomainError) else str(exc)
            self.host.state_label.setText(self.tr("Autosave failed: {reason}").format(reason=text))
            self._next_recovery_task()
            return True

        self.host.ops.background(self.view, work, finished, on_error=failed)

    def ask_unsaved(self) -> str:
        """ "save", "discard" or "cancel" for closing with unsaved changes."""
        title = self.host.details.title.text() or self.tr("New post")
        return ask_save_discard(
            self.view,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to “{title}”?").format(title=title),
        )
