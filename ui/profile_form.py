"""The officer-profile fields, shared by the welcome screen and the settings."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from sosmed_desktop.services.profile import LIMITS, Profile


class ProfileForm(QWidget):
    """Name, position, department, regency and head of department."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
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

    def _field(self, form: QFormLayout, name: str, label: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(LIMITS[name])  # what the database column holds
        form.addRow(label, edit)
        return edit

    def set_profile(self, profile: Profile) -> None:
        """Fill the fields from a stored profile."""
        for name, value in profile.__dict__.items():
            getattr(self, name).setText(value)

    def profile(self) -> Profile:
        """The profile as typed."""
        return Profile(**{name: getattr(self, name).text() for name in Profile().__dict__})

    def missing_field(self) -> QLineEdit | None:
        """The first required field left empty, to focus it."""
        for edit in (self.officer_name, self.department_name):
            if not edit.text().strip():
                return edit
        return None
