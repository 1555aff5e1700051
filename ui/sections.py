"""The sections of the sidebar, in order, with their icons and empty-state text."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon

from sosmed_desktop.bundle import resource

ICONS_DIR = resource("icons")


translate = QCoreApplication.translate


@dataclass(frozen=True)
class Section:
    """One sidebar entry and the page behind it."""

    key: str
    title: str
    icon: str
    empty_title: str
    empty_text: str
    page: str = ""
    """``module:Class`` of the page (a `ui.workbench.Page`); empty: the empty state."""


def sections() -> tuple[Section, ...]:
    """The six work areas (titles translated at call time)."""
    return (
        Section(
            "calendar",
            translate("Sections", "Calendar"),
            "calendar",
            translate("Sections", "No posts planned this month"),
            translate(
                "Sections",
                "Planned posts appear here by date. Load the sample data from the welcome "
                "screen to see how a month looks.",
            ),
            "ui.calendar.page:CalendarPage",
        ),
        Section(
            "approval",
            translate("Sections", "Drafts & Approval"),
            "approval",
            translate("Sections", "Drafts and approvals"),
            translate(
                "Sections",
                "Posts waiting for the head of department, posts that need revision and "
                "approved posts not yet exported will be listed here.",
            ),
            "ui.board.page:BoardPage",
        ),
        Section(
            "media",
            translate("Sections", "Media Library"),
            "media",
            translate("Sections", "The media library is empty"),
            translate(
                "Sections",
                "Photos and videos for your posts will be kept here, each stored once, "
                "ready for the image studio.",
            ),
            "ui.media.page:MediaPage",
        ),
        Section(
            "directions",
            translate("Sections", "Directions & Data"),
            "directions",
            translate("Sections", "Leadership directions and supporting data"),
            translate(
                "Sections",
                "Directions from leadership and the figures your posts cite, with their "
                "sources, will be kept here.",
            ),
            "ui.directions.page:DirectionsPage",
        ),
        Section(
            "reminders",
            translate("Sections", "Reminders"),
            "reminders",
            translate("Sections", "No reminders"),
            translate(
                "Sections",
                "Reminders for upcoming posts, deadlines and approvals will appear here, "
                "even for those that fell due while the PC was off.",
            ),
            "ui.reminders.page:RemindersPage",
        ),
        Section(
            "packages",
            translate("Sections", "Packages"),
            "packages",
            translate("Sections", "No packages yet"),
            translate(
                "Sections",
                "Approved posts exported as packages (captions, images, preview and "
                "approval sheet) and packages received from colleagues will be listed here.",
            ),
            "ui.packages.page:PackagesPage",
        ),
    )


def icon(name: str) -> QIcon:
    """An icon from ``resources/icons``."""
    return QIcon(str(ICONS_DIR / f"{name}.svg"))
