"""Translated names for the values the core stores (statuses, platforms)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from sosmed_desktop.domain.statuses import PostStatus

translate = QCoreApplication.translate


def status_label(status: str) -> str:
    """The officer-facing name of a post status."""
    names = {
        PostStatus.IDEA: translate("Labels", "Idea"),
        PostStatus.DRAFT: translate("Labels", "Draft"),
        PostStatus.IN_REVIEW: translate("Labels", "Waiting for approval"),
        PostStatus.NEEDS_REVISION: translate("Labels", "Needs revision"),
        PostStatus.APPROVED: translate("Labels", "Approved"),
        PostStatus.PUBLISHED: translate("Labels", "Published"),
        PostStatus.ARCHIVED: translate("Labels", "Archived"),
    }
    try:
        return names[PostStatus(status)]
    except ValueError:
        return status


STATUS_COLOURS = {
    PostStatus.IDEA: "#8e8e93",
    PostStatus.DRAFT: "#5b6b7f",
    PostStatus.IN_REVIEW: "#c77c02",
    PostStatus.NEEDS_REVISION: "#c0392b",
    PostStatus.APPROVED: "#1e8449",
    PostStatus.PUBLISHED: "#1f4e79",
    PostStatus.ARCHIVED: "#8e8e93",
}


def status_colour(status: str) -> QColor:
    """The colour that marks a status in lists and on the calendar."""
    try:
        return QColor(STATUS_COLOURS[PostStatus(status)])
    except ValueError:
        return QColor("#5b6b7f")


PLATFORM_SHORT = {
    "instagram": "IG",
    "facebook": "FB",
    "x": "X",
    "tiktok": "TT",
    "youtube": "YT",
    "whatsapp_channel": "WA",
    "linkedin": "IN",
    "threads": "TH",
    "website": "WEB",
}


def platform_short(code: str) -> str:
    """A two- or three-letter badge for a platform code."""
    return PLATFORM_SHORT.get(code, code[:3].upper())
