"""manifest.json of a post package: written by the export, read (and distrusted) by the import.

The manifest names the format and its version, the post (id, uuid, title),
its schedule in UTC with the sender's time zone, the platforms with their
files, the approval, the data sources cited, the directions answered and the
SHA-256 of every other file in the package.  `parse` accepts only a manifest of
a known version of the declared shape (`package_format.MANIFEST_SHAPE`: every
field's type, range and length, the nesting and the counts bounded): it is the
first thing an import reads from a zip that may have been made by anyone.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from sosmed_desktop import __version__
from sosmed_desktop.domain import package_format as fmt
from sosmed_desktop.domain.figures import format_citation, format_figure
from sosmed_desktop.domain.shapes import nesting_depth, violations
from sosmed_desktop.errors import PackageError
from sosmed_desktop.services.packages.content import PackageContent


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


def _refuse(name: str, problems: list[str]) -> PackageError:
    """The refusal of a manifest: each problem one line naming its field."""
    lines = tuple(f"{fmt.MANIFEST}: {problem}" for problem in problems)
    more = len(lines) - 1
    detail = lines[0] + (f" (and {more} more problem{'s' if more > 1 else ''})" if more else "")
    return PackageError(code="package_manifest_invalid", name=name, detail=detail, problems=lines)


def _time(text: str) -> datetime:
    """A moment the shape accepted (offset present, year in range) in UTC."""
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def _load(raw: bytes, name: str) -> dict[str, Any]:
    """The manifest's JSON object, its nesting measured before it is parsed."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _refuse(name, ["not UTF-8 text"]) from exc
    depth = nesting_depth(text)
    if depth > fmt.NESTING_MAX:
        raise _refuse(name, [f"nested {depth} levels deep, at most {fmt.NESTING_MAX}"])
    try:
        data = json.loads(text)
    except ValueError as exc:  # also a number of more than 4,300 digits
        raise _refuse(name, ["not JSON"]) from exc
    if not isinstance(data, dict) or data.get("format") != fmt.FORMAT_NAME:
        raise _refuse(name, ["it does not describe a Sosmed Desktop package (format)"])
    return data


def _cross_checks(data: dict[str, Any]) -> list[str]:
    """Rules between fields that a shape cannot state."""
    problems = []
    try:
        uuid.UUID(data["post"]["uuid"])
    except ValueError:
        problems.append("post.uuid: not a UUID")
    codes = [p["code"] for p in data["platforms"]]
    if len(set(codes)) != len(codes):
        problems.append("platforms: a platform is listed twice")
    for i, platform in enumerate(data["platforms"]):
        code = platform["code"]
        if platform["caption_file"] != f"{code}/{fmt.CAPTION}":
            problems.append(f"platforms[{i}].caption_file: not {code}/{fmt.CAPTION}")
        for j, item in enumerate(platform["media_files"]):
            if not item.startswith(f"{code}/"):
                problems.append(f"platforms[{i}].media_files[{j}]: outside the {code} folder")
    return problems


def parse(raw: bytes, name: str) -> Manifest:
    """A manifest of the declared shape (`package_format.MANIFEST_SHAPE`), or `PackageError`
    (``package_manifest_invalid`` naming each field at fault, ``package_version_unknown``)."""
    data = _load(raw, name)
    version = data.get("format_version")
    known = isinstance(version, int) and not isinstance(version, bool)
    if known and version not in fmt.SUPPORTED_VERSIONS:
        raise PackageError(
            code="package_version_unknown",
            name=name,
            detail=f"format version {version} is not known to this version",
            version=str(version)[:20],
        )
    problems = violations(data, fmt.MANIFEST_SHAPE) or _cross_checks(data)
    if problems:
        raise _refuse(name, problems)
    post, schedule, approval = data["post"], data["schedule"], data["approval"]
    return Manifest(
        version=version,
        post_id=post["id"],
        uuid=str(uuid.UUID(post["uuid"])),
        title=" ".join(post["title"].split()),
        master_caption=post.get("master_caption") or "",
        tags=tuple(post.get("tags") or ()),
        program=post.get("program") or "",
        scheduled_at=_time(schedule["utc"]),
        time_zone=schedule.get("time_zone") or "",
        department=data["department"]["name"],
        platforms=tuple(
            ManifestPlatform(p["code"], p["name"], p["caption_file"], tuple(p["media_files"]))
            for p in data["platforms"]
        ),
        approval=ManifestApproval(
            reviewer_name=approval["reviewer_name"],
            reviewer_position=approval.get("reviewer_position") or "",
            decided_at=_time(approval["decided_at"]),
            note=approval.get("note") or "",
            content_hash=approval.get("content_hash") or "",
        ),
        data_sources=tuple(data.get("data_sources") or ()),
        directions=tuple(data.get("directions") or ()),
        files=dict(data["files"]),
    )
