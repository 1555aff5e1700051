"""Post services: create, load, update, duplicate, reschedule, trash, history, conflicts."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import Post, Tag, VariantMedia
from sosmed_desktop.domain.statuses import PostStatus
from sosmed_desktop.errors import (
    ConflictError,
    NotFoundError,
    StaleError,
    ValidationError,
)
from sosmed_desktop.services import audit
from sosmed_desktop.services.posts import posts, workflow
from sosmed_desktop.services.posts import store as post_store
from sosmed_desktop.services.posts.data import MediaItem, PostInput, VariantInput
from tests.unit.posting import (
    WIB,
    add_photo,
    add_program,
    post_input,
    set_profile,
    snapshot,
)


@pytest.fixture
def photos(ctx: AppContext, tmp_path: Path) -> tuple[int, int]:
    set_profile(ctx)
    return add_photo(ctx, tmp_path / "in", 1080, 1350, 1), add_photo(
        ctx, tmp_path / "in", 1080, 1080, 2
    )


def test_create_and_get_round_trip(ctx: AppContext, photos: tuple[int, int]) -> None:
    program = add_program(ctx)
    data = post_input(photos, program_id=program, tags=("#Posyandu", "balita", "posyandu"))
    with ctx.uow() as uow:
        created = posts.create_post(uow, data)
    with ctx.uow() as uow:
        loaded = posts.get_post(uow, created.id)
    assert loaded == created
    assert loaded.status == PostStatus.DRAFT
    assert loaded.scheduled_at == datetime(2026, 12, 5, 2, 0, tzinfo=UTC)
    assert loaded.platforms == ("instagram", "facebook")
    assert loaded.tags == ("balita", "Posyandu")
    assert loaded.program_name == "Posyandu" and loaded.program_colour == "#16a34a"
    assert [m.media_id for m in loaded.variants[0].media] == list(photos)
    assert all(v.caption == data.master_caption for v in loaded.variants)
    assert loaded.version == 1 and len(loaded.content_hash) == 64
    assert loaded.to_input().variants[0].media == tuple(MediaItem(m) for m in photos)
    with ctx.uow() as uow:
        assert [e.action for e in audit.post_history(uow, created.id)] == ["created"]


def test_per_platform_caption_and_ordered_media_with_recipes(
    ctx: AppContext, photos: tuple[int, int]
) -> None:
    first, second = photos
    data = PostInput(
        title="Imunisasi",
        master_caption="Ayo imunisasi lengkap 💉",
        variants=(
            VariantInput(
                "instagram", media=(MediaItem(second, {"preset": "ig_square"}), MediaItem(first))
            ),
            VariantInput("x", caption="Imunisasi lengkap, anak sehat 💉", follows_master=False),
        ),
    )
    with ctx.uow() as uow:
        post = posts.create_post(uow, data)
    ig, x = post.variants
    assert [m.media_id for m in ig.media] == [second, first]
    assert ig.media[0].recipe == {"preset": "ig_square"}
    assert ig.caption == "Ayo imunisasi lengkap 💉" and ig.follows_master
    assert x.caption == "Imunisasi lengkap, anak sehat 💉" and not x.follows_master
    # Changing the master caption moves only the variants that follow it.
    changed = PostInput(**{**data.__dict__, "master_caption": "Imunisasi itu penting"})
    with ctx.uow() as uow:
        saved = posts.update_post(uow, post.id, changed, post.version).post
    assert saved.variants[0].caption == "Imunisasi itu penting"
    assert saved.variants[1].caption == "Imunisasi lengkap, anak sehat 💉"


def test_update_writes_history_with_changes(ctx: AppContext, photos: tuple[int, int]) -> None:
    with ctx.uow() as uow:
        post = posts.create_post(uow, post_input(photos))
    data = post_input(photos[::-1], title="Posyandu Sukamaju (revisi)", platforms=("instagram",))
    with ctx.uow() as uow:
        result = posts.update_post(uow, post.id, data, post.version)
    assert result.post.version == post.version + 1
    assert not result.approval_withdrawn
    with ctx.uow() as uow:
        entry = audit.post_history(uow, post.id)[-1]
    assert entry.action == "updated"
    assert entry.details["changes"]["title"] == [post.title, "Posyandu Sukamaju (revisi)"]
    assert entry.details["changes"]["platforms"] == [["facebook", "instagram"], ["instagram"]]
    assert entry.details["changes"]["media"] == ["facebook", "instagram"]
    assert entry.user_name == "Rina Marlina"


def test_saving_unchanged_input_writes_nothing(ctx: AppContext, photos: tuple[int, int]) -> None:
    with ctx.uow() as uow:
        post = posts.create_post(uow, post_input(photos))
    before = snapshot(ctx)
    with ctx.uow() as uow:
        result = posts.update_post(uow, post.id, post.to_input(), post.version)
    assert result.post.version == post.version
    assert snapshot(ctx) == before


def test_stale_version_is_a_conflict_and_writes_nothing(
    ctx: AppContext, photos: tuple[int, int]
) -> None:
    with ctx.uow() as uow:
        post = posts.create_post(uow, post_input(photos))
    with ctx.uow() as uow:
        posts.update_post(uow, post.id, post_input(photos, title="Versi rekan"), post.version)
    before = snapshot(ctx)
    with ctx.uow() as uow, pytest.raises(StaleError) as info:
        posts.update_post(uow, post.id, post_input(photos, title="Versi saya"), post.version)
    assert info.value.code == "post_stale"
    assert isinstance(info.value, ConflictError)
    assert snapshot(ctx) == before
    with ctx.uow() as uow:
        assert posts.get_post(uow, post.id).title == "Versi rekan"


def test_concurrent_write_caught_at_flush_is_a_conflict(
    ctx: AppContext, photos: tuple[int, int]
) -> None:
    with ctx.uow() as uow:
        post = posts.create_post(uow, post_input(photos))
    with ctx.uow() as first:
        row = first.session.get(Post, post.id)
        assert row is not None
        first.session.commit()  # end the read (SQLite would report a lock, not a stale row)
        with ctx.uow() as second:
            posts.reschedule(second, post.id, datetime(2026, 12, 6, 9, tzinfo=WIB))
        row.title = "Tulisan lama"
        with pytest.raises(StaleError):
            post_store.commit(first, post.id)
    with ctx.uow() as uow:
        assert posts.get_post(uow, post.id).title == post.title


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"title": "   "}, "post_title_required"),
        ({"title": "x" * 301}, "post_title_too_long"),
        ({"scheduled_at": datetime(2026, 12, 5, 9)}, "naive_datetime"),
        ({"platforms": ("instagram", "instagram")}, "duplicate_platform"),
        ({"platforms": ("myspace",)}, "unknown_platform"),
        ({"checklist": ("sudah_dicek_dukun",)}, "unknown_checklist_item"),
        ({"tags": ("a" * 81,)}, "tag_too_long"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(
    ctx: AppContext, photos: tuple[int, int], change: dict, code: str
) -> None:
    before = snapshot(ctx)
    kwargs = {"platforms": change.get("platforms", ("instagram",))}
    rest = {k: v for k, v in change.items() if k not in ("platforms", "scheduled_at")}
    data = post_input(photos, **kwargs, **rest)
    if "scheduled_at" in change:
        data = PostInput(**{**data.__dict__, "scheduled_at": change["scheduled_at"]})
    with ctx.uow() as uow, pytest.raises(ValidationError) as info:
        posts.create_post(uow, data)
    assert info.value.code == code
    assert snapshot(ctx) == before


def test_missing_references_are_not_found(ctx: AppContext, photos: tuple[int, int]) -> None:
    before = snapshot(ctx)
    for data, code in (
        (post_input((photos[0], 9999)), "media_not_found"),
        (post_input(program_id=4242), "program_not_found"),
        (PostInput(**{**post_input().__dict__, "data_note_ids": (77,)}), "data_note_not_found"),
    ):
        with ctx.uow() as uow, pytest.raises(NotFoundError) as info:
            posts.create_post(uow, data)
        assert info.value.code == code
    with ctx.uow() as uow, pytest.raises(NotFoundError) as info:
        posts.get_post(uow, 31337)
    assert info.value.code == "post_not_found"
    assert snapshot(ctx) == before


def test_failure_after_changes_leaves_nothing_half_written(
    ctx: AppContext, photos: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    with ctx.uow() as uow:
        post = posts.create_post(uow, post_input(photos))
    before = snapshot(ctx)

    def power_cut(*args: object, **kwargs: object) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(audit, "record", power_cut)
    with ctx.uow() as uow, pytest.raises(OSError):
        posts.update_post(uow, post.id, post_input((), title="Setengah"), post.version)
    monkeypatch.undo()
    assert snapshot(ctx) == before
    with ctx.uow() as uow:
        again = posts.get_post(uow, post.id)
        assert again == post
        assert uow.session.scalars(select(VariantMedia)).all()


def test_emoji_and_any_script_survive(ctx: AppContext, photos: tuple[int, int]) -> None:
    text = "Selamat Hari Kesehatan 👩‍⚕️🇮🇩 こんにちは مرحبا नमस्ते \u200b #ＢｅｋａｓｉＳｅｈａｔ"
    data = post_input(photos, title="Judul 🎉 ñ 中文", caption=text, tags=("kesehatan-ibu", "中文"))
    with ctx.uow() as uow:
        post = posts.create_post(uow, data)
    with ctx.uow() as uow:
        loaded = posts.get_post(uow, post.id)
    assert loaded.title == "Judul 🎉 ñ 中文"
    assert loaded.master_caption == text
    assert set(loaded.tags) == {"kesehatan-ibu", "中文"}


def test_tags_are_shared_case_insensitively(ctx: AppContext, photos: tuple[int, int]) -> None:
    with ctx.uow() as uow:
        posts.create_post(uow, post_input(tags=("Stunting",)))
        posts.create_post(uow, post_input(tags=("stunting", "#GIZI")))
    with ctx.uow() as uow:
        assert sorted(uow.session.scalars(select(Tag.name))) == ["GIZI", "Stunting"]


def test_duplicate_copies_content_as_a_new_draft(ctx: AppContext, photos: tuple[int, int]) -> None:
    with ctx.uow() as uow:
        post = posts.create_post(uow, post_input(photos))
        workflow.submit_for_review(uow, post.id)
    with ctx.uow() as uow:
        workflow.approve(uow, post.id, "dr. Ahmad Fauzi", "Kepala Dinas")
    with ctx.uow() as uow:
        copy = posts.duplicate_post(uow, post.id, title="Salinan: Posyandu")
    assert copy.id != post.id and copy.uuid != post.uuid
    assert copy.status == PostStatus.DRAFT and copy.approvals == () and copy.checklist == ()
    assert copy.title == "Salinan: Posyandu"
    assert copy.scheduled_at == post.scheduled_at
    assert copy.content_hash == post.content_hash
    with ctx.uow() as uow:
        assert audit.post_history(uow, copy.id)[-1].details == {
            "from_post": post.id,
            "title": "Salinan: Posyandu",
        }


def test_reschedule_returns_old_time_for_undo(ctx: AppContext, photos: tuple[int, int]) -> None:
    with ctx.uow() as uow:
        post = posts.create_post(uow, post_input(photos))
    later = datetime(2026, 12, 8, 15, 30, tzinfo=WIB)
    with ctx.uow() as uow:
        moved = posts.reschedule(uow, post.id, later, post.version)
    assert moved.old_scheduled_at == post.scheduled_at
    assert moved.new_scheduled_at == later
    assert moved.version == post.version + 1
    with ctx.uow() as uow:
        undone = posts.reschedule(uow, post.id, moved.old_scheduled_at, moved.version)
        actions = [e.action for e in audit.post_history(uow, post.id)]
    assert undone.new_scheduled_at == post.scheduled_at
    assert actions == ["created", "rescheduled", "rescheduled"]
    with ctx.uow() as uow, pytest.raises(ValidationError):
        posts.reschedule(uow, post.id, datetime(2026, 12, 9, 9))


def test_trash_restore_and_list(ctx: AppContext, photos: tuple[int, int]) -> None:
    with ctx.uow() as uow:
        post = posts.create_post(uow, post_input(photos))
    with ctx.uow() as uow:
        posts.trash_post(uow, post.id, post.version)
    with ctx.uow() as uow:
        assert [t.id for t in posts.list_trash(uow)] == [post.id]
        with pytest.raises(NotFoundError):
            posts.get_post(uow, post.id)
        assert posts.get_post(uow, post.id, include_trash=True).deleted_at is not None
    with ctx.uow() as uow:
        restored = posts.restore_post(uow, post.id)
    assert restored.deleted_at is None
    with ctx.uow() as uow:
        assert posts.list_trash(uow) == []
        actions = [e.action for e in audit.post_history(uow, post.id)]
    assert actions == ["created", "trashed", "restored"]


def test_several_posts_restored_at_once_or_none(ctx: AppContext) -> None:
    """The trash dialog restores what is selected in one go; one post that no longer
    exists refuses them all, naming it, and nothing is half restored."""
    with ctx.uow() as uow:
        ids = [posts.create_post(uow, post_input(title=f"Posyandu {n}")).id for n in range(3)]
        for post_id in ids:
            posts.trash_post(uow, post_id)
    with ctx.uow() as uow, pytest.raises(NotFoundError) as info:
        posts.restore_posts(uow, [ids[0], 4242, ids[1]])
    assert (info.value.code, info.value.params["ident"]) == ("post_not_found", 4242)
    with ctx.uow() as uow:
        assert sorted(t.id for t in posts.list_trash(uow)) == ids
        assert posts.restore_posts(uow, [ids[1], ids[0], ids[1]]) == [ids[1], ids[0]]
    with ctx.uow() as uow:
        assert [t.id for t in posts.list_trash(uow)] == [ids[2]]
        assert posts.restore_posts(uow, [ids[0]]) == [], "already back: left as it is"
        history = [e.action for e in audit.post_history(uow, ids[0])]
    assert history == ["created", "trashed", "restored"]


def test_published_post_content_is_frozen(ctx: AppContext, photos: tuple[int, int]) -> None:
    with ctx.uow() as uow:
        post = posts.create_post(uow, post_input(photos))
        workflow.submit_for_review(uow, post.id)
        workflow.approve(uow, post.id, "dr. Ahmad Fauzi", "Kepala Dinas")
        done = workflow.mark_published(uow, post.id, clock.now())
    before = snapshot(ctx)
    with ctx.uow() as uow, pytest.raises(ConflictError) as info:
        posts.update_post(uow, post.id, post_input(photos, caption="Diubah"), done.version)
    assert info.value.code == "post_content_frozen"
    with ctx.uow() as uow, pytest.raises(ConflictError):
        posts.reschedule(uow, post.id, datetime(2027, 1, 1, 9, tzinfo=WIB))
    assert snapshot(ctx) == before
    # Title and notes stay editable: they are not part of what was approved.
    notes = PostInput(**{**done.to_input().__dict__, "notes": "Tayang pukul 09.05"})
    with ctx.uow() as uow:
        assert posts.update_post(uow, post.id, notes, done.version).post.notes.startswith("Tayang")
