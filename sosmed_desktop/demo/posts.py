"""The demo's posts: platform variants with photos, the head's decisions and the uploads.

Which day and status each post gets is planned in `demo_plan`; this turns the
plan into rows, with every approval taken on the content as it stands.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sosmed_desktop.db.models import Approval, Platform, Post, PostVariant, VariantMedia
from sosmed_desktop.demo.content import (
    APPROVAL_NOTES,
    DIRECTIONS,
    PLATFORM_SETS,
    POSTS,
    PROGRAMS,
    REVISION_NOTES,
    PostSeed,
    caption_for,
    hashtags_for,
    published_url,
)
from sosmed_desktop.demo.plan import assign_slots, local_time, plan_slots, plan_statuses
from sosmed_desktop.demo.records import DemoRecords
from sosmed_desktop.domain.content_checks import CHECKLIST_CODES
from sosmed_desktop.domain.statuses import ApprovalDecision, DirectionStatus, PostStatus
from sosmed_desktop.imaging.samples import SAMPLES
from sosmed_desktop.services import audit
from sosmed_desktop.services.posts.data import approval_record


class DemoPosts(DemoRecords):
    """Adds the posts (after the programs and data notes they refer to)."""

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
            digest, snapshot = approval_record(self.uow.session, post)
            for approval in post.approvals:
                approval.content_hash = digest
                approval.content = snapshot
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
            taken = local_time(day, spec.taken, self.tz)
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
        photos = seed.photos or _program_photo(seed.program)
        if not photos:  # a text post does not go where only photos and videos are shown
            codes = [c for c in codes if not self.platforms[c].requires_media]
        codes = codes or [c for c in self.platforms if not self.platforms[c].requires_media][:1]
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
            platform = self.platforms[code]
            shown = photos if platform.requires_media else seed.photos
            post.variants.append(self._variant(platform, seed, post, hashtags, shown))
        post.updated_at = self._decide(index, post, status, when, created)
        self.uow.session.add(post)
        return post

    def _variant(
        self,
        platform: Platform,
        seed: PostSeed,
        post: Post,
        tags: list[str],
        photos: tuple[str, ...],
    ) -> PostVariant:
        caption = caption_for(platform.code, seed, tags)
        variant = PostVariant(
            platform=platform, caption=caption, follows_master=caption == post.master_caption
        )
        photos = photos[: platform.max_images] if platform.max_images else photos
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


def _program_photo(program: str | None) -> tuple[str, ...]:
    """A photo of the same program, for a text post that also goes where only photos and
    videos are shown (Instagram, TikTok): none when the program has no photo."""
    if program is None:
        return ()
    return next((seed.photos[:1] for seed in POSTS if seed.program == program and seed.photos), ())
