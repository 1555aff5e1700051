"""The search index of each database: which engine runs, hostile text, records with
query syntax in them, every write path kept in the index, and PostgreSQL's migration 0012
(up, down, and without the ``unaccent`` extension)."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Result, create_engine, delete, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from sosmed_desktop.bootstrap import AppContext, bootstrap
from sosmed_desktop.db.migrate import revision_graph
from sosmed_desktop.db.models import (
    DataNote,
    Direction,
    Post,
    PostVariant,
    Program,
    Tag,
    data_note_tags,
    post_tags,
)
from sosmed_desktop.domain.notes import NoteInput
from sosmed_desktop.services.directions import data_notes, directions
from sosmed_desktop.services.posts import posts
from sosmed_desktop.services.search import search
from sosmed_desktop.services.search.kinds import DIRECTIONS, NOTES, POSTS
from sosmed_desktop.services.search.tsvector import rank_weights
from tests.engines import PostgresServer, write_database_url
from tests.unit.helpers import make_program, snapshot
from tests.unit.posting import WIB, post_input, set_profile


def _index_engine(ctx: AppContext) -> search.SearchEngine:
    return search.Fts5Search() if ctx.is_sqlite else search.TsvectorSearch()


def _found(ctx: AppContext, query: str) -> list[tuple[str, int]]:
    with ctx.uow() as uow:
        return [(hit.kind.value, hit.id) for hit in search.search_all(uow, query)]


def _direction(content: str, program_id: int | None = None) -> directions.DirectionInput:
    return directions.DirectionInput(
        given_by_name="H. Dani Ramdan",
        given_by_position="Bupati Bekasi",
        given_at=datetime(2026, 6, 15, 9, tzinfo=WIB),
        content=content,
        program_id=program_id,
    )


def _note(title: str, tags: tuple[str, ...] = ()) -> NoteInput:
    return NoteInput(
        title=title,
        value=Decimal("1245300"),
        source="Dinas Kesehatan",
        unit="dosis",
        period="Januari–Mei 2026",
        tags=tags,
    )


def test_each_database_searches_with_its_own_index(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        engine = search.engine_for(uow)
    assert type(engine) is type(_index_engine(ctx))


def test_weight_classes_follow_the_fts5_weights() -> None:
    assert rank_weights(POSTS) == "{0.125,0.25,0.5,1}"  # captions D, notes C, tags B, title A
    assert rank_weights(DIRECTIONS) == "{0,0.3333,0.6667,1}"
    assert rank_weights(NOTES) == "{0.25,0.375,0.5,1}"  # figure D, source C, tags B, title A


BEFORE_INDEX = revision_graph()["0012"]  # the schema without the PostgreSQL search index
HOSTILE = ["a & b", "a | b", "!a", "!!", "a:*", "posyandu:A", "<->", "a <-> b", "a <2> b",
           "'a':*", "\\'", "a\\", "\\\\", "''''", "ok'--", "&|!():*<>", "(a | b) & !c",
           'say "a & b" -c:*', "-\"", "\"-\"", "Ωμέγα ΚΑΦΕ", "ꦲꦏ꧀ꦱꦫ ꦗꦮ", "العربية", "中文搜索",
           "नमस्ते", "🏳️‍🌈", "👩🏽‍⚕️ posyandu", "\u200d\ufe0f", "x" * 5000, "1" * 300,
           "posyandu " * 300, "-a " * 200, "1.245.300 " * 40, "\t\n\r", "\x7f\x01"]  # fmt: skip


@pytest.mark.parametrize("query", HOSTILE)
def test_any_text_is_safe_for_the_index_engine(ctx: AppContext, query: str) -> None:
    set_profile(ctx)
    with ctx.uow() as uow:
        posts.create_post(uow, post_input(title="Posyandu a b c"))
    before = snapshot(ctx, Post, Direction, DataNote)
    with ctx.uow() as uow:
        assert isinstance(_index_engine(ctx).search(uow, query), list)
        assert isinstance(search.LikeSearch().search(uow, query), list)
    assert snapshot(ctx, Post, Direction, DataNote) == before


def test_records_holding_query_syntax_are_found_by_their_words(ctx: AppContext) -> None:
    set_profile(ctx)
    title = 'Jum\'at Bersih: "PSN" & 3M | (ok!) C:\\data <-> 50% :*'
    with ctx.uow() as uow:
        post_id = posts.create_post(uow, post_input(title=title, caption="Gotong royong")).id
    for query in ("jum'at", "jum at", "bersih psn", "3m", "c:\\data", "ok!", "50%", '"psn 3m"'):
        assert _found(ctx, query) == [("post", post_id)], query
    assert _found(ctx, "jum'at -royong") == []


def test_every_write_path_keeps_the_index_current(ctx: AppContext) -> None:
    """Writes the services never make (a variant moved or deleted, a tag deleted, a post
    deleted outright) reach the index through its triggers as well."""
    set_profile(ctx)
    with ctx.uow() as uow:
        first = posts.create_post(uow, post_input(title="Posyandu Melati", tags=("gizi",))).id
    with ctx.uow() as uow:
        second = posts.create_post(
            uow, post_input(title="Imunisasi Mawar", tags=(), platforms=("facebook",))
        ).id
    with ctx.uow() as uow:
        variant = uow.session.scalars(
            select(PostVariant).where(PostVariant.post_id == first).order_by(PostVariant.id)
        ).first()
        assert variant is not None
        variant.caption = "Pojok laktasi kenanga"
        uow.commit()
    assert _found(ctx, "kenanga") == [("post", first)]
    with ctx.uow() as uow:
        uow.session.get(PostVariant, variant.id).post_id = second
        uow.commit()
    assert _found(ctx, "kenanga") == [("post", second)]  # both posts re-indexed
    with ctx.uow() as uow:
        uow.session.execute(delete(PostVariant).where(PostVariant.id == variant.id))
        uow.commit()
    assert _found(ctx, "kenanga") == []
    with ctx.uow() as uow:
        uow.session.execute(delete(post_tags).where(post_tags.c.post_id == first))
        uow.commit()
    assert _found(ctx, "gizi") == []
    with ctx.uow() as uow:
        tag = uow.session.scalars(select(Tag).where(Tag.name == "gizi")).one()
        uow.session.execute(post_tags.insert().values(post_id=second, tag_id=tag.id))
        uow.commit()
    assert _found(ctx, "gizi") == [("post", second)]
    with ctx.uow() as uow:
        uow.session.execute(delete(post_tags).where(post_tags.c.tag_id == tag.id))
        uow.session.execute(delete(Tag).where(Tag.id == tag.id))
        uow.commit()
    assert _found(ctx, "gizi") == []
    with ctx.uow() as uow:
        posts.update_post(
            uow, second, post_input(title="Imunisasi Anggrek", platforms=("facebook",)), None
        )
    assert _found(ctx, "mawar") == [] and _found(ctx, "anggrek") == [("post", second)]
    with ctx.uow() as uow:
        uow.session.delete(uow.session.get(Post, first))
        uow.commit()
    assert _found(ctx, "melati") == []

    program = make_program(ctx, "Germas")
    with ctx.uow() as uow:
        direction = directions.create_direction(uow, _direction("Video cuci tangan", program))
    with ctx.uow() as uow:
        note = data_notes.create_note(uow, _note("Cakupan imunisasi", tags=("bias",)))
    assert _found(ctx, "germas") == [("direction", direction)]
    assert _found(ctx, "bias") == [("data_note", note)]
    with ctx.uow() as uow:
        uow.session.execute(delete(data_note_tags).where(data_note_tags.c.data_note_id == note))
        uow.session.get(DataNote, note).title = "Cakupan ASI"
        uow.session.get(Program, program).name = "Sanitasi"
        uow.commit()
    assert _found(ctx, "bias") == [] and _found(ctx, "cakupan asi") == [("data_note", note)]
    assert _found(ctx, "germas") == [] and _found(ctx, "sanitasi") == [("direction", direction)]
    with ctx.uow() as uow:
        uow.session.delete(uow.session.get(Direction, direction))
        uow.session.delete(uow.session.get(DataNote, note))
        uow.commit()
    assert _found(ctx, "sanitasi") == [] and _found(ctx, "cakupan") == []
    _assert_index_is_exact(ctx)


def _assert_index_is_exact(ctx: AppContext) -> None:
    """On PostgreSQL: the tables hold exactly the shown records' documents (what
    ``sosmed_search_reindex`` would write), nothing stale, nothing left behind."""
    if ctx.is_sqlite:
        return
    with ctx.uow() as uow:
        run = uow.session.connection().exec_driver_sql
        for table, records, shown in (
            ("post_search", "posts", "deleted_at IS NULL"),
            ("direction_search", "directions", "true"),
            ("data_note_search", "data_notes", "true"),
        ):
            kind = table.removesuffix("_search")
            stale = run(
                f"SELECT count(*) FROM {table} s WHERE s.document <> sosmed_{kind}_document(s.id)"
            ).scalar()
            indexed = set(run(f"SELECT id FROM {table}").scalars())
            expected = set(run(f"SELECT id FROM {records} WHERE {shown}").scalars())
            assert (stale, indexed) == (0, expected), table


@pytest.mark.postgresql_only("the document's weight classes are PostgreSQL's")
def test_fields_carry_their_weight_class(ctx: AppContext) -> None:
    set_profile(ctx)
    data = replace(post_input(title="Alfa", caption="Bravo", tags=("charlie",)), notes="Delta")
    with ctx.uow() as uow:
        post_id = posts.create_post(uow, data).id
    with ctx.uow() as uow:
        note = data_notes.create_note(uow, _note("Echo", tags=("foxtrot",)))
    with ctx.uow() as uow:
        run = uow.session.connection().exec_driver_sql
        post_doc = run(f"SELECT document::text FROM post_search WHERE id = {post_id}").scalar()
        note_doc = run(f"SELECT document::text FROM data_note_search WHERE id = {note}").scalar()
    for word, weight in zip(("alfa", "bravo", "charlie", "delta"), POSTS.classes, strict=True):
        assert f"'{word}':" in post_doc and _weight(post_doc, word) == weight, word
    for word, weight in zip(("echo", "245", "kesehatan", "foxtrot"), NOTES.classes, strict=True):
        assert _weight(note_doc, word) == weight, word


def _weight(document: str, word: str) -> str:
    """The weight class of `word`'s first position in a tsvector's text ('alfa':1A)."""
    after = document.split(f"'{word}':", 1)[1].split(",")[0].split(" ")[0]
    return after.lstrip("0123456789") or "D"  # D is the default and is not printed


def _objects(ctx: AppContext) -> dict[str, set[str]]:
    """The search tables, functions and triggers of migration 0012 present now."""
    with ctx.engine.connect() as conn:

        def run(sql: str) -> Result:
            return conn.execute(text(sql))

        tables = run(
            "SELECT relname FROM pg_class WHERE relkind = 'r' AND relname LIKE '%\\_search'"
        ).scalars()
        functions = run("SELECT proname FROM pg_proc WHERE proname LIKE 'sosmed\\_%'").scalars()
        triggers = run(
            "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE '%search%'"
        ).scalars()
        return {"tables": set(tables), "functions": set(functions), "triggers": set(triggers)}


@pytest.mark.postgresql_only("0012 creates PostgreSQL's search tables; a no-op on SQLite")
def test_migration_0012_indexes_existing_rows_and_downgrades(ctx: AppContext) -> None:
    """0012's own downgrade and upgrade, run on the current schema: the revisions after it
    add columns the services read, so the whole chain cannot be stepped back here."""
    from alembic.migration import MigrationContext
    from alembic.operations import Operations
    from alembic.script import ScriptDirectory

    from sosmed_desktop.db.migrate import alembic_config

    revision = ScriptDirectory.from_config(alembic_config()).get_revision("0012")
    assert revision is not None and revision.down_revision == BEFORE_INDEX

    def migrate(step: str) -> None:
        with ctx.engine.begin() as conn, Operations.context(MigrationContext.configure(conn)):
            getattr(revision.module, step)()
        ctx.engine.dispose()

    head = _objects(ctx)
    assert head["tables"] == {"post_search", "direction_search", "data_note_search"}
    # 0012's eight row triggers and the deferred one that works the queue off (0013)
    assert len(head["triggers"]) == 9 and len(head["functions"]) > 15
    set_profile(ctx)
    migrate("downgrade")
    # Only 0013's queue worker is left, idle: nothing fills the queue without 0012's triggers.
    queue_worker = {"functions": {"sosmed_search_queue_run"}, "triggers": {"search_queue_run"}}
    assert _objects(ctx) == {"tables": set(), **queue_worker}
    with ctx.uow() as uow:  # written by a version without the index
        post_id = posts.create_post(uow, post_input(title="Posyandu Kenanga")).id
        trashed = posts.create_post(uow, post_input(title="Posyandu Kamboja")).id
    with ctx.uow() as uow:
        posts.trash_post(uow, trashed)
    with ctx.uow() as uow:
        direction = directions.create_direction(uow, _direction("Kampanye imunisasi kejar"))
    with ctx.uow() as uow:
        note = data_notes.create_note(uow, _note("Vaksinasi campak", tags=("bias",)))
    with ctx.uow() as uow:  # without the index the portable engine answers
        assert isinstance(search.engine_for(uow), search.LikeSearch)
    assert _found(ctx, "kenanga") == [("post", post_id)]

    migrate("upgrade")
    assert _objects(ctx) == head
    with ctx.uow() as uow:
        assert isinstance(search.engine_for(uow), search.TsvectorSearch)
    assert _found(ctx, "posyandu") == [("post", post_id)]
    assert _found(ctx, "kejar") == [("direction", direction)]
    assert _found(ctx, "1245300 bias") == [("data_note", note)]
    _assert_index_is_exact(ctx)

    migrate("downgrade")
    with ctx.uow() as uow:  # the tables work without their triggers
        posts.update_post(uow, post_id, post_input(title="Tanpa indeks"), None)
    assert _found(ctx, "tanpa indeks") == [("post", post_id)]


@pytest.mark.postgresql_only("unaccent is a PostgreSQL extension")
def test_without_unaccent_search_works_and_the_log_says_so(
    new_data_dir: Callable[..., Path],
    postgres_server: PostgresServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A team database whose user may create tables but not extensions."""
    folder = new_data_dir("plain", empty=True)
    url = make_url(json.loads((folder / "settings.json").read_text())["database_url"])
    role = f"{url.database}_plain"
    admin = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        conn.execute(text(f"CREATE ROLE {role} LOGIN"))
        conn.execute(text(f"ALTER SCHEMA public OWNER TO {role}"))
    admin.dispose()
    try:
        write_database_url(folder, url.set(username=role).render_as_string(hide_password=False))
        with caplog.at_level(logging.WARNING, logger="sosmed_desktop.search"):
            ctx = bootstrap(folder)
        try:
            assert "unaccent cannot be created" in caplog.text
            set_profile(ctx)
            with ctx.uow() as uow:
                post_id = posts.create_post(uow, post_input(title="Kunjungan Café Sehat")).id
                assert isinstance(search.engine_for(uow), search.TsvectorSearch)
            assert _found(ctx, "café sehat") == [("post", post_id)]
            assert _found(ctx, "CAFÉ") == [("post", post_id)]  # case is still folded
            assert _found(ctx, "cafe") == []  # accents are not
        finally:
            ctx.dispose()
    finally:
        postgres_server.drop_database(str(url))  # the role's objects go with it
        admin = create_engine(postgres_server.url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        with admin.connect() as conn:
            conn.execute(text(f"DROP ROLE IF EXISTS {role}"))
        admin.dispose()
