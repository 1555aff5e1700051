"""The rules that turn posts, directions and the officer's preferences into reminders.

Pure functions over plain facts, no I/O: `services.reminders` gathers the facts
from the database and reconciles what these rules want with the stored rows.
Every time is an aware datetime; local days and wall-clock times ("07:30") are
taken in the officer's zone (WIB, WITA or WIT: zoneinfo, no daylight saving).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sosmed_desktop.domain.statuses import DirectionStatus, PostStatus, ReminderKind, ReminderState
from sosmed_desktop.errors import ValidationError

DEFAULT_LEADS = (1440, 60)
MAX_LEADS = 6
MAX_LEAD_MINUTES = 30 * 24 * 60
MAX_APPROVAL_WAIT_HOURS = 30 * 24
DEFAULT_GRACE = timedelta(minutes=15)
"""A reminder that fell due at most this long ago still fires normally (a late start)."""
SNOOZE_TOMORROW_AT = time(8, 0)
SUBJECT_LENGTH = 200

# Posts in these statuses need no more reminders.
FINISHED_POSTS = frozenset({PostStatus.PUBLISHED.value, PostStatus.ARCHIVED.value})
OPEN_DIRECTIONS = frozenset({DirectionStatus.NEW.value, DirectionStatus.IN_PROGRESS.value})
ARMED = (ReminderState.PENDING.value, ReminderState.SNOOZED.value)
"""States of a reminder that has yet to come."""
SHOWN = (ReminderState.FIRED.value, ReminderState.MISSED.value)
"""States of a reminder that was shown (or reported missed) and is not done."""
_CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def check_leads(value: object) -> tuple[int, ...]:
    """Lead times in minutes: whole numbers from 1 minute to 30 days, at most six, no repeats.

    Returns them longest first (the order reminders come in).
    """
    if not isinstance(value, list | tuple) or len(value) > MAX_LEADS:
        raise ValidationError(code="lead_times_invalid", detail=f"{value!r}")
    leads = []
    for item in value:
        if isinstance(item, bool) or not isinstance(item, int):
            raise ValidationError(code="lead_times_invalid", detail=f"{item!r} is not minutes")
        if not 1 <= item <= MAX_LEAD_MINUTES:
            raise ValidationError(code="lead_times_invalid", detail=f"{item} minutes")
        leads.append(item)
    if len(set(leads)) != len(leads):
        raise ValidationError(code="lead_times_invalid", detail="a lead time is repeated")
    return tuple(sorted(leads, reverse=True))


def parse_clock(text: object) -> time:
    """A wall-clock time written "HH:MM" (24-hour, as Indonesian offices write it)."""
    match = _CLOCK.match(text) if isinstance(text, str) else None
    if match is None:
        raise ValidationError(code="clock_time_invalid", detail=f"{text!r}")
    return time(int(match.group(1)), int(match.group(2)))


def check_approval_wait(value: object) -> int:
    """Hours a post may wait for approval before a reminder (0: no reminder)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(code="approval_wait_invalid", detail=f"{value!r}")
    if not 0 <= value <= MAX_APPROVAL_WAIT_HOURS:
        raise ValidationError(code="approval_wait_invalid", detail=f"{value} hours")
    return value


@dataclass(frozen=True)
class ReminderPrefs:
    """The officer's reminder settings (read from `config.SETTINGS`)."""

    tz: ZoneInfo
    leads: tuple[int, ...] = DEFAULT_LEADS
    agenda_at: time | None = time(7, 30)
    """Morning agenda time; None: no agenda."""
    approval_wait: timedelta | None = timedelta(hours=24)
    """How long a post may wait for approval; None: no reminder."""
    export_at: time | None = time(13, 0)
    """When, the day before, to remind of approved posts not yet exported; None: never."""
    grace: timedelta = DEFAULT_GRACE


@dataclass(frozen=True)
class PostFacts:
    """What the rules need to know about one post."""

    id: int
    title: str
    status: str
    scheduled_at: datetime | None
    leads: tuple[int, ...] | None = None
    """The post's own lead times; None: the general setting."""
    waiting_since: datetime | None = None
    """When it was submitted for approval (posts waiting for approval)."""
    exported: bool = False
    """Exported as a package since its latest approval (approved posts)."""


@dataclass(frozen=True)
class DirectionFacts:
    """What the rules need to know about one direction."""

    id: int
    content: str
    status: str
    due_at: datetime | None


@dataclass(frozen=True)
class ReminderSpec:
    """One reminder the data calls for.

    `catch_up`: when the time has passed before the reminder was first made but
    the situation still holds (a post still waits for approval), it fires at once
    instead of never.
    """

    key: str
    kind: ReminderKind
    due_at: datetime
    event_at: datetime
    subject: str = ""
    post_id: int | None = None
    direction_id: int | None = None
    lead_minutes: int = 0
    catch_up: bool = False


@dataclass(frozen=True)
class Snapshot:
    """Everything the rules look at in one pass."""

    posts: tuple[PostFacts, ...] = ()
    directions: tuple[DirectionFacts, ...] = ()
    agenda_days: dict[date, int] = field(default_factory=dict)
    """Local day -> how many posts it holds (today and tomorrow)."""


def local_at(day: date, clock: time, tz: ZoneInfo) -> datetime:
    """The UTC instant of wall-clock `clock` on local `day`."""
    return datetime.combine(day, clock, tz).astimezone(UTC)


