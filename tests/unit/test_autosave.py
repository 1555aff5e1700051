"""Autosave: drafts survive a restart, are listed for recovery, and are discarded."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from sosmed_desktop.bootstrap import AppContext, bootstrap
from sosmed_desktop.db.models_editorial import EditorDraft
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.services import autosave, posts
from sosmed_desktop.services.post_data import MediaItem, VariantInput
from tests.unit.posting import add_photo, count, post_input, set_profile


def test_state_round_trip_keeps_everything(ctx: AppContext, tmp_path: Path) -> None:
    data = post_input(title="Sehat 🇮🇩 नमस्ते")
    data = replace(
        data,
        variants=(VariantInput("x", "Teks X", False, (MediaItem(3, {"preset": "x_landscape"}),)),),
        notes="catatan",
        data_note_ids=(4,),
    )
    state = autosave.input_to_state(data)
    assert autosave.state_to_input(state) == data
    with pytest.raises(ValidationError) as info:
        autosave.state_to_input({"variants": [{"caption": "tanpa platform"}]})
    assert info.value.code == "draft_damaged"


def test_draft_survives_a_crash_and_is_offered(ctx: AppContext, tmp_path: Path) -> None:
    set_profile(ctx)
    photo = add_photo(ctx, tmp_path / "in", 1080, 1080)
    with ctx.uow() as uow:
        post = posts.create_post(uow, post_input((photo,)))
    typed = replace(post.to_input(), master_caption="Kalimat yang belum disimpan…")
    new_key = autosave.key_for_new_post()
    with ctx.uow() as uow:
        autosave.save_draft(
            uow,
            autosave.key_for_post(post.id),
            autosave.input_to_state(typed),
            post_id=post.id,
            title=typed.title,
            base_version=post.version,
        )
        new_state = autosave.input_to_state(post_input(title="Baru"))
        autosave.save_draft(uow, new_key, new_state, title="Baru")
    ctx.dispose()  # the PC dies; the next start opens the same folder
    again = bootstrap(ctx.config.data_dir)
    try:
        with again.uow() as uow:
            drafts = autosave.list_drafts(uow)
        assert {d.key for d in drafts} == {autosave.key_for_post(post.id), new_key}
        mine = next(d for d in drafts if d.post_id == post.id)
        assert not mine.stale
        assert autosave.state_to_input(mine.state).master_caption == "Kalimat yang belum disimpan…"
        with again.uow() as uow:  # someone saves the post elsewhere: the draft is stale
            posts.reschedule(uow, post.id, None)
        with again.uow() as uow:
            assert autosave.get_draft(uow, mine.key).stale  # type: ignore[union-attr]
            assert autosave.discard_draft(uow, mine.key)
            assert not autosave.discard_draft(uow, mine.key)
            assert [d.key for d in autosave.list_drafts(uow)] == [new_key]
    finally:
        again.dispose()


def test_saving_again_replaces_and_bad_state_is_refused(ctx: AppContext) -> None:
    key = autosave.key_for_new_post()
    with ctx.uow() as uow:
        first = autosave.save_draft(uow, key, {"title": "a"})
        second = autosave.save_draft(uow, key, {"title": "ab"})
    assert second >= first
    assert count(ctx, EditorDraft) == 1
    for state, code in (
        ({"x": object()}, "draft_not_serializable"),
        ({"x": "a" * 2_000_001}, "draft_too_large"),
    ):
        with ctx.uow() as uow, pytest.raises(ValidationError) as info:
            autosave.save_draft(uow, key, state)
        assert info.value.code == code
    with ctx.uow() as uow, pytest.raises(ValidationError):
        autosave.save_draft(uow, "", {})
    with ctx.uow() as uow:
        assert autosave.get_draft(uow, key).state == {"title": "ab"}  # type: ignore[union-attr]


def test_trashed_post_keeps_its_draft(ctx: AppContext) -> None:
    set_profile(ctx)
    with ctx.uow() as uow:
        post = posts.create_post(uow, post_input())
        autosave.save_draft(uow, autosave.key_for_post(post.id), {}, post_id=post.id)
    with ctx.uow() as uow:
        posts.trash_post(uow, post.id)
    assert count(ctx, EditorDraft) == 1
