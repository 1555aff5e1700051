"""What a screen reader says about the focused day of a painted calendar view.

The month and week views are painted by hand, so Qt has no child widgets to
read.  Each view names itself after its focused day and describes that day
(holidays and commemorations, then every post with its time and status); Qt
announces the change whenever the name or description is set.  Keyboard
navigation of the posts of a day is shared here too, so both views move alike.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sosmed_desktop.domain.commemorative import CalendarMark
from ui.calendar.calendar_data import mark_names
from ui.calendar.chips import Chip
from ui.i18n import long_date
from ui.labels import status_label

translate = QCoreApplication.translate


def describe_day(
    view: QWidget,
    view_name: str,
    day: date,
    marks: list[CalendarMark],
    chips: list[Chip],
    selected_post: int | None,
) -> None:
    """Set `view`'s accessible name (the view's name and the long date, e.g. Month
    calendar, Friday, 27 November 2026) and its description (`day_words`)."""
    view.setAccessibleName(f"{view_name}, {long_date(day)}")
    view.setAccessibleDescription(day_words(marks, chips, selected_post))


def day_words(marks: list[CalendarMark], chips: list[Chip], selected_post: int | None) -> str:
    """A day's marks, its posts (time, platforms, title, status) and the selected post."""
    parts = [mark_names(marks)] if marks else []
    if chips:
        posts = "; ".join(post_words(chip) for chip in chips)
        total = len(chips)  # a variable: lupdate misses a call inside the count argument
        parts.append(translate("CalendarSpeech", "%n post(s)", "", total) + ": " + posts)
    else:
        parts.append(translate("CalendarSpeech", "No posts. Enter starts one."))
    selected = next((chip for chip in chips if chip.id == selected_post), None)
    if selected is not None:
        selected_text = translate("CalendarSpeech", "Selected: %s. Enter opens it.")
        parts.append(selected_text % selected.label())
    return ". ".join(parts)


def post_words(chip: Chip) -> str:
    """The chip's text and its status, e.g. 09.30 IG·FB Title (Draft)."""
    return chip.label() + " (" + status_label(chip.status) + ")"


def step_post(chips: list[Chip], selected_post: int | None, step: int) -> int | None:
    """The post after (`step` 1) or before (-1) the selected one among a day's `chips`;
    from no selection, the first or the last; None when the day has none."""
    if not chips:
        return None
    ids = [chip.id for chip in chips]
    if selected_post not in ids:
        return ids[0] if step > 0 else ids[-1]
    return ids[(ids.index(selected_post) + step) % len(ids)]
