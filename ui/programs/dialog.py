"""The "Programs" dialog: the department's programs with their calendar colours.

Reached from Edit → Programs… and from the calendar's legend and program
filter.  The officer adds a program, renames it, gives it another colour (a
palette of colours that stay visible on the white calendar, or any other),
archives it (no longer offered for new posts; old posts keep it) and merges one
program into another (its posts move; the confirmation says how many).  Every
change runs through `services/calendar/programs.py` with the workbench's operations:
the change record refreshes the legend, filters and chips of every view, and
this list.  Renames, colours, archiving and merges are undo steps of this
dialog (Undo / Redo, Ctrl+Z); a new program is archived rather than undone.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.domain.programs import is_faint
from sosmed_desktop.errors import DomainError
from sosmed_desktop.services.calendar import programs
from sosmed_desktop.services.calendar.programs import MergePreview, MergeResult, ProgramRow
from ui.calendar.filter_bar import swatch
from ui.list_dialog import ListDialog
from ui.programs.forms import MergeDialog, NameDialog, colour_dialog

if TYPE_CHECKING:
    from sosmed_desktop.db.uow import UnitOfWork
    from ui.workbench import Workbench

log = logging.getLogger(__name__)
ID_ROLE = Qt.ItemDataRole.UserRole


class ProgramsDialog(ListDialog):
    """The list of programs with its buttons and its own undo stack."""

    KINDS = ("program", "post")  # the posts: each program's count

    def __init__(self, bench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(bench, parent)
        self.rows: list[ProgramRow] = []
        self._select: int | None = None
        self.setObjectName("programsDialog")
        self.setWindowTitle(self.tr("Programs"))
        self.resize(620, 480)
        layout = self.layout_
        intro = QLabel(
            self.tr(
                "Programs group the posts and give them their colour in the calendar. "
                "An archived program is no longer offered for new posts; the posts that "
                "have it keep it."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        layout.addWidget(intro)

        body = QHBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("programList")
        self.list.setAccessibleName(self.tr("Programs"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemSelectionChanged.connect(self.update_buttons)
        self.list.itemDoubleClicked.connect(lambda *_: self.rename())
        body.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.add_button = self._button(buttons, self.tr("&Add…"), self.add)
        self.rename_button = self._button(buttons, self.tr("&Rename…"), self.rename)
        self.colour_button = self._button(buttons, self.tr("&Colour…"), self.recolour)
        self.archive_button = self._button(buttons, self.tr("Ar&chive"), self.toggle_archived)
        self.merge_button = self._button(buttons, self.tr("&Merge into…"), self.merge)
        buttons.addStretch(1)
        body.addLayout(buttons)
        layout.addLayout(body, 1)
        self.empty = QLabel(
            self.tr("No programs yet. Add the department's programs, such as “Cegah Stunting”.")
        )
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.faint = QLabel(
            self.tr("This colour is faint on the white calendar; a darker one is easier to see.")
        )
        self.faint.setObjectName("hint")
        self.faint.setWordWrap(True)
        layout.addWidget(self.faint)
        self.finish()

    def _button(self, layout: QVBoxLayout, text: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())  # not the checked state
        layout.addWidget(button)
        return button

    # Loading ----------------------------------------------------------------------------
    def read(self, uow: UnitOfWork) -> list[ProgramRow]:
        return programs.list_programs(uow)

    def show_rows(self, rows: list[ProgramRow]) -> None:
        keep = self._select if self._select is not None else self.current_id()
        self._select = None
        self.rows = rows
        departments = len({r.department for r in rows}) > 1
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(swatch(row.colour, 14), self._label(row, departments))
            item.setData(ID_ROLE, row.id)
            if row.archived:
                item.setForeground(self.palette().placeholderText())
            self.list.addItem(item)
            if row.id == keep:
                self.list.setCurrentItem(item)
        self.empty.setVisible(not rows)
        self.update_buttons()

    def _label(self, row: ProgramRow, departments: bool) -> str:
        text = row.name
        if departments and row.department:
            text += f" ({row.department})"
        text += " · " + self.tr("%n post(s)", "", row.posts)
        if row.archived:
            text += " · " + self.tr("archived")
        return text

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None and item.isSelected() else None

    def current(self) -> ProgramRow | None:
        ident = self.current_id()
        return next((r for r in self.rows if r.id == ident), None)

    def update_buttons(self) -> None:
        row = self.current()
        for button in (self.rename_button, self.colour_button, self.archive_button):
            button.setEnabled(row is not None)
        others = [r for r in self.rows if not r.archived and row is not None and r.id != row.id]
        self.merge_button.setEnabled(row is not None and bool(others))
        archived = row is not None and row.archived
        self.archive_button.setText(self.tr("&Bring back") if archived else self.tr("Ar&chive"))
        self.faint.setVisible(row is not None and is_faint(row.colour))
        super().update_buttons()

    # The officer's changes ----------------------------------------------------------------
    def add(self, name: str = "", problem: str = "") -> None:
        """Ask for a name and create the program (the next free palette colour)."""
        form = NameDialog(self.tr("New program"), name, problem, self)
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        typed = form.value()

        def again(exc: BaseException) -> bool:
            return self._ask_again(exc, lambda text: self.add(typed, text))

        self.bench.ops.write(
            self, lambda uow: programs.create_program(uow, typed), self._chosen, on_error=again
        )

    def rename(self, name: str | None = None, problem: str = "") -> None:
        """Ask for another name of the selected program (undoable)."""
        row = self.current()
        if row is None:
            return
        typed = row.name if name is None else name
        form = NameDialog(self.tr("Rename program"), typed, problem, self)
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        typed, ident, before = form.value(), row.id, row.name

        def again(exc: BaseException) -> bool:
            return self._ask_again(exc, lambda text: self.rename(typed, text))

        self.bench.ops.undoable(
            self, self.stack, self.tr("Rename “{name}”").format(name=before),
            lambda uow: programs.rename_program(uow, ident, typed),
            lambda uow, _: programs.rename_program(uow, ident, before),
            done=self._chosen, on_error=again,
        )  # fmt: skip

    def recolour(self) -> None:
        """Choose another colour for the selected program (undoable)."""
        row = self.current()
        if row is None:
            return
        chooser = colour_dialog(row.colour, self)
        if chooser.exec() != QDialog.DialogCode.Accepted:
            return
        colour, ident, before = chooser.currentColor().name(), row.id, row.colour
        self.bench.ops.undoable(
            self, self.stack, self.tr("Colour of “{name}”").format(name=row.name),
            lambda uow: programs.recolour_program(uow, ident, colour),
            lambda uow, _: programs.recolour_program(uow, ident, before),
            done=self._chosen,
        )  # fmt: skip

    def toggle_archived(self) -> None:
        """Archive the selected program after a confirmation, or bring it back (undoable)."""
        row = self.current()
        if row is None:
            return
        archive, ident = not row.archived, row.id
        if archive and not self._confirm(
            self.tr("Archive “{name}”?").format(name=row.name),
            self.tr(
                "It is no longer offered for new posts and leaves the calendar's legend. "
                "Its %n post(s) keep it and its colour.",
                "",
                row.posts,
            ),
            self.tr("Archive"),
        ):
            return
        text = self.tr("Archive “{name}”") if archive else self.tr("Bring back “{name}”")
        self.bench.ops.undoable(
            self, self.stack, text.format(name=row.name),
            lambda uow: programs.set_archived(uow, ident, archive),
            lambda uow, _: programs.set_archived(uow, ident, not archive),
            done=self._chosen,
        )  # fmt: skip

    def merge(self) -> None:
        """Choose the program to merge the selected one into; confirm with the count."""
        row = self.current()
        targets = [r for r in self.rows if not r.archived and row is not None and r.id != row.id]
        if row is None or not targets:
            return
        form = MergeDialog(row, targets, self)
        if form.exec() != QDialog.DialogCode.Accepted or form.target_id() is None:
            return
        source, target = row.id, int(form.target_id())
        self.bench.ops.read(
            self,
            lambda uow: programs.merge_preview(uow, source, target),
            lambda preview: self._merge_confirmed(source, target, preview),
        )

    def _merge_confirmed(self, source: int, target: int, preview: MergePreview) -> None:
        details = self.tr("%n post(s) move to “{target}”.", "", preview.posts)
        if preview.trashed:
            details += " " + self.tr("%n post(s) in the trash move too.", "", preview.trashed)
        if preview.directions:
            details += " " + self.tr("%n direction(s) move too.", "", preview.directions)
        details += " " + self.tr("Then “{source}” is removed. Undo here brings it back.")
        if not self._confirm(
            self.tr("Merge “{source}” into “{target}”?"),
            details,
            self.tr("Merge"),
            source=preview.source,
            target=preview.target,
        ):
            return
        self.bench.ops.undoable(
            self, self.stack,
            self.tr("Merge “{source}” into “{target}”").format(
                source=preview.source, target=preview.target
            ),
            lambda uow: programs.merge_programs(uow, source, target),
            programs.unmerge_programs,
            redo=lambda uow, done: programs.merge_programs(
                uow, done.source_id, done.target_id, source_name=done.source_name
            ),
            done=self._chosen,
        )  # fmt: skip

    # Helpers ----------------------------------------------------------------------------------
    def _confirm(self, question: str, details: str, yes: str, **names: str) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Programs"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(question.format(**names) if names else question)
        box.setInformativeText(details.format(**names) if names else details)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(yes)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return QMessageBox.StandardButton(box.exec()) == QMessageBox.StandardButton.Yes

    def _ask_again(self, exc: BaseException, ask) -> bool:  # type: ignore[no-untyped-def]
        """A refused name: the form again, with what was typed and why (True: handled)."""
        if not isinstance(exc, DomainError):
            return False
        from ui.errors import describe

        log.info("Program name refused: %s", exc)
        ask(describe(exc))
        return True

    def _chosen(self, row: ProgramRow | MergeResult) -> None:
        """Saved: select the program it concerns once the list reloads."""
        self._select = row.id if isinstance(row, ProgramRow) else row.target_id
        self.changed.emit()
