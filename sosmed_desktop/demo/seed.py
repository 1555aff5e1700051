"""`seed-demo`: fill an empty data folder with a realistic sample department.

A new officer (and every screenshot, test and benchmark) needs a calendar that
looks like real work: posts in every status on several platforms, past and ahead,
approvals by the head of department, directions from leadership, data notes
with their sources and phone photos with GPS in their metadata.  Everything is
placed relative to today (from the start of the previous month to at least two
weeks ahead, local office hours; `demo_plan`) and
drawn from a seeded random generator, so two runs on the same day agree.

The photos are imported first (each import commits; files are deduplicated by
hash, so a retry reuses them); every other row is written in one transaction,
so a failure leaves no half-seeded calendar behind.  The words are in
`demo_content`, the dates and statuses in `demo_plan`, the rows in
`demo_records` and `demo_posts`; this module puts them in order.
"""

from __future__ import annotations

import re
import tempfile
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import Platform, Post, Tag
from sosmed_desktop.db.types import utcnow
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.demo.content import DEMO_PROFILE, REGENCY_PLACES, SOCIAL_HANDLE
from sosmed_desktop.demo.posts import DemoPosts
from sosmed_desktop.errors import ConflictError
from sosmed_desktop.imaging.samples import SAMPLES, write_sample_photos
from sosmed_desktop.services import audit, profile
from sosmed_desktop.services.media import media
from sosmed_desktop.services.posts import spelling
from sosmed_desktop.wording import count


def seed_demo(ctx: AppContext) -> dict[str, int]:
    """Seed the sample department (and its places in the spelling word list); return how
    many of each thing were created.

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
    with ctx.uow() as uow:
        spelling.add_words(uow, list(REGENCY_PLACES), kind="place")
    return counts


def _refuse_if_not_empty(uow: UnitOfWork) -> None:
    posts = uow.session.scalar(select(func.count(Post.id))) or 0
    if posts:
        raise ConflictError(
            code="demo_not_empty",
            detail=f"the database already has {count(posts, 'post')}; sample data is only added "
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


class _Seeder(DemoPosts):
    """Builds every non-media row of the demo inside one unit of work."""

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
