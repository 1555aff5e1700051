"""The words of the approval invariant: what changed since an approval, and its refusals.

The core records a withdrawal's changes as codes (`domain/approval.py`:
``caption`` on ``instagram`` …); the board's "Perlu persetujuan ulang" column, the
editor's approval panel and the history say them with these functions.  The
error codes of the checks that stop a post (a time that has passed, an
incomplete profile, a personal-data exception without a reason) are worded here
too, and merged into `ui.errors.describe`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from sosmed_desktop.domain.approval import ContentChange
from sosmed_desktop.errors import DomainError
from ui.labels import platform_short

translate = QCoreApplication.translate


def personal_kind(kind: str) -> str:
    """The name of a kind of personal data (``nik``, ``kk``, ``phone`` …)."""
    names = {
        "nik": translate("Approval", "NIK"),
        "kk": translate("Approval", "family card (KK) number"),
        "phone": translate("Approval", "phone number"),
        "email": translate("Approval", "e-mail address"),
        "plate": translate("Approval", "vehicle plate"),
    }
    return names.get(kind, kind)


def change_text(change: ContentChange | Mapping[str, Any]) -> str:
    """One change since the approval, e.g. "IG: photos added"."""
    if isinstance(change, ContentChange):
        kind, platform = change.kind, change.platform
    else:
        kind, platform = str(change.get("kind", "")), change.get("platform")
    words = {
        "platform_added": translate("Approval", "platform added"),
        "platform_removed": translate("Approval", "platform dropped"),
        "caption": translate("Approval", "caption changed"),
        "media_added": translate("Approval", "photo or video added"),
        "media_removed": translate("Approval", "photo or video removed"),
        "media_edited": translate("Approval", "crop, edit or order changed"),
        "exceptions": translate("Approval", "personal-data exceptions changed"),
        "unknown": translate("Approval", "content changed"),
        "unchanged": translate("Approval", "content as approved (approval withdrawn)"),
    }
    text = words.get(kind, kind)
    return f"{platform_short(str(platform))}: {text}" if platform else text


def changes_text(changes: Iterable[ContentChange | Mapping[str, Any]]) -> str:
    """Every change, joined ("IG: caption changed; TT: platform added")."""
    return "; ".join(change_text(change) for change in changes)


def approval_messages(exc: DomainError) -> dict[str, Callable[[], str]]:
    """Translated messages by code for `ui.errors.describe`."""
    p = exc.params
    fields = {
        "name": translate("Approval", "the department"),
        "regency": translate("Approval", "the regency"),
        "head_name": translate("Approval", "the head of department's name"),
    }
    return {
        "schedule_past": lambda: translate("Errors", "The scheduled time of this post has passed."),
        "profile_incomplete": lambda: translate(
            "Errors",
            "The approval sheet needs {missing}. Fill in the profile (Settings → Profile) "
            "before exporting; nothing was written.",
        ).format(missing=", ".join(fields.get(key, key) for key in p.get("missing", ()))),
        "exception_reason_required": lambda: translate(
            "Errors", "Say why this personal data may be published (for example written consent)."
        ),
        "exception_reason_too_long": lambda: translate(
            "Errors", "The reason is too long (at most {limit} characters)."
        ).format(limit=p.get("limit", "")),
        "bad_data_exception": lambda: translate(
            "Errors", "This exception does not name a piece of personal data."
        ),
    }
