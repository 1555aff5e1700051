"""`seed-demo`: fill an empty data folder with a realistic sample department.

A new officer (and every screenshot, test and benchmark) needs a calendar that
looks like real work: two months of posts in every status on several platforms,
approvals by the head of department, directions from leadership, data notes
with their sources and phone photos with GPS in their metadata.  Everything is
placed relative to today (previous and current month, local office hours) and
drawn from a seeded random generator, so two runs on the same day agree.

The photos are imported first (each import commits; files are deduplicated by
hash, so a retry reuses them); every other row is written in one transaction,
so a failure leaves no half-seeded calendar behind.
"""

from __future__ import annotations

import random
import re
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import (
    Approval,
    DataNote,
    Direction,
    MediaAsset,
    Platform,
    Post,
    PostVariant,
    Program,
    Tag,
    VariantMedia,
)
from sosmed_desktop.db.models_editorial import CaptionSnippet, HashtagGroup
from sosmed_desktop.db.types import utcnow
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.content_checks import CHECKLIST_CODES
from sosmed_desktop.domain.figures import MONTHS_ID
from sosmed_desktop.domain.statuses import ApprovalDecision, DirectionStatus, PostStatus
from sosmed_desktop.errors import ConflictError
from sosmed_desktop.imaging.samples import SAMPLES, write_sample_photos
from sosmed_desktop.services import audit, library, media, profile
from sosmed_desktop.services.demo_content import (
    APPROVAL_NOTES,
    DEMO_PROFILE,
    DIRECTIONS,
    HASHTAG_GROUPS,
    NOTES,
    PLATFORM_SETS,
    POSTS,
    PROGRAMS,
    REVISION_NOTES,
    SNIPPETS,
    SOCIAL_HANDLE,
    PostSeed,
    caption_for,
    hashtags_for,
    published_url,
)
from sosmed_desktop.services.post_data import content_hash

SEED = 1950  # the year Kabupaten Bekasi was founded; any fixed number would do
MIN_UPCOMING = 10
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


def seed_demo(ctx: AppContext) -> dict[str, int]:
    """Seed the sample department; return how many of each thing were created.

    Refuses with `ConflictError(code="demo_not_empty")` when posts already exist:
    the demo is for an empty data folder, never mixed into real work.
    """
    with ctx.uow() as uow:
        _refuse_if_not_empty(uow)
        if not profile.get_profile(uow).complete:
            profile.save_profile(uow, DEMO_PROFILE)
            ctx.user_name = DEMO_PROFILE.officer_name
    tz = ctx.config.tz
    now = utcnow()
    media_ids = _import_photos(ctx, now.astimezone(tz).date())
    with ctx.uow() as uow:
        _refuse_if_not_empty(uow)
        seeder = _Seeder(uow, tz, now, media_ids)
        counts = seeder.run()
        audit.record(uow, "database", None, "seeded", **counts)
        uow.commit()
    return counts


def _refuse_if_not_empty(uow: UnitOfWork) -> None:
    posts = uow.session.scalar(select(func.count(Post.id))) or 0
    if posts:
        raise ConflictError(
            code="demo_not_empty",
            detail=f"the database already has {posts} posts; sample data is only added "
            "to an empty data folder",
        )


def _import_photos(ctx: AppContext, today: date) -> dict[str, int]:
    """Draw the sample photos into a temporary folder and import them; key -> media id."""
    ids: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="sosmed-demo-") as tmp:
        paths = write_sample_photos(Path(tmp), today=today)
        with ctx.uow() as uow:
            for spec, path in zip(SAMPLES, paths, strict=True):
                ids[spec.key] = media.import_file(ctx.config, uow, path).media_id
    return ids


def plan_slots(now: datetime, tz: ZoneInfo, count: int, rng: random.Random) -> list[datetime]:
    """`count` post times (UTC) in office hours over the previous and the current month.

    The days before today hold the uploaded history; today and the rest of the
    month hold the work in progress, at least `MIN_UPCOMING` posts (at most three
    a day) while the month has days left, so the demo shows a pipeline on any date.
    """
    today = now.astimezone(tz).date()
    first = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
    after = (today.replace(day=28) + timedelta(days=4)).replace(day=1)
    past_days, future_days = (today - first).days, (after - today).days
    upcoming = round(count * future_days / (past_days + future_days))
    upcoming = min(count, max(upcoming, min(MIN_UPCOMING, 3 * future_days)))
    days = _spread(first, past_days, count - upcoming, rng)
    days += _spread(today, future_days, upcoming, rng)
    slots = []
    for day in days:
        clock = time(rng.choice(POST_HOURS), rng.choice((0, 15, 30, 45)))
        slots.append(datetime.combine(day, clock, tzinfo=tz).astimezone(UTC))
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


