"""The post editor's series tools: "Repeat…" and the "Part of a series: 3 of 8" menu.

Kept out of `ui/editor/window.py`: the editor only creates a `SeriesTools` on its
toolbar.  Repeating saves the post first if needed, asks for the rule
(`RepeatDialog`), then makes the saved post the first occurrence of a series in
the background (`services.recurrence.repeat_post`).  The creation is one step on
the editor's undo stack (`Operations.undoable`): undo moves the new posts to the
trash, redo brings them back.  Every occurrence stays an ordinary post; the menu
opens any of them in its own editor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QDialog, QMenu, QToolBar, QToolButton

from sosmed_desktop.db.change_kinds import Kind
from sosmed_desktop.domain.recurrence import Recurrence
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.services.calendar.calendar import PostRow
from ui.editor.repeat_dialog import RepeatDialog
from ui.errors import show_error
from ui.i18n import short_date, time_text
from ui.labels import status_label
from ui.operations import Latest

if TYPE_CHECKING:
    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.services.posts.recurrence import RepeatResult
    from ui.editor.host import EditorHost

translate = QCoreApplication.translate


class SeriesTools(QObject):
    """Repeat action and series menu on the editor's toolbar."""

    repeated = Signal(object)  # RepeatResult
    series_loaded = Signal()
    occurrences_moved = Signal(list, bool)  # ids, to the trash

    def __init__(self, editor: EditorHost, bar: QToolBar) -> None:
        super().__init__(editor.window())
        self.editor = editor
        self.view = editor.window()
        self.rows: list[PostRow] = []
        self._series = Latest()
        self.known: set[int] = set()  # posts ever seen in the series, trashed ones included
        self.repeat_action = bar.addAction(self.tr("Repeat…"), self.repeat)
        self.repeat_action.setObjectName("repeatAction")
        self.menu = QMenu(self.view)
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
        known = self.known | {self.editor.state.post_id}
        if kind == Kind.ALL or (kind == Kind.POST and (not ids or known & set(ids))):
            self.reload()

    def reload(self) -> None:
        """Find the series of the editor's post (if any) in the background."""
        post_id = self.editor.state.post_id
        if post_id is None:
            self._series.cancel()
            self._show(None, [])
            return

        def load(uow: UnitOfWork) -> list[PostRow]:
            from sosmed_desktop.services.posts.recurrence import series_of, series_posts

            series = series_of(uow, post_id)
            return series_posts(uow, series) if series else []

        self.editor.ops.read(
            self.view, load, lambda rows: self._show(post_id, rows), latest=self._series
        )

    def _show(self, post_id: int | None, rows: list[PostRow]) -> None:
        if post_id != self.editor.state.post_id:
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
        saved = self.editor.state.post_id is not None
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
        editor, state = self.editor, self.editor.state
        if state.post_id is None or state.busy or not state.ready or self.rows:
            return
        if editor.is_dirty():
            editor.save(then=self.repeat)
            return
        first = editor.details.schedule()
        if first is None:
            show_error(self.view, ValidationError(code="series_needs_date", detail="no date"))
            return
        dialog = RepeatDialog(editor.ops, editor.details.title.text(), first, editor.tz, self.view)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted and bool(dialog.times)
        rule = dialog.rule()
        dialog.deleteLater()
        if accepted:
            self.create(rule)

    def create(self, rule: Recurrence) -> None:
        """Make the series in the background, as one undo step of the editor."""
        from sosmed_desktop.services.posts import recurrence

        editor = self.editor
        post_id, version, tz = editor.state.post_id, editor.state.version, editor.tz
        editor.set_busy(True)

        def made(result: RepeatResult) -> None:
            editor.set_busy(False)
            editor.set_post(result.source)  # our own change: not "changed elsewhere"
            made = len(result.created_ids)
            text = self.tr("%n new post(s) created in the series.", "", made)
            editor.show_banner(
                text + " " + self.tr("Undo moves them to the trash; each one can be edited.")
            )
            editor.show_message(text)
            editor.reload_history()
            self.known.update(result.created_ids)
            self.repeated.emit(result)

        editor.ops.undoable(
            self.view,
            editor.undo_stack,
            translate("Series", "Repeat post"),
            lambda uow: recurrence.repeat_post(uow, post_id, rule, tz, version),
            lambda uow, result: recurrence.trash_occurrences(uow, result.created_ids),
            redo=lambda uow, result: recurrence.restore_occurrences(uow, result.created_ids),
            done=made,
            undone=lambda moved: self._moved(moved, to_trash=True),
            redone=lambda moved: self._moved(moved, to_trash=False),
            on_error=editor.handle_error,
        )

    def _moved(self, moved: list[int], *, to_trash: bool) -> None:
        """An undo (to the trash) or redo (back from it) of a repeat was made."""
        count = len(moved)
        if to_trash:
            text = self.tr("%n post(s) of the series moved to the trash.", "", count)
        else:
            text = self.tr("%n post(s) of the series restored.", "", count)
        self.editor.show_banner(text)
        self.editor.show_message(text)
        self.occurrences_moved.emit(moved, to_trash)
