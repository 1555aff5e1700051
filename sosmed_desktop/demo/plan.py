"""When the demo's posts go out and in which status, relative to the day it is seeded.

The demo must look like real work on whatever day it is seeded: uploaded
history in the previous month, a pipeline of posts in every stage ahead.  These
are plain functions of the clock and a seeded random generator, kept apart from
the rows (`demo_posts`) so that the calendar's shape can be tested on any date.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sosmed_desktop.demo.content import PostSeed
from sosmed_desktop.domain.statuses import PostStatus

MIN_UPCOMING = 10
MIN_AHEAD = timedelta(days=14)
POST_HOURS = (7, 8, 9, 10, 11, 12, 13, 15, 16, 18, 19)  # with minutes <= 45: 07:00-19:45
FUTURE_CYCLE = (
    PostStatus.APPROVED,
    PostStatus.IN_REVIEW,
    PostStatus.DRAFT,
    PostStatus.NEEDS_REVISION,
    PostStatus.APPROVED,
    PostStatus.DRAFT,
    PostStatus.IDEA,
    PostStatus.IN_REVIEW,
    PostStatus.DRAFT,
    PostStatus.IDEA,
)


def local_time(day: date, clock: time, tz: ZoneInfo) -> datetime:
    """`clock` on `day` in the office's zone, as an aware UTC time."""
    return datetime.combine(day, clock, tzinfo=tz).astimezone(UTC)


def plan_slots(now: datetime, tz: ZoneInfo, count: int, rng: random.Random) -> list[datetime]:
    """`count` post times (UTC) in office hours from the start of the previous month.

    The days before today hold the uploaded history; today and the rest of the
    month hold the work in progress, at least `MIN_UPCOMING` posts (at most three
    a day).  Near the end of a month the work in progress runs on into the next
    one (at least `MIN_AHEAD` days), so the demo shows a pipeline on any date.
    """
    today = now.astimezone(tz).date()
    first = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
    next_month = (today.replace(day=28) + timedelta(days=4)).replace(day=1)
    after = max(next_month, today + MIN_AHEAD)
    past_days, future_days = (today - first).days, (after - today).days
    upcoming = round(count * future_days / (past_days + future_days))
    upcoming = min(count, max(upcoming, min(MIN_UPCOMING, 3 * future_days)))
    days = _spread(first, past_days, count - upcoming, rng)
    days += _spread(today, future_days, upcoming, rng)
    slots = []
    for day in days:
        clock = time(rng.choice(POST_HOURS), rng.choice((0, 15, 30, 45)))
        slots.append(local_time(day, clock, tz))
    return sorted(slots)


def _spread(start: date, days: int, count: int, rng: random.Random) -> list[date]:
    """`count` dates spread evenly, with some jitter, over `days` days from `start`."""
    return [
        start + timedelta(days=min(days - 1, int((i + rng.random() * 0.9) * days / count)))
        for i in range(count)
    ]


def assign_slots(
    seeds: list[PostSeed], slots: list[datetime], not_before: dict[str, datetime]
) -> list[PostSeed]:
    """Order `seeds` to match the sorted `slots`; a post with a photo or a direction
    behind it gets the first free slot after the photo was taken or the direction given.
    """
    free = list(range(len(slots)))
    placed: dict[int, PostSeed] = {}
    waiting = sorted((s for s in seeds if s.key in not_before), key=lambda s: not_before[s.key])
    for seed in reversed(waiting):
        later = [i for i in free if slots[i] >= not_before[seed.key]]
        index = later[0] if later else free[-1]
        free.remove(index)
        placed[index] = seed
    rest = iter(s for s in seeds if s.key not in not_before)
    for index in free:
        placed[index] = next(rest)
    return [placed[i] for i in range(len(slots))]


def plan_statuses(slots: list[datetime], now: datetime) -> list[PostStatus]:
    """A status per slot: the past mostly uploaded, the future in every stage of work.

    Whatever the day of the month, every status appears at least once (a status
    that only fits the future may land on a recent past post: an overdue one).
    """
    statuses: list[PostStatus] = []
    upcoming = 0
    for index, when in enumerate(slots):
        if when <= now:
            statuses.append(PostStatus.ARCHIVED if index % 8 == 5 else PostStatus.PUBLISHED)
        else:
            statuses.append(FUTURE_CYCLE[upcoming % len(FUTURE_CYCLE)])
            upcoming += 1
    past = sum(1 for when in slots if when <= now)
    if past:
        statuses[past - 1] = PostStatus.APPROVED  # approved, waiting to be uploaded
    by_closeness = sorted(range(len(slots)), key=lambda i: abs(slots[i] - now))
    for wanted in PostStatus:
        if wanted in statuses:
            continue
        for i in by_closeness:
            fits = wanted is not PostStatus.PUBLISHED or slots[i] <= now
            if fits and statuses.count(statuses[i]) > 1:
                statuses[i] = wanted
                break
    return statuses
