"""What a post editor reads when it opens: its reference data, the post, photos, history."""

from __future__ import annotations

from pathlib import Path

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.services.posts import posts
from sosmed_desktop.services.posts.editor_load import load_editor
from tests.unit.posting import add_photo, add_program, post_input, set_profile


def test_an_editor_loads_the_post_its_photos_history_and_choices(
    ctx: AppContext, tmp_path: Path
) -> None:
    set_profile(ctx)
    program = add_program(ctx, "Imunisasi")
    photo = add_photo(ctx, tmp_path, 1080, 1350)
    dropped = add_photo(ctx, tmp_path, 1080, 1080, 2)
    with ctx.uow() as uow:
        post = posts.create_post(uow, post_input((photo,), program_id=program))
    with ctx.uow(read_only=True) as uow:
        load = load_editor(uow, post.id, [dropped])
    assert load.post == post and not load.missing_post
    assert sorted(load.media) == sorted([photo, dropped])
    assert load.media[photo].width == 1080
    assert [e.action for e in load.history] == ["created"]
    assert {"instagram", "facebook"} <= set(load.catalog.specs)
    assert [p.name for p in load.catalog.programs] == ["Imunisasi"]
    assert load.catalog.tags == ["balita", "posyandu"]
    assert load.catalog.profile.department_name == "Dinas Kesehatan"


def test_a_new_post_or_a_vanished_one_loads_without_a_post(ctx: AppContext, tmp_path: Path) -> None:
    photo = add_photo(ctx, tmp_path, 800, 800)
    with ctx.uow() as uow:
        trashed = posts.create_post(uow, post_input()).id
        posts.trash_post(uow, trashed)
    with ctx.uow(read_only=True) as uow:
        new = load_editor(uow, None, [photo])
        vanished = load_editor(uow, trashed)
        deleted = load_editor(uow, 4242, [photo])
    assert (new.post, new.missing_post, list(new.media)) == (None, False, [photo])
    assert (vanished.post, vanished.missing_post, vanished.history) == (None, True, [])
    assert (deleted.post, deleted.missing_post, list(deleted.media)) == (None, True, [photo])
    assert new.catalog.profile.department_name == ""
