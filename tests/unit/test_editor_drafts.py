"""Crash recovery of the editor: drafts written atomically, listed, set aside when damaged."""

from __future__ import annotations

import errno
import json
import os
from datetime import datetime

import pytest

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.errors import DiskFullError
from sosmed_desktop.services.posts import editor_drafts
from sosmed_desktop.services.posts.data import MediaItem, PostInput, VariantInput
from tests.unit.posting import WIB

TYPED = PostInput(
    title="Hari Gizi Nasional 🍚",
    scheduled_at=datetime(2027, 1, 25, 9, 0, tzinfo=WIB),
    program_id=3,
    tags=("gizi", "balita"),
    master_caption="Isi piringku 🍽️ #BekasiSehat\nbaris kedua",
    variants=(
        VariantInput("instagram", media=(MediaItem(7, {"preset": "ig_portrait"}), MediaItem(8))),
        VariantInput("x", caption="Versi X singkat", follows_master=False),
    ),
    notes="cek data stunting",
    data_note_ids=(2,),
    checklist=("non_partisan",),
)


def test_a_draft_round_trips_exactly(ctx: AppContext) -> None:
    editor_drafts.save_draft(ctx.config, "post-12", TYPED, post_id=12, base_version=4)
    editor_drafts.save_draft(ctx.config, "new-0f3c2a1b-aaaa", PostInput(title="Baru"))
    drafts = editor_drafts.list_drafts(ctx.config)
    assert [d.key for d in drafts] == ["new-0f3c2a1b-aaaa", "post-12"]  # newest first
    found = drafts[1]
    assert found.data == TYPED
    assert found.data.scheduled_at is not None and found.data.scheduled_at.utcoffset()
    assert (found.post_id, found.base_version, found.title) == (12, 4, "Hari Gizi Nasional 🍚")
    assert drafts[0].post_id is None


def test_saving_again_replaces_and_discard_removes(ctx: AppContext) -> None:
    editor_drafts.save_draft(ctx.config, "post-1", TYPED, post_id=1)
    changed = PostInput(**{**TYPED.__dict__, "title": "Judul kedua"})
    editor_drafts.save_draft(ctx.config, "post-1", changed, post_id=1)
    assert [d.title for d in editor_drafts.list_drafts(ctx.config)] == ["Judul kedua"]
    folder = editor_drafts.recovery_dir(ctx.config)
    assert sorted(p.name for p in folder.iterdir()) == ["post-1.json"], "no temp files left"
    editor_drafts.discard_draft(ctx.config, "post-1")
    editor_drafts.discard_draft(ctx.config, "post-1")  # twice is fine
    assert editor_drafts.list_drafts(ctx.config) == []


def test_no_folder_means_no_drafts(ctx: AppContext) -> None:
    assert editor_drafts.list_drafts(ctx.config) == []


@pytest.mark.parametrize(
    "content",
    [
        "{ not json",
        json.dumps({"format": 99, "key": "post-5"}),
        json.dumps({"format": 1, "key": "post-5", "saved_at": "2026-01-01T00:00:00+00:00"}),
        json.dumps(
            {
                "format": 1,
                "key": "post-5",
                "saved_at": "2026-01-01T00:00:00+00:00",
                "state": {"title": "x", "variants": [], "scheduled_at": "2026-01-01T09:00:00"},
            }
        ),
    ],
    ids=["broken", "foreign-format", "no-state", "naive-time"],
)
def test_a_damaged_file_is_set_aside_not_offered(ctx: AppContext, content: str) -> None:
    editor_drafts.save_draft(ctx.config, "post-1", TYPED, post_id=1)
    folder = editor_drafts.recovery_dir(ctx.config)
    (folder / "post-5.json").write_text(content, encoding="utf-8")
    assert [d.key for d in editor_drafts.list_drafts(ctx.config)] == ["post-1"]
    assert (folder / "post-5.bad").exists()
    assert not (folder / "post-5.json").exists()


def test_bad_keys_are_refused(ctx: AppContext) -> None:
    for key in ("../settings", "post-abc", "", "new-ZZZ"):
        with pytest.raises(ValueError):
            editor_drafts.save_draft(ctx.config, key, TYPED)
    assert not editor_drafts.recovery_dir(ctx.config).exists()


def test_a_full_disk_is_a_domain_error_and_keeps_the_old_file(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor_drafts.save_draft(ctx.config, "post-1", TYPED, post_id=1)

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    changed = PostInput(**{**TYPED.__dict__, "title": "tidak tersimpan"})
    with pytest.raises(DiskFullError):
        editor_drafts.save_draft(ctx.config, "post-1", changed, post_id=1)
    monkeypatch.undo()
    assert [d.title for d in editor_drafts.list_drafts(ctx.config)] == [TYPED.title]
    assert sorted(p.name for p in editor_drafts.recovery_dir(ctx.config).iterdir()) == [
        "post-1.json"
    ]


def test_key_for() -> None:
    assert editor_drafts.key_for(5, "abc") == "post-5"
    assert editor_drafts.key_for(None, "0f3c2a1b-aaaa") == "new-0f3c2a1b-aaaa"
