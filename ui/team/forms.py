"""The small forms of team mode: a person, a department, a password.

Each saves through its service as an operation of the form (`ui/operations.py`:
what it committed is announced); a refusal is shown in the form's banner and
everything typed stays.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.domain import passwords
from sosmed_desktop.domain.statuses import Role
from sosmed_desktop.errors import DomainError
from sosmed_desktop.services.team.accounts import UserInput, UserRow
from sosmed_desktop.services.team.departments import DepartmentInput, DepartmentRow
from ui.errors import describe
from ui.form_parts import error_banner, save_cancel
from ui.plain_text import plain_label
from ui.team.labels import role_label
from ui.team.sign_in import password_field

if TYPE_CHECKING:
    from sosmed_desktop.db.uow import UnitOfWork
    from ui.operations import Operations


class _Form(QDialog):
    """A form with a banner and Save/Cancel that runs its write in the background.

    Subclasses define ``save`` (Save calls it) and end their set-up with
    `finish_layout`.
    """

    def __init__(self, ops: Operations, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.result_value: Any = None
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.banner = error_banner()

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.banner)
        buttons, self.save_button = save_cancel(self)
        self.layout_.addWidget(buttons)

    def refuse(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def run(self, work: Callable[[UnitOfWork], Any]) -> None:
        """Write `work` (it commits); close when it is done, keep the form when refused."""
        self.save_button.setEnabled(False)

        def done(value: Any) -> None:
            self.result_value = value
            self.accept()

        def refused(exc: BaseException) -> bool:
            self.save_button.setEnabled(True)
            if not isinstance(exc, DomainError):
                return False
            self.refuse(describe(exc))
            return True

        self.ops.write(self, work, done, on_error=refused)


class UserForm(_Form):
    """Add a person (with a first password) or change their name, role and department."""

    def __init__(
        self,
        ops: Operations,
        departments: list[DepartmentRow],
        row: UserRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, self.tr("Add user") if row is None else self.tr("Edit user"), parent)
        self.row = row
        self.name = QLineEdit(row.name if row else "")
        self.name.setMaxLength(120)
        self.position = QLineEdit(row.position if row else "")
        self.position.setMaxLength(160)
        self.username = QLineEdit(row.username if row else "")
        self.username.setMaxLength(60)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.role.setCurrentIndex(self.role.findData((row.role if row else Role.OFFICER).value))
        self.department = QComboBox()
        self.department.addItem(self.tr("— none (sees every department) —"), None)
        for dept in departments:
            self.department.addItem(dept.name, dept.id)
        if row is not None and row.department_id is not None:
            self.department.setCurrentIndex(self.department.findData(row.department_id))
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Position"), self.position)
        self.form.addRow(self.tr("Username"), self.username)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow(self.tr("Department"), self.department)
        self.password = password_field()
        self.repeat = password_field()
        if row is None:
            self.form.addRow(self.tr("Password"), self.password)
            self.form.addRow(self.tr("Repeat password"), self.repeat)
        self.finish_layout()
        self.name.setFocus()

    def values(self) -> UserInput:
        return UserInput(
            name=self.name.text(),
            username=self.username.text(),
            role=Role(self.role.currentData()),
            department_id=self.department.currentData(),
            position=self.position.text(),
        )

    def save(self) -> None:
        from sosmed_desktop.services.team import accounts

        data, row = self.values(), self.row
        if row is None and self.password.text() != self.repeat.text():
            self.refuse(self.tr("The two passwords differ."))
            return
        password = self.password.text()

        def work(uow: UnitOfWork) -> UserRow:
            if row is None:
                return accounts.create_user(uow, data, password)
            return accounts.update_user(uow, row.id, data)

        self.run(work)


class DepartmentForm(_Form):
    """Add a department or change its names and head."""

    def __init__(
        self, ops: Operations, row: DepartmentRow | None = None, parent: QWidget | None = None
    ) -> None:
        title = self.tr("Add department") if row is None else self.tr("Edit department")
        super().__init__(ops, title, parent)
        self.row = row
        self.fields: dict[str, QLineEdit] = {}
        for key, label, limit in (
            ("name", self.tr("Name"), 200),
            ("short_name", self.tr("Short name"), 60),
            ("regency", self.tr("Regency / city"), 120),
            ("head_name", self.tr("Head of department"), 120),
            ("head_position", self.tr("Head's position"), 160),
        ):
            edit = QLineEdit(getattr(row, key) if row else "")
            edit.setMaxLength(limit)
            self.form.addRow(label, edit)
            self.fields[key] = edit
        self.finish_layout()

    def save(self) -> None:
        from sosmed_desktop.services.team import departments

        data, row = DepartmentInput(**{k: e.text() for k, e in self.fields.items()}), self.row

        def work(uow: UnitOfWork) -> None:
            if row is None:
                departments.create_department(uow, data)
            else:
                departments.update_department(uow, row.id, data)

        self.run(work)


class PasswordForm(_Form):
    """Change one's own password (the current one first), or reset someone's (admin)."""

    def __init__(
        self, ops: Operations, reset_for: UserRow | None = None, parent: QWidget | None = None
    ) -> None:
        title = self.tr("Change password") if reset_for is None else self.tr("Reset password")
        super().__init__(ops, title, parent)
        self.reset_for = reset_for
        if reset_for is not None:
            intro = plain_label(
                self.tr("A new password for {name} ({username}). Tell it to them in person.")
                .format(name=reset_for.name, username=reset_for.username)
            )  # fmt: skip
            intro.setWordWrap(True)
            self.layout_.insertWidget(0, intro)
        self.current = password_field()
        self.new = password_field()
        self.repeat = password_field()
        if reset_for is None:
            self.form.addRow(self.tr("Current password"), self.current)
        self.form.addRow(self.tr("New password"), self.new)
        self.form.addRow(self.tr("Repeat new password"), self.repeat)
        hint = QLabel(self.tr("At least {count} characters.").format(count=passwords.MIN_LENGTH))
        hint.setObjectName("hint")
        self.layout_.addWidget(hint)
        self.finish_layout()

    def save(self) -> None:
        from sosmed_desktop.services.team import accounts

        if self.new.text() != self.repeat.text():
            self.refuse(self.tr("The two passwords differ."))
            return
        target, current, new = self.reset_for, self.current.text(), self.new.text()

        def work(uow: UnitOfWork) -> None:
            if target is None:
                accounts.change_own_password(uow, current, new)
            else:
                accounts.reset_password(uow, target.id, new)

        self.run(work)
