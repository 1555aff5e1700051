"""What the post editor does in the background: load, check, save, move through the
workflow, import photos, autosave, follow changes made elsewhere.

A mixin of `PostEditor` (ui/editor/window.py), kept apart so that each module
stays readable.  Every database or disk step runs through `run_task`; errors
come back to `handle_error`, which never touches what the officer typed.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QMessageBox

from sosmed_desktop import clock
from sosmed_desktop.domain.content_checks import Finding
from sosmed_desktop.domain.statuses import FROZEN, PostStatus
from sosmed_desktop.errors import DomainError, NotFoundError, StaleError
from sosmed_desktop.services.post_data import PostDetail, PostInput
from ui import past_schedule
from ui.editor.approval import PublishDialog, ReviewDialog
from ui.editor.catalog import load_editor
from ui.error_dialog import report_unexpected
from ui.errors import describe, show_error
from ui.form_parts import ask_save_discard
from ui.past_schedule import past_time
from ui.tasks import run_task

if TYPE_CHECKING:
    from ui.editor.window import PostEditor

log = logging.getLogger(__name__)
SIMPLE_MOVES = {
    "to_draft": PostStatus.DRAFT,
    "to_idea": PostStatus.IDEA,
    "archive": PostStatus.ARCHIVED,
}


class EditorOperations:
    """Background work of the post editor (mixed into `PostEditor`)."""

    AUTOSAVE_MS = 3000

    # Loading ------------------------------------------------------------------------
    def start_load(self: PostEditor) -> None:
        ctx, post_id = self.ctx, self.post_id
        recovered = self.seed.recovered
        extra = self.seed.media_ids
        if recovered is not None:
            extra += tuple(m.media_id for v in recovered.data.variants for m in v.media)
        run_task(
            lambda: load_editor(ctx, post_id, extra), self.apply_load, self.handle_error, owner=self
        )

    def on_data_changed(self: PostEditor, kind: str, ids: list) -> None:
        """A post changed somewhere: follow it if it is this one (and nothing is typed).
        Programs changed: offer them as they are now."""
        if kind == "program" and self.ready:
            self._reload_programs()
        if kind not in ("post", "all") or self.post_id is None or not self.ready or self.busy:
            return
        if ids and self.post_id not in ids:
            return
        if self.bus.remote is not None:  # another PC: say so instead of reloading
            self.remote_change()
            return
        ctx, post_id = self.ctx, self.post_id

        def load() -> tuple[PostDetail, list]:
            from sosmed_desktop.services import audit, posts

            with ctx.uow() as uow:
                return posts.get_post(uow, post_id), audit.post_history(uow, post_id)

        def failed(exc: BaseException, details: str) -> None:
            if isinstance(exc, NotFoundError):
                self.show_banner(
                    self.tr("This post was moved to the trash elsewhere."), warning=True
                )
            else:
                report_unexpected(exc, details)

        run_task(load, self._reloaded, failed, owner=self)

    def _reload_programs(self: PostEditor) -> None:
        ctx = self.ctx

        def load() -> list:
            from sosmed_desktop.services.calendar import legend

            with ctx.uow(read_only=True) as uow:
                return legend(uow)

        run_task(load, self.details.set_programs, self.handle_error, owner=self)

    def _reloaded(self: PostEditor, result: tuple[PostDetail, list]) -> None:
        post, history = result
        self.history.set_entries(history)
        if post.version == self.version or self.busy:
            return
        if self.is_dirty():
            self.show_banner(
                self.tr(
                    "This post was changed elsewhere while it is open here. Saving will ask "
                    "whether to keep your version."
                )
            )
            return
        self.changed_banner.hide()
        self.set_post(post)
        self.saved_input = post.to_input()
        self.populate(self.saved_input)
        self.undo_stack.clear()

    # Checks ---------------------------------------------------------------------------
    def run_checks(self: PostEditor) -> None:
        """Run the content checks on what is typed now (results come back later)."""
        if not self.ready:
            return
        data = self.current_input()
        self._check_generation += 1
        generation = self._check_generation
        ctx, speller = self.ctx, self.spelling.dictionary
        # a published or archived post's time has passed by nature: not a finding
        now = None if self.status in FROZEN else clock.now()

        def work() -> list[Finding]:
            from sosmed_desktop.services.data_notes import Freshness
            from sosmed_desktop.services.post_checks import check_input
            from sosmed_desktop.services.sensitive_words import sensitive_pattern

            fresh = Freshness.now(ctx.config.stale_days, ctx.config.tz)
            with ctx.uow() as uow:
                return check_input(
                    uow, data, sensitive_pattern(ctx.config), fresh, speller, now=now
                )

        run_task(work, lambda found: self._show_findings(generation, data, found), owner=self)

    def _show_findings(self: PostEditor, generation: int, data: PostInput, found: list) -> None:
        if generation != self._check_generation or data != self.current_input():
            return  # typed on meanwhile: the next run is already scheduled
        self.checks.set_findings(found)
        spans: dict[int, set] = defaultdict(set)
        edits = {id(e): e for e in self._caption_edits()}
        for finding in found:
            targets = [self.captions.edit_for(finding.platform)]
            tab = self.captions.platform_tabs.get(finding.platform or "")
            if tab is not None and tab.follows_master:
                targets.append(tab.caption)  # the mirror shows the same text
            for edit in targets:
                spans[id(edit)].update((span, finding.severity) for span in finding.spans)
        for key, edit in edits.items():
            edit.set_highlights(spans.get(key, ()))
        self.checked.emit()

    def _caption_edits(self: PostEditor) -> list:
        return [self.captions.master.caption] + [
            t.caption for t in self.captions.platform_tabs.values()
        ]

    # Saving -----------------------------------------------------------------------------
    def save(self: PostEditor, then: Callable[[], None] | None = None) -> None:
        """Save in the background; `then` runs after a successful save."""
        if self.busy or not self.ready:
            return
        data = self.current_input()
        ctx, post_id, version = self.ctx, self.post_id, self.version
        self.set_busy(True)

        def work() -> Any:
            from sosmed_desktop.services import posts

            with ctx.uow() as uow:
                if post_id is None:
                    return posts.SaveResult(posts.create_post(uow, data))
                return posts.update_post(uow, post_id, data, version)

        def failed(exc: BaseException, details: str) -> None:
            self.set_busy(False)
            if self.closing_after_save:  # the window stays open: the save did not happen
                self.closing_after_save = False
                self.close_cancelled.emit()
            if isinstance(exc, StaleError):
                self.resolve_conflict(then)
            else:
                self.save_failed(exc, details, then)

        run_task(work, lambda result: self._saved(data, result, then), failed, owner=self)

    def _saved(self: PostEditor, data: PostInput, result: Any, then: Callable | None) -> None:
        old_key = self.recovery_key
        self.set_busy(False)
        self.set_post(result.post)
        self.saved_input = data
        self.discard_recovery({old_key, self.recovery_key})
        self.banner.hide()
        if result.approval_withdrawn:
            self.show_banner(
                self.tr(
                    "Saved. The approval was withdrawn because the approved content changed: "
                    "the post is waiting for approval again."
                ),
                warning=True,
            )
            text = self.tr("Approval withdrawn: “{title}” needs approval again.")
            self.show_message(text.format(title=result.post.title))
        else:
            self.show_message(self.tr("Saved “{title}”.").format(title=result.post.title))
        self.undo_stack.setClean()
        self.on_changed()
        self.reload_history()
        self.bus.announce("post", [result.post.id])
        self.saved.emit(result.post.id)
        if then is not None:
            then()

    def set_busy(self: PostEditor, busy: bool) -> None:
        self.busy = busy
        self.state_label.setText(self.tr("Working…") if busy else self.state_text())
        self._show_state()

    def reload_history(self: PostEditor) -> None:
        ctx, post_id = self.ctx, self.post_id
        if post_id is None:
            return

        def load() -> list:
            from sosmed_desktop.services import audit

            with ctx.uow() as uow:
                return audit.post_history(uow, post_id)

        run_task(load, self.history.set_entries, owner=self)

    def handle_error(self: PostEditor, exc: BaseException, details: str = "") -> None:
        """Tell the officer; what they typed stays in the editor."""
        self.set_busy(False)
        if isinstance(exc, DomainError):
            show_error(self, exc)
            if isinstance(exc, StaleError) and self.post_id is not None:
                self.on_data_changed("post", [self.post_id])  # catch up if nothing is typed
        else:
            report_unexpected(exc, details)

    # Workflow -----------------------------------------------------------------------------
    def run_action(self: PostEditor, key: str) -> None:
        """A button of the approval panel: ask what is needed, save if needed, then move."""
        if self.busy:
            return
        if key == "export":
            self._request_export()
            return
        call = self._workflow_call(key)
        if call is None:
            return
        if self.post_id is None or self.is_dirty():
            self.save(then=lambda: self._run_workflow(key, call))
        else:
            self._run_workflow(key, call)

    def _request_export(self: PostEditor) -> None:
        """Hand the approved post to the Paket page (unsaved edits would void the approval)."""
        if self.post_id is None:
            return
        if self.is_dirty():
            QMessageBox.information(
                self,
                self.tr("Export package"),
                self.tr(
                    "This post has unsaved changes. A package holds exactly what was approved: "
                    "close without saving, or save and have it approved again."
                ),
            )
            return
        self.export_requested.emit(self.post_id)

    def _workflow_call(self: PostEditor, key: str) -> Callable | None:
        from sosmed_desktop.services import workflow

        if key in ("approve", "revise"):
            prof = self.catalog.profile if self.catalog else None
            dialog = ReviewDialog.for_reviewer(
                key == "revise", self.ctx, prof, self.details.title.text(), self,
                self.checks.findings,
            )  # fmt: skip
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            name, position, note = dialog.values()
            if key == "approve":
                shown_past = dialog.allow_past
                return lambda uow, pid, v, allow_past=False: workflow.approve(
                    uow, pid, name, position, note, v, allow_past=allow_past or shown_past
                )
            return lambda uow, pid, v: workflow.request_revision(uow, pid, name, position, note, v)
        if key == "publish":
            dialog = PublishDialog(self.tz, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            when, url = dialog.values()
            return lambda uow, pid, v: workflow.mark_published(uow, pid, when, url, v)
        if key == "submit":
            return lambda uow, pid, v, allow_past=False: workflow.submit_for_review(
                uow, pid, v, allow_past=allow_past
            )
        if key == "withdraw":
            return lambda uow, pid, v: workflow.withdraw_approval(uow, pid, "", v)
        target = SIMPLE_MOVES[key]
        return lambda uow, pid, v: workflow.change_status(uow, pid, target, v)

    def _run_workflow(self: PostEditor, key: str, call: Callable) -> None:
        ctx, post_id, version = self.ctx, self.post_id, self.version
        self.set_busy(True)

        def work() -> PostDetail:
            with ctx.uow() as uow:
                return call(uow, post_id, version)

        def done(post: PostDetail) -> None:
            self.set_busy(False)
            self.set_post(post)
            self.banner.hide()
            self.on_changed()
            self.reload_history()
            self.bus.announce("post", [post.id])
            self.operation_done.emit(key)

        def failed(exc: BaseException, details: str) -> None:
            when = past_time(exc)
            if when is None:
                self.handle_error(exc, details)
                return
            self.set_busy(False)  # asked: go on late, or leave it as it is
            if past_schedule.confirm_past(self, key, [when], self.tz):
                self._run_workflow(key, partial(call, allow_past=True))

        run_task(work, done, failed, owner=self)

    def duplicate(self: PostEditor) -> None:
        """A new draft with this content, opened in its own editor."""
        if self.post_id is None or self.busy:
            return
        if self.is_dirty():
            self.save(then=self.duplicate)
            return
        ctx, post_id = self.ctx, self.post_id
        title = self.tr("Copy of {title}").format(title=self.details.title.text().strip())

        def work() -> PostDetail:
            from sosmed_desktop.services import posts

            with ctx.uow() as uow:
                return posts.duplicate_post(uow, post_id, title=title[:300])

        def done(copy: PostDetail) -> None:
            self.bus.announce("post", [copy.id])
            if self.open_post is not None:
                self.open_post(copy.id)
            self.operation_done.emit("duplicate")

        run_task(work, done, self.handle_error, owner=self)

    def move_to_trash(self: PostEditor) -> None:
        """After a confirmation; the trash (File → Trash) brings it back."""
        if self.post_id is None or self.busy:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Move to trash"),
            self.tr("Move “{title}” to the trash? You can restore it from File → Trash.").format(
                title=self.details.title.text()
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ctx, post_id, version, title = (
            self.ctx,
            self.post_id,
            self.version,
            self.details.title.text(),
        )
        self.set_busy(True)

        def work() -> int:
            from sosmed_desktop.services import posts

            with ctx.uow() as uow:
                return posts.trash_post(uow, post_id, version)

        def done(_version: int) -> None:
            self.busy = False
            self.bus.announce("post", [post_id])
            self.show_message(self.tr("“{title}” moved to the trash.").format(title=title))
            self.operation_done.emit("trash")
            self.close_without_prompt()

        run_task(work, done, self.handle_error, owner=self)

    # Autosave and recovery -------------------------------------------------------------------
    def autosave(self: PostEditor) -> None:
        """Write the unsaved state to the recovery folder (only when it changed)."""
        if not self.ready:
            return
        data = self.current_input()
        if data != self.saved_input and data != self.autosaved_input:
            config, key = self.ctx.config, self.recovery_key
            post_id, version = self.post_id, self.version

            def work() -> None:
                from sosmed_desktop.services import recovery

                recovery.save_draft(config, key, data, post_id=post_id, base_version=version)

            def done(_: None) -> None:
                self.autosaved_input = data
                self.autosaved.emit()

            self._recovery_task(work, done)
        elif data == self.saved_input and self.autosaved_input is not None:
            self.discard_recovery()

    def discard_recovery(self: PostEditor, keys: set[str] | None = None) -> None:
        """Nothing to recover any more (saved, discarded or closed)."""
        config = self.ctx.config
        wanted = sorted(keys or {self.recovery_key})
        self.autosaved_input = None

        def work() -> None:
            from sosmed_desktop.services import recovery

            for key in wanted:
                recovery.discard_draft(config, key)

        self._recovery_task(work, lambda _: None)

    def _recovery_task(self: PostEditor, work: Callable, done: Callable) -> None:
        """Run recovery writes one after another, so a discard never overtakes a write."""
        self._recovery_queue.append((work, done))
        if len(self._recovery_queue) == 1:
            self._next_recovery_task()

    def _next_recovery_task(self: PostEditor) -> None:
        if not self._recovery_queue:
            return
        work, done = self._recovery_queue[0]

        def finished(value: Any) -> None:
            self._recovery_queue.pop(0)
            done(value)
            self._next_recovery_task()

        def failed(exc: BaseException, _details: str) -> None:
            self._recovery_queue.pop(0)
            log.warning("Recovery file not written: %s", exc)
            text = describe(exc) if isinstance(exc, DomainError) else str(exc)
            self.state_label.setText(self.tr("Autosave failed: {reason}").format(reason=text))
            self._next_recovery_task()

        run_task(work, finished, failed, owner=self)

    def ask_unsaved(self: PostEditor) -> str:
        """ "save", "discard" or "cancel" for closing with unsaved changes."""
        title = self.details.title.text() or self.tr("New post")
        return ask_save_discard(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to “{title}”?").format(title=title),
        )
