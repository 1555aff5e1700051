"""What an approval covers (the post's *content*), its fingerprint, and what changed since.

The invariant the services keep at every commit (`services/posts/approval_guard.py`):
a post that is not archived is *Disetujui* or *Diunggah* if and only if its
approval in force was given to exactly its current content.  Whatever changes
the content of an approved post — the editor, the studio's "Lampirkan ke
posting…", a recipe, a platform added or dropped, a media file replaced, an
import — sends it back to review in the same transaction, with the changes in
its history; the board lists it under "Perlu persetujuan ulang".

**Content** is what goes online and what the head of department vouches for:

* per platform: the caption, and the ordered media — each file by its SHA-256 with
  its edit recipe (crop, preset, logo, text);
* the personal-data exceptions the officer recorded (the value and the reason),
  because the head approves publishing that data.

**Not content** (changed freely, recorded in the history, no withdrawal):

* the schedule: a reschedule after the approval is recorded and the approval
  sheet prints the approved time beside the new one — the head approved *what*
  is said; *when* is the officer's planning, and a time that has passed is asked
  about at export instead;
* the title (the post's name in the calendar and on the sheet, never posted),
  the program, tags, internal notes and the guidance checklist;
* the data notes cited and the directions answered (the sheet prints them as
  they are at export);
* what the library says about a file (title, description, tags, favourite) and a
  file moved to the library's trash (its original stays while a post uses it).

Published and archived posts are the record of what went out: their content
cannot change at all.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# A snapshot: {"platforms": [{"platform", "caption", "media": [{"sha256", "recipe"}]}],
#              "exceptions": [{"kind", "value", "reason"}]}
Payload = Mapping[str, Any]


def canonical(value: Any) -> str:
    """The JSON text that is hashed: sorted keys, no spaces, UTF-8 as it is."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def fingerprint(payload: Payload) -> str:
    """SHA-256 of the content.

    Without exceptions only the platform list is hashed, as before exceptions
    existed, so that approvals given then still match their unchanged posts.
    """
    hashed: Any = payload["platforms"] if not payload.get("exceptions") else payload
    return hashlib.sha256(canonical(hashed).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ContentChange:
    """One difference between the approved content and the current one.

    `kind`: ``platform_added``, ``platform_removed``, ``caption``, ``media_added``,
    ``media_removed``, ``media_edited`` (same files, another crop, recipe or order),
    ``exceptions`` (personal-data exceptions), ``unknown`` (the approval predates
    snapshots: only its fingerprint is known), ``unchanged`` (the board's word for a
    post back in review whose content is still what was approved: withdrawn by
    hand, or edited back).
    """

    kind: str
    platform: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {"kind": self.kind, "platform": self.platform}


def _by_platform(payload: Payload) -> dict[str, Mapping[str, Any]]:
    return {str(p["platform"]): p for p in payload.get("platforms", ())}


def _media_changes(code: str, old: list[Any], new: list[Any]) -> list[ContentChange]:
    before = Counter(str(m.get("sha256", "")) for m in old)
    after = Counter(str(m.get("sha256", "")) for m in new)
    changes = []
    if after - before:
        changes.append(ContentChange("media_added", code))
    if before - after:
        changes.append(ContentChange("media_removed", code))
    if not changes and canonical(old) != canonical(new):
        changes.append(ContentChange("media_edited", code))
    return changes


def content_changes(approved: Payload | None, current: Payload) -> list[ContentChange]:
    """What differs between the approved snapshot and `current`, platform by platform."""
    if approved is None or "platforms" not in approved:
        return [ContentChange("unknown")]
    old, new = _by_platform(approved), _by_platform(current)
    changes: list[ContentChange] = []
    for code in sorted(set(old) | set(new)):
        if code not in old:
            changes.append(ContentChange("platform_added", code))
        elif code not in new:
            changes.append(ContentChange("platform_removed", code))
        else:
            if old[code].get("caption") != new[code].get("caption"):
                changes.append(ContentChange("caption", code))
            changes += _media_changes(
                code, list(old[code].get("media", ())), list(new[code].get("media", ()))
            )
    if canonical(approved.get("exceptions") or []) != canonical(current.get("exceptions") or []):
        changes.append(ContentChange("exceptions"))
    return changes
