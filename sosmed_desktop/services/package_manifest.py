"""manifest.json of a post package: written by the export, read (and distrusted) by the import.

The manifest names the format and its version, the post (id, uuid, title),
its schedule in UTC with the sender's time zone, the platforms with their
files, the approval, the data sources cited, the directions answered and the
SHA-256 of every other file in the package.  `parse` accepts only a manifest of
a known version whose every field has the expected type: it is the first thing
an import reads from a zip that may have been made by anyone.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from sosmed_desktop import __version__
from sosmed_desktop.domain import package_format as fmt
from sosmed_desktop.domain.figures import format_figure
from sosmed_desktop.errors import PackageError
from sosmed_desktop.services.data_notes import format_citation
from sosmed_desktop.services.package_content import PackageContent

_SHA = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class ManifestPlatform:
    """A platform of a package: its caption file and numbered media files, in order."""

    code: str
    name: str
    caption_file: str
    media_files: tuple[str, ...]


@dataclass(frozen=True)
class ManifestApproval:
    """The approval as the sender recorded it."""

    reviewer_name: str
    reviewer_position: str
    decided_at: datetime
    note: str
    content_hash: str


@dataclass(frozen=True)
class Manifest:
    """A checked manifest."""

    version: int
    post_id: int
    uuid: str
    title: str
    master_caption: str
    tags: tuple[str, ...]
    program: str
    scheduled_at: datetime
    time_zone: str
    department: str
    platforms: tuple[ManifestPlatform, ...]
    approval: ManifestApproval
    data_sources: tuple[dict[str, Any], ...]
    directions: tuple[dict[str, Any], ...]
    files: dict[str, str]


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def build(
    content: PackageContent,
    platform_files: dict[str, list[str]],
    checksums: dict[str, str],
    created_at: datetime,
) -> dict[str, Any]:
    """The manifest of an export (paths relative to the package folder)."""
    post, approval, dept, tz = content.post, content.approval, content.department, content.tz
    assert post.scheduled_at is not None  # gather() refuses undated posts
    return {
        "format": fmt.FORMAT_NAME,
        "format_version": fmt.FORMAT_VERSION,
        "created_at": _iso(created_at),
        "created_by": {"app": f"Sosmed Desktop {__version__}", "officer": content.officer_name},
        "department": {"name": dept.name, "short_name": dept.short_name, "regency": dept.regency},
        "post": {
            "id": post.id,
            "uuid": post.uuid,
            "title": post.title,
            "master_caption": post.master_caption,
            "program": post.program_name,
            "tags": list(post.tags),
            "content_hash": approval.content_hash,
        },
        "schedule": {
            "utc": _iso(post.scheduled_at),
            "local": post.scheduled_at.astimezone(tz).isoformat(),
            "time_zone": tz.key,
        },
        "platforms": [
            {
                "code": p.code,
                "name": p.name,
                "caption_file": f"{p.code}/{fmt.CAPTION}",
                "caption_length": asdict(p.caption_length) if p.caption_length else None,
                "media_files": platform_files.get(p.code, []),
            }
            for p in content.platforms
        ],
        "approval": {
            "decision": "disetujui",
            "reviewer_name": approval.reviewer_name,
            "reviewer_position": approval.reviewer_position,
            "decided_at": _iso(approval.decided_at),
            "note": approval.note,
            "content_hash": approval.content_hash,
        },
        "data_sources": [
            {
                "title": n.title,
                "value": n.value,
                "unit": n.unit,
                "figure": format_figure(n.value, n.unit),
                "period": n.period,
                "as_of": n.as_of.isoformat() if n.as_of else None,
                "source": n.source,
                "link": n.link,
                "citation": format_citation(n),
            }
            for n in content.data_notes
        ],
        "directions": [
            {
                "given_by_name": d.given_by_name,
                "given_by_position": d.given_by_position,
                "given_at": _iso(d.given_at),
                "channel": d.channel,
                "content": d.content,
                "status": d.status,
            }
            for d in content.directions
        ],
        "files": dict(sorted(checksums.items())),
    }


def dump(manifest: dict[str, Any]) -> bytes:
    """UTF-8 JSON, indented so that a person can read it."""
    return (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# Reading -------------------------------------------------------------------------------


def _refuse(name: str, detail: str) -> PackageError:
    return PackageError(code="package_manifest_invalid", name=name, detail=detail)


def _field(data: Any, key: str, kind: type, name: str, *, optional: bool = False) -> Any:
    if not isinstance(data, dict):
        raise _refuse(name, f"{key}: its section is not an object")
    value = data.get(key)
    if value is None and optional:
        return kind()
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _refuse(name, f"{key} is missing or not a {kind.__name__}")
    return value


def _time(text: str, key: str, name: str) -> datetime:
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise _refuse(name, f"{key} is not a date and time") from exc
    if value.tzinfo is None:
        raise _refuse(name, f"{key} has no time zone")
    return value.astimezone(UTC)


def _platform(raw: Any, name: str) -> ManifestPlatform:
    code = _field(raw, "code", str, name)
    caption = _field(raw, "caption_file", str, name)
    files = _field(raw, "media_files", list, name)
    if not re.fullmatch(r"[a-z0-9_]{1,40}", code) or caption != f"{code}/{fmt.CAPTION}":
        raise _refuse(name, f"platform {code[:40]!r} is not named as the format says")
    for item in files:
        if not isinstance(item, str) or not item.startswith(f"{code}/"):
            raise _refuse(name, f"a media file of {code} lies outside its folder")
    return ManifestPlatform(code, _field(raw, "name", str, name), caption, tuple(files))


def _objects(data: dict[str, Any], key: str, name: str) -> tuple[dict[str, Any], ...]:
    return tuple(d for d in _field(data, key, list, name, optional=True) if isinstance(d, dict))


def parse(raw: bytes, name: str) -> Manifest:
    """A checked manifest, or `PackageError` (``package_manifest_invalid`` /
    ``package_version_unknown``)."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _refuse(name, "manifest.json is not UTF-8 JSON") from exc
    if not isinstance(data, dict) or data.get("format") != fmt.FORMAT_NAME:
        raise _refuse(name, "manifest.json does not describe a Sosmed Desktop package")
    version = data.get("format_version")
    if version not in fmt.SUPPORTED_VERSIONS or isinstance(version, bool):
        raise PackageError(
            code="package_version_unknown",
            name=name,
            detail=f"format version {str(version)[:20]} is not known to this version",
            version=str(version)[:20],
        )
    post = _field(data, "post", dict, name)
    schedule = _field(data, "schedule", dict, name)
    approval = _field(data, "approval", dict, name)
    ident = _field(post, "uuid", str, name)
    try:
        ident = str(uuid.UUID(ident))
    except ValueError as exc:
        raise _refuse(name, "post.uuid is not a UUID") from exc
    title = " ".join(_field(post, "title", str, name).split())
    if not title or len(title) > 300:
        raise _refuse(name, "post.title is empty or too long")
    files = _field(data, "files", dict, name)
    for path, digest in files.items():
        if not isinstance(digest, str) or not _SHA.match(digest):
            raise _refuse(name, f"the checksum of {path[:80]} is not a SHA-256")
    platforms = tuple(_platform(p, name) for p in _field(data, "platforms", list, name))
    if not platforms or len({p.code for p in platforms}) != len(platforms):
        raise _refuse(name, "no platforms, or a platform listed twice")
    tags = tuple(t for t in _field(post, "tags", list, name, optional=True) if isinstance(t, str))
    return Manifest(
        version=version,
        post_id=_field(post, "id", int, name),
        uuid=ident,
        title=title,
        master_caption=_field(post, "master_caption", str, name, optional=True),
        tags=tags,
        program=_field(post, "program", str, name, optional=True),
        scheduled_at=_time(_field(schedule, "utc", str, name), "schedule.utc", name),
        time_zone=_field(schedule, "time_zone", str, name, optional=True),
        department=_field(_field(data, "department", dict, name), "name", str, name),
        platforms=platforms,
        approval=ManifestApproval(
            reviewer_name=_field(approval, "reviewer_name", str, name),
            reviewer_position=_field(approval, "reviewer_position", str, name, optional=True),
            decided_at=_time(_field(approval, "decided_at", str, name), "approval", name),
            note=_field(approval, "note", str, name, optional=True),
            content_hash=_field(approval, "content_hash", str, name, optional=True),
        ),
        data_sources=_objects(data, "data_sources", name),
        directions=_objects(data, "directions", name),
        files=dict(files),
    )
