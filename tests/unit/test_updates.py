"""The update check: a version file in a shared folder or at a web address, read on request."""

from __future__ import annotations

import functools
import hashlib
import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from sosmed_desktop.config import Config
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.services import updates
from sosmed_desktop.services.updates import VERSION_FILE, UpdateError

INSTALLER = "SosmedDesktop-0.2.0-setup.exe"


def publish(folder: Path, **fields: object) -> Path:
    """What IT puts on the share: an installer and the version file naming it."""
    folder.mkdir(parents=True, exist_ok=True)
    installer = folder / INSTALLER
    installer.write_bytes(b"MZ installer bytes")
    data = {
        "version": "0.2.0",
        "installer": INSTALLER,
        "sha256": hashlib.sha256(installer.read_bytes()).hexdigest(),
        "notes": "Perbaikan lembar persetujuan.",
        **fields,
    }
    (folder / VERSION_FILE).write_text(json.dumps(data), encoding="utf-8")
    return folder


@pytest.fixture
def web(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A web server on 127.0.0.1 serving a folder (the department's intranet)."""
    root = tmp_path / "www"
    root.mkdir()
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/sosmed/", root / "sosmed"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_a_newer_version_on_the_share(tmp_path: Path) -> None:
    share = publish(tmp_path / "share")
    info = updates.check(str(share), current="0.1.0")
    assert info.newer and info.latest == "0.2.0"
    assert info.notes == "Perbaikan lembar persetujuan."
    assert updates.installer_to_open(info) == str(share / INSTALLER)


@pytest.mark.parametrize(
    ("current", "newer"), [("0.2.0", False), ("0.10.0", False), ("0.1.9", True)]
)
def test_versions_compare_as_numbers(tmp_path: Path, current: str, newer: bool) -> None:
    info = updates.check(str(publish(tmp_path / "share")), current=current)
    assert info.newer is newer


def test_the_version_file_itself_may_be_named(tmp_path: Path) -> None:
    share = publish(tmp_path / "share")
    info = updates.check(str(share / VERSION_FILE), current="0.1.0")
    assert info.installer == str(share / INSTALLER)


def test_a_web_address_and_a_relative_installer(web: tuple[str, Path]) -> None:
    address, folder = web
    publish(folder)
    info = updates.check(address, current="0.1.0")
    assert info.newer and info.on_the_web
    assert info.installer == f"{address}{INSTALLER}"
    assert updates.installer_to_open(info) == info.installer  # the browser downloads it


def test_a_missing_web_file_is_unreachable(web: tuple[str, Path]) -> None:
    address, _folder = web
    with pytest.raises(UpdateError) as caught:
        updates.check(address)
    assert caught.value.code == "update_unreachable"


def test_nothing_set_or_nothing_there(tmp_path: Path) -> None:
    with pytest.raises(UpdateError) as caught:
        updates.check("  ")
    assert caught.value.code == "update_source_missing"
    with pytest.raises(UpdateError) as caught:
        updates.check(str(tmp_path / "no share"))
    assert caught.value.code == "update_unreachable"


@pytest.mark.parametrize(
    "content",
    [
        b"not json",
        b"[1, 2]",
        json.dumps({"version": "versi baru", "installer": INSTALLER}).encode(),
        json.dumps({"version": "0.2.0"}).encode(),
        json.dumps({"version": "0.2.0", "installer": "..\\..\\evil.exe"}).encode(),
        json.dumps({"version": "0.2.0", "installer": "C:/Windows/evil.exe"}).encode(),
        json.dumps({"version": "0.2.0", "installer": "https://elsewhere/x.exe"}).encode(),
        json.dumps({"version": "0.2.0", "installer": INSTALLER, "sha256": "abc"}).encode(),
        json.dumps({"version": "0.2.0", "installer": INSTALLER, "notes": ["x"]}).encode(),
        b"{" + b" " * updates.MAX_VERSION_FILE_BYTES + b"}",
    ],
)
def test_a_bad_version_file_is_explained(tmp_path: Path, content: bytes) -> None:
    share = tmp_path / "share"
    share.mkdir()
    (share / VERSION_FILE).write_bytes(content)
    with pytest.raises(UpdateError) as caught:
        updates.check(str(share))
    assert caught.value.code == "update_file_invalid"


def test_a_damaged_or_missing_installer_is_not_opened(tmp_path: Path) -> None:
    share = publish(tmp_path / "share")
    info = updates.check(str(share), current="0.1.0")
    (share / INSTALLER).write_bytes(b"MZ something else")
    with pytest.raises(UpdateError) as caught:
        updates.installer_to_open(info)
    assert caught.value.code == "update_installer_mismatch"
    (share / INSTALLER).unlink()
    with pytest.raises(UpdateError) as caught:
        updates.installer_to_open(info)
    assert caught.value.code == "update_installer_missing"


def test_the_setting_takes_a_folder_or_a_web_address(tmp_path: Path) -> None:
    config = Config(tmp_path)
    for good in ("", r"\\server\share\sosmed", "D:\\Pembaruan", "/srv/sosmed", "https://x/s/"):
        config.set("update_source", good)
    for bad in ("share\\sosmed", "ftp://server/x", "https://"):
        with pytest.raises(ValidationError) as caught:
            config.set("update_source", bad)
        assert caught.value.code == "update_source_invalid"
