"""Asking before a post whose scheduled time has passed goes on (submit, approve, export).

The core refuses such a step with ``schedule_past`` unless the caller passes
``allow_past``; the window asks the officer first and then runs the step again
with it.  One question for the editor, the board and the Paket page.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from sosmed_desktop.domain.content_checks import SCHEDULE_PAST
from sosmed_desktop.errors import DomainError
from ui.i18n import long_date, time_text

translate = QCoreApplication.translate


def past_time(exc: BaseException) -> str | None:
    """The scheduled time if `exc` is the core's refusal of a time that has passed."""
    if isinstance(exc, DomainError) and exc.code == SCHEDULE_PAST:
        return str(exc.params.get("scheduled_at", ""))
    return None


def when_text(iso: str | datetime | None, tz: ZoneInfo) -> str:
    """A scheduled time in the officer's zone ("Kamis, 26 November 2026 09.00")."""
    if not iso:
        return ""
    moment = iso if isinstance(iso, datetime) else datetime.fromisoformat(iso)
    local = moment.astimezone(tz)
    return f"{long_date(local)} {time_text(local)}"


def confirm_past(parent: QWidget | None, action: str, times: list[str], tz: ZoneInfo) -> bool:
    """Ask whether to `action` ("submit", "approve", "export") although the time has passed."""
    verbs = {
        "submit": translate("PastSchedule", "Submit it for approval anyway?"),
        "approve": translate("PastSchedule", "Approve it anyway?"),
        "export": translate("PastSchedule", "Export anyway?"),
    }
    shown = "\n".join(f"• {when_text(t, tz)}" for t in times)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("PastSchedule", "The scheduled time has passed"))
    box.setText(
        translate(
            "PastSchedule",
            "The scheduled time has passed:\n{times}\nThe post would go out late. {question}",
        ).format(times=shown, question=verbs[action])
    )
    go = box.addButton(verbs[action].rstrip("?"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go
