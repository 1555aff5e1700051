"""Crash recovery for the post editor: its unsaved state, written to the data folder.

Every few seconds an editor with unsaved changes writes its state to
``recovery/<key>.json`` (temp file, fsync, rename: a power cut leaves the old
or the new file, never half of one).  Saving or discarding removes the file,
and a normal exit closes every editor first, so a file still there at the next
start is work a crash interrupted: the GUI offers it back.

Files, not database rows, on purpose: recovery must work when the database is
what failed (locked, full disk on commit) and costs no write transaction every
few seconds.  The key is ``post-<id>`` for a saved post and ``new-<uuid>`` for
one never saved.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sosmed_desktop import clock
from sosmed_desktop.config import Config, os_error_to_domain
from sosmed_desktop.fileops import atomic_write_text, remove_file, replace_file
from sosmed_desktop.services.posts.data import MediaItem, PostInput, VariantInput

log = logging.getLogger(__name__)

FOLDER = "recovery"
FORMAT = 1
KEY = re.compile(r"^(post-[0-9]+|new-[0-9a-f-]{8,40})$")


@dataclass(frozen=True)
class RecoveredDraft:
    """An editor's state found in the recovery folder."""

    key: str
    post_id: int | None
    base_version: int | None
    saved_at: datetime
    data: PostInput

    @property
    def title(self) -> str:
        return self.data.title


def key_for(post_id: int | None, new_id: str) -> str:
    """The recovery key of an editor: by post id once saved, else by its own uuid."""
    return f"post-{post_id}" if post_id is not None else f"new-{new_id}"


def recovery_dir(config: Config) -> Path:
    return config.data_dir / FOLDER


def _path(config: Config, key: str) -> Path:
    if not KEY.match(key):
        raise ValueError(f"not a recovery key: {key!r}")
    return recovery_dir(config) / f"{key}.json"


# --- PostInput <-> JSON ---------------------------------------------------------------


def input_to_json(data: PostInput) -> dict[str, Any]:
    """The editor's input as JSON-safe values (times as ISO text with their offset)."""
    return {
        "title": data.title,
        "scheduled_at": data.scheduled_at.isoformat() if data.scheduled_at else None,
        "program_id": data.program_id,
        "tags": list(data.tags),
        "master_caption": data.master_caption,
        "variants": [
            {
                "platform": v.platform,
                "caption": v.caption,
                "follows_master": v.follows_master,
                "media": [{"media_id": m.media_id, "recipe": m.recipe} for m in v.media],
            }
            for v in data.variants
        ],
        "notes": data.notes,
        "data_note_ids": list(data.data_note_ids),
        "checklist": list(data.checklist),
    }


def input_from_json(raw: dict[str, Any]) -> PostInput:
    """Rebuild the input; raises KeyError/TypeError/ValueError on a malformed state."""
    when = raw.get("scheduled_at")
    scheduled = datetime.fromisoformat(when) if when else None
    if scheduled is not None and scheduled.tzinfo is None:
        raise ValueError("scheduled_at has no offset")
    variants = tuple(
        VariantInput(
            platform=str(v["platform"]),
            caption=str(v.get("caption", "")),
            follows_master=bool(v.get("follows_master", True)),
            media=tuple(
                MediaItem(int(m["media_id"]), dict(m.get("recipe") or {})) for m in v["media"]
            ),
        )
        for v in raw["variants"]
    )
    program = raw.get("program_id")
    return PostInput(
        title=str(raw["title"]),
        scheduled_at=scheduled,
        program_id=int(program) if program is not None else None,
        tags=tuple(str(t) for t in raw.get("tags", ())),
        master_caption=str(raw.get("master_caption", "")),
        variants=variants,
        notes=str(raw.get("notes", "")),
        data_note_ids=tuple(int(i) for i in raw.get("data_note_ids", ())),
        checklist=tuple(str(c) for c in raw.get("checklist", ())),
    )


# --- the store ------------------------------------------------------------------------------


def save_draft(
    config: Config,
    key: str,
    data: PostInput,
    *,
    post_id: int | None = None,
    base_version: int | None = None,
) -> Path:
    """Write (or replace) the recovery file of one editor atomically."""
    path = _path(config, key)
    payload = {
        "format": FORMAT,
        "key": key,
        "post_id": post_id,
        "base_version": base_version,
        "saved_at": clock.now().isoformat(),
        "state": input_to_json(data),
    }
    try:
        atomic_write_text(path, json.dumps(payload, ensure_ascii=False, indent=1))
    except OSError as exc:
        raise os_error_to_domain(exc, path.parent) from exc
    return path


def discard_draft(config: Config, key: str) -> None:
    """Remove an editor's recovery file (after a save, or when the officer discards)."""
    try:
        remove_file(_path(config, key))
    except OSError as exc:
        raise os_error_to_domain(exc, recovery_dir(config)) from exc


def _read(path: Path) -> RecoveredDraft:
    raw = json.loads(path.read_text(encoding="utf-8"))
    if raw.get("format") != FORMAT or raw.get("key") != path.stem:
        raise ValueError("unknown format or key")
    saved_at = datetime.fromisoformat(raw["saved_at"])
    post_id = raw.get("post_id")
    version = raw.get("base_version")
    return RecoveredDraft(
        key=path.stem,
        post_id=int(post_id) if post_id is not None else None,
        base_version=int(version) if version is not None else None,
        saved_at=saved_at if saved_at.tzinfo else saved_at.replace(tzinfo=UTC),
        data=input_from_json(raw["state"]),
    )


def list_drafts(config: Config) -> list[RecoveredDraft]:
    """Every recoverable draft, newest first.

    A file that cannot be read (damaged, foreign) is renamed ``*.bad`` and
    logged, so it is neither offered again nor silently deleted.
    """
    folder = recovery_dir(config)
    if not folder.is_dir():
        return []
    drafts = []
    for path in sorted(folder.glob("*.json")):
        if not KEY.match(path.stem):
            continue
        try:
            drafts.append(_read(path))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("Recovery file %s unreadable (%s); set aside as .bad", path, exc)
            try:
                replace_file(path, path.with_suffix(".bad"))
            except OSError:
                log.exception("Could not set aside %s", path)
    drafts.sort(key=lambda d: d.saved_at, reverse=True)
    return drafts
