"""Two people saving the same post: who changed it when, both versions, a deliberate overwrite."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext, bootstrap
from sosmed_desktop.errors import StaleError
from sosmed_desktop.services import audit
from sosmed_desktop.services.posts import conflicts, posts
from sosmed_desktop.services.posts.data import PostInput, VariantInput
from tests.unit.posting import WIB, post_input, set_profile, snapshot


@pytest.fixture
def colleague(ctx: AppContext, data_dir: Path) -> Iterator[AppContext]:
    """A second copy of the app on the same database (another PC), signed in as Budi."""
    set_profile(ctx)
    other = bootstrap(data_dir)
    other.user_name = "Budi Santoso"
    yield other
    other.dispose()


def _mine(title: str = "Versi Rina") -> PostInput:
    base = post_input(title=title, caption="Teks Rina untuk semua platform.")
    own_x = VariantInput("facebook", "Teks khusus Facebook dari Rina", follows_master=False)
    return replace(base, variants=(base.variants[0], own_x))


def test_the_refused_save_names_who_changed_it_and_when_with_both_versions(
    ctx: AppContext, colleague: AppContext
) -> None:
    with ctx.uow() as uow:
        opened = posts.create_post(uow, post_input())
    later = datetime(2026, 12, 6, 14, 30, tzinfo=WIB)
    with colleague.uow() as uow:
        theirs = post_input(title="Versi Budi", when=later, caption="Teks Budi.")
        posts.update_post(uow, opened.id, theirs, opened.version)
    before = snapshot(ctx)
    with ctx.uow() as uow, pytest.raises(StaleError) as refused:
        posts.update_post(uow, opened.id, _mine(), opened.version)
    assert refused.value.code == "post_stale"
    assert snapshot(ctx) == before, "nothing written"

    with ctx.uow() as uow:
        conflict = conflicts.post_conflict(uow, opened.id)
    assert conflict.changed_by == "Budi Santoso"
    assert conflict.changed_at.tzinfo is not None
    assert abs((clock.now().astimezone(WIB) - conflict.changed_at).total_seconds()) < 120
    assert conflict.post.version == opened.version + 1
    assert conflict.theirs.title == "Versi Budi"
    assert conflict.theirs.scheduled_at == later

    pairs = {p.key: p for p in conflicts.compare(conflict.theirs, _mine(), str)}
    assert (pairs["title"].theirs, pairs["title"].mine) == ("Versi Budi", "Versi Rina")
    assert pairs["title"].differs and pairs["title"].theirs_spans and pairs["title"].mine_spans
    assert pairs["scheduled_at"].differs
    assert pairs["master_caption"].theirs == "Teks Budi."
    assert pairs["caption:facebook"].mine == "Teks khusus Facebook dari Rina"
    assert pairs["caption:facebook"].theirs == "Teks Budi."
    assert not pairs["platforms"].differs


def test_saving_mine_over_theirs_is_deliberate_and_recorded(
    ctx: AppContext, colleague: AppContext
) -> None:
    with ctx.uow() as uow:
        opened = posts.create_post(uow, post_input())
    with colleague.uow() as uow:
        posts.update_post(uow, opened.id, post_input(title="Versi Budi"), opened.version)
    with ctx.uow() as uow:
        conflict = conflicts.post_conflict(uow, opened.id)
    # Budi saves once more before Rina decides: her overwrite is refused too.
    with colleague.uow() as uow:
        posts.update_post(uow, opened.id, post_input(title="Versi Budi 2"), conflict.post.version)
    before = snapshot(ctx)
    with ctx.uow() as uow, pytest.raises(StaleError):
        conflicts.overwrite_post(uow, opened.id, _mine(), conflict)
    assert snapshot(ctx) == before

    with ctx.uow() as uow:
        conflict = conflicts.post_conflict(uow, opened.id)
    with ctx.uow() as uow:
        saved = conflicts.overwrite_post(uow, opened.id, _mine(), conflict).post
    assert saved.title == "Versi Rina"
    assert saved.version == conflict.post.version + 1
    with ctx.uow() as uow:
        last = audit.post_history(uow, opened.id)[-1]
    assert last.action == "updated" and last.user_name == "Rina Marlina"
    assert last.details["overwrote"]["changed_by"] == "Budi Santoso"
    assert last.details["overwrote"]["version"] == conflict.post.version
    assert last.details["changes"]["title"] == ["Versi Budi 2", "Versi Rina"]


def test_diff_spans_mark_only_what_differs() -> None:
    left, right = conflicts.diff_spans("Hari Gizi Nasional", "Hari Gizi Sedunia")
    assert left and right
    assert all(start >= len("Hari Gizi ") for start, _end in (*left, *right)), "same start"
    assert conflicts.diff_spans("sama", "sama") == ((), ())
    assert conflicts.diff_spans("", "baru") == ((), ((0, 4),))
