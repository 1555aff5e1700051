"""The words of a reminder: its title and detail in the officer's language and time zone.

The core stores what a reminder is about (kind, lead time, subject, times); the
sentences are made here, so they follow the interface language.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from sosmed_desktop.domain.statuses import ReminderKind, ReminderState
from ui.i18n import long_date, short_date, time_text
from ui.labels import status_label

if TYPE_CHECKING:
    from sosmed_desktop.services.reminders.rows import ReminderRow

translate = QCoreApplication.translate
AGENDA_LINES = 6


def duration_text(minutes: int) -> str:
    """A lead time or wait the way people say it: "1 hari", "3 jam", "1 jam 30 menit"."""
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    parts = []
    if days:
        parts.append(translate("Reminders", "%n day(s)", "", days))
    if hours:
        parts.append(translate("Reminders", "%n hour(s)", "", hours))
    if mins or not parts:
        parts.append(translate("Reminders", "%n minute(s)", "", mins))
    return " ".join(parts)


def moment_text(moment: datetime, tz: ZoneInfo) -> str:
    """A date and time in the officer's zone, e.g. "Selasa, 2 Juni 2026 10.00"."""
    local = moment.astimezone(tz)
    return f"{long_date(local)} {time_text(local)}"


def short_moment_text(moment: datetime, tz: ZoneInfo) -> str:
    """A compact date and time, e.g. "Sel, 2 Jun 10.00"."""
    local = moment.astimezone(tz)
    return f"{short_date(local)} {time_text(local)}"


def title(row: ReminderRow) -> str:
    """One line that says what the reminder is."""
    kind = row.kind
    if kind == ReminderKind.POST_LEAD:
        return translate("Reminders", "Post in {lead}").format(lead=duration_text(row.lead_minutes))
    if kind == ReminderKind.APPROVAL_WAIT:
        return translate("Reminders", "Waiting for approval for over {wait}").format(
            wait=duration_text(row.lead_minutes)
        )
    if kind == ReminderKind.EXPORT_PENDING:
        return translate("Reminders", "Approved post not exported yet")
    if kind == ReminderKind.DIRECTION_DUE:
        return translate("Reminders", "Direction due")
    if kind == ReminderKind.AGENDA:
        day = row.event_at.date() if row.event_at else row.due_at.date()
        count = len(row.agenda)
        return translate("Reminders", "Agenda for {day}: %n post(s)", "", count).format(
            day=long_date(day)
        )
    return row.subject


def detail(row: ReminderRow, tz: ZoneInfo) -> str:
    """The lines under the title: which post or direction, and when."""
    kind = row.kind
    if kind == ReminderKind.AGENDA:
        lines = [
            f"{time_text(item.scheduled_at.astimezone(tz))}  {item.title}"
            for item in row.agenda[:AGENDA_LINES]
        ]
        hidden = len(row.agenda) - AGENDA_LINES
        if hidden > 0:
            lines.append(translate("Reminders", "and %n more", "", hidden))
        return "\n".join(lines)
    if kind == ReminderKind.DIRECTION_DUE:
        when = row.event_at
        due = (
            translate("Reminders", "Due {when}").format(when=moment_text(when, tz)) if when else ""
        )
        return "\n".join(part for part in (row.subject, due) if part)
    parts = [row.subject]
    if row.post_scheduled_at is not None:
        parts.append(
            translate("Reminders", "Scheduled {when}").format(
                when=moment_text(row.post_scheduled_at, tz)
            )
        )
    if row.post_status:
        parts.append(status_label(row.post_status))
    return "\n".join(part for part in parts if part)


def state_text(state: str) -> str:
    """The officer-facing name of a reminder's state."""
    names = {
        ReminderState.PENDING: translate("Reminders", "Waiting"),
        ReminderState.SNOOZED: translate("Reminders", "Snoozed"),
        ReminderState.FIRED: translate("Reminders", "Shown"),
        ReminderState.MISSED: translate("Reminders", "Missed"),
        ReminderState.DONE: translate("Reminders", "Done"),
    }
    try:
        return names[ReminderState(state)]
    except ValueError:
        return state


def balloon_text(rows: list[ReminderRow], tz: ZoneInfo) -> tuple[str, str]:
    """Title and body of one desktop notification for reminders shown together."""
    if len(rows) == 1:
        return title(rows[0]), detail(rows[0], tz)
    count = len(rows)
    heading = translate("Reminders", "%n reminder(s)", "", count)
    return heading, "\n".join(f"• {title(row)}: {row.subject}".rstrip(": ") for row in rows[:5])
