"""The editable list of commemorative days shown on the calendar (Hari Pahlawan, HUT RI,
the regency's anniversary ...), reached from the calendar page.

Public holidays are not edited here: they follow the government's decree (the
`holidays` package).  Every change runs in the background (`bench.ops`) through
`services.calendar_marks`, whose refusals (30 February, an empty name, a day
already listed) are shown in the form, in words, with nothing written.  What a
change stored is announced from its record (`Kind.CALENDAR_MARK`): the calendar
redraws its marks at once, and the list follows it too, whoever made the change
(another window, another PC, a restored backup).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.db.change_kinds import Kind
from sosmed_desktop.errors import DomainError
from sosmed_desktop.services.calendar.marks import (
    NAME_MAX,
    CommemorativeDayRow,
    add_commemorative_day,
    delete_commemorative_day,
    list_commemorative_days,
    update_commemorative_day,
)
from ui.errors import describe
from ui.form_parts import error_banner, save_cancel
from ui.operations import Latest
from ui.plain_text import as_html, make_plain

if TYPE_CHECKING:
    from sosmed_desktop.db.uow import UnitOfWork
    from ui.operations import Operations

translate = QCoreApplication.translate

NOTE_MAX = 300


def day_text(month: int, day: int) -> str:
    """A yearly day as the officer says it: "10 November" (a leap year, so 29 Februari works)."""
    return QLocale().toString(QDate(2024, month, day), "d MMMM")


class DayForm(QDialog):
    """Add a commemorative day (`row` None) or change one; stored when Save is pressed."""

    saved = Signal(object)  # CommemorativeDayRow
    failed = Signal(str)

    def __init__(
        self,
        ops: Operations,
        row: CommemorativeDayRow | None = None,
        day: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops, self.row = ops, row
        self.setWindowTitle(
            self.tr("Edit commemorative day") if row else self.tr("New commemorative day")
        )
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        when = QHBoxLayout()
        self.day = QSpinBox()
        self.day.setRange(1, 31)
        self.month = QComboBox()
        locale = QLocale()
        for number in range(1, 13):
            self.month.addItem(locale.monthName(number), number)
        when.addWidget(self.day)
        when.addWidget(self.month, 1)
        form.addRow(self.tr("Date"), when)
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX)
        self.name.setPlaceholderText(self.tr("e.g. Hari Jadi Kabupaten Bekasi"))
        form.addRow(self.tr("Name *"), self.name)
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText(self.tr("why it matters to the office (optional)"))
        form.addRow(self.tr("Note"), self.note)
        self.active = QCheckBox(self.tr("Show on the calendar every year"))
        self.active.setChecked(True)
        form.addRow("", self.active)
        layout.addLayout(form)
        self.problem = error_banner()
        layout.addWidget(self.problem)
        buttons, self.save_button = save_cancel(self)
        layout.addWidget(buttons)
        if row is not None:
            self.set_day(row.month, row.day)
            self.name.setText(row.name)
            self.note.setText(row.note)
            self.active.setChecked(row.active)
        elif day is not None:
            self.set_day(day.month, day.day)

    def set_day(self, month: int, day: int) -> None:
        self.month.setCurrentIndex(month - 1)
        self.day.setValue(day)

    def save(self) -> None:
        """Store the day in the background; a refusal is shown here and the form stays."""
        ident = self.row.id if self.row else None
        month, day = int(self.month.currentData()), self.day.value()
        name, note, active = self.name.text(), self.note.text(), self.active.isChecked()
        self.save_button.setEnabled(False)

        def work(uow: UnitOfWork) -> CommemorativeDayRow:
            if ident is None:
                return add_commemorative_day(uow, month, day, name, note)
            return update_commemorative_day(uow, ident, month, day, name, note, active)

        def done(row: CommemorativeDayRow) -> None:
            self.saved.emit(row)
            self.accept()

        def refused(exc: BaseException) -> bool:
            self.save_button.setEnabled(True)
            if not isinstance(exc, DomainError):
                return False  # the crash report
            self.problem.setText(describe(exc))
            self.problem.show()
            (self.name if exc.code.startswith("day_name") else self.day).setFocus()
            self.failed.emit(exc.code)
            return True

        self.ops.write(self, work, done, on_error=refused)


class CommemorativeDaysDialog(QDialog):
    """Every commemorative day in calendar order, with Add, Edit and Delete."""

    loaded = Signal(int)
    deleted = Signal(int)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._listing = Latest()
        self.rows: list[CommemorativeDayRow] = []
        self.form: DayForm | None = None
        self._select: tuple[int, int] | int | None = None
        self.setWindowTitle(self.tr("Commemorative days"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "These days are marked on the calendar every year as content opportunities. "
                "Public holidays follow the government's decree and are added by themselves."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        self.list = QTreeWidget()
        self.list.setObjectName("commemorativeDays")
        self.list.setHeaderLabels(
            [self.tr("Date"), self.tr("Name"), self.tr("Note"), self.tr("On the calendar")]
        )
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        head = self.list.header()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.setColumnWidth(0, 130)
        self.list.setColumnWidth(2, 200)
        self.list.setColumnWidth(3, 110)
        self.list.itemDoubleClicked.connect(lambda *_: self.edit())
        self.list.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.add_button = buttons.addButton(self.tr("Add…"), role)
        self.edit_button = buttons.addButton(self.tr("Edit…"), role)
        self.delete_button = buttons.addButton(self.tr("Delete…"), role)
        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button.clicked.connect(lambda: self.edit())
        self.delete_button.clicked.connect(self.delete)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._selection_changed()
        ops.bus.data_changed.connect(self._on_data_changed)  # whoever changed the days
        self.reload()

    # The list -----------------------------------------------------------------------------
    def reload(self) -> None:
        self.ops.read(self, list_commemorative_days, self._show, latest=self._listing)

    def _on_data_changed(self, kind: str, _ids: list) -> None:
        if kind in (Kind.CALENDAR_MARK, Kind.ALL):
            self.reload()

    def _show(self, rows: list[CommemorativeDayRow]) -> None:
        self.rows = rows
        self.list.clear()
        grey = QBrush(QColor("#8a96a3"))
        for row in rows:
            shown = self.tr("Yes") if row.active else self.tr("Hidden")
            item = QTreeWidgetItem([day_text(row.month, row.day), row.name, row.note, shown])
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(1, as_html(row.name))
            item.setToolTip(2, as_html(row.note))
            if not row.active:
                for column in range(4):
                    item.setForeground(column, grey)
            self.list.addTopLevelItem(item)
        self._apply_selection()
        self.loaded.emit(len(rows))

    def names(self) -> list[tuple[str, str]]:
        """(date, name) as listed (for tests and copying)."""
        return [(day_text(r.month, r.day), r.name) for r in self.rows]

    def select_day(self, month: int, day: int) -> None:
        """Select the first listed day on `day`/`month` (now, or once the list has loaded)."""
        self._select = (month, day)
        self._apply_selection()

    def _apply_selection(self) -> None:
        wanted = self._select
        for index, row in enumerate(self.rows):
            if wanted == row.id or wanted == (row.month, row.day):
                item = self.list.topLevelItem(index)
                self.list.setCurrentItem(item)
                self.list.scrollToItem(item)
                self._select = None
                return

    def selected(self) -> CommemorativeDayRow | None:
        items = self.list.selectedItems()
        if not items:
            return None
        ident = items[0].data(0, Qt.ItemDataRole.UserRole)
        return next((r for r in self.rows if r.id == ident), None)

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.selected() is not None:
            self.delete()
            return
        super().keyPressEvent(event)

    # Changes ----------------------------------------------------------------------------------
    def add(self, day: date | None = None) -> DayForm:
        """Open the form for a new day (on `day`, if given)."""
        return self._open_form(DayForm(self.ops, None, day, self))

    def edit(self) -> DayForm | None:
        """Open the form for the selected day."""
        row = self.selected()
        return self._open_form(DayForm(self.ops, row, None, self)) if row else None

    def _open_form(self, form: DayForm) -> DayForm:
        if self.form is not None:
            self.form.deleteLater()  # one form at a time
        self.form = form
        form.saved.connect(self._stored)
        form.open()
        return form

    def _stored(self, row: CommemorativeDayRow) -> None:
        self._select = row.id  # once the list has reloaded (its change was announced)

    def delete(self) -> None:
        """Delete the selected day after a confirmation."""
        row = self.selected()
        if row is None:
            return
        box = make_plain(QMessageBox(self))  # the question names the day
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete commemorative day"))
        question = self.tr(
            "Delete “{name}” ({day}) from the list? The calendar no longer marks it."
        )
        box.setText(question.format(name=row.name, day=day_text(row.month, row.day)))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if QMessageBox.StandardButton(box.exec()) != QMessageBox.StandardButton.Yes:
            return
        ident = row.id

        def work(uow: UnitOfWork) -> int:
            delete_commemorative_day(uow, ident)
            return ident

        def failed(_exc: BaseException) -> None:
            self.reload()  # deleted elsewhere, say: and the error is shown as usual

        self.ops.write(self, work, self.deleted.emit, on_error=failed)


def day_menu(parent: QWidget, day: date, open_list: Callable[[date, bool], object]) -> QMenu:
    """The right-click menu of a calendar day: add a commemorative day on it, or see the list
    with that day's entries selected.  `open_list(day, add)` does either."""
    menu = QMenu(parent)
    label = day_text(day.month, day.day)
    menu.addAction(
        translate("CommemorativeDays", "Add a commemorative day on {day}…").format(day=label),
        lambda: open_list(day, True),
    )
    menu.addAction(
        translate("CommemorativeDays", "Commemorative days…"), lambda: open_list(day, False)
    )
    return menu
