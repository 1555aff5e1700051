"""What a commit changed: one vocabulary, complete, returned by every commit."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db import change_log
from sosmed_desktop.db.change_kinds import MAX_IDS, Changes, Kind
from sosmed_desktop.db.models import Base, Program
from sosmed_desktop.db.models_editorial import CommemorativeDay
from sosmed_desktop.db.models_live import ChangeRecord
from sosmed_desktop.domain.recipe import Recipe
from sosmed_desktop.services.media import bulk_import as media_import
from sosmed_desktop.services.media import studio
from sosmed_desktop.services.packages.exporting import export_posts
from sosmed_desktop.services.posts import posts
from sosmed_desktop.services.team import live
from tests import media_files as mf
from tests.unit.packaging import approved_post
from tests.unit.posting import post_input, set_profile


def newest_record(ctx: AppContext) -> dict[str, list[int]]:
    """What the change log's newest record says (what other PCs read)."""
    with ctx.uow() as uow:
        stmt = select(ChangeRecord.changes).order_by(ChangeRecord.id.desc()).limit(1)
        return uow.session.scalars(stmt).one()


def test_every_mapped_class_has_a_kind_or_is_ignored() -> None:
    names = {mapper.class_.__name__ for mapper in Base.registry.mappers}
    named = set(change_log.KINDS) | change_log.IGNORED | {change_log.AUDIT}
    assert names == named, "a new table needs its kind in db/change_log.py"
    assert not set(change_log.KINDS) & change_log.IGNORED
    assert change_log.AUDIT not in set(change_log.KINDS) | change_log.IGNORED


def test_changes_merge_name_ids_and_survive_json() -> None:
    posts_3_4 = Changes.of(Kind.POST, [3, 4])
    merged = posts_3_4.merge(Changes.of(Kind.POST, [5])).merge(Changes.of(Kind.MEDIA))
    assert merged.ids(Kind.POST) == {3, 4, 5}
    assert merged.ids(Kind.MEDIA) is None, "any photo"
    assert merged.ids(Kind.DIRECTION) == frozenset()
    assert merged.touches(Kind.POST, 4) and not merged.touches(Kind.POST, 6)
    assert merged.touches(Kind.MEDIA, 99) and not merged.touches(Kind.DIRECTION)
    assert merged.to_json() == {"post": [3, 4, 5], "media": []}
    assert Changes.from_json(merged.to_json()) == merged
    assert posts_3_4 == Changes.of(Kind.POST, [4, 3]), "immutable: merging made new records"
    assert not Changes() and Changes().merge(Changes()) == Changes()
    assert Changes.of(Kind.POST, [1]).merge(Changes.of(Kind.POST)).ids(Kind.POST) is None


def test_everything_touches_every_kind_and_an_unknown_kind_means_everything() -> None:
    everything = Changes.of(Kind.ALL)
    assert everything.touches(Kind.POST, 7) and everything.ids(Kind.REMINDER) is None
    newer = Changes.from_json({"post": [2], "poll": [1]})  # written by a newer version
    assert newer.kinds == (Kind.POST, Kind.ALL)
    assert newer.touches(Kind.LIBRARY)


def test_too_many_ids_of_one_kind_become_any() -> None:
    many = Changes.of(Kind.MEDIA, range(MAX_IDS))
    assert many.ids(Kind.MEDIA) == frozenset(range(MAX_IDS))
    assert many.merge(Changes.of(Kind.MEDIA, [MAX_IDS])).ids(Kind.MEDIA) is None


def test_a_commit_returns_what_it_changed_and_the_unit_collects_every_commit(
    ctx: AppContext,
) -> None:
    set_profile(ctx)
    with ctx.uow() as uow:
        first = posts.create_post(uow, post_input(title="Satu"))
        assert uow.changes == Changes.of(Kind.POST, [first.id])
        second = posts.create_post(uow, post_input(title="Dua"))
        assert uow.changes == Changes.of(Kind.POST, [first.id, second.id])
        assert uow.commit() == Changes(), "nothing left to commit"
    assert newest_record(ctx) == {"post": [second.id]}, "the log agrees"


def test_a_savepoint_is_recorded_with_its_transaction(ctx: AppContext) -> None:
    """`begin_nested` (the reminders use it) is no commit of its own: one record, and a
    savepoint rolled back does not lose what the transaction noted before it."""
    with ctx.uow() as uow:
        uow.session.add(CommemorativeDay(month=3, day=14, name="Hari Jadi Desa Sukamaju"))
        uow.commit()
        before = live.last_change_id(uow)
    with ctx.uow() as uow:
        program = Program(name="Posyandu", colour="#16a34a")
        with uow.session.begin_nested():
            uow.session.add(program)
        with pytest.raises(IntegrityError), uow.session.begin_nested():  # the same day twice
            uow.session.add(CommemorativeDay(month=3, day=14, name="Hari Jadi Desa Sukamaju"))
        day = CommemorativeDay(month=3, day=15, name="Hari Jadi Posyandu")
        uow.session.add(day)
        done = uow.commit()
    expected = {"program": [program.id], "calendar_mark": [day.id]}
    assert done.to_json() == expected
    with ctx.uow() as uow:
        stmt = select(ChangeRecord.changes).where(ChangeRecord.id > before)
        assert list(uow.session.scalars(stmt)) == [expected]


def test_a_read_only_unit_cannot_commit(ctx: AppContext) -> None:
    with ctx.uow(read_only=True) as uow, pytest.raises(RuntimeError, match="read-only"):
        uow.commit()


def test_a_recording_context_collects_commits_from_worker_threads(
    ctx: AppContext, tmp_path: Path
) -> None:
    folder = tmp_path / "foto"
    folder.mkdir()
    for index in range(4):
        mf.jpeg(folder / f"foto-{index}.jpg", colour=(index * 40, 90, 90))
    recording, recorder = ctx.recording()
    report = media_import.import_paths(recording, [folder], workers=3)
    assert recorder.changes == Changes.of(Kind.MEDIA, report.media_ids)
    assert ctx.change_sink is None, "the context itself records nothing"


@pytest.mark.postgresql_only("originals are stored in the database on a team server")
def test_a_team_photo_import_records_media_not_everything(ctx: AppContext, tmp_path: Path) -> None:
    photo = mf.jpeg(tmp_path / "foto.jpg")
    recording, recorder = ctx.recording()
    report = media_import.import_paths(recording, [photo])
    assert recorder.changes == Changes.of(Kind.MEDIA, report.media_ids)
    assert newest_record(ctx) == {"media": report.media_ids}


def test_an_export_records_its_post(ctx: AppContext, tmp_path: Path) -> None:
    post_id = approved_post(ctx, tmp_path / "foto")
    recording, recorder = ctx.recording()
    report = export_posts(recording, [post_id], tmp_path / "paket")
    assert [r.post_id for r in report.written] == [post_id]
    assert recorder.changes == Changes.of(Kind.POST, [post_id])
    assert newest_record(ctx) == {"post": [post_id]}, "other PCs hear of it"


def test_a_photo_attached_to_a_variant_records_its_post(ctx: AppContext, tmp_path: Path) -> None:
    post_id = approved_post(ctx, tmp_path / "foto")
    photo = mf.jpeg(tmp_path / "lain.jpg", colour=(10, 200, 30))
    media_id = media_import.import_paths(ctx, [photo]).media_ids[0]
    recording, recorder = ctx.recording()
    with recording.uow() as uow:
        studio.attach_renditions(uow, post_id, media_id, [("instagram", Recipe())])
    assert recorder.changes == Changes.of(Kind.POST, [post_id]), "that post, not any post"
