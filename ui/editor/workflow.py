"""The post editor's workflow moves: submit, approve or ask for revision, publish,
withdraw, back to draft, idea or archive; duplicate; move to the trash; export.

`EditorWorkflow` is a part of `PostEditor` (ui/editor/window.py), started by
the approval panel's buttons and the toolbar.  It asks what a move needs (the
reviewer's name and note, the publication time), saves unsaved changes first
(`EditorOperations.save`) and makes the move in the background; a time that has
passed is asked about (`ui/workflow/past_schedule.py`) before the move is made anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from sosmed_desktop.domain.statuses import PostStatus
from ui.editor.approval import PublishDialog, ReviewDialog
from ui.plain_text import ask
from ui.workflow import past_schedule

if TYPE_CHECKING:
    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.services.posts.data import PostDetail
    from ui.editor.host import EditorHost
    from ui.editor.operations import EditorOperations

SIMPLE_MOVES = {
    "to_draft": PostStatus.DRAFT,
    "to_idea": PostStatus.IDEA,
    "archive": PostStatus.ARCHIVED,
}


class EditorWorkflow(QObject):
    """The moves of one post editor's post through the workflow."""

    def __init__(self, host: EditorHost, operations: EditorOperations) -> None:
        super().__init__(host.window())
        self.host, self.operations = host, operations
        self.view = host.window()

    def run_action(self, key: str) -> None:
        """A button of the approval panel: ask what is needed, save if needed, then move."""
        host = self.host
        if host.state.busy:
            return
        if key == "export":
            self._request_export()
            return
        call = self._workflow_call(key)
        if call is None:
            return
        if host.state.post_id is None or host.is_dirty():
            self.operations.save(then=lambda: self._run_workflow(key, call))
        else:
            self._run_workflow(key, call)

    def _request_export(self) -> None:
        """Hand the approved post to the Paket page (unsaved edits would void the approval)."""
        host = self.host
        if host.state.post_id is None:
            return
        if host.is_dirty():
            QMessageBox.information(
                self.view,
                self.tr("Export package"),
                self.tr(
                    "This post has unsaved changes. A package holds exactly what was approved: "
                    "close without saving, or save and have it approved again."
                ),
            )
            return
        host.export_requested.emit(host.state.post_id)

    def _workflow_call(self, key: str) -> Callable | None:
        from sosmed_desktop.services.posts import workflow

        host = self.host
        if key in ("approve", "revise"):
            catalog = host.state.catalog
            prof = catalog.profile if catalog else None
            dialog = ReviewDialog.for_reviewer(
                key == "revise", host.ctx, prof, host.details.title.text(), self.view,
                host.checks.findings,
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
            dialog = PublishDialog(host.tz, self.view)
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

    def _run_workflow(self, key: str, call: Callable) -> None:
        host = self.host
        post_id, version = host.state.post_id, host.state.version
        host.set_busy(True)

        def done(post: PostDetail) -> None:
            host.set_busy(False)
            host.set_post(post)
            host.banner.hide()
            host.on_changed()
            self.operations.reload_history()
            host.operation_done.emit(key)

        def failed(exc: BaseException) -> bool | None:
            when = past_schedule.past_time(exc)
            if when is None:
                return self.operations.handle_error(exc)
            host.set_busy(False)  # asked: go on late, or leave it as it is
            if past_schedule.confirm_past(self.view, key, [when], host.tz):
                self._run_workflow(key, partial(call, allow_past=True))
            return True

        host.ops.write(self.view, lambda uow: call(uow, post_id, version), done, on_error=failed)

    def duplicate(self) -> None:
        """A new draft with this content, opened in its own editor."""
        host = self.host
        post_id = host.state.post_id
        if post_id is None or host.state.busy:
            return
        if host.is_dirty():
            self.operations.save(then=self.duplicate)
            return
        title = self.tr("Copy of {title}").format(title=host.details.title.text().strip())

        def work(uow: UnitOfWork) -> PostDetail:
            from sosmed_desktop.services.posts import posts

            return posts.duplicate_post(uow, post_id, title=title[:300])

        def done(copy: PostDetail) -> None:
            if host.open_post is not None:
                host.open_post(copy.id)
            host.operation_done.emit("duplicate")

        host.ops.write(self.view, work, done, on_error=self.operations.handle_error)

    def move_to_trash(self) -> None:
        """After a confirmation; the trash (File → Trash) brings it back."""
        host = self.host
        post_id, version = host.state.post_id, host.state.version
        if post_id is None or host.state.busy:
            return
        title = host.details.title.text()
        confirmed = ask(
            self.view,
            self.tr("Move to trash"),
            self.tr("Move “{title}” to the trash? You can restore it from File → Trash.").format(
                title=title
            ),
        )
        if not confirmed:
            return
        host.set_busy(True)

        def work(uow: UnitOfWork) -> int:
            from sosmed_desktop.services.posts import posts

            return posts.trash_post(uow, post_id, version)

        def done(_version: int) -> None:
            host.set_busy(False)
            host.show_message(self.tr("“{title}” moved to the trash.").format(title=title))
            host.operation_done.emit("trash")
            host.close_without_prompt()

        host.ops.write(self.view, work, done, on_error=self.operations.handle_error)
