"""Reading a package zip that may be hostile: inspect every entry, then extract into staging.

Python's `ZipFile.extract` cleans ``..`` and absolute names but nothing else:
it follows no limits, so `inspect` looks at the central directory first and
refuses the whole zip at the first problem (unsafe path, symlink, duplicate
name, too many entries, too large, too compressed, a file outside the package
layout).  Only then does `extract` write the entries into a fresh staging
folder, checking that each resolved path stays inside it, counting bytes as
they come out and hashing them for the manifest's checksums.
"""

from __future__ import annotations

import hashlib
import stat
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from sosmed_desktop.domain import package_format as fmt
from sosmed_desktop.errors import PackageError

CHUNK = 1 << 20


@dataclass(frozen=True)
class Member:
    """An accepted file entry: its zip info, path inside the package folder and kind."""

    info: zipfile.ZipInfo
    inner: str
    kind: str


@dataclass
class Inspected:
    """The package folder of a zip and its file entries by inner path."""

    root: str = ""
    members: dict[str, Member] = field(default_factory=dict)


# What a damaged or hostile entry can raise while it is read: a broken stream,
# a compression method Python cannot read, a truncated file.  (An OSError while
# writing the extracted copy is the disk's problem, not the package's.)
ZIP_DAMAGE = (zipfile.BadZipFile, NotImplementedError, zlib.error, EOFError, ValueError)


def refuse(code: str, name: str, detail: str, **params: object) -> PackageError:
    """The refusal of package `name` with its own code."""
    return PackageError(code=f"package_{code}", name=name, detail=detail, **params)


def _check_entry(info: zipfile.ZipInfo, name: str, seen: set[str]) -> None:
    reason = fmt.unsafe_reason(info.filename)
    if reason is not None:
        raise refuse(
            "unsafe_path", name, f"{info.filename[:120]!r}: {reason}", entry=info.filename[:120]
        )
    if stat.S_ISLNK(info.external_attr >> 16):
        raise refuse("symlink", name, f"{info.filename} is a symbolic link", entry=info.filename)
    key = unicodedata.normalize("NFC", info.filename.rstrip("/")).casefold()
    if key in seen:  # Windows and macOS would write both to the same file
        raise refuse("duplicate_name", name, f"{info.filename} appears twice", entry=info.filename)
    seen.add(key)
    if info.flag_bits & 0x1:
        raise refuse("damaged", name, f"{info.filename} is encrypted", entry=info.filename)


def _check_size(info: zipfile.ZipInfo, total: int, name: str) -> None:
    if info.file_size > fmt.MAX_FILE_BYTES or total > fmt.MAX_TOTAL_BYTES:
        raise refuse(
            "too_large", name, f"more than {fmt.MAX_TOTAL_BYTES} bytes when unpacked",
            limit=fmt.MAX_TOTAL_BYTES,
        )  # fmt: skip
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > fmt.RATIO_FLOOR_BYTES and ratio > fmt.MAX_RATIO:
        raise refuse(
            "ratio", name, f"{info.filename} is compressed {ratio:.0f} times (a zip bomb?)",
            entry=info.filename, limit=fmt.MAX_RATIO,
        )  # fmt: skip


def inspect(archive: zipfile.ZipFile, name: str) -> Inspected:
    """Check the central directory of `archive`; raise `PackageError` on the first problem."""
    infos = archive.infolist()
    if len(infos) > fmt.MAX_ENTRIES:
        raise refuse(
            "too_many_entries", name, f"{len(infos)} entries (at most {fmt.MAX_ENTRIES})",
            count=len(infos), limit=fmt.MAX_ENTRIES,
        )  # fmt: skip
    seen: set[str] = set()
    total = 0
    found = Inspected()
    for info in infos:
        _check_entry(info, name, seen)
        total += info.file_size
        _check_size(info, total, name)
        if info.is_dir():
            if not fmt.is_root_folder(info.filename):
                raise refuse(
                    "file_type", name, f"unexpected folder {info.filename}", entry=info.filename
                )
            continue
        split = fmt.split_member(info.filename)
        if split is None:
            raise refuse(
                "file_type", name, f"{info.filename} is not part of a post package",
                entry=info.filename,
            )  # fmt: skip
        root, inner = split
        kind = fmt.kind_of(inner)
        if kind == "caption" and info.file_size > fmt.MAX_CAPTION_BYTES:
            raise refuse(
                "too_large", name, f"{inner}: {info.file_size} bytes, a caption has at most "
                f"{fmt.MAX_CAPTION_BYTES}", entry=inner, limit=fmt.MAX_CAPTION_BYTES,
            )  # fmt: skip
        if found.root and root != found.root:
            raise refuse(
                "file_type", name, "the zip holds more than one package folder", entry=root
            )
        found.root = root
        found.members[inner] = Member(info, inner, kind)
    manifest = found.members.get(fmt.MANIFEST)
    if manifest is None:
        raise refuse("manifest_missing", name, "there is no manifest.json")
    if manifest.info.file_size > fmt.MAX_MANIFEST_BYTES:
        raise refuse("too_large", name, "manifest.json is too large", limit=fmt.MAX_MANIFEST_BYTES)
    return found


def read_member(archive: zipfile.ZipFile, member: Member, name: str) -> bytes:
    """The bytes of a small entry (the manifest), with damage reported as a refusal."""
    try:
        with archive.open(member.info) as src:
            data = src.read(member.info.file_size + 1)
    except (*ZIP_DAMAGE, OSError) as exc:
        raise refuse("damaged", name, f"{member.inner}: {exc}", entry=member.inner) from exc
    if len(data) != member.info.file_size:
        raise refuse("damaged", name, f"{member.inner} has the wrong size", entry=member.inner)
    return data


def extract(archive: zipfile.ZipFile, found: Inspected, staging: Path, name: str) -> dict[str, str]:
    """Write every member into `staging` (which must be new and empty); return their SHA-256."""
    base = staging.resolve()
    checksums: dict[str, str] = {}
    for inner, member in found.members.items():
        target = (base / inner).resolve()
        if not target.is_relative_to(base) or target == base:
            raise refuse("unsafe_path", name, f"{inner} leaves the folder", entry=inner)
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        written = 0
        try:
            with archive.open(member.info) as src, target.open("xb") as dst:
                while chunk := src.read(CHUNK):
                    written += len(chunk)
                    if written > member.info.file_size:
                        raise refuse(
                            "too_large", name, f"{inner} is larger than it says", entry=inner
                        )
                    digest.update(chunk)
                    dst.write(chunk)
        except ZIP_DAMAGE as exc:
            raise refuse("damaged", name, f"{inner}: {exc}", entry=inner) from exc
        if written != member.info.file_size:
            raise refuse("damaged", name, f"{inner} has the wrong size", entry=inner)
        checksums[inner] = digest.hexdigest()
    return checksums
