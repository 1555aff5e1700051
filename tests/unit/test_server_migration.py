"""Moving the local data into an empty team database (services/team/server_migration.py).

The source is always a SQLite data folder with the demo data; the target a
fresh database of its own on the test server (SOSMED_TEST_POSTGRES).  Every
refusal or cancel leaves the target without a single table, and the SQLite
file unchanged.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.pool import NullPool

from sosmed_desktop.bootstrap import bootstrap
from sosmed_desktop.cli import parse, run_command
from sosmed_desktop.config import Config
from sosmed_desktop.db.models import MediaAsset, Post
from sosmed_desktop.demo.seed import seed_demo
from sosmed_desktop.services.check import run_check
from sosmed_desktop.services.media import originals
from sosmed_desktop.services.posts.data import PostInput
from sosmed_desktop.services.posts.posts import create_post
from sosmed_desktop.services.search import search
from sosmed_desktop.services.team.server_migration import (
    MigrationCancelled,
    MigrationError,
    migrate_to_server,
)
from tests.engines import PostgresServer, postgres_url, write_database_url


@pytest.fixture
def server(request: pytest.FixtureRequest) -> PostgresServer:
    if not postgres_url() and os.environ.get("CI", "").lower() != "true":
        pytest.skip("needs a PostgreSQL server: set SOSMED_TEST_POSTGRES")
    return request.getfixturevalue("postgres_server")


@pytest.fixture
def empty_database(server: PostgresServer) -> Iterator[Callable[[], str]]:
    """Makes empty databases (a team's new one) and drops them after the test."""
    made: list[str] = []

    def make() -> str:
        made.append(server.create_empty_database())
        return made[-1]

    yield make
    for url in made:
        server.drop_database(url)


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite data folder with the demo data (read only by the tests using it)."""
    folder = tmp_path_factory.mktemp("demo") / "data"
    ctx = bootstrap(folder)
    try:
        seed_demo(ctx)
    finally:
        ctx.dispose()
    return folder


@pytest.fixture
def own_demo(demo_folder: Path, tmp_path: Path) -> Path:
    """A copy of the demo folder that a test may damage."""
    return Path(shutil.copytree(demo_folder, tmp_path / "own"))


def tables_of(url: str) -> list[str]:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return inspect(conn).get_table_names()
    finally:
        engine.dispose()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _found(uow, words: str) -> set[tuple[str, int]]:
    return {(str(hit.kind), hit.id) for hit in search.search_all(uow, words)}


def test_demo_data_moves_with_ids_counts_sequences_and_originals(
    demo_folder: Path, empty_database: Callable[[], str], tmp_path: Path
) -> None:
    url = empty_database()
    before = file_digest(demo_folder / "sosmed.db")
    steps: dict[str, tuple[int, int]] = {}
    report = migrate_to_server(
        Config.load(demo_folder),
        url,
        on_progress=lambda step, done, total: steps.__setitem__(step, (done, total)),
        batch_rows=7,
    )
    assert file_digest(demo_folder / "sosmed.db") == before  # the source is only read
    counts = {c.table: (c.source, c.target) for c in report.counts}
    assert counts["posts"] == (42, 42) and counts["post_variants"][0] > 100
    assert all(source == target for source, target in counts.values())
    assert counts["media_blobs"] == (report.media_files, report.media_files)
    assert report.media_files == 12 and report.media_bytes > 0
    assert steps["posts"] == (42, 42) and steps["media_blobs"] == (12, 12)

    # Another PC opens the team database with an empty data folder of its own.
    team = tmp_path / "team-pc"
    write_database_url(team, url)
    ctx = bootstrap(team)
    try:
        local = bootstrap(demo_folder, upgrade_schema=False)
        with local.uow() as src, ctx.uow() as dst:
            ids = [(p.id, p.uuid, p.title) for p in src.session.scalars(select(Post))]
            assert ids == [(p.id, p.uuid, p.title) for p in dst.session.scalars(select(Post))]
            asset = dst.session.scalars(select(MediaAsset).order_by(MediaAsset.id)).first()
            assert asset is not None
            sha, extension = asset.sha256, asset.extension
        local.dispose()
        with ctx.uow() as uow:
            created = create_post(uow, PostInput(title="Pos pertama di server tim"))
        assert created.id == max(i for i, _u, _t in ids) + 1  # the sequence moved on
        with ctx.uow() as uow:  # the search index was filled by the copy, and stays current
            assert ("post", created.id) in _found(uow, "server tim")
            old_id, _uuid, old_title = ids[0]
            assert ("post", old_id) in _found(uow, old_title)
        assert not any(ctx.config.media_dir.rglob(f"{sha}.*"))
        with ctx.uow() as uow:
            path = originals.local_original(ctx.config, uow, sha, extension)
        assert file_digest(path) == sha  # fetched from the database into the cache
        report_check = run_check(ctx)
        assert report_check.ok, report_check.findings
    finally:
        ctx.dispose()


def test_a_database_with_tables_is_refused_and_left_as_it_was(
    demo_folder: Path, server: PostgresServer
) -> None:
    url = server.create_database()  # a team database already in use
    try:
        before = sorted(tables_of(url))
        with pytest.raises(MigrationError) as caught:
            migrate_to_server(Config.load(demo_folder), url)
        assert caught.value.code == "migration_target_not_empty"
        assert "not empty" in str(caught.value)
        assert sorted(tables_of(url)) == before
        engine = create_engine(url, poolclass=NullPool)
        with engine.connect() as conn:
            assert conn.scalar(text("SELECT count(*) FROM posts")) == 0
        engine.dispose()
    finally:
        server.drop_database(url)


def test_cancel_midway_leaves_the_target_empty(
    demo_folder: Path, empty_database: Callable[[], str]
) -> None:
    url = empty_database()
    cancel = threading.Event()
    seen: list[str] = []

    def progress(step: str, done: int, total: int) -> None:
        seen.append(step)
        if step == "posts" and done > 0:
            cancel.set()

    with pytest.raises(MigrationCancelled):
        migrate_to_server(
            Config.load(demo_folder), url, on_progress=progress, cancel=cancel, batch_rows=10
        )
    assert "posts" in seen and "media_blobs" not in seen
    assert tables_of(url) == []


def test_a_missing_original_is_named_and_nothing_is_written(
    own_demo: Path, empty_database: Callable[[], str]
) -> None:
    url = empty_database()
    config = Config.load(own_demo)
    ctx = bootstrap(own_demo, upgrade_schema=False)
    with ctx.uow() as uow:
        asset = uow.session.scalars(select(MediaAsset).order_by(MediaAsset.id)).first()
        assert asset is not None
        name, path = asset.original_name, config.media_dir / asset.stored_name
    ctx.dispose()
    path.unlink()
    with pytest.raises(MigrationError) as caught:
        migrate_to_server(config, url)
    assert caught.value.code == "migration_media_missing"
    assert caught.value.params["name"] == name and name in str(caught.value)
    assert tables_of(url) == []


def test_an_altered_original_rolls_everything_back(
    own_demo: Path, empty_database: Callable[[], str]
) -> None:
    url = empty_database()
    config = Config.load(own_demo)
    victim = sorted(config.media_dir.rglob("*.jpg"))[-1]
    victim.write_bytes(victim.read_bytes() + b"tambahan")
    with pytest.raises(MigrationError) as caught:
        migrate_to_server(config, url)
    assert caught.value.code == "migration_media_changed"
    assert tables_of(url) == []


def test_wrong_server_details_are_reported_before_anything_happens(
    demo_folder: Path, server: PostgresServer
) -> None:
    from sosmed_desktop.services.team.server_connection import ServerConnectionError

    missing = server.url_of("sosmed_test_tidak_ada")
    with pytest.raises(ServerConnectionError) as caught:
        migrate_to_server(Config.load(demo_folder), missing)
    assert caught.value.code == "server_database_missing"


def test_command_prints_the_verification_and_refuses_a_second_run(
    demo_folder: Path, empty_database: Callable[[], str], capsys: pytest.CaptureFixture[str]
) -> None:
    url = empty_database()
    args = ["migrate-to-server", url, "--data-dir", str(demo_folder)]
    assert run_command(parse(args)) == 0
    out = capsys.readouterr().out
    assert "posts" in out and "12 originals" in out
    assert any(line.split()[:3] == ["posts", "42", "42"] for line in out.splitlines())
    assert run_command(parse(args)) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error:") and "not empty" in err[0]