@dataclass
class _Seeder:
    """Builds every non-media row of the demo inside one unit of work."""

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

    def run(self) -> dict[str, int]:
        session = self.uow.session
        user = profile.current_user(self.uow)
        self.author_id = user.id if user else None
        dept = user.department if user else None
        self.dept_id = dept.id if dept else None
        self.head = (
            (dept.head_name, dept.head_position)
            if dept and dept.head_name
            else (DEMO_PROFILE.head_name, DEMO_PROFILE.head_position)
        )
        short = dept.short_name if dept else ""
        self.handle = (
            SOCIAL_HANDLE
            if not dept or dept.name == DEMO_PROFILE.department_name
            else re.sub(r"[^a-z0-9]", "", (short or dept.name).lower())
        )
        self.platforms = {
            p.code: p
            for p in session.scalars(
                select(Platform).where(Platform.enabled.is_(True)).order_by(Platform.position)
            )
        }
        self.tags = {t.name: t for t in session.scalars(select(Tag))}
        self.programs = self._programs()
        self.notes = self._notes()
        self.posts = self._posts()
        self._describe_media()
        self._directions()
        self._library()
        self.counts["tags"] = len(self.tags)
        self.counts["photos"] = len(self.media_ids)
        return self.counts

    # --- helpers -------------------------------------------------------------------

    def _tag(self, name: str) -> Tag:
        if name not in self.tags:
            self.tags[name] = Tag(name=name)
        return self.tags[name]

    def _local(self, day: date, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(day, time(hour, minute), tzinfo=self.tz).astimezone(UTC)

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

    def _posts(self) -> dict[str, Post]:
        dated = [seed for seed in POSTS if seed.scheduled]
        self.rng.shuffle(dated)
        slots = plan_slots(self.now, self.tz, len(dated), self.rng)
        dated = assign_slots(dated, slots, self._not_before())
        statuses = plan_statuses(slots, self.now)
        # What a finished direction asked for is online already.
        done = {k for d in DIRECTIONS if d.status is DirectionStatus.DONE for k in d.posts}
        for i, seed in enumerate(dated):
            if (
                seed.key in done
                and slots[i] <= self.now
                and statuses[i] is not PostStatus.PUBLISHED
            ):
                other = statuses.index(PostStatus.PUBLISHED)
                statuses[i], statuses[other] = statuses[other], statuses[i]
        plan = [*zip(dated, slots, statuses, strict=True)]
        plan += [(seed, None, PostStatus.IDEA) for seed in POSTS if not seed.scheduled]
        posts = {}
        for index, (seed, when, status) in enumerate(plan):
            posts[seed.key] = self._post(index, seed, when, status)
        self.uow.session.flush()
        for post in posts.values():
            # Every decision of the demo was taken on the content as it stands.
            digest = content_hash(self.uow, post)
            for approval in post.approvals:
                approval.content_hash = digest
            audit.record(self.uow, "post", post.id, "created", title=post.title, status=post.status)
        self.counts["posts"] = len(posts)
        self.counts["platform variants"] = sum(len(p.variants) for p in posts.values())
        self.counts["approvals"] = sum(len(p.approvals) for p in posts.values())
        return posts

    def _not_before(self) -> dict[str, datetime]:
        """Per post key: the latest time its photos were taken or its directions given."""
        today = self.now.astimezone(self.tz).date()
        events: dict[str, list[datetime]] = {}
        for spec in SAMPLES:
            day = today - timedelta(days=spec.days_ago)
            taken = datetime.combine(day, spec.taken, tzinfo=self.tz).astimezone(UTC)
            for seed in POSTS:
                if spec.key in seed.photos:
                    events.setdefault(seed.key, []).append(taken)
        for direction in DIRECTIONS:
            given = self._local(today - timedelta(days=direction.given_days_ago), 9, 30)
            for key in direction.posts:
                events.setdefault(key, []).append(given)
        return {key: max(times) for key, times in events.items()}

    def _post(self, index: int, seed: PostSeed, when: datetime | None, status: PostStatus) -> Post:
        program = self.programs.get(seed.program) if seed.program else None
        program_tag = next((p.hashtag for p in PROGRAMS if p.key == seed.program), None)
        hashtags = hashtags_for(seed, program_tag)
        codes = [c for c in PLATFORM_SETS[index % len(PLATFORM_SETS)] if c in self.platforms]
        codes = codes or list(self.platforms)[:1]
        if when is None:
            created = self.now - timedelta(days=self.rng.randint(1, 20), hours=3)
        else:
            lead = timedelta(days=self.rng.randint(3, 10), hours=self.rng.randint(0, 6))
            created = min(when - lead, self.now - timedelta(hours=2))
        post = Post(
            title=seed.title,
            status=status.value,
            scheduled_at=when,
            master_caption=caption_for("instagram", seed, hashtags),
            program=program,
            author_id=self.author_id,
            department_id=self.dept_id,
            created_at=created,
            tags=[self._tag(t) for t in seed.tags],
            data_notes=[self.notes[k] for k in seed.notes],
            # Everything past a draft went through the submit step: the checklist is ticked.
            checklist=[]
            if status in (PostStatus.IDEA, PostStatus.DRAFT)
            else sorted(CHECKLIST_CODES),
        )
        for code in codes:
            post.variants.append(self._variant(self.platforms[code], seed, post, hashtags))
        post.updated_at = self._decide(index, post, status, when, created)
        self.uow.session.add(post)
        return post

    def _variant(
        self, platform: Platform, seed: PostSeed, post: Post, tags: list[str]
    ) -> PostVariant:
        caption = caption_for(platform.code, seed, tags)
        variant = PostVariant(
            platform=platform, caption=caption, follows_master=caption == post.master_caption
        )
        photos = seed.photos[: platform.max_images] if platform.max_images else seed.photos
        for position, key in enumerate(photos):
            variant.media.append(
                VariantMedia(media_id=self.media_ids[key], position=position, recipe={})
            )
        return variant

    def _decide(
        self, index: int, post: Post, status: PostStatus, when: datetime | None, created: datetime
    ) -> datetime:
        """Add the head's decisions and the upload; return when the post last changed."""
        end = min(when, self.now) if when else self.now
        uploaded = status is PostStatus.PUBLISHED or (
            status is PostStatus.ARCHIVED and index % 2 == 0
        )
        approved = uploaded or status is PostStatus.APPROVED
        last = created
        if status is PostStatus.NEEDS_REVISION or (approved and index % 4 == 1):
            last = self._between(created, end, 0.2, 0.45)
            note = REVISION_NOTES[index % len(REVISION_NOTES)]
            post.approvals.append(self._approval(ApprovalDecision.REVISION, last, note))
        if approved:
            last = self._between(last, end, 0.5, 0.9)
            note = APPROVAL_NOTES[index % len(APPROVAL_NOTES)]
            post.approvals.append(self._approval(ApprovalDecision.APPROVED, last, note))
        if uploaded and when is not None:
            post.published_at = min(when + timedelta(minutes=self.rng.randint(1, 20)), self.now)
            post.published_url = published_url(
                post.variants[0].platform.code, self.handle, self.rng
            )
            last = post.published_at
        if status is PostStatus.ARCHIVED:
            last = self._between(last, self.now, 0.3, 0.9)
        return last

    def _approval(self, decision: str, at: datetime, note: str) -> Approval:
        name, position = self.head
        return Approval(
            decision=decision,
            reviewer_name=name,
            reviewer_position=position,
            decided_at=at,
            note=note,
            content_hash="",
        )

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
        groups = snippets = 0
        if session.scalar(select(func.count(HashtagGroup.id))) == 0:
            for position, (name, text) in enumerate(HASHTAG_GROUPS, start=1):
                tags = library.parse_hashtags(text)
                session.add(HashtagGroup(name=name, hashtags=" ".join(tags), position=position))
                groups += 1
        if session.scalar(select(func.count(CaptionSnippet.id))) == 0:
            for position, (name, body) in enumerate(SNIPPETS, start=1):
                session.add(CaptionSnippet(name=name, body=body, position=position))
                snippets += 1
        self.counts["hashtag groups"] = groups
        self.counts["caption snippets"] = snippets

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
