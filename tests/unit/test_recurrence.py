"""Recurring posts: dates of weekly and monthly series, all-or-nothing creation, one
occurrence edited alone."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import Post
from sosmed_desktop.domain.recurrence import MAX_OCCURRENCES, Frequency, Recurrence, occurrences
from sosmed_desktop.errors import NotFoundError, ValidationError
from sosmed_desktop.services import audit
from sosmed_desktop.services.posts import posts, recurrence
from tests.unit.posting import WIB, add_photo, count, post_input, set_profile, snapshot

FIRST = datetime(2027, 1, 31, 9, 0, tzinfo=WIB)


def test_weekly_until_a_date_keeps_local_time() -> None:
    times = occurrences(datetime(2026, 12, 4, 19, 30, tzinfo=WIB),
                        Recurrence(Frequency.WEEKLY, until=date(2027, 1, 1)))  # fmt: skip
    assert [t.date() for t in times] == [date(2026, 12, d) for d in (4, 11, 18, 25)] + [
        date(2027, 1, 1)
    ]
    assert {t.hour for t in times} == {19}


def test_monthly_on_the_31st_uses_the_last_day() -> None:
    times = occurrences(FIRST, Recurrence(Frequency.MONTHLY, count=4))
    assert [t.date() for t in times] == [
        date(2027, 1, 31), date(2027, 2, 28), date(2027, 3, 31), date(2027, 4, 30)
    ]  # fmt: skip
    every_other = occurrences(FIRST, Recurrence(Frequency.MONTHLY, interval=2, count=3))
    assert [t.month for t in every_other] == [1, 3, 5]
    fortnight = occurrences(FIRST, Recurrence(Frequency.WEEKLY, interval=2, count=2))
    assert fortnight[1].date() == date(2027, 2, 14)


@pytest.mark.parametrize(
    ("rule", "code"),
    [
        (Recurrence(Frequency.WEEKLY), "series_end_required"),
        (Recurrence(Frequency.WEEKLY, count=2, until=date(2027, 3, 1)), "series_end_required"),
        (Recurrence(Frequency.WEEKLY, count=0), "series_too_long"),
        (Recurrence(Frequency.WEEKLY, count=MAX_OCCURRENCES + 1), "series_too_long"),
        (Recurrence(Frequency.WEEKLY, until=date(2035, 1, 1)), "series_too_long"),
        (Recurrence(Frequency.WEEKLY, until=date(2026, 1, 1)), "series_end_before_start"),
        (Recurrence(Frequency.MONTHLY, interval=0, count=2), "series_interval"),
    ],
)
def test_bad_rules(rule: Recurrence, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        occurrences(FIRST, rule)
    assert info.value.code == code


def test_series_creates_editable_posts(ctx: AppContext, tmp_path: Path) -> None:
    set_profile(ctx)
    photo = add_photo(ctx, tmp_path / "in", 1080, 1080)
    data = post_input((photo,), title="Jumat Sehat", when=datetime(2026, 12, 4, 7, tzinfo=WIB))
    with ctx.uow() as uow:
        result = recurrence.create_series(uow, data, Recurrence(Frequency.WEEKLY, count=4), WIB)
    assert len(result.post_ids) == 4
    with ctx.uow() as uow:
        rows = recurrence.series_posts(uow, result.series_uuid)
        assert [r.scheduled_at.astimezone(WIB).day for r in rows] == [4, 11, 18, 25]
        assert {r.series_uuid for r in rows} == {result.series_uuid}
        assert recurrence.series_of(uow, result.post_ids[1]) == result.series_uuid
        second = posts.get_post(uow, result.post_ids[1])
        history = audit.post_history(uow, second.id)
    assert history[0].details["occurrence"] == 2 and history[0].details["count"] == 4
    edited = replace(second.to_input(), master_caption="Khusus minggu ini: senam lansia")
    with ctx.uow() as uow:
        posts.update_post(uow, second.id, edited, second.version)
    with ctx.uow() as uow:
        captions = [posts.get_post(uow, i).master_caption for i in result.post_ids]
    assert captions[1] == "Khusus minggu ini: senam lansia"
    assert captions[0] == captions[2] == captions[3] == data.master_caption


def test_series_errors_write_nothing(ctx: AppContext) -> None:
    set_profile(ctx)
    before = snapshot(ctx)
    weekly = Recurrence(Frequency.WEEKLY, count=3)
    with ctx.uow() as uow:
        with pytest.raises(ValidationError) as info:
            recurrence.create_series(uow, replace(post_input(), scheduled_at=None), weekly, WIB)
        assert info.value.code == "series_needs_date"
        with pytest.raises(ValidationError):
            recurrence.create_series(uow, post_input(title=" "), weekly, WIB)
        with pytest.raises(NotFoundError):
            recurrence.create_series(uow, post_input((424242,)), weekly, WIB)
    assert snapshot(ctx) == before
    assert count(ctx, Post) == 0
