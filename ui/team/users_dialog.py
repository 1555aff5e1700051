"""Users & departments (administrators): who works in the team database, and where.

Two tabs, each a table with its actions.  Deactivating asks first; an account
is never deleted, because the history and the approvals keep naming its person.
Reading and writing are operations of the dialog (`ui/operations.py`); what a
change committed is announced from its record (the status bar's profile follows).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.services.team.accounts import UserRow
from sosmed_desktop.services.team.departments import DepartmentRow
from ui.operations import Latest
from ui.plain_text import ask
from ui.team.forms import DepartmentForm, PasswordForm, UserForm
from ui.team.labels import role_label

if TYPE_CHECKING:
    from sosmed_desktop.db.uow import UnitOfWork
    from ui.operations import Operations


@dataclass(frozen=True)
class TeamLists:
    """What the dialog shows, read in one unit of work."""

    users: list[UserRow]
    departments: list[DepartmentRow]


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class UsersDialog(QDialog):
    """The administrator's list of accounts and departments."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.lists = TeamLists([], [])
        self._reading = Latest()
        self.setWindowTitle(self.tr("Users & departments"))
        self.resize(860, 520)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        users_tab = QWidget()
        users_layout = QVBoxLayout(users_tab)
        self.users = _table(
            [self.tr("Name"), self.tr("Username"), self.tr("Role"), self.tr("Department"),
             self.tr("Status")]
        )  # fmt: skip
        self.users.itemSelectionChanged.connect(self._update_buttons)
        self.users.itemDoubleClicked.connect(lambda _item: self.edit_user())
        users_layout.addWidget(self.users, 1)
        row = QHBoxLayout()
        self.add_user_button = self._button(row, self.tr("Add user…"), self.add_user)
        self.edit_user_button = self._button(row, self.tr("Edit…"), self.edit_user)
        self.reset_button = self._button(row, self.tr("Reset password…"), self.reset_password)
        self.active_button = self._button(row, self.tr("Deactivate…"), self.toggle_active)
        row.addStretch(1)
        users_layout.addLayout(row)
        self.tabs.addTab(users_tab, self.tr("Users"))

        depts_tab = QWidget()
        depts_layout = QVBoxLayout(depts_tab)
        self.departments = _table(
            [self.tr("Name"), self.tr("Short name"), self.tr("Head of department"),
             self.tr("Active users")]
        )  # fmt: skip
        self.departments.itemSelectionChanged.connect(self._update_buttons)
        self.departments.itemDoubleClicked.connect(lambda _item: self.edit_department())
        depts_layout.addWidget(self.departments, 1)
        row = QHBoxLayout()
        self._button(row, self.tr("Add department…"), self.add_department)
        self.edit_dept_button = self._button(row, self.tr("Edit…"), self.edit_department)
        row.addStretch(1)
        depts_layout.addLayout(row)
        self.tabs.addTab(depts_tab, self.tr("Departments"))

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self._update_buttons()
        self.reload()

    def _button(self, row: QHBoxLayout, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # Data ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the accounts and departments again (in the background, newest wins)."""

        def load(uow: UnitOfWork) -> TeamLists:
            from sosmed_desktop.services.team import accounts, departments

            return TeamLists(accounts.list_users(uow), departments.list_departments(uow))

        self.ops.read(self, load, self._fill, latest=self._reading)

    def _fill(self, lists: TeamLists) -> None:
        self.lists = lists
        self.users.setRowCount(len(lists.users))
        for index, user in enumerate(lists.users):
            status = self.tr("Active") if user.active else self.tr("Deactivated")
            if user.active and not user.has_password:
                status = self.tr("No password yet")
            cells = (user.name, user.username, role_label(user.role),
                     user.department_name or self.tr("All departments"), status)  # fmt: skip
            for column, text in enumerate(cells):
                self.users.setItem(index, column, QTableWidgetItem(text))
        self.departments.setRowCount(len(lists.departments))
        for index, dept in enumerate(lists.departments):
            cells = (dept.name, dept.short_name, dept.head_name, str(dept.users))
            for column, text in enumerate(cells):
                self.departments.setItem(index, column, QTableWidgetItem(text))
        self._update_buttons()

    def selected_user(self) -> UserRow | None:
        row = self.users.currentRow()
        selected = self.users.selectionModel().hasSelection()
        return self.lists.users[row] if selected and 0 <= row < len(self.lists.users) else None

    def selected_department(self) -> DepartmentRow | None:
        row = self.departments.currentRow()
        selected = self.departments.selectionModel().hasSelection()
        depts = self.lists.departments
        return depts[row] if selected and 0 <= row < len(depts) else None

    def _update_buttons(self) -> None:
        user = self.selected_user()
        for button in (self.edit_user_button, self.reset_button, self.active_button):
            button.setEnabled(user is not None)
        self.active_button.setText(
            self.tr("Activate") if user is not None and not user.active else self.tr("Deactivate…")
        )
        self.edit_dept_button.setEnabled(self.selected_department() is not None)

    # Actions --------------------------------------------------------------------------
    def add_user(self) -> None:
        if UserForm(self.ops, self.lists.departments, None, self).exec():
            self.reload()

    def edit_user(self) -> None:
        user = self.selected_user()
        if user is not None and UserForm(self.ops, self.lists.departments, user, self).exec():
            self.reload()

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is not None:
            PasswordForm(self.ops, user, self).exec()

    def toggle_active(self) -> None:
        """Deactivate (after a confirmation) or activate the selected account."""
        user = self.selected_user()
        if user is None:
            return
        if user.active:
            confirmed = ask(
                self,
                self.tr("Deactivate account"),
                self.tr(
                    "Deactivate the account of {name}? They can no longer sign in; what they "
                    "wrote and approved stays in the history."
                ).format(name=user.name),
            )
            if not confirmed:
                return
        from sosmed_desktop.services.team import accounts

        active = not user.active
        self.ops.write(
            self, lambda uow: accounts.set_active(uow, user.id, active), lambda _row: self.reload()
        )

    def add_department(self) -> None:
        if DepartmentForm(self.ops, None, self).exec():
            self.reload()

    def edit_department(self) -> None:
        dept = self.selected_department()
        if dept is not None and DepartmentForm(self.ops, dept, self).exec():
            self.reload()
