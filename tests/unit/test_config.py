"""Settings and the data folder: where it is, what is stored, what is refused."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from sosmed_desktop import config as config_mod
from sosmed_desktop.config import (
    ENV_DATA_DIR,
    SETTINGS_FILE,
    SUBDIRS,
    Config,
    default_data_dir,
    ensure_data_dir,
    resolve_data_dir,
    validate_value,
)
from sosmed_desktop.errors import DataDirError, DiskFullError, SettingsFileError, ValidationError
from sosmed_desktop.fileops import atomic_write_text


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A plain folder: the settings file is the same whatever the engine (no database here)."""
    return tmp_path / "data"


# --- resolve_data_dir ---------------------------------------------------------------


@pytest.fixture
def fake_platform_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Make platformdirs answer with a folder inside tmp_path."""
    target = tmp_path / "platform-default"
    monkeypatch.setattr(config_mod.platformdirs, "user_data_dir", lambda *a, **k: str(target))
    return target


def test_cli_value_wins_over_env_and_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_platform_dir: Path
) -> None:
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "from-env"))
    assert resolve_data_dir(tmp_path / "from-cli") == tmp_path / "from-cli"
    assert resolve_data_dir(str(tmp_path / "from-cli")) == tmp_path / "from-cli"


def test_env_wins_over_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_platform_dir: Path
) -> None:
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "from-env"))
    assert resolve_data_dir(None) == tmp_path / "from-env"


@pytest.mark.parametrize("value", ["", "   "])
def test_an_empty_folder_option_is_refused(value: str) -> None:
    with pytest.raises(DataDirError):
        resolve_data_dir(value)


def test_platform_default_when_nothing_given(
    monkeypatch: pytest.MonkeyPatch, fake_platform_dir: Path
) -> None:
    monkeypatch.delenv(ENV_DATA_DIR, raising=False)
    assert resolve_data_dir(None) == fake_platform_dir


def test_real_platform_default_is_named_after_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_DATA_DIR, raising=False)
    assert default_data_dir().name == "SosmedDesktop"
    assert resolve_data_dir(None) == default_data_dir().absolute()


def test_resolved_dir_is_absolute_and_expands_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    assert resolve_data_dir("~/sosmed") == tmp_path / "sosmed"
    assert resolve_data_dir("relative") == tmp_path / "relative"
    assert resolve_data_dir("relative").is_absolute()


# --- Config load / save ---------------------------------------------------------------


def test_defaults_without_settings_file(data_dir: Path) -> None:
    cfg = Config.load(data_dir)
    assert cfg.get("language") == "id"
    assert cfg.get("timezone") == "Asia/Jakarta"
    assert cfg.get("welcome_done") is False
    assert cfg.database_url.database == str(data_dir / "sosmed.db")
    assert str(cfg.tz) == "Asia/Jakarta"


def test_save_load_roundtrip(data_dir: Path) -> None:
    data_dir.mkdir()
    cfg = Config.load(data_dir)
    cfg.set("language", "en")
    cfg.set("timezone", "Asia/Makassar")
    cfg.set("welcome_done", True)
    cfg.set("database_url", "postgresql+psycopg://humas:rahasia@10.0.0.5/sosmed")
    cfg.save()
    again = Config.load(data_dir)
    assert again.get("language") == "en"
    assert again.get("timezone") == "Asia/Makassar"
    assert again.get("welcome_done") is True
    # The password went to the keyring, never into the file (issue 15).
    assert again.database_url == "postgresql+psycopg://humas@10.0.0.5/sosmed"
    saved = (data_dir / SETTINGS_FILE).read_text("utf-8")
    assert json.loads(saved)["language"] == "en" and "rahasia" not in saved


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("language", "fr"),
        ("language", ""),
        ("language", 1),
        ("timezone", "Asia/Atlantis"),
        ("timezone", ""),
        ("timezone", "../../etc/passwd"),
        ("database_url", "mysql://u:p@host/db"),
        ("database_url", "oracle://u:p@host/db"),
        ("database_url", "this is not a url"),
        ("welcome_done", "yes"),
        ("no_such_setting", "x"),
    ],
)
def test_invalid_values_are_rejected(data_dir: Path, key: str, value: object) -> None:
    cfg = Config(data_dir)
    with pytest.raises(ValidationError):
        cfg.set(key, value)
    assert key not in cfg.values


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://user:pw@server:5432/sosmed",
        "postgresql://user@server/sosmed",
        "sqlite:////tmp/other.db",
        "",
    ],
)
def test_supported_database_urls_are_accepted(url: str) -> None:
    assert validate_value("database_url", url) == url


def test_unknown_keys_are_kept_when_saving(data_dir: Path) -> None:
    data_dir.mkdir()
    path = data_dir / SETTINGS_FILE
    path.write_text(json.dumps({"timezone": "Asia/Jayapura", "from_newer_version": [1]}))
    cfg = Config.load(data_dir)
    assert cfg.get("timezone") == "Asia/Jayapura"
    cfg.set("language", "en")
    cfg.save()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved == {"timezone": "Asia/Jayapura", "from_newer_version": [1], "language": "en"}


def test_a_byte_order_mark_is_accepted(data_dir: Path) -> None:
    """Older Windows Notepad writes UTF-8 with a BOM."""
    data_dir.mkdir()
    url = "postgresql+psycopg://petugas@server/sosmed"
    (data_dir / SETTINGS_FILE).write_bytes(
        b"\xef\xbb\xbf" + json.dumps({"database_url": url}).encode()
    )
    assert Config.load(data_dir).get("database_url") == url


@pytest.mark.parametrize(
    "values",
    [{"language": "fr"}, {"database_url": "mysql://x@y/z"}, {"timezone": "Mars/Olympus"}],
)
def test_an_invalid_value_refuses_the_file_and_keeps_it(data_dir: Path, values: dict) -> None:
    """Ignoring e.g. the team's database URL would silently open an empty local database."""
    data_dir.mkdir()
    path = data_dir / SETTINGS_FILE
    path.write_text(json.dumps(values), encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(SettingsFileError):
        Config.load(data_dir)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"\xff\xfe\x00garbage\x80",
        b"[1, 2, 3]",
        b"",
        b"null",
        b"[" * 100_000,
        b'{"x": "' + b"a" * 1_100_000 + b'"}',
    ],
)
def test_an_unreadable_settings_file_is_refused_and_kept(data_dir: Path, content: bytes) -> None:
    data_dir.mkdir()
    (data_dir / SETTINGS_FILE).write_bytes(content)
    with pytest.raises(SettingsFileError):
        Config.load(data_dir)
    assert (data_dir / SETTINGS_FILE).read_bytes() == content


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("sqlite://", "database_url_not_file"),
        ("sqlite:///relative.db", "database_url_not_file"),
        ("postgresql+asyncpg://u@h/db", "database_url_unsupported"),
        ("sqlite+pysqlcipher:///x.db", "database_url_unsupported"),
        ("postgresql+psycopg://u@/db", "database_url_invalid"),
    ],
)
def test_unsafe_database_urls_are_refused(url: str, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_value("database_url", url)
    assert info.value.code == code


def test_odd_characters_in_the_data_folder_stay_in_the_path(tmp_path: Path) -> None:
    """ "?", "#" and "%41" are legal in folder names and must not be read as URL syntax."""
    from sosmed_desktop.bootstrap import bootstrap

    folder = tmp_path / "data ?#%41 ☕"
    ctx = bootstrap(folder)
    try:
        assert ctx.sqlite_file == folder / "sosmed.db"
        assert (folder / "sosmed.db").is_file()
    finally:
        ctx.dispose()


def test_save_leaves_no_temp_files(data_dir: Path) -> None:
    data_dir.mkdir()
    cfg = Config(data_dir)
    for lang in ("en", "id", "en"):
        cfg.set("language", lang)
        cfg.save()
    assert sorted(p.name for p in data_dir.iterdir()) == [SETTINGS_FILE]


def test_atomic_write_failure_keeps_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "settings.json"
    atomic_write_text(target, "lama")

    def broken_replace(*_args: object) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(config_mod.os, "replace", broken_replace)
    with pytest.raises(OSError):
        atomic_write_text(target, "baru")
    assert target.read_text("utf-8") == "lama"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_save_on_full_disk_is_a_domain_error_and_keeps_old_file(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir.mkdir()
    cfg = Config(data_dir)
    cfg.set("language", "en")
    cfg.save()

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(config_mod.os, "fsync", full)
    cfg.set("language", "id")
    with pytest.raises(DiskFullError):
        cfg.save()
    assert json.loads((data_dir / SETTINGS_FILE).read_text("utf-8")) == {"language": "en"}
    assert [p.name for p in data_dir.iterdir()] == [SETTINGS_FILE]


# --- ensure_data_dir -------------------------------------------------------------------


def test_ensure_data_dir_creates_subfolders(data_dir: Path) -> None:
    ensure_data_dir(data_dir)
    for sub in SUBDIRS:
        assert (data_dir / sub).is_dir()
    ensure_data_dir(data_dir)  # idempotent
    assert not [p for p in data_dir.iterdir() if p.name.startswith(".write-probe-")]


def test_read_only_folder_raises_data_dir_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = tmp_path / "ro"
    parent.mkdir()
    if os.geteuid() == 0:  # root ignores permissions: simulate the refusal
        original = Path.mkdir

        def refuse(self: Path, *args: object, **kwargs: object) -> None:
            if parent in self.parents:
                raise PermissionError(errno.EACCES, "Permission denied", str(self))
            original(self, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(Path, "mkdir", refuse)
    else:
        parent.chmod(0o500)
    try:
        with pytest.raises(DataDirError) as info:
            ensure_data_dir(parent / "data")
    finally:
        parent.chmod(0o700)
    assert not isinstance(info.value, DiskFullError)
    assert info.value.code == "data_dir"
    assert info.value.params["path"] == str(parent / "data")


def test_full_disk_raises_disk_full_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(self: Path, *args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(self))

    monkeypatch.setattr(Path, "mkdir", full)
    with pytest.raises(DiskFullError) as info:
        ensure_data_dir(tmp_path / "data")
    assert info.value.code == "disk_full"


def test_unwritable_existing_folder_detected_by_probe(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ensure_data_dir(data_dir)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(config_mod.tempfile, "NamedTemporaryFile", refuse)
    with pytest.raises(DataDirError) as info:
        ensure_data_dir(data_dir)
    assert "Read-only" in str(info.value)