def day_marker(day: date) -> datetime:
    """A calendar day as a time that does not depend on the zone (midnight UTC).

    An agenda's event is its day: the officer moving from WIT to WIB does not
    make today's agenda a new one.
    """
    return datetime.combine(day, time(), UTC)


def local_day(moment: datetime, tz: ZoneInfo) -> date:
    """The officer's calendar day at `moment`."""
    return moment.astimezone(tz).date()


def subject_of(text: str) -> str:
    """The first line of a text, shortened for a notification."""
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first if len(first) <= SUBJECT_LENGTH else first[: SUBJECT_LENGTH - 1] + "…"


def post_specs(post: PostFacts, prefs: ReminderPrefs, now: datetime) -> list[ReminderSpec]:
    """Reminders one post calls for: lead times, approval wait, export the day before."""
    if post.status in FINISHED_POSTS:
        return []
    specs = []
    title = subject_of(post.title)
    when = post.scheduled_at
    if when is not None:
        for lead in post.leads if post.leads is not None else prefs.leads:
            specs.append(
                ReminderSpec(
                    key=f"post:{post.id}:lead:{lead}",
                    kind=ReminderKind.POST_LEAD,
                    due_at=when - timedelta(minutes=lead),
                    event_at=when,
                    subject=title,
                    post_id=post.id,
                    lead_minutes=lead,
                )
            )
    if (
        post.status == PostStatus.IN_REVIEW
        and prefs.approval_wait is not None
        and post.waiting_since is not None
    ):
        specs.append(
            ReminderSpec(
                key=f"post:{post.id}:approval",
                kind=ReminderKind.APPROVAL_WAIT,
                due_at=post.waiting_since + prefs.approval_wait,
                event_at=post.waiting_since,
                subject=title,
                post_id=post.id,
                lead_minutes=int(prefs.approval_wait.total_seconds() // 60),
                catch_up=True,
            )
        )
    if (
        post.status == PostStatus.APPROVED
        and not post.exported
        and when is not None
        and prefs.export_at is not None
    ):
        day_before = local_day(when, prefs.tz) - timedelta(days=1)
        specs.append(
            ReminderSpec(
                key=f"post:{post.id}:export",
                kind=ReminderKind.EXPORT_PENDING,
                due_at=local_at(day_before, prefs.export_at, prefs.tz),
                event_at=when,
                subject=title,
                post_id=post.id,
                catch_up=when > now,
            )
        )
    return specs


def direction_specs(
    direction: DirectionFacts, prefs: ReminderPrefs, now: datetime
) -> list[ReminderSpec]:
    """An open direction with a due date is reminded of on that day.

    It comes at the morning agenda time of the due day (07:30 when the agenda
    is off), or at the due time itself when that is earlier.  A direction found
    open on its due day after that moment is reminded of at once.
    """
    if direction.status not in OPEN_DIRECTIONS or direction.due_at is None:
        return []
    due_day = local_day(direction.due_at, prefs.tz)
    morning = local_at(due_day, prefs.agenda_at or time(7, 30), prefs.tz)
    return [
        ReminderSpec(
            key=f"direction:{direction.id}:due",
            kind=ReminderKind.DIRECTION_DUE,
            due_at=min(morning, direction.due_at),
            event_at=direction.due_at,
            subject=subject_of(direction.content),
            direction_id=direction.id,
            catch_up=due_day >= local_day(now, prefs.tz),
        )
    ]


def agenda_specs(days: dict[date, int], prefs: ReminderPrefs, now: datetime) -> list[ReminderSpec]:
    """A morning agenda for each given day that holds posts (today's catches up)."""
    if prefs.agenda_at is None:
        return []
    today = local_day(now, prefs.tz)
    return [
        ReminderSpec(
            key=f"agenda:{day.isoformat()}",
            kind=ReminderKind.AGENDA,
            due_at=local_at(day, prefs.agenda_at, prefs.tz),
            event_at=day_marker(day),
            catch_up=day == today,
        )
        for day, count in sorted(days.items())
        if count > 0
    ]


def derive(snapshot: Snapshot, prefs: ReminderPrefs, now: datetime) -> dict[str, ReminderSpec]:
    """Every reminder the snapshot calls for, by key."""
    specs: list[ReminderSpec] = []
    for post in snapshot.posts:
        specs += post_specs(post, prefs, now)
    for direction in snapshot.directions:
        specs += direction_specs(direction, prefs, now)
    specs += agenda_specs(snapshot.agenda_days, prefs, now)
    return {spec.key: spec for spec in specs}


def agenda_window(now: datetime, tz: ZoneInfo) -> tuple[date, date]:
    """The local days an agenda is prepared for: today and tomorrow."""
    today = local_day(now, tz)
    return today, today + timedelta(days=1)


def snooze_until(choice: str, now: datetime, tz: ZoneInfo) -> datetime:
    """When a reminder snoozed with `choice` comes back: in 10 minutes, in an hour,
    or tomorrow at 08:00 local time."""
    if choice == "10min":
        return now + timedelta(minutes=10)
    if choice == "1hour":
        return now + timedelta(hours=1)
    if choice == "tomorrow":
        return local_at(local_day(now, tz) + timedelta(days=1), SNOOZE_TOMORROW_AT, tz)
    raise ValidationError(code="invalid", detail=f"unknown snooze choice {choice!r}")
