"""Calendar queries (month, week, agenda, filters, overdue) and the approval board."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.domain.statuses import PostStatus
from sosmed_desktop.services import audit
from sosmed_desktop.services.calendar import calendar
from sosmed_desktop.services.calendar.calendar import CalendarFilter
from sosmed_desktop.services.posts import board, posts, workflow
from sosmed_desktop.services.posts.data import PostInput
from tests.unit.posting import WIB, add_photo, add_program, post_input, set_profile

HEAD = ("dr. Ahmad Fauzi", "Kepala Dinas Kesehatan")


@pytest.fixture
def month(ctx: AppContext, tmp_path: Path) -> dict[str, int]:
    """Posts in December 2026 (WIB) on several platforms, programs and tags."""
    set_profile(ctx)
    photo = add_photo(ctx, tmp_path / "in", 1080, 1350)
    gizi = add_program(ctx, "Gizi", "#f97316")
    imun = add_program(ctx, "Imunisasi", "#2563eb")
    plan = {
        "first": (datetime(2026, 12, 1, 0, 30, tzinfo=WIB), ("instagram",), gizi, ("gizi",)),
        "mid": (datetime(2026, 12, 15, 9, tzinfo=WIB), ("facebook", "x"), imun, ("Imunisasi",)),
        "last": (datetime(2026, 12, 31, 23, 30, tzinfo=WIB), ("instagram", "x"), None, ()),
        "next": (datetime(2027, 1, 1, 0, 0, tzinfo=WIB), ("instagram",), gizi, ("gizi",)),
        "prev": (datetime(2026, 11, 30, 23, 59, tzinfo=WIB), ("instagram",), gizi, ()),
    }
    ids = {}
    with ctx.uow() as uow:
        for key, (when, platforms, program, tags) in plan.items():
            data = post_input((photo,), title=key, when=when, platforms=platforms,
                              program_id=program, tags=tags)  # fmt: skip
            ids[key] = posts.create_post(uow, data).id
        idea = PostInput(**{**post_input(title="idea").__dict__, "scheduled_at": None})
        ids["idea"] = posts.create_post(uow, idea, status=PostStatus.IDEA).id
    ids["gizi"], ids["imun"] = gizi, imun
    return ids


def _titles(rows: list[calendar.PostRow]) -> list[str]:
    return [r.title for r in rows]


def test_month_uses_local_time_and_order(ctx: AppContext, month: dict[str, int]) -> None:
    with ctx.uow() as uow:
        rows = calendar.month_posts(uow, 2026, 12, WIB)
    assert _titles(rows) == ["first", "mid", "last"]
    mid = rows[1]
    assert mid.platforms == ("facebook", "x")
    assert (mid.program, mid.program_colour, mid.program_id) == (
        "Imunisasi",
        "#2563eb",
        month["imun"],
    )
    assert mid.tags == ("Imunisasi",) and mid.version == 1
    assert rows[2].program == "" and rows[2].program_colour == ""


def test_week_and_agenda(ctx: AppContext, month: dict[str, int]) -> None:
    with ctx.uow() as uow:
        # The week of Wednesday 2 December: Monday 30 November to Sunday 6 December.
        week_start, week_end = calendar.week_bounds(date(2026, 12, 2), WIB)
        week = calendar.posts_between(uow, week_start, week_end)
        assert _titles(week) == ["prev", "first"]
        start = datetime(2026, 12, 31, tzinfo=WIB)
        assert _titles(calendar.agenda(uow, start, days=2)) == ["last", "next"]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (CalendarFilter(platforms=frozenset({"x"})), ["mid", "last"]),
        (CalendarFilter(platforms=frozenset({"x", "instagram"})), ["first", "mid", "last"]),
        (CalendarFilter(tags=frozenset({"#GIZI"})), ["first"]),
        (CalendarFilter(program_ids=frozenset({None})), ["last"]),
        (CalendarFilter(statuses=frozenset({"disetujui"})), []),
        (CalendarFilter(platforms=frozenset({"x"}), tags=frozenset({"imunisasi"})), ["mid"]),
    ],
)
def test_filters(
    ctx: AppContext, month: dict[str, int], filters: CalendarFilter, expected: list[str]
) -> None:
    with ctx.uow() as uow:
        assert _titles(calendar.month_posts(uow, 2026, 12, WIB, filters)) == expected


def test_program_filter_and_legend(ctx: AppContext, month: dict[str, int]) -> None:
    only_gizi = CalendarFilter(program_ids=frozenset({month["gizi"]}))
    with ctx.uow() as uow:
        assert _titles(calendar.month_posts(uow, 2026, 12, WIB, only_gizi)) == ["first"]
        assert [e.name for e in calendar.legend(uow)] == ["Gizi", "Imunisasi"]
        assert calendar.tag_names(uow) == ["balita", "gizi", "Imunisasi", "posyandu"]


def test_trash_is_hidden_and_overdue_is_flagged(ctx: AppContext, month: dict[str, int]) -> None:
    with ctx.uow() as uow:
        posts.trash_post(uow, month["mid"])
    after = datetime(2026, 12, 20, tzinfo=UTC)
    start, end = calendar.month_bounds(2026, 12, WIB)
    with ctx.uow() as uow:
        rows = calendar.posts_between(uow, start, end, now=after)
    assert _titles(rows) == ["first", "last"]
    assert [r.overdue for r in rows] == [True, False]


def test_board_groups(ctx: AppContext, tmp_path: Path) -> None:
    set_profile(ctx)
    photo = add_photo(ctx, tmp_path / "in", 1080, 1080)
    future = clock.now() + timedelta(days=3)
    past = clock.now() - timedelta(days=1)
    ids = {}
    with ctx.uow() as uow:
        keys = ("draft", "waiting", "revision", "approved", "exported", "late", "done", "changed")
        for key in keys:
            when = past if key == "late" else future
            ids[key] = posts.create_post(uow, post_input((photo,), title=key, when=when)).id
        for key in keys[1:]:
            workflow.submit_for_review(uow, ids[key], allow_past=key == "late")
        workflow.request_revision(uow, ids["revision"], *HEAD, "Foto kurang terang")
        for key in ("approved", "exported", "done", "changed"):
            workflow.approve(uow, ids[key], *HEAD)
        workflow.mark_published(uow, ids["done"], clock.now())
        audit.record(uow, "post", ids["exported"], board.EXPORTED_ACTION, file="paket.zip")
        uow.commit()
    with ctx.uow() as uow:
        approved = posts.get_post(uow, ids["changed"])
        cropped = replace(approved.to_input(), variants=approved.to_input().variants[:1])
        posts.update_post(uow, ids["changed"], cropped, approved.version)
    with ctx.uow() as uow:
        result = board.board(uow)
    assert [c.post.title for c in result.drafts] == ["draft"]
    assert [c.post.title for c in result.waiting] == ["waiting"]
    [changed] = result.reapproval
    assert changed.post.title == "changed"
    assert [(c.kind, c.platform) for c in changed.changes] == [("platform_removed", "facebook")]
    assert [c.post.title for c in result.approved] == ["approved"]
    assert [c.post.title for c in result.overdue] == ["late"]
    assert result.overdue[0].post.status == PostStatus.IN_REVIEW
    [revision] = result.needs_revision
    assert revision.comment == "Foto kurang terang" and revision.reviewer_name == HEAD[0]
    with ctx.uow() as uow:
        filtered = board.board(uow, CalendarFilter(statuses=frozenset({"perlu_revisi"})))
    assert [c.post.title for c in filtered.needs_revision] == ["revision"]
    assert filtered.waiting == [] and filtered.overdue == []
