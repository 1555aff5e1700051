"""The editor and other people's changes: a refused save, a change arriving, a lost server.

A mixin of `PostEditor` (ui/editor/window.py).  Nothing the officer typed is
ever dropped on the way:

* a save refused because someone saved the post meanwhile opens
  `ConflictDialog` (who and when, from the post's latest history line) with
  "show both versions", "save my version" (a deliberate overwrite, recorded in
  the history), "take their version" (after a confirmation; the officer's
  version is kept as a recovery draft) or "keep editing";
* a change of the open post made on another PC shows `ChangedBanner` above
  the form ("Changed by Budi at 14:30 — Reload / Show differences") instead of
  silently replacing what is shown;
* a save that meets an unreachable server writes the recovery draft at once
  and offers to try again.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFrame, QHBoxLayout, QMessageBox, QPushButton, QWidget

from sosmed_desktop.errors import DomainError, NotFoundError, StaleError
from sosmed_desktop.services.conflicts import PostConflict
from sosmed_desktop.services.post_data import PostInput
from ui.editor.conflict_dialogs import CompareDialog, ConflictDialog, schedule_text
from ui.errors import describe, note_error
from ui.i18n import time_text
from ui.plain_text import ask, make_plain, plain_label
from ui.tasks import run_task

if TYPE_CHECKING:
    from ui.editor.window import PostEditor


class ChangedBanner(QFrame):
    """ "Changed by Budi at 14:30 — Reload / Show differences", above the editor's form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changedBanner")
        self.setStyleSheet(
            "#changedBanner { background: #fff4d6; border-bottom: 1px solid #e0c27a; }"
            " QLabel { color: #1c2b39; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        self.label = plain_label()  # names who changed the post
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.compare_button = QPushButton(self.tr("Show differences"))
        self.dismiss_button = QPushButton("×")
        self.dismiss_button.setToolTip(self.tr("Hide this message (the change stays)"))
        self.dismiss_button.setFlat(True)
        self.dismiss_button.setFixedWidth(28)
        self.dismiss_button.clicked.connect(self.hide)
        for button in (self.reload_button, self.compare_button, self.dismiss_button):
            layout.addWidget(button)
        self.hide()


class EditorConflicts:
    """Edit conflicts, changes from elsewhere and retries (mixed into `PostEditor`)."""

    conflict: PostConflict | None = None

    def build_changed_banner(self: PostEditor) -> ChangedBanner:
        banner = ChangedBanner()
        banner.reload_button.clicked.connect(self.reload_theirs)
        banner.compare_button.clicked.connect(lambda: self.compare_versions())
        return banner

    # Fetching the other version --------------------------------------------------------
    def _fetch_conflict(self: PostEditor, then: Callable[[PostConflict], None]) -> None:
        ctx, post_id = self.ctx, self.post_id

        def work() -> PostConflict:
            from sosmed_desktop.services.conflicts import post_conflict

            with ctx.uow() as uow:
                return post_conflict(uow, post_id)

        def failed(exc: BaseException, details: str) -> None:
            if isinstance(exc, NotFoundError):
                self.show_banner(
                    self.tr("This post was moved to the trash elsewhere."), warning=True
                )
            else:
                self.handle_error(exc, details)

        def got(conflict: PostConflict) -> None:
            self.conflict = conflict
            then(conflict)

        run_task(work, got, failed, owner=self)

    # A refused save ------------------------------------------------------------------
    def resolve_conflict(self: PostEditor, then: Callable[[], None] | None = None) -> None:
        """The save was refused (the post changed elsewhere): ask what to do."""
        self.autosave()  # the officer's version is on disk before any choice
        self._fetch_conflict(lambda conflict: self._ask_conflict(conflict, then))

    def _ask_conflict(self: PostEditor, conflict: PostConflict, then: Callable | None) -> None:
        dialog = ConflictDialog(conflict, self.tz, self)
        dialog.exec()
        self._follow_choice(dialog.choice, conflict, then)

    def _follow_choice(
        self: PostEditor, choice: str, conflict: PostConflict, then: Callable | None
    ) -> None:
        if choice == "compare":
            self.compare_versions(then)
        elif choice == "mine":
            self.save_mine_over(conflict, then)
        elif choice == "theirs":
            self.take_theirs(conflict)
        else:
            self.show_changed(conflict, saved_refused=True)

    def compare_versions(self: PostEditor, then: Callable | None = None) -> None:
        """Their saved version beside what is typed now (fetched fresh)."""
        self._fetch_conflict(lambda conflict: self._show_compare(conflict, then))

    def _show_compare(self: PostEditor, conflict: PostConflict, then: Callable | None) -> None:
        from sosmed_desktop.services.conflicts import compare

        def name(code: str) -> str:
            return self.specs[code].name if code in self.specs else code

        pairs = compare(conflict.theirs, self.current_input(), schedule_text(self.tz), name)
        dialog = CompareDialog(conflict, pairs, self.tz, name, self)
        dialog.exec()
        if dialog.choice == "keep" and self.changed_banner.isHidden():
            return
        self._follow_choice(dialog.choice, conflict, then)

    def save_mine_over(self: PostEditor, conflict: PostConflict, then: Callable | None) -> None:
        """Save what is typed over their version, on purpose (recorded in the history)."""
        if self.busy:
            return
        data = self.current_input()
        ctx, post_id = self.ctx, self.post_id
        self.set_busy(True)

        def work() -> Any:
            from sosmed_desktop.services.conflicts import overwrite_post

            with ctx.uow() as uow:
                return overwrite_post(uow, post_id, data, conflict)

        def failed(exc: BaseException, details: str) -> None:
            self.set_busy(False)
            if isinstance(exc, StaleError):
                self.resolve_conflict(then)  # changed yet again: show the newest
            else:
                self.save_failed(exc, details, then)

        def done(result: Any) -> None:
            self.changed_banner.hide()
            self._saved(data, result, then)

        run_task(work, done, failed, owner=self)

    def take_theirs(self: PostEditor, conflict: PostConflict) -> None:
        """Show their version instead, after a confirmation; the officer's is kept as a draft."""
        if self.is_dirty():
            confirmed = ask(
                self,
                self.tr("Take their version"),
                self.tr(
                    "Replace what you typed with the version saved by {name}? Your version is "
                    "kept in the recovery drafts and offered again at the next start."
                ).format(name=conflict.changed_by or self.tr("someone else")),
            )
            if not confirmed:
                return
            self._keep_as_draft(self.current_input())
        self.set_post(conflict.post)
        self.saved_input = conflict.theirs
        self.populate(self.saved_input)
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.changed_banner.hide()
        self.banner.hide()
        self.reload_history()
        self.on_changed()

    def _keep_as_draft(self: PostEditor, data: PostInput) -> None:
        """Write the officer's version as a recovery draft of its own (not this editor's)."""
        config, post_id, version = self.ctx.config, self.post_id, self.version
        key = f"new-{uuid.uuid4().hex}"

        def work() -> None:
            from sosmed_desktop.services import recovery

            recovery.save_draft(config, key, data, post_id=post_id, base_version=version)

        self._recovery_task(work, lambda _: None)

    # A change arriving from elsewhere ---------------------------------------------------
    def remote_change(self: PostEditor) -> None:
        """Another PC changed the open post: say so, do not replace what is shown."""
        self._fetch_conflict(self._remote_arrived)

    def _remote_arrived(self: PostEditor, conflict: PostConflict) -> None:
        if conflict.post.version == self.version:
            return
        self.show_changed(conflict)

    def show_changed(
        self: PostEditor, conflict: PostConflict, *, saved_refused: bool = False
    ) -> None:
        """The banner naming who changed the post and when, with Reload / Show differences."""
        if conflict.changed_by:
            text = self.tr("Changed by {name} at {time}.")
        else:
            text = self.tr("Changed elsewhere at {time}.")
        text = text.format(
            name=conflict.changed_by, time=time_text(conflict.changed_at.astimezone(self.tz))
        )
        if saved_refused:
            text += " " + self.tr("Your changes are not saved yet; they stay here.")
        elif self.is_dirty():
            text += " " + self.tr("Saving will ask whether to keep your version.")
        self.changed_banner.label.setText(text)
        self.changed_banner.show()

    def reload_theirs(self: PostEditor) -> None:
        """ "Reload": the newest saved version (what is typed is kept as a draft first)."""
        self._fetch_conflict(self.take_theirs)

    # The server went away --------------------------------------------------------------------
    def save_failed(
        self: PostEditor, exc: BaseException, details: str, then: Callable | None
    ) -> None:
        """A save that failed for another reason than a conflict."""
        if getattr(exc, "code", "") != "database_unreachable":
            self.handle_error(exc, details)
            return
        note_error(exc)
        self.autosave()  # what is typed is on this PC's disk, whatever happens next
        box = make_plain(QMessageBox(self))
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Not saved"))
        box.setText(describe(exc) if isinstance(exc, DomainError) else str(exc))
        box.setInformativeText(
            self.tr("Your text stays in the editor and in the recovery drafts. Try again now?")
        )
        box.setStandardButtons(QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Retry).setText(self.tr("Try saving again"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Keep editing"))
        if QMessageBox.StandardButton(box.exec()) == QMessageBox.StandardButton.Retry:
            self.save(then)
        else:
            self.show_banner(
                self.tr("Not saved: the database server cannot be reached. Save again later."),
                warning=True,
            )
