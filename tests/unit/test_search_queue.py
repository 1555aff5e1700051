"""A post's (and a data note's) tags are indexed once per save, not once per tag (issue 15).

The tag triggers used to rebuild the whole search document per tag row, so a
save cost time in the square of the tags.  Now they note the record in
``search_queue`` and it is re-indexed once at commit (revision 0013).  Tests
never assert timings (bench/tags.py has the figures): these prove the queue
holds one note per record, the index is exact after the commit, and SQLite
rebuilds a post's document once per save.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import Post, Tag
from sosmed_desktop.domain.notes import NoteInput
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.services.directions import data_notes
from sosmed_desktop.services.posts import posts
from sosmed_desktop.services.posts.data import PostInput
from sosmed_desktop.services.search import search


def _found(ctx: AppContext, query: str) -> list[tuple[str, int]]:
    with ctx.uow() as uow:
        return [(hit.kind.value, hit.id) for hit in search.search_all(uow, query)]


def _queued(ctx: AppContext) -> int:
    with ctx.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM search_queue")).scalar_one())


def test_two_hundred_tags_are_found_and_the_queue_is_empty(ctx: AppContext) -> None:
    tags = tuple(f"label{i:03d}" for i in range(200))
    with ctx.uow() as uow:
        post_id = posts.create_post(uow, PostInput(title="Posyandu", tags=tags)).id
    assert _found(ctx, "label000") == _found(ctx, "label199") == [("post", post_id)]
    assert _queued(ctx) == 0
    with ctx.uow() as uow:
        posts.update_post(uow, post_id, PostInput(title="Posyandu", tags=tags[:1]), None)
    assert _found(ctx, "label199") == []
    assert _found(ctx, "label000") == [("post", post_id)]
    assert _queued(ctx) == 0


def test_a_save_notes_the_post_once_however_many_tags(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        post = posts.build_post(uow, PostInput(title="Satu catatan", tags=("a", "b", "c", "d")))
        uow.session.flush()
        queued = uow.session.execute(text("SELECT kind, record_id FROM search_queue")).all()
        assert queued == [("post", post.id)]
    assert _queued(ctx) == 0  # rolled back with the rest


def test_a_data_notes_tags_are_indexed_at_commit(ctx: AppContext) -> None:
    note = NoteInput("Cakupan imunisasi", Decimal(92), "Dinas Kesehatan", tags=("bias", "campak"))
    with ctx.uow() as uow:
        note_id = data_notes.create_note(uow, note)
    assert _found(ctx, "campak") == [("data_note", note_id)]
    assert _queued(ctx) == 0


def test_a_renamed_tag_is_found_under_its_new_name(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        post_id = posts.create_post(uow, PostInput(title="Posyandu", tags=("lama",))).id
    with ctx.uow() as uow:
        tag = uow.session.scalar(select(Tag).where(Tag.name == "lama"))
        assert tag is not None
        tag.name = "baru"
        uow.commit()
    assert _found(ctx, "baru") == [("post", post_id)]


def test_more_tags_than_a_post_may_have_are_refused(ctx: AppContext) -> None:
    tags = tuple(f"t{i}" for i in range(201))
    with ctx.uow() as uow, pytest.raises(ValidationError) as caught:
        posts.create_post(uow, PostInput(title="Terlalu banyak", tags=tags))
    assert (caught.value.code, caught.value.params["limit"]) == ("too_many_tags", 200)
    with ctx.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Post)) == 0


@pytest.mark.sqlite_only("counts FTS5's writes with SQLite's trace callback")
def test_sqlite_writes_a_posts_document_twice_per_new_post_not_per_tag(ctx: AppContext) -> None:
    """Once when the post row is inserted, once at commit with its tags; not 1 + 50."""
    documents: list[str] = []

    def trace(statement: str) -> None:
        if "INSERT INTO 'main'.'post_search_content'" in statement:
            documents.append(statement)

    tags = tuple(f"label{i:03d}" for i in range(50))
    with ctx.uow() as uow:
        uow.session.connection().connection.driver_connection.set_trace_callback(trace)
        posts.create_post(uow, PostInput(title="Posyandu", tags=tags))
    assert len(documents) == 2
