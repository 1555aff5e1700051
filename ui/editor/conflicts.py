"""The editor and other people's changes: a refused save, a change arriving, a lost server.

`EditorConflicts` is a part of `PostEditor` (ui/editor/window.py); it takes
over the saves that `EditorOperations` could not make.  Nothing the officer
typed is ever dropped on the way:

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

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from sosmed_desktop.errors import DomainError, StaleError
from ui.editor.conflict_dialogs import ChangedBanner, CompareDialog, ConflictDialog, schedule_text
from ui.errors import describe, note_error
from ui.i18n import time_text
from ui.plain_text import ask, make_plain

if TYPE_CHECKING:
    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.services.posts.conflicts import PostConflict
    from ui.editor.host import EditorHost
    from ui.editor.operations import EditorOperations, Then


class EditorConflicts(QObject):
    """Edit conflicts, changes from elsewhere and retries of one post editor."""

    def __init__(self, host: EditorHost, operations: EditorOperations) -> None:
        super().__init__(host.window())
        self.host, self.operations = host, operations
        self.view = host.window()
        self.conflict: PostConflict | None = None
        """Their version, as last fetched."""
        operations.refusals = self

    def build_changed_banner(self) -> ChangedBanner:
        banner = ChangedBanner()
        banner.reload_button.clicked.connect(self.reload_theirs)
        banner.compare_button.clicked.connect(lambda: self.compare_versions())
        return banner

    # Fetching the other version --------------------------------------------------------
    def _fetch_conflict(self, then: Callable[[PostConflict], None]) -> None:
        post_id = self.host.state.post_id

        def work(uow: UnitOfWork) -> PostConflict:
            from sosmed_desktop.services.posts.conflicts import post_conflict

            return post_conflict(uow, post_id)

        def got(conflict: PostConflict) -> None:
            self.conflict = conflict
            then(conflict)

        def failed(exc: BaseException) -> bool | None:
            return self.operations.gone_elsewhere(exc) or self.operations.handle_error(exc)

        self.host.ops.read(self.view, work, got, on_error=failed)

    # A refused save ------------------------------------------------------------------
    def resolve_conflict(self, then: Then = None) -> None:
        """The save was refused (the post changed elsewhere): ask what to do."""
        self.operations.autosave()  # the officer's version is on disk before any choice
        self._fetch_conflict(lambda conflict: self._ask_conflict(conflict, then))

    def _ask_conflict(self, conflict: PostConflict, then: Then) -> None:
        dialog = ConflictDialog(conflict, self.host.tz, self.view)
        dialog.exec()
        self._follow_choice(dialog.choice, conflict, then)

    def _follow_choice(self, choice: str, conflict: PostConflict, then: Then) -> None:
        if choice == "compare":
            self.compare_versions(then)
        elif choice == "mine":
            self.save_mine_over(conflict, then)
        elif choice == "theirs":
            self.take_theirs(conflict)
        else:
            self.show_changed(conflict, saved_refused=True)

    def compare_versions(self, then: Then = None) -> None:
        """Their saved version beside what is typed now (fetched fresh)."""
        self._fetch_conflict(lambda conflict: self._show_compare(conflict, then))

    def _show_compare(self, conflict: PostConflict, then: Then) -> None:
        from sosmed_desktop.services.posts.conflicts import compare

        host, specs = self.host, self.host.state.specs

        def name(code: str) -> str:
            return specs[code].name if code in specs else code

        pairs = compare(conflict.theirs, host.current_input(), schedule_text(host.tz), name)
        dialog = CompareDialog(conflict, pairs, host.tz, name, self.view)
        dialog.exec()
        if dialog.choice == "keep" and host.changed_banner.isHidden():
            return
        self._follow_choice(dialog.choice, conflict, then)

    def save_mine_over(self, conflict: PostConflict, then: Then) -> None:
        """Save what is typed over their version, on purpose (recorded in the history)."""
        host = self.host
        if host.state.busy:
            return
        data = host.current_input()
        post_id = host.state.post_id
        host.set_busy(True)

        def work(uow: UnitOfWork) -> Any:
            from sosmed_desktop.services.posts.conflicts import overwrite_post

            return overwrite_post(uow, post_id, data, conflict)

        def done(result: Any) -> None:
            host.changed_banner.hide()
            self.operations.after_save(data, result, then)

        def failed(exc: BaseException) -> bool | None:
            host.set_busy(False)
            if isinstance(exc, StaleError):
                self.resolve_conflict(then)  # changed yet again: show the newest
                return True
            return self.save_failed(exc, then)

        host.ops.write(self.view, work, done, on_error=failed)

    def take_theirs(self, conflict: PostConflict) -> None:
        """Show their version instead, after a confirmation; the officer's is kept as a draft."""
        host = self.host
        if host.is_dirty():
            confirmed = ask(
                self.view,
                self.tr("Take their version"),
                self.tr(
                    "Replace what you typed with the version saved by {name}? Your version is "
                    "kept in the recovery drafts and offered again at the next start."
                ).format(name=conflict.changed_by or self.tr("someone else")),
            )
            if not confirmed:
                return
            self.operations.keep_as_draft(host.current_input())
        host.take_saved(conflict.post, conflict.theirs)
        host.undo_stack.setClean()
        host.changed_banner.hide()
        host.banner.hide()
        self.operations.reload_history()
        host.on_changed()

    # A change arriving from elsewhere ---------------------------------------------------
    def remote_change(self) -> None:
        """Another PC changed the open post: say so, do not replace what is shown."""
        self._fetch_conflict(self._remote_arrived)

    def _remote_arrived(self, conflict: PostConflict) -> None:
        if conflict.post.version != self.host.state.version:
            self.show_changed(conflict)

    def show_changed(self, conflict: PostConflict, *, saved_refused: bool = False) -> None:
        """The banner naming who changed the post and when, with Reload / Show differences."""
        host = self.host
        if conflict.changed_by:
            text = self.tr("Changed by {name} at {time}.")
        else:
            text = self.tr("Changed elsewhere at {time}.")
        text = text.format(
            name=conflict.changed_by, time=time_text(conflict.changed_at.astimezone(host.tz))
        )
        if saved_refused:
            text += " " + self.tr("Your changes are not saved yet; they stay here.")
        elif host.is_dirty():
            text += " " + self.tr("Saving will ask whether to keep your version.")
        host.changed_banner.label.setText(text)
        host.changed_banner.show()

    def reload_theirs(self) -> None:
        """ "Reload": the newest saved version (what is typed is kept as a draft first)."""
        self._fetch_conflict(self.take_theirs)

    # The server went away --------------------------------------------------------------------
    def save_failed(self, exc: BaseException, then: Then) -> bool | None:
        """A save that failed for another reason than a conflict (an `ErrorHandler`)."""
        if getattr(exc, "code", "") != "database_unreachable":
            return self.operations.handle_error(exc)
        note_error(exc)
        self.operations.autosave()  # what is typed is on this PC's disk, whatever happens next
        box = make_plain(QMessageBox(self.view))
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
            self.operations.save(then)
        else:
            self.host.show_banner(
                self.tr("Not saved: the database server cannot be reached. Save again later."),
                warning=True,
            )
        return True
