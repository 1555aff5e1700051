"""Team server: the password in the keyring, "test connection", originals in the database."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import select, update

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db import blobs, credentials
from sosmed_desktop.db.engine import build_engine
from sosmed_desktop.db.models_team import MediaBlob
from sosmed_desktop.services.media import media, originals
from sosmed_desktop.services.team.server_connection import (
    EMPTY,
    SOSMED,
    ServerConnectionError,
    ServerLogin,
    connection_error,
    probe_server,
)
from tests.engines import PostgresServer, postgres_url
from tests.fake_pg import FakePostgres
from tests.keyrings import MemoryKeyring
from tests.media_files import jpeg, video

URL = "postgresql+psycopg://petugas@db.kantor.local:5432/sosmed"


@pytest.fixture
def server(request: pytest.FixtureRequest) -> PostgresServer:
    if not postgres_url() and os.environ.get("CI", "").lower() != "true":
        pytest.skip("needs a PostgreSQL server: set SOSMED_TEST_POSTGRES")
    return request.getfixturevalue("postgres_server")


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# The password ---------------------------------------------------------------------


def test_the_settings_url_has_no_password_and_the_engine_gets_it_from_the_keyring(
    memory_keyring: MemoryKeyring,
) -> None:
    login = ServerLogin("db.kantor.local", 5432, "sosmed", "petugas")
    assert login.url() == URL
    assert ServerLogin.from_url(URL) == login
    credentials.save_password(login.url(), "rahasia")
    assert "rahasia" in memory_keyring.entries.values()
    engine = build_engine(login.url())
    try:
        assert engine.url.password == "rahasia"
        assert "rahasia" not in repr(engine.url)
    finally:
        engine.dispose()
    assert credentials.without_password(engine.url) == URL


def test_without_a_keyring_the_password_is_refused_and_kept_for_the_session_only(
    tmp_path: Path,
) -> None:
    keyring.set_keyring(fail.Keyring())
    assert not credentials.keyring_available()
    with pytest.raises(credentials.KeyringUnavailableError) as caught:
        credentials.save_password(URL, "rahasia")
    assert caught.value.code == "keyring_unavailable"
    assert credentials.stored_password(URL) is None
    credentials.remember_for_session(URL, "rahasia")
    assert credentials.with_password(URL).password == "rahasia"
    assert not any("rahasia" in p.read_text(errors="ignore") for p in tmp_path.rglob("*"))


def test_the_environment_password_serves_headless_commands(
    monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    assert credentials.with_password(URL).password is None
    monkeypatch.setenv(credentials.ENV_PASSWORD, "dari-env")
    assert credentials.with_password(URL).password == "dari-env"
    credentials.forget_password(URL)  # nothing stored: no error


def test_a_broken_keyring_is_logged_not_fatal(caplog: pytest.LogCaptureFixture) -> None:
    class Locked(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            raise keyring.errors.KeyringError("the keyring is locked")

    keyring.set_keyring(Locked())
    assert credentials.stored_password(URL) is None
    assert "locked" in caplog.text


# Test connection ------------------------------------------------------------------


def test_wrong_password_is_named() -> None:
    fake = FakePostgres()
    try:
        with pytest.raises(ServerConnectionError) as caught:
            probe_server(fake.url(), "salah", timeout=5)
    finally:
        fake.close()
    assert caught.value.code == "server_auth_failed"
    assert "password authentication failed" in str(caught.value)


def test_a_closed_port_is_connection_refused() -> None:
    url = f"postgresql+psycopg://postgres@127.0.0.1:{closed_port()}/sosmed"
    with pytest.raises(ServerConnectionError) as caught:
        probe_server(url, timeout=5)
    assert caught.value.code == "server_refused"
    assert caught.value.params["host"] == "127.0.0.1"


def test_a_server_that_never_answers_is_a_timeout() -> None:
    fake = FakePostgres(silent=True)
    try:
        with pytest.raises(ServerConnectionError) as caught:
            probe_server(fake.url(), "x", timeout=2)
    finally:
        fake.close()
    assert caught.value.code == "server_timeout"


def test_an_unknown_host_is_named() -> None:
    class Unresolved(Exception):
        sqlstate = None

        def __str__(self) -> str:
            return (
                "failed to resolve host 'db.kantor.invalid': [Errno -2] Name or service not known"
            )

    assert connection_error(Unresolved(), "db.kantor.invalid").code == "server_host_unknown"


def test_a_missing_database_is_named(server: PostgresServer) -> None:
    with pytest.raises(ServerConnectionError) as caught:
        probe_server(server.url_of("sosmed_test_belum_dibuat"))
    assert caught.value.code == "server_database_missing"


def test_probe_tells_an_empty_database_from_a_team_database(server: PostgresServer) -> None:
    empty, team = server.create_empty_database(), server.create_database()
    try:
        facts = probe_server(empty)
        assert facts.state == EMPTY and facts.revision is None
        assert facts.server_version[0].isdigit()
        facts = probe_server(team)
        assert facts.state == SOSMED and facts.up_to_date and facts.revision == facts.head
    finally:
        server.drop_database(empty)
        server.drop_database(team)


# Originals in the database --------------------------------------------------------


@pytest.mark.postgresql_only("the team database keeps the originals")
def test_an_import_stores_the_original_in_chunks_and_another_pc_fetches_it(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(blobs, "BLOB_CHUNK", 4096)  # a "large" file: several chunks
    source = video(tmp_path / "rapat.mp4", frames=40)
    with ctx.uow() as uow:
        result = media.import_file(ctx.config, uow, source)
    with ctx.uow() as uow:
        asset = uow.session.get(media.MediaAsset, result.media_id)
        assert asset is not None
        sha, extension = asset.sha256, asset.extension
        assert blobs.chunk_count(uow.session, sha) == -(-source.stat().st_size // 4096) > 1
    originals.stored_path(ctx.config, sha, extension).unlink()  # another PC: nothing cached
    path = originals.fetch_original(ctx, sha, extension)
    assert path.read_bytes() == source.read_bytes()


@pytest.mark.sqlite_only("on SQLite the file in the media folder is the original")
def test_on_sqlite_nothing_goes_into_the_database(ctx: AppContext, tmp_path: Path) -> None:
    with ctx.uow() as uow:
        media.import_file(ctx.config, uow, jpeg(tmp_path / "a.jpg"))
    with ctx.uow() as uow:
        assert uow.session.scalars(select(MediaBlob)).first() is None


@pytest.mark.postgresql_only("the team database keeps the originals")
def test_an_original_damaged_in_the_database_is_refused_when_fetched(
    ctx: AppContext, tmp_path: Path
) -> None:
    with ctx.uow() as uow:
        result = media.import_file(ctx.config, uow, jpeg(tmp_path / "a.jpg"))
    with ctx.uow() as uow:
        asset = uow.session.get(media.MediaAsset, result.media_id)
        assert asset is not None
        sha, extension = asset.sha256, asset.extension
        uow.session.execute(
            update(MediaBlob).where(MediaBlob.sha256 == sha).values(data=b"bukan foto itu")
        )
        uow.commit()
    cached = originals.stored_path(ctx.config, sha, extension)
    cached.unlink()
    with pytest.raises(originals.OriginalUnavailableError) as caught:
        originals.fetch_original(ctx, sha, extension)
    assert caught.value.code == "original_damaged"
    assert not cached.exists()
    assert not [p for p in ctx.config.media_dir.rglob("*") if p.is_file()]  # no temp left
    from sosmed_desktop.services.check import run_check

    report = run_check(ctx)
    assert not report.ok
    assert any(f.code == "media_changed" for f in report.findings)


def test_the_settings_file_never_holds_the_password(ctx: AppContext) -> None:
    credentials.save_password(URL, "rahasia")
    ctx.config.set("database_url", ServerLogin.from_url(URL).url())
    ctx.config.save()
    saved = json.loads((ctx.config.data_dir / "settings.json").read_text(encoding="utf-8"))
    assert saved["database_url"] == URL and "rahasia" not in json.dumps(saved)
