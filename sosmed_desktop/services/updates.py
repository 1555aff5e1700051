"""Looking for a newer version where the department keeps it, when the officer asks.

Office PCs are often offline and locked down, so nothing here is automatic and
nothing is downloaded by itself.  IT puts the installer and a small version
file side by side in one place, a shared folder (``\\\\server\\sosmed``, which
works without internet) or a web address (``https://intranet/sosmed/``), and
enters that place in Settings (``update_source``).  *Bantuan → Periksa
pembaruan* reads ``sosmed-desktop-version.json`` there::

    {"version": "0.2.0",
     "installer": "SosmedDesktop-0.2.0-setup.exe",
     "sha256": "<SHA-256 of the installer, optional>",
     "notes": "What changed, shown to the officer"}

and, when the version is newer than the running one, offers to open the
installer.  The installer is a bare file name beside the version file or, for
a web source, also a full ``https://`` address.  From a folder the installer's
SHA-256 is checked before it is opened (`installer_to_open`), so a damaged
copy on the share is refused instead of run.
"""

from __future__ import annotations

import hashlib
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from sosmed_desktop import __version__
from sosmed_desktop.errors import DomainError

VERSION_FILE = "sosmed-desktop-version.json"
MAX_VERSION_FILE_BYTES = 64 * 1024
MAX_NOTES_CHARS = 2000
TIMEOUT_S = 10
_VERSION = re.compile(r"^\d{1,4}(?:\.\d{1,4}){0,3}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_WEB = ("http://", "https://")


class UpdateError(DomainError):
    """The update check could not be done, or the installer cannot be opened.

    Codes: ``update_source_missing`` (no place set), ``update_unreachable`` (the
    folder or address cannot be read), ``update_file_invalid`` (the version file
    is not as described), ``update_installer_missing``, ``update_installer_mismatch``.
    """

    code = "update_unreachable"
    template = "Update check at {source}: {detail}"


@dataclass(frozen=True)
class UpdateInfo:
    """What the version file says, next to the running version."""

    source: str
    current: str
    latest: str
    installer: str  # a local path, or an http(s) address
    sha256: str
    notes: str

    @property
    def newer(self) -> bool:
        """Whether the version offered is newer than the one running."""
        return version_key(self.latest) > version_key(self.current)

    @property
    def on_the_web(self) -> bool:
        return self.installer.startswith(_WEB)


def version_key(text: str) -> tuple[int, ...]:
    """``"0.10.2"`` as ``(0, 10, 2, 0)``, comparable; ValueError for anything else."""
    if not _VERSION.match(text):
        raise ValueError(f"not a version number: {text!r}")
    parts = [int(p) for p in text.split(".")]
    return tuple(parts + [0] * (4 - len(parts)))


def is_web(source: str) -> bool:
    """Whether `source` is a web address rather than a folder."""
    return source.lower().startswith(_WEB)


def check_source(source: str) -> None:
    """ValueError unless `source` is an http(s) address or an absolute folder path.

    A folder may be a Windows drive path or UNC path (``\\\\server\\share``) or a
    POSIX path, whichever system the check runs on.
    """
    if is_web(source):
        if not urllib.parse.urlsplit(source).netloc:
            raise ValueError("the web address has no server")
        return
    if not (PureWindowsPath(source).is_absolute() or PurePosixPath(source).is_absolute()):
        raise ValueError("give a full folder path (\\\\server\\share\\...) or an http(s) address")


def _version_file_location(source: str) -> str:
    if source.lower().endswith(".json"):
        return source
    if is_web(source):
        return urllib.parse.urljoin(source.rstrip("/") + "/", VERSION_FILE)
    return str(Path(source) / VERSION_FILE)


def _read(location: str, source: str, opener: Callable[..., Any]) -> bytes:
    """The version file's bytes (at most `MAX_VERSION_FILE_BYTES`)."""
    try:
        if is_web(location):
            with opener(location, timeout=TIMEOUT_S) as response:
                data = response.read(MAX_VERSION_FILE_BYTES + 1)
        else:
            with open(location, "rb") as fh:
                data = fh.read(MAX_VERSION_FILE_BYTES + 1)
    except (OSError, urllib.error.URLError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or getattr(exc, "strerror", None) or exc
        raise UpdateError(source=source, detail=f"{location} cannot be read ({reason})") from exc
    if len(data) > MAX_VERSION_FILE_BYTES:
        raise _invalid(source, "the version file is far too large")
    return data


def _invalid(source: str, detail: str) -> UpdateError:
    return UpdateError(code="update_file_invalid", source=source, detail=detail)


def _installer_location(location: str, name: str, source: str) -> str:
    """Where the installer named in the version file is."""
    if name.lower().startswith("https://") and is_web(location):
        return name
    if not name or name != PurePosixPath(name).name or name != PureWindowsPath(name).name:
        raise _invalid(
            source, f"the installer must be a file name beside the version file: {name!r}"
        )
    if is_web(location):
        return urllib.parse.urljoin(location, urllib.parse.quote(name))
    return str(Path(location).parent / name)


def check(
    source: str,
    current: str = __version__,
    opener: Callable[..., Any] = urllib.request.urlopen,
) -> UpdateInfo:
    """Read the version file at `source` and compare it with `current`.

    Raises `UpdateError` (see its codes); reads nothing else and changes nothing.
    """
    source = source.strip()
    if not source:
        raise UpdateError(code="update_source_missing", source="", detail="no place is set")
    location = _version_file_location(source)
    raw = _read(location, source, opener)
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _invalid(source, f"the version file is not JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise _invalid(source, "the version file does not hold an object")
    latest, installer = data.get("version"), data.get("installer")
    sha256, notes = data.get("sha256", ""), data.get("notes", "")
    if not isinstance(latest, str) or not _VERSION.match(latest):
        raise _invalid(source, f"'version' must be a version number like 0.2.0, not {latest!r}")
    if not isinstance(installer, str):
        raise _invalid(source, "'installer' must name the installer file")
    if not isinstance(sha256, str) or (sha256 and not _SHA256.match(sha256.lower())):
        raise _invalid(source, "'sha256' must be the installer's SHA-256 in hexadecimal")
    if not isinstance(notes, str):
        raise _invalid(source, "'notes' must be text")
    return UpdateInfo(
        source=source,
        current=current,
        latest=latest,
        installer=_installer_location(location, installer, source),
        sha256=sha256.lower(),
        notes=notes[:MAX_NOTES_CHARS],
    )


def installer_to_open(info: UpdateInfo) -> str:
    """The installer to hand to the system: a checked local file, or the web address.

    A local installer must be there and, when the version file gives its SHA-256,
    match it; a web address is opened by the browser, which downloads it.
    """
    if info.on_the_web:
        return info.installer
    path = Path(info.installer)
    digest = hashlib.sha256()
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
    except OSError as exc:
        raise UpdateError(
            code="update_installer_missing",
            source=info.source,
            detail=f"{path} cannot be read ({exc.strerror or exc})",
            path=str(path),
        ) from exc
    if info.sha256 and digest.hexdigest() != info.sha256:
        raise UpdateError(
            code="update_installer_mismatch",
            source=info.source,
            detail=f"{path} does not match the SHA-256 in the version file",
            path=str(path),
        )
    return str(path)
