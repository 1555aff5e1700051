"""`seed-demo`: the sample department, its photos, and the refusal to mix it into real data."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PIL import ExifTags, Image, ImageOps
from sqlalchemy import func, select

from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext, bootstrap
from sosmed_desktop.db.models import (
    Approval,
    AuditEntry,
    DataNote,
    Direction,
    MediaAsset,
    Post,
    Program,
    VariantMedia,
)
from sosmed_desktop.demo import seed as demo
from sosmed_desktop.demo.plan import plan_slots, plan_statuses
from sosmed_desktop.demo.seed import seed_demo
from sosmed_desktop.domain.statuses import (
    ApprovalDecision,
    DirectionChannel,
    DirectionStatus,
    PostStatus,
)
from sosmed_desktop.errors import ConflictError
from sosmed_desktop.imaging.samples import SAMPLES, write_sample_photos
from sosmed_desktop.services.check import run_check
from sosmed_desktop.services.profile import Profile, get_profile, save_profile
from tests.engines import folders_for

WIB = ZoneInfo("Asia/Jakarta")


def _count(ctx: AppContext, model: type) -> int:
    with ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model)) or 0


def _month_key(when: datetime) -> tuple[int, int]:
    local = when.astimezone(WIB)
    return local.year, local.month


def _demo_months(today: date) -> set[tuple[int, int]]:
    """The months a demo seeded `today` fills: the previous one, this one, and the next
    one when fewer than 14 days of this one are left."""
    previous = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
    ahead = today + timedelta(days=13)
    return {(d.year, d.month) for d in (previous, today, ahead)}


@dataclass
class Seeded:
    """A seeded data folder and the counts `seed_demo` reported."""

    ctx: AppContext
    counts: dict[str, int]


@pytest.fixture(scope="module")
def seeded(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Seeded]:
    """One seeded data folder shared by the tests that only read it (seeding takes ~2 s)."""
    folders = folders_for(request, tmp_path_factory.mktemp("demo"))
    context = bootstrap(folders.make())
    yield Seeded(context, seed_demo(context))
    context.dispose()
    folders.drop_all()


def test_seed_creates_posts_in_every_status_over_two_months(seeded: Seeded) -> None:
    with seeded.ctx.uow() as uow:
        posts = list(uow.session.scalars(select(Post)))
        assert seeded.counts["posts"] == len(posts)
        assert 38 <= len(posts) <= 45
        assert {p.status for p in posts} == {s.value for s in PostStatus}
        dated = [p.scheduled_at for p in posts if p.scheduled_at is not None]
        assert {_month_key(d) for d in dated} == _demo_months(clock.today(WIB))
        for when in dated:
            assert time(7) <= when.astimezone(WIB).time() <= time(20)
        for post in posts:
            assert post.variants, post.title
            assert post.master_caption


def test_captions_fit_each_platform(seeded: Seeded) -> None:
    with seeded.ctx.uow() as uow:
        for post in uow.session.scalars(select(Post)):
            for variant in post.variants:
                platform = variant.platform
                if platform.caption_limit:
                    assert len(variant.caption) <= platform.caption_limit, platform.code
                if platform.hashtag_limit:
                    hashtags = [w for w in variant.caption.split() if w.startswith("#")]
                    assert len(hashtags) <= platform.hashtag_limit, platform.code


def test_approvals_follow_the_status(seeded: Seeded) -> None:
    profile = None
    with seeded.ctx.uow() as uow:
        profile = get_profile(uow)
        now = clock.now()
        for post in uow.session.scalars(select(Post)):
            decisions = [a.decision for a in post.approvals]
            for approval in post.approvals:
                assert approval.reviewer_name == profile.head_name
                assert post.created_at <= approval.decided_at <= now
            if post.status in (PostStatus.APPROVED, PostStatus.PUBLISHED):
                assert decisions[-1] == ApprovalDecision.APPROVED
            if post.status == PostStatus.NEEDS_REVISION:
                assert decisions[-1] == ApprovalDecision.REVISION
                assert post.approvals[-1].note
            if post.status == PostStatus.PUBLISHED:
                assert post.published_url and post.published_url.startswith("https://")
                assert post.published_at is not None and post.published_at <= now
                assert post.approvals[-1].decided_at <= post.published_at
            if post.status in (PostStatus.IDEA, PostStatus.DRAFT, PostStatus.IN_REVIEW):
                assert post.published_at is None
    assert profile.officer_name == "Rina Marlina"
    assert profile.head_name == "dr. H. Ahmad Fauzi, M.Kes."


def test_photos_are_imported_with_camera_and_position(seeded: Seeded) -> None:
    assert seeded.counts["photos"] == len(SAMPLES) == 12
    with seeded.ctx.uow() as uow:
        assets = list(uow.session.scalars(select(MediaAsset)))
        assert len(assets) == 12
        for asset in assets:
            assert asset.camera
            assert asset.gps_lat is not None and -6.5 < asset.gps_lat < -6.0
            assert asset.gps_lon is not None and 106.9 < asset.gps_lon < 107.3
            assert asset.taken_at is not None
            assert asset.title and asset.tags
        portraits = [a for a in assets if a.height and a.width and a.height > a.width]
        assert len(portraits) >= 2
        assert uow.session.scalar(select(func.count(VariantMedia.id))) > 10


def test_directions_and_data_notes_exist_and_are_linked(seeded: Seeded) -> None:
    now = clock.now()
    with seeded.ctx.uow() as uow:
        directions = list(uow.session.scalars(select(Direction)))
        assert len(directions) >= 6
        assert {d.channel for d in directions} == {c.value for c in DirectionChannel}
        assert {d.status for d in directions} == {s.value for s in DirectionStatus}
        open_states = (DirectionStatus.NEW, DirectionStatus.IN_PROGRESS)
        overdue = [d for d in directions if d.due_at and d.due_at < now and d.status in open_states]
        assert overdue
        assert any(d.posts for d in directions)
        assert any(d.attachments for d in directions)
        notes = list(uow.session.scalars(select(DataNote)))
        assert len(notes) >= 8
        stale = clock.today(WIB) - timedelta(days=90)
        assert any(n.as_of and n.as_of < stale for n in notes)
        assert all(n.source for n in notes)
        assert any(p.data_notes for p in uow.session.scalars(select(Post)))
        assert len(list(uow.session.scalars(select(Program)))) >= 4
        actions = set(uow.session.scalars(select(AuditEntry.action)))
        assert {"created", "seeded"} <= actions


def test_second_seed_is_refused_and_adds_nothing(seeded: Seeded) -> None:
    before = {m: _count(seeded.ctx, m) for m in (Post, MediaAsset, Approval, AuditEntry, DataNote)}
    with pytest.raises(ConflictError) as info:
        seed_demo(seeded.ctx)
    assert info.value.code == "demo_not_empty"
    assert {m: _count(seeded.ctx, m) for m in before} == before


def test_check_passes_after_seeding(seeded: Seeded) -> None:
    report = run_check(seeded.ctx)
    assert report.ok, [f.detail for f in report.findings if not f.ok]


def test_existing_profile_is_kept(ctx: AppContext) -> None:
    mine = Profile("Budi Santoso", "Pranata Humas", "Dinas Perhubungan", "Dishub",
                   "Kabupaten Bekasi", "Ir. Siti Aminah", "Kepala Dinas Perhubungan")  # fmt: skip
    with ctx.uow() as uow:
        save_profile(uow, mine)
    seed_demo(ctx)
    with ctx.uow() as uow:
        assert get_profile(uow) == mine
        names = set(uow.session.scalars(select(Approval.reviewer_name)))
    assert names == {"Ir. Siti Aminah"}


def test_failure_leaves_no_half_written_rows_and_a_retry_works(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: object) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(demo._Seeder, "_directions", broken)
    with pytest.raises(RuntimeError):
        seed_demo(ctx)
    for model in (Post, Program, DataNote, Direction, Approval):
        assert _count(ctx, model) == 0, model.__name__
    monkeypatch.undo()
    counts = seed_demo(ctx)
    assert counts["posts"] == _count(ctx, Post)
    assert _count(ctx, MediaAsset) == 12


@pytest.mark.parametrize(
    "local_now",
    [
        datetime(2026, 1, 31, 23, 30),
        datetime(2026, 3, 1, 6, 0),
        datetime(2026, 2, 14, 12, 0),
        datetime(2026, 12, 30, 19, 0),
    ],
)
def test_every_status_appears_whatever_the_date(local_now: datetime) -> None:
    now = local_now.replace(tzinfo=WIB).astimezone(UTC)
    slots = plan_slots(now, WIB, 40, random.Random(1))
    statuses = plan_statuses(slots, now)
    assert set(statuses) == set(PostStatus)
    assert {_month_key(s) for s in slots} == _demo_months(local_now.date())
    for when, status in zip(slots, statuses, strict=True):
        if status is PostStatus.PUBLISHED:
            assert when <= now


@pytest.mark.sqlite_only("the demo's dates do not depend on the engine; seeding takes seconds")
@pytest.mark.parametrize(
    "local_now",
    [datetime(2026, 12, 31, 21, 0), datetime(2028, 2, 29, 8, 0), datetime(2027, 3, 1, 7, 0)],
)
def test_a_demo_seeded_on_any_day_has_every_status_and_an_agenda(
    ctx: AppContext, local_now: datetime
) -> None:
    from sosmed_desktop.services.posts import board

    clock.install(clock.StartingAt(local_now.replace(tzinfo=WIB)))
    seed_demo(ctx)
    today = clock.today(WIB)
    with ctx.uow() as uow:
        posts = list(uow.session.scalars(select(Post)))
        assert {p.status for p in posts} == {s.value for s in PostStatus}
        months = {_month_key(p.scheduled_at) for p in posts if p.scheduled_at is not None}
        assert months == _demo_months(today)
        last = max(p.scheduled_at for p in posts if p.scheduled_at is not None)
        assert last > clock.now() + timedelta(days=12)  # about two weeks of work ahead
        result = board.board(uow)
        assert result.approved or result.overdue
        assert result.waiting and result.needs_revision


def test_sample_photos_carry_phone_exif(tmp_path: Path) -> None:
    paths = write_sample_photos(tmp_path, today=date(2026, 5, 20))
    assert len(paths) == 12
    sideways = 0
    for path in paths:
        assert 60_000 < path.stat().st_size < 400_000
        with Image.open(path) as image:
            exif = image.getexif()
            assert exif[ExifTags.Base.Make]
            assert exif[ExifTags.Base.Model]
            taken = exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal]
            assert taken.startswith("2026:")
            gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
            assert gps[ExifTags.GPS.GPSLatitudeRef] == "S"
            assert gps[ExifTags.GPS.GPSLongitudeRef] == "E"
            assert float(gps[ExifTags.GPS.GPSLatitude][0]) == 6.0
            assert float(gps[ExifTags.GPS.GPSLongitude][0]) == 107.0
            if exif.get(ExifTags.Base.Orientation) == 6:
                sideways += 1
                assert image.width > image.height
                upright = ImageOps.exif_transpose(image)
                assert upright.height > upright.width
    assert sideways >= 1


def test_sample_photos_are_deterministic(tmp_path: Path) -> None:
    day = date(2026, 5, 20)
    first = write_sample_photos(tmp_path / "a", today=day)
    second = write_sample_photos(tmp_path / "b", today=day)
    assert [p.read_bytes() for p in first[:3]] == [p.read_bytes() for p in second[:3]]


def test_demo_approvals_are_bound_to_content_and_board_is_filled(seeded: Seeded) -> None:
    from sosmed_desktop.services.calendar.calendar import month_posts
    from sosmed_desktop.services.posts import board, snippets, workflow

    with seeded.ctx.uow() as uow:
        approved = list(
            uow.session.scalars(select(Post.id).where(Post.status == PostStatus.APPROVED))
        )
        assert approved
        for post_id in approved:
            assert workflow.assert_exportable(uow, post_id).content_hash
        in_review = uow.session.scalars(
            select(Post).where(Post.status == PostStatus.IN_REVIEW)
        ).first()
        assert in_review is not None and workflow.missing_checklist(in_review) == []
        result = board.board(uow)
        assert result.waiting or result.overdue
        assert result.needs_revision and all(c.comment for c in result.needs_revision)
        assert snippets.list_hashtag_groups(uow) and snippets.list_snippets(uow)
        today = clock.today(WIB)
        assert month_posts(uow, today.year, today.month, WIB)
    assert seeded.counts["hashtag groups"] == 5 and seeded.counts["caption snippets"] == 3


def test_no_demo_post_past_a_draft_breaks_a_rule(seeded: Seeded) -> None:
    """Reproduced (#14 item 4): approved Instagram, TikTok and YouTube posts had no media."""
    from sosmed_desktop.domain.content_checks import Severity
    from sosmed_desktop.services.posts.checks import findings_for_post

    past_draft = (PostStatus.IN_REVIEW, PostStatus.APPROVED, PostStatus.PUBLISHED)
    with seeded.ctx.uow() as uow:
        ids = list(uow.session.scalars(select(Post.id).where(Post.status.in_(past_draft))))
        errors = {
            post_id: [
                f.code for f in findings_for_post(uow, post_id) if f.severity is Severity.ERROR
            ]
            for post_id in ids
        }
    assert ids and not {post_id: codes for post_id, codes in errors.items() if codes}
