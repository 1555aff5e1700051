"""The post editor's series tools: "Repeat…" and the "Part of a series: 3 of 8" menu.

Kept out of `ui/editor/window.py`: the editor only creates a `SeriesTools` on its
toolbar.  Repeating saves the post first if needed, asks for the rule
(`RepeatDialog`), then makes the saved post the first occurrence of a series in
the background (`services.recurrence.repeat_post`).  The creation is one step on
the editor's undo stack: undo moves the new posts to the trash, redo brings them
back.  Every occurrence stays an ordinary post; the menu opens any of them in
its own editor.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QFont, QUndoCommand
from PySide6.QtWidgets import QDialog, QMenu, QToolBar, QToolButton

from sosmed_desktop.domain.recurrence import Recurrence
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.services.calendar import PostRow
from ui.editor.repeat_dialog import RepeatDialog
from ui.errors import show_error
from ui.i18n import short_date, time_text
from ui.labels import status_label
from ui.tasks import run_task

if TYPE_CHECKING:
    from sosmed_desktop.services.recurrence import RepeatResult
    from ui.editor.window import PostEditor

translate = QCoreApplication.translate

Mover = Callable[[tuple[int, ...], bool], None]


class RepeatCommand(QUndoCommand):
    """A series made from a post; undo trashes the new posts, redo restores them."""

    def __init__(self, mover: Mover, post_ids: tuple[int, ...]) -> None:
        super().__init__(translate("Series", "Repeat post"))
        self.mover = mover
        self.post_ids = post_ids
        self._done = True  # pushed after the posts were made

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.mover(self.post_ids, False)

    def undo(self) -> None:
        self.mover(self.post_ids, True)


class SeriesTools(QObject):
    """Repeat action and series menu on the editor's toolbar."""

    repeated = Signal(object)  # RepeatResult
    series_loaded = Signal()
    occurrences_moved = Signal(list, bool)  # ids, to the trash

    def __init__(self, editor: PostEditor, bar: QToolBar) -> None:
        super().__init__(editor)
        self.editor = editor
        self.rows: list[PostRow] = []
        self.known: set[int] = set()  # posts ever seen in the series, trashed ones included
        self.repeat_action = bar.addAction(self.tr("Repeat…"), self.repeat)
        self.repeat_action.setObjectName("repeatAction")
        self.menu = QMenu(editor)
        self.button = QToolButton()
        self.button.setObjectName("seriesButton")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setStyleSheet("QToolButton { padding-right: 16px; }")  # room for the arrow
        self.button.setMenu(self.menu)
        self.button.setToolTip(self.tr("Open another post of this series"))
        self.button_action = bar.addWidget(self.button)
        self.button_action.setVisible(False)
        self._show_enabled()
        editor.loaded.connect(self.reload)
        editor.saved.connect(lambda _id: self.reload())
        editor.bus.data_changed.connect(self._data_changed)
        editor.closed.connect(self._stop)

    def _stop(self, _editor: object) -> None:
        self.editor.bus.data_changed.disconnect(self._data_changed)

    # Showing the series --------------------------------------------------------------
    def _data_changed(self, kind: str, ids: list) -> None:
        known = self.known | {self.editor.post_id}
        if kind == "all" or (kind == "post" and (not ids or known & set(ids))):
            self.reload()

    def reload(self) -> None:
        """Find the series of the editor's post (if any) in the background."""
        ctx, post_id = self.editor.ctx, self.editor.post_id
        if post_id is None:
            self._show(None, [])
            return

        def load() -> list[PostRow]:
            from sosmed_desktop.services.recurrence import series_of, series_posts

            with ctx.uow() as uow:
                series = series_of(uow, post_id)
                return series_posts(uow, series) if series else []

        run_task(load, lambda rows: self._show(post_id, rows), owner=self.editor)

    def _show(self, post_id: int | None, rows: list[PostRow]) -> None:
        if post_id != self.editor.post_id:
            return  # the editor moved on (a new post saved) meanwhile
        ids = [row.id for row in rows]
        self.known.update(ids)
        self.rows = rows if len(rows) > 1 and post_id in ids else []
        self.menu.clear()
        if self.rows:
            number = ids.index(post_id) + 1
            self.button.setText(
                self.tr("Part of a series: {number} of {total}").format(
                    number=number, total=len(self.rows)
                )
            )
            for index, row in enumerate(self.rows, start=1):
                self.menu.addAction(self._row_action(index, row, row.id == post_id))
        self.button_action.setVisible(bool(self.rows))
        self._show_enabled()
        self.series_loaded.emit()

    def _row_action(self, number: int, row: PostRow, current: bool) -> QAction:
        when = ""
        if row.scheduled_at is not None:
            local = row.scheduled_at.astimezone(self.editor.tz)
            when = f"{short_date(local)} {time_text(local)}"
        text = f"{number}. {when} · {row.title} ({status_label(row.status)})"
        action = QAction(text, self.menu)
        action.setData(row.id)
        if current:
            font = QFont(action.font())
            font.setBold(True)
            action.setFont(font)
            action.setEnabled(False)
        else:
            action.triggered.connect(lambda _=False, ident=row.id: self.open_occurrence(ident))
        return action

    def open_occurrence(self, post_id: int) -> None:
        """Open another post of the series in its own editor."""
        if self.editor.open_post is not None:
            self.editor.open_post(post_id)

    def _show_enabled(self) -> None:
        saved = self.editor.post_id is not None
        self.repeat_action.setEnabled(saved and not self.rows)
        if not saved:
            tip = self.tr("Save the post first, then repeat it weekly or monthly.")
        elif self.rows:
            tip = self.tr("This post already belongs to a series.")
        else:
            tip = self.tr("Repeat this post weekly or monthly (creates a draft for each date)")
        self.repeat_action.setToolTip(tip)

    # Repeating --------------------------------------------------------------------------
    def repeat(self) -> None:
        """Ask for the rule and make the series (the post is saved first if needed)."""
        editor = self.editor
        if editor.post_id is None or editor.busy or not editor.ready or self.rows:
            return
        if editor.is_dirty():
            editor.save(then=self.repeat)
            return
        first = editor.details.schedule()
        if first is None:
            show_error(editor, ValidationError(code="series_needs_date", detail="no date"))
            return
        dialog = RepeatDialog(editor.details.title.text(), first, editor.tz, editor)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted and bool(dialog.times)
        rule = dialog.rule()
        dialog.deleteLater()
        if accepted:
            self.create(rule)

    def create(self, rule: Recurrence) -> None:
        """Make the series in the background; the new posts are announced and undoable."""
        editor = self.editor
        ctx, post_id, version, tz = editor.ctx, editor.post_id, editor.version, editor.tz
        editor.set_busy(True)

        def work() -> RepeatResult:
            from sosmed_desktop.services.recurrence import repeat_post

            with ctx.uow() as uow:
                return repeat_post(uow, post_id, rule, tz, version)

        def done(result: RepeatResult) -> None:
            editor.set_busy(False)
            editor.set_post(result.source)  # our own change: not "changed elsewhere"
            editor.undo_stack.push(RepeatCommand(self.move_occurrences, result.created_ids))
            made = len(result.created_ids)
            text = self.tr("%n new post(s) created in the series.", "", made)
            editor.show_banner(
                text + " " + self.tr("Undo moves them to the trash; each one can be edited.")
            )
            editor.show_message(text)
            editor.reload_history()
            self.known.update(result.created_ids)
            editor.bus.announce("post", [result.source.id, *result.created_ids])
            self.repeated.emit(result)

        run_task(work, done, editor.handle_error, owner=editor)

    def move_occurrences(self, post_ids: tuple[int, ...], to_trash: bool) -> None:
        """Undo (to the trash) or redo (back from it) a repeat, in the background."""
        ctx, editor = self.editor.ctx, self.editor

        def work() -> list[int]:
            from sosmed_desktop.services import recurrence

            with ctx.uow() as uow:
                if to_trash:
                    return recurrence.trash_occurrences(uow, post_ids)
                return recurrence.restore_occurrences(uow, post_ids)

        def done(moved: list[int]) -> None:
            count = len(moved)
            if to_trash:
                text = self.tr("%n post(s) of the series moved to the trash.", "", count)
            else:
                text = self.tr("%n post(s) of the series restored.", "", count)
            editor.show_banner(text)
            editor.show_message(text)
            editor.bus.announce("post", moved)
            self.occurrences_moved.emit(moved, to_trash)

        run_task(work, done, editor.handle_error, owner=editor)
