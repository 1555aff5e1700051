"""The reminder settings: lead times (general and per post), agenda, approval wait, tray, login.

The panel only loads and saves; the declarations and checks live in
`sosmed_desktop.config` (SETTINGS) and `sosmed_desktop.domain.reminders`.
"""

from __future__ import annotations

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.config import Config, validate_value
from sosmed_desktop.errors import DomainError
from ui.autostart import Autostart, launch_command, supported
from ui.errors import show_error
from ui.plain_text import plain_label
from ui.reminders.text import duration_text
from ui.tray import tray_available

LEAD_CHOICES = (10080, 4320, 1440, 180, 60, 30, 15)


class LeadTimesPicker(QWidget):
    """Check boxes for lead times (a week ... 15 minutes, plus any others already set)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[int, QCheckBox] = {}
        for minutes in LEAD_CHOICES:
            self._add(minutes)

    def _add(self, minutes: int) -> QCheckBox:
        box = QCheckBox(duration_text(minutes))
        position = len(self.boxes)
        self.grid.addWidget(box, position // 2, position % 2)
        self.boxes[minutes] = box
        return box

    def set_leads(self, leads: list[int] | tuple[int, ...]) -> None:
        for minutes, box in self.boxes.items():
            box.setChecked(minutes in leads)
        for minutes in leads:
            if minutes not in self.boxes:
                self._add(minutes).setChecked(True)

    def leads(self) -> list[int]:
        return sorted((m for m, box in self.boxes.items() if box.isChecked()), reverse=True)


def _time_edit(text: str) -> QTimeEdit:
    edit = QTimeEdit(QTime.fromString(text, "HH:mm"))
    edit.setDisplayFormat("HH:mm")
    return edit


class ReminderSettings(QGroupBox):
    """The reminder settings of this data folder; `saved` after a successful save."""

    saved = Signal()

    def __init__(self, config: Config, autostart: Autostart, parent: QWidget | None = None):
        super().__init__(parent)
        self.config = config
        self.autostart = autostart
        self.setTitle(self.tr("Settings"))
        form = QFormLayout(self)
        self.leads = LeadTimesPicker()
        form.addRow(QLabel(self.tr("Before each scheduled post:")))
        form.addRow(self.leads)
        self.agenda = QCheckBox(self.tr("Morning agenda at"))
        self.agenda_time = _time_edit(config.get("agenda_time"))
        form.addRow(self._row(self.agenda, self.agenda_time))
        self.approval = QCheckBox(self.tr("Waiting for approval longer than"))
        self.approval_hours = QSpinBox()
        self.approval_hours.setRange(1, 720)
        self.approval_hours.setSuffix(self.tr(" hours"))
        form.addRow(self._row(self.approval, self.approval_hours))
        self.export = QCheckBox(self.tr("Not exported, the day before at"))
        self.export_time = _time_edit(config.get("export_reminder_time"))
        form.addRow(self._row(self.export, self.export_time))
        self.keep_running = QCheckBox(self.tr("Keep running in the tray when the window is closed"))
        self.keep_running.setStyleSheet("QCheckBox { padding-top: 10px; }")
        form.addRow(self.keep_running)
        if not tray_available():
            self.keep_running.setEnabled(False)
            note = QLabel(self.tr("This desktop has no system tray: closing the window quits."))
            note.setObjectName("pageSummary")
            note.setWordWrap(True)
            form.addRow(note)
        self.login = QCheckBox(self.tr("Start Sosmed Desktop when I log in"))
        self.login.setEnabled(supported(autostart.platform))
        form.addRow(self.login)
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.clicked.connect(self.save)
        form.addRow(self.save_button)
        self.load()

    @staticmethod
    def _row(box: QCheckBox, editor: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(box)
        row.addWidget(editor)
        row.addStretch(1)
        box.toggled.connect(editor.setEnabled)
        return row

    def load(self) -> None:
        """Show the stored settings."""
        get = self.config.get
        self.leads.set_leads(get("reminder_leads"))
        self.agenda.setChecked(get("agenda_enabled"))
        self.agenda_time.setEnabled(get("agenda_enabled"))
        self.agenda_time.setTime(QTime.fromString(get("agenda_time"), "HH:mm"))
        hours = get("approval_wait_hours")
        self.approval.setChecked(hours > 0)
        self.approval_hours.setEnabled(hours > 0)
        self.approval_hours.setValue(hours or 24)
        self.export.setChecked(get("export_reminder_enabled"))
        self.export_time.setEnabled(get("export_reminder_enabled"))
        self.export_time.setTime(QTime.fromString(get("export_reminder_time"), "HH:mm"))
        self.keep_running.setChecked(get("keep_running_in_tray"))
        self.login.setChecked(get("start_with_login") and self.autostart.enabled())

    def values(self) -> dict[str, object]:
        """The settings as chosen on the panel."""
        return {
            "reminder_leads": self.leads.leads(),
            "agenda_enabled": self.agenda.isChecked(),
            "agenda_time": self.agenda_time.time().toString("HH:mm"),
            "approval_wait_hours": self.approval_hours.value() if self.approval.isChecked() else 0,
            "export_reminder_enabled": self.export.isChecked(),
            "export_reminder_time": self.export_time.time().toString("HH:mm"),
            "keep_running_in_tray": self.keep_running.isChecked(),
            "start_with_login": self.login.isChecked(),
        }

    def save(self) -> None:
        """Check everything, then store it and set up (or remove) the login entry."""
        chosen = self.values()
        try:
            for key, value in chosen.items():
                validate_value(key, value)
            if chosen["start_with_login"] != self.autostart.enabled():
                self.autostart.set_enabled(
                    bool(chosen["start_with_login"]), launch_command(self.config.data_dir)
                )
            for key, value in chosen.items():
                self.config.set(key, value)
            self.config.save()
        except DomainError as exc:
            show_error(self, exc)
            return
        self.saved.emit()


class PostLeadsDialog(QDialog):
    """A post's own lead times, or the general setting."""

    def __init__(
        self,
        post_title: str,
        own: tuple[int, ...] | None,
        general: list[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reminders for this post"))
        layout = QVBoxLayout(self)
        heading = plain_label(post_title)
        heading.setObjectName("emptyTitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        general_text = ", ".join(duration_text(m) for m in general) or self.tr("none")
        self.use_general = QRadioButton(
            self.tr("Use the general setting ({leads})").format(leads=general_text)
        )
        self.use_own = QRadioButton(self.tr("Remind me before this post:"))
        layout.addWidget(self.use_general)
        layout.addWidget(self.use_own)
        self.picker = LeadTimesPicker()
        self.picker.set_leads(own if own is not None else general)
        layout.addWidget(self.picker)
        (self.use_own if own is not None else self.use_general).setChecked(True)
        self.picker.setEnabled(own is not None)
        self.use_own.toggled.connect(self.picker.setEnabled)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[int] | None:
        """The post's own lead times, or None for the general setting."""
        return self.picker.leads() if self.use_own.isChecked() else None
