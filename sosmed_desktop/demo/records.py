"""The demo's records around its posts: programs, data notes, directions, photos' descriptions.

`DemoRecords` holds what every part of the seeding shares (the unit of work,
the clock, the random generator, the rows made so far) and writes the rows that
the posts refer to or that refer to the posts.  The posts themselves are in
`demo_posts`, the order of the whole in `demo._Seeder.run`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from sosmed_desktop.db.models import DataNote, Direction, MediaAsset, Platform, Post, Program, Tag
from sosmed_desktop.db.models_editorial import CaptionSnippet, HashtagGroup
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.demo.content import (
    DIRECTIONS,
    HASHTAG_GROUPS,
    NOTES,
    POSTS,
    PROGRAMS,
    SNIPPETS,
    SOCIAL_HANDLE,
)
from sosmed_desktop.demo.plan import local_time
from sosmed_desktop.domain.figures import MONTHS_ID
from sosmed_desktop.imaging.samples import SAMPLES
from sosmed_desktop.services import audit
from sosmed_desktop.services.posts import snippets

SEED = 1950  # the year Kabupaten Bekasi was founded; any fixed number would do


@dataclass
class DemoRecords:
    """The seeding's shared state, and every non-post row of the demo."""

    uow: UnitOfWork
    tz: ZoneInfo
    now: datetime
    media_ids: dict[str, int]
    rng: random.Random = field(default_factory=lambda: random.Random(SEED))
    counts: dict[str, int] = field(default_factory=dict)
    author_id: int | None = field(init=False, default=None)
    dept_id: int | None = field(init=False, default=None)
    head: tuple[str, str] = field(init=False, default=("", ""))
    handle: str = field(init=False, default=SOCIAL_HANDLE)
    platforms: dict[str, Platform] = field(init=False, default_factory=dict)
    tags: dict[str, Tag] = field(init=False, default_factory=dict)
    programs: dict[str, Program] = field(init=False, default_factory=dict)
    notes: dict[str, DataNote] = field(init=False, default_factory=dict)
    posts: dict[str, Post] = field(init=False, default_factory=dict)

    # --- helpers -------------------------------------------------------------------

    def _tag(self, name: str) -> Tag:
        if name not in self.tags:
            self.tags[name] = Tag(name=name)
        return self.tags[name]

    def _local(self, day: date, hour: int, minute: int = 0) -> datetime:
        return local_time(day, time(hour, minute), self.tz)

    def _between(self, start: datetime, end: datetime, low: float, high: float) -> datetime:
        return start + (end - start) * self.rng.uniform(low, high)

    # --- rows ----------------------------------------------------------------------

    def _programs(self) -> dict[str, Program]:
        session = self.uow.session
        existing = {p.name: p for p in session.scalars(select(Program))}
        programs = {}
        for seed in PROGRAMS:
            row = existing.get(seed.name)
            if row is None:
                row = Program(
                    name=seed.name,
                    colour=seed.colour,
                    description=seed.description,
                    department_id=self.dept_id,
                )
                session.add(row)
            programs[seed.key] = row
        session.flush()
        created = [row for row in programs.values() if row.name not in existing]
        for row in created:
            audit.record(self.uow, "program", row.id, "created", name=row.name)
        self.counts["programs"] = len(created)
        return programs

    def _notes(self) -> dict[str, DataNote]:
        today = self.now.astimezone(self.tz).date()
        notes = {}
        for seed in NOTES:
            as_of = today - timedelta(days=seed.as_of_days_ago)
            period = seed.period.format(
                year=as_of.year, prev_year=as_of.year - 1, month=MONTHS_ID[as_of.month - 1]
            )
            created = min(self._local(as_of + timedelta(days=2), 10), self.now)
            notes[seed.key] = DataNote(
                title=seed.title,
                value=seed.value,
                unit=seed.unit,
                period=period,
                as_of=as_of,
                source=seed.source,
                link=seed.link,
                department_id=self.dept_id,
                created_at=created,
                tags=[self._tag(t) for t in seed.tags],
            )
        self.uow.session.add_all(notes.values())
        self.uow.session.flush()
        for note in notes.values():
            audit.record(self.uow, "data_note", note.id, "created", title=note.title)
        self.counts["data notes"] = len(notes)
        return notes

    def _describe_media(self) -> None:
        """Give the imported photos a readable title and the tags of the posts using them."""
        for spec in SAMPLES:
            asset = self.uow.session.get(MediaAsset, self.media_ids[spec.key])
            if asset is None:
                continue
            asset.title = spec.title
            asset.description = spec.description
            names = {t for seed in POSTS if spec.key in seed.photos for t in seed.tags}
            asset.tags = sorted({*asset.tags, *(self._tag(n) for n in names)}, key=lambda t: t.name)

    def _library(self) -> None:
        """Sample hashtag groups and caption snippets, unless the officer has some."""
        session = self.uow.session
        groups = bodies = 0
        if session.scalar(select(func.count(HashtagGroup.id))) == 0:
            for position, (name, text) in enumerate(HASHTAG_GROUPS, start=1):
                tags = snippets.parse_hashtags(text)
                session.add(HashtagGroup(name=name, hashtags=" ".join(tags), position=position))
                groups += 1
        if session.scalar(select(func.count(CaptionSnippet.id))) == 0:
            for position, (name, body) in enumerate(SNIPPETS, start=1):
                session.add(CaptionSnippet(name=name, body=body, position=position))
                bodies += 1
        self.counts["hashtag groups"] = groups
        self.counts["caption snippets"] = bodies

    def _directions(self) -> None:
        today = self.now.astimezone(self.tz).date()
        rows = []
        for seed in DIRECTIONS:
            given = self._local(today - timedelta(days=seed.given_days_ago), 9, 30)
            due = (
                self._local(today + timedelta(days=seed.due_in_days), 16)
                if seed.due_in_days is not None
                else None
            )
            linked = [self.posts[k] for k in seed.posts if k in self.posts]
            row = Direction(
                given_by_name=seed.given_by_name,
                given_by_position=seed.given_by_position,
                given_at=given,
                channel=seed.channel.value,
                content=seed.content,
                priority=seed.priority.value,
                due_at=due,
                program=self.programs.get(seed.program) if seed.program else None,
                department_id=self.dept_id,
                status=seed.status.value,
                created_at=given,
                updated_at=self._between(given, self.now, 0.1, 0.6),
                posts=linked,
                attachments=[
                    self.uow.session.get_one(MediaAsset, self.media_ids[k])
                    for k in seed.attachments
                ],
            )
            rows.append(row)
        self.uow.session.add_all(rows)
        self.uow.session.flush()
        for row in rows:
            audit.record(self.uow, "direction", row.id, "created", channel=row.channel)
        self.counts["directions"] = len(rows)
