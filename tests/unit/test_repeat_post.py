"""Repeating a saved post: it becomes the first occurrence, draft copies follow; bad rules
write nothing; undo moves the copies to the trash and redo brings them back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import Post
from sosmed_desktop.domain.recurrence import (
    MAX_OCCURRENCES,
    Frequency,
    Recurrence,
    repeat_times,
)
from sosmed_desktop.domain.statuses import PostStatus
from sosmed_desktop.errors import ConflictError, StaleError, ValidationError
from sosmed_desktop.services import audit
from sosmed_desktop.services.posts import posts, recurrence
from tests.unit.posting import WIB, count, post_input, set_profile, snapshot

FIRST = datetime(2026, 12, 4, 7, 0, tzinfo=WIB)


def _saved(ctx: AppContext, when: datetime | None = FIRST) -> int:
    set_profile(ctx)
    with ctx.uow() as uow:
        data = replace(post_input(title="Jumat Sehat"), scheduled_at=when)
        return posts.create_post(uow, data).id


def test_repeat_times_needs_at_least_two() -> None:
    assert len(repeat_times(FIRST, Recurrence(Frequency.WEEKLY, count=2))) == 2
    for rule in (
        Recurrence(Frequency.WEEKLY, count=0),
        Recurrence(Frequency.WEEKLY, count=1),
        Recurrence(Frequency.MONTHLY, until=date(2026, 12, 31)),  # only the first fits
    ):
        with pytest.raises(ValidationError) as info:
            repeat_times(FIRST, rule)
        assert info.value.code == "series_too_short"
        assert info.value.params["minimum"] == 2
    with pytest.raises(ValidationError) as info:
        repeat_times(FIRST, Recurrence(Frequency.WEEKLY, until=date(2026, 11, 1)))
    assert info.value.code == "series_end_before_start"


def test_repeat_makes_the_post_the_first_of_a_series(ctx: AppContext) -> None:
    post_id = _saved(ctx)
    with ctx.uow() as uow:
        version = posts.get_post(uow, post_id).version
        result = recurrence.repeat_post(
            uow, post_id, Recurrence(Frequency.WEEKLY, interval=2, count=4), WIB, version
        )
    assert len(result.created_ids) == 3
    assert result.source.series_uuid == result.series_uuid
    assert result.source.version > version
    with ctx.uow() as uow:
        rows = recurrence.series_posts(uow, result.series_uuid)
        copies = [posts.get_post(uow, i) for i in result.created_ids]
        history = audit.post_history(uow, result.created_ids[0])
        started = audit.post_history(uow, post_id)[-1]
    assert [r.id for r in rows] == [post_id, *result.created_ids]
    local = [r.scheduled_at.astimezone(WIB) for r in rows]
    assert [t.date() for t in local] == [date(2026, 12, 4), date(2026, 12, 18),
                                         date(2027, 1, 1), date(2027, 1, 15)]  # fmt: skip
    assert {(t.hour, t.minute) for t in local} == {(7, 0)}
    assert {c.status for c in copies} == {PostStatus.DRAFT.value}
    assert {c.title for c in copies} == {"Jumat Sehat"}
    assert all(c.checklist == () for c in copies), "each occurrence is confirmed on its own"
    assert copies[0].master_caption == post_input().master_caption
    assert history[0].details["occurrence"] == 2 and history[0].details["from_post"] == post_id
    assert started.action == "series_started" and started.details["count"] == 4


def test_repeat_refusals_write_nothing(ctx: AppContext) -> None:
    post_id = _saved(ctx)
    undated = _saved(ctx, when=None)
    before = snapshot(ctx)
    weekly = Recurrence(Frequency.WEEKLY, count=3)
    cases = [
        (undated, weekly, None, "series_needs_date"),
        (post_id, Recurrence(Frequency.WEEKLY, count=0), None, "series_too_short"),
        (post_id, Recurrence(Frequency.WEEKLY, count=MAX_OCCURRENCES + 1), None, "series_too_long"),
        (post_id, Recurrence(Frequency.WEEKLY, until=date(2026, 1, 1)), None,
         "series_end_before_start"),
        (post_id, weekly, 99, "post_stale"),
    ]  # fmt: skip
    for target, rule, version, code in cases:
        with ctx.uow() as uow, pytest.raises((ValidationError, StaleError)) as info:
            recurrence.repeat_post(uow, target, rule, WIB, version)
        assert info.value.code == code
    assert snapshot(ctx) == before
    assert count(ctx, Post) == 2


def test_a_post_in_a_series_is_not_repeated_twice(ctx: AppContext) -> None:
    post_id = _saved(ctx)
    weekly = Recurrence(Frequency.WEEKLY, count=3)
    with ctx.uow() as uow:
        first = recurrence.repeat_post(uow, post_id, weekly, WIB)
    with ctx.uow() as uow, pytest.raises(ConflictError) as info:
        recurrence.repeat_post(uow, first.created_ids[0], weekly, WIB)
    assert info.value.code == "series_exists"
    # Undone (copies in the trash), the post stands alone and can be repeated again.
    with ctx.uow() as uow:
        assert recurrence.trash_occurrences(uow, first.created_ids) == list(first.created_ids)
    with ctx.uow() as uow:
        assert [r.id for r in recurrence.series_posts(uow, first.series_uuid)] == [post_id]
        again = recurrence.repeat_post(uow, post_id, weekly, WIB)
    assert again.series_uuid != first.series_uuid


def test_undo_and_redo_of_a_repeat(ctx: AppContext) -> None:
    post_id = _saved(ctx)
    with ctx.uow() as uow:
        result = recurrence.repeat_post(uow, post_id, Recurrence(Frequency.MONTHLY, count=3), WIB)
    with ctx.uow() as uow:
        posts.trash_post(uow, result.created_ids[1])  # the officer trashed one already
    with ctx.uow() as uow:
        assert recurrence.trash_occurrences(uow, result.created_ids) == [result.created_ids[0]]
    with ctx.uow() as uow:
        assert {t.id for t in posts.list_trash(uow)} == set(result.created_ids)
        assert recurrence.restore_occurrences(uow, result.created_ids) == list(result.created_ids)
    with ctx.uow() as uow:
        assert len(recurrence.series_posts(uow, result.series_uuid)) == 3
