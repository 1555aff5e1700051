"""The post's history (audit log) in words: who changed what, when.

Newest first.  The core stores an action and its details; this module words
them ("Approved by dr. Ahmad Fauzi (Kepala Dinas): Silakan tayang").
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from sosmed_desktop.services.audit import HistoryEntry
from ui.i18n import short_date, time_text
from ui.labels import platform_short, status_label
from ui.workflow.approval_words import changes_text, personal_kind

translate = QCoreApplication.translate


def _when(value: str | None, tz: ZoneInfo) -> str:
    if not value:
        return translate("History", "no date")
    try:
        moment = datetime.fromisoformat(value).astimezone(tz)
    except ValueError:
        return value
    return f"{short_date(moment)} {time_text(moment)}"


def _fields(changes: dict[str, Any]) -> str:
    names = {
        "title": translate("History", "title"),
        "scheduled_at": translate("History", "time"),
        "program_id": translate("History", "program"),
        "tags": translate("History", "tags"),
        "platforms": translate("History", "platforms"),
        "data_notes": translate("History", "cited data"),
        "master_caption": translate("History", "master caption"),
        "notes": translate("History", "notes"),
        "checklist": translate("History", "checklist"),
        "exceptions": translate("History", "personal data exceptions"),
    }
    parts = [names[key] for key in names if key in changes]
    for key, label in (
        ("captions", translate("History", "caption")),
        ("media", translate("History", "photos")),
    ):
        if key in changes:
            codes = ", ".join(platform_short(c) for c in changes[key])
            parts.append(f"{label} ({codes})")
    return ", ".join(parts)


def _withdrawal(d: dict[str, Any]) -> str:
    """Why an approval stopped being in force, and what changed."""
    reason = d.get("reason")
    if reason in ("content_changed", "no_approval"):
        text = translate("History", "Approval withdrawn: the approved content changed")
        changes = d.get("changes") or ()
        return f"{text} — {changes_text(changes)}" if changes else text
    if reason == "status_changed":
        return translate(
            "History", "The earlier approval no longer holds: the post left the archive"
        )
    if reason and reason != "by_hand":
        return translate("History", "Approval withdrawn by hand: “{reason}”").format(reason=reason)
    return translate("History", "Approval withdrawn by hand")


def describe_entry(entry: HistoryEntry, tz: ZoneInfo) -> str:
    """One line of history in the officer's language."""
    d = entry.details
    action = entry.action
    if action == "created":
        text = translate("History", "Created as {status}").format(
            status=status_label(d.get("status", ""))
        )
        if d.get("occurrence") and d.get("count"):
            text += translate("History", ", post {number} of {total} of a series").format(
                number=d["occurrence"], total=d["count"]
            )
        return text
    if action == "series_started":
        return translate("History", "Repeated: the first of a series of {total} posts").format(
            total=d.get("count", "?")
        )
    if action == "updated":
        return translate("History", "Edited: {fields}").format(fields=_fields(d.get("changes", {})))
    if action == "rescheduled":
        return translate("History", "Moved from {old} to {new}").format(
            old=_when(d.get("old"), tz), new=_when(d.get("new"), tz)
        )
    if action == "status_changed":
        text = translate("History", "Status: {old} → {new}").format(
            old=status_label(d.get("old", "")), new=status_label(d.get("new", ""))
        )
        if d.get("comment"):
            text += translate("History", " — revision asked by {name}: “{comment}”").format(
                name=d.get("reviewer", ""), comment=d["comment"]
            )
        if d.get("url"):
            text += f" — {d['url']}"
        return text
    if action == "approved":
        who = d.get("reviewer", "")
        if d.get("position"):
            who += f" ({d['position']})"
        text = translate("History", "Approved by {who}").format(who=who)
        return text + (f": “{d['note']}”" if d.get("note") else "")
    if action == "approval_withdrawn":
        return _withdrawal(d)
    if action in ("data_exception_recorded", "data_exception_removed"):
        text = (
            translate(
                "History", "Personal data exception recorded: {kind} “{value}”, reason: {reason}"
            )
            if action == "data_exception_recorded"
            else translate("History", "Personal data exception removed: {kind} “{value}”")
        )
        return text.format(
            kind=personal_kind(d.get("kind", "")), value=d.get("value", ""),
            reason=d.get("reason", ""),
        )  # fmt: skip
    if action == "media_attached":
        return translate("History", "Photo attached from the image studio ({platforms})").format(
            platforms=", ".join(platform_short(c) for c in d.get("platforms", ()))
        )
    simple = {
        "trashed": translate("History", "Moved to the trash"),
        "restored": translate("History", "Restored from the trash"),
        "exported": translate("History", "Exported as a package"),
        "duplicated": translate("History", "Created as a copy of post #{id}").format(
            id=d.get("from_post", "?")
        ),
        "duplicated_to": translate("History", "Copied to post #{id}").format(
            id=d.get("to_post", "?")
        ),
        "program_merged": translate(
            "History", "Program “{old}” merged into “{new}”: the post moved with it"
        ).format(old=d.get("old", ""), new=d.get("new", "")),
        "program_unmerged": translate(
            "History", "Merge of programs undone: back from “{old}” to “{new}”"
        ).format(old=d.get("old", ""), new=d.get("new", "")),
    }
    return simple.get(action, action)


class HistoryPanel(QWidget):
    """The history list of one post."""

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setObjectName("history")
        self.list.setAccessibleName(self.tr("History"))
        layout.addWidget(self.list, 1)
        self.empty = QLabel(self.tr("The history starts when the post is first saved."))
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.list.clear()
        for entry in reversed(entries):
            moment = entry.at.astimezone(self.tz)
            head = f"{short_date(moment)} {time_text(moment)} · {entry.user_name or '—'}"
            self.list.addItem(QListWidgetItem(f"{head}\n{describe_entry(entry, self.tz)}"))
        self.empty.setVisible(not entries)

    def texts(self) -> list[str]:
        """The lines shown, newest first (for tests and copying)."""
        return [self.list.item(row).text() for row in range(self.list.count())]
