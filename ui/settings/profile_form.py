"""The officer-profile fields, shared by the welcome screen and the settings."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.services.profile import ACCOUNT_MAX, LIMITS, Profile
from ui.plain_text import plain_label


class ProfileForm(QWidget):
    """Name, position, department, regency and head of department; in the settings also
    the department's account name on each platform (`set_platforms`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(form)
        self.officer_name = self._field(
            form, "officer_name", self.tr("Your name *"), self.tr("e.g. Rina Marlina")
        )
        self.officer_position = self._field(
            form, "officer_position", self.tr("Position"), self.tr("e.g. Social media officer")
        )
        self.department_name = self._field(
            form, "department_name", self.tr("Department *"), self.tr("e.g. Dinas Kesehatan")
        )
        self.department_short = self._field(
            form, "department_short", self.tr("Short name"), self.tr("e.g. Dinkes")
        )
        self.regency = self._field(
            form, "regency", self.tr("Regency / city"), self.tr("e.g. Kabupaten Bekasi")
        )
        self.head_name = self._field(
            form,
            "head_name",
            self.tr("Head of department"),
            self.tr("Name, for the approval sheet"),
        )
        self.head_position = self._field(
            form,
            "head_position",
            self.tr("Head's position"),
            self.tr("e.g. Kepala Dinas Kesehatan"),
        )
        self.accounts_box = QGroupBox(self.tr("The department's accounts"))
        self.accounts_box.setVisible(False)
        self.accounts_grid = QGridLayout(self.accounts_box)  # two columns of platforms
        hint = QLabel(
            self.tr("Shown above a post in the previews and the package. Empty: the short name.")
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.accounts_grid.addWidget(hint, 0, 0, 1, 4)
        outer.addWidget(self.accounts_box)
        outer.addStretch(1)
        self.account_edits: dict[str, QLineEdit] = {}
        self._other_accounts: dict[str, str] = {}

    def _field(self, form: QFormLayout, name: str, label: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(LIMITS[name])  # what the database column holds
        form.addRow(label, edit)
        return edit

    def set_platforms(self, platforms: list[tuple[str, str]]) -> None:
        """Show an account field for each (code, name) of the enabled platforms."""
        for code, name in platforms:
            if code in self.account_edits:
                continue
            edit = QLineEdit()
            edit.setObjectName(f"account_{code}")
            edit.setMaxLength(ACCOUNT_MAX)
            edit.setPlaceholderText(self.tr("e.g. @dinkes.kabbekasi"))
            edit.setAccessibleName(name)
            row, column = divmod(len(self.account_edits), 2)
            label = plain_label(name)  # the platform file's name
            label.setBuddy(edit)
            self.accounts_grid.addWidget(label, row + 1, 2 * column)
            self.accounts_grid.addWidget(edit, row + 1, 2 * column + 1)
            self.account_edits[code] = edit
        self.accounts_box.setVisible(bool(self.account_edits))

    def set_profile(self, profile: Profile) -> None:
        """Fill the fields from a stored profile."""
        for name in LIMITS:
            getattr(self, name).setText(getattr(profile, name))
        accounts = dict(profile.accounts)
        for code, edit in self.account_edits.items():
            edit.setText(accounts.pop(code, ""))
        self._other_accounts = accounts  # of platforms not enabled now: kept as they are

    def profile(self) -> Profile:
        """The profile as typed."""
        accounts = dict(self._other_accounts)
        accounts.update({code: edit.text() for code, edit in self.account_edits.items()})
        return Profile(
            **{name: getattr(self, name).text() for name in LIMITS},
            accounts=tuple(sorted((c, n) for c, n in accounts.items() if n.strip())),
        )

    def missing_field(self) -> QLineEdit | None:
        """The first required field left empty, to focus it."""
        for edit in (self.officer_name, self.department_name):
            if not edit.text().strip():
                return edit
        return None
