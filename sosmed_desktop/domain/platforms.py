"""Platform specifications: image presets, caption limits and how each platform counts.

The figures ship in ``resources/platforms.json``, each limit with its source and
the date it was last checked; the officer can point a setting at their own copy
when a platform changes its rules.  Parsing is strict so that a broken override
is reported, not half-used.  A file of format 1 (before counting rules and
sources) still loads: its platforms count as they did then (`LEGACY_COUNTING`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from sosmed_desktop.bundle import resource
from sosmed_desktop.errors import ValidationError

BUNDLED_SPEC = resource("platforms.json")
FORMATS = (1, 2)


class Counting(StrEnum):
    """How a platform measures a caption against its limit (`domain/captions.py` counts)."""

    GRAPHEMES = "graphemes"
    X_WEIGHTED = "x_weighted"
    THREADS = "threads"
    UTF8_BYTES = "utf8_bytes"


# Format 1 files named no counting rule; these platforms counted their own way.
LEGACY_COUNTING = {"x": Counting.X_WEIGHTED}
# The keys that may carry a source; requires_media is a rule, not a figure, sourced the same way.
LIMIT_KEYS = (
    "caption_limit", "caption_soft_limit", "hashtag_limit", "link_limit", "title_limit",
    "max_images", "max_image_bytes", "min_ratio", "max_ratio", "min_image_width",
    "forbidden_characters", "requires_media",
)  # fmt: skip


@dataclass(frozen=True)
class LimitSource:
    """Where a limit's figure comes from and when it was last checked."""

    limit: str
    source: str
    checked_on: date


@dataclass(frozen=True)
class ImagePreset:
    """A target image size, e.g. Instagram feed portrait 1080×1350."""

    key: str
    label: str
    width: int
    height: int

    @property
    def ratio(self) -> float:
        return self.width / self.height


@dataclass(frozen=True)
class PlatformSpec:
    """What one platform accepts; `None` means the platform sets no limit."""

    code: str
    name: str
    caption_limit: int | None
    hashtag_limit: int | None
    max_images: int | None
    max_image_bytes: int | None
    presets: tuple[ImagePreset, ...]
    checked_on: date
    notes: str = ""
    min_ratio: float | None = None
    max_ratio: float | None = None
    min_image_width: int | None = None
    counting: Counting = Counting.GRAPHEMES
    caption_soft_limit: int | None = None
    link_limit: int | None = None
    title_limit: int | None = None
    forbidden_characters: str = ""
    requires_media: bool = False
    """The platform shows photos or videos only (Instagram, TikTok, YouTube): no post without."""
    sources: tuple[LimitSource, ...] = ()

    def source_of(self, limit: str) -> LimitSource | None:
        """The source of one limit (``"caption_limit"``), if the spec file gives it."""
        return next((s for s in self.sources if s.limit == limit), None)


def _opt_int(raw: dict[str, Any], key: str, where: str) -> int | None:
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ValidationError(detail=f"{where}: {key} must be a positive whole number")
    return value


def _opt_bool(raw: dict[str, Any], key: str, where: str) -> bool:
    value = raw.get(key, False)
    if not isinstance(value, bool):
        raise ValidationError(detail=f"{where}: {key} must be true or false")
    return value


def _positive_int(value: Any) -> int:
    """A preset dimension: a whole number of pixels above zero (ValueError otherwise)."""
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ValueError(f"{value!r} is not a positive whole number")
    return value


def _opt_ratio(raw: dict[str, Any], key: str, where: str) -> float | None:
    """A ratio written as "W:H" (``"3:4"``, ``"1.91:1"``) as width / height."""
    value = raw.get(key)
    if value is None:
        return None
    try:
        width, height = (float(part) for part in str(value).split(":"))
    except ValueError as exc:
        raise ValidationError(detail=f"{where}: {key} must look like 4:5") from exc
    if width <= 0 or height <= 0:
        raise ValidationError(detail=f"{where}: {key} must look like 4:5")
    return width / height


def _counting(raw: dict[str, Any], code: str, version: int) -> Counting:
    value = raw.get("counting")
    if value is None and version == 1:
        return LEGACY_COUNTING.get(code, Counting.GRAPHEMES)
    try:
        return Counting(value if value is not None else Counting.GRAPHEMES)
    except ValueError as exc:
        choices = ", ".join(c.value for c in Counting)
        raise ValidationError(detail=f"{code}: counting must be one of {choices}") from exc


def _forbidden(raw: dict[str, Any], code: str) -> str:
    value = raw.get("forbidden_characters", "")
    if not isinstance(value, str):
        raise ValidationError(detail=f"{code}: forbidden_characters must be text")
    return "".join(dict.fromkeys(value))


def _sources(raw: dict[str, Any], code: str) -> tuple[LimitSource, ...]:
    """The ``sources`` object: for each limit named, its source and date checked."""
    value = raw.get("sources", {})
    if not isinstance(value, dict):
        raise ValidationError(detail=f"{code}: sources must be an object")
    sources = []
    for limit, entry in value.items():
        where = f"{code}: the source of {limit}"
        if limit not in LIMIT_KEYS or raw.get(limit) in (None, "") or raw.get(limit) is False:
            raise ValidationError(detail=f"{where} names no limit of this platform")
        if not isinstance(entry, dict) or not str(entry.get("source", "")).strip():
            raise ValidationError(detail=f"{where} needs a source")
        try:
            checked = date.fromisoformat(str(entry.get("checked_on")))
        except ValueError as exc:
            raise ValidationError(detail=f"{where}: checked_on must be YYYY-MM-DD") from exc
        sources.append(LimitSource(limit, str(entry["source"]).strip(), checked))
    return tuple(sources)


def parse_spec(data: Any) -> tuple[PlatformSpec, ...]:
    """Validate the decoded JSON of a spec file and build the platform list."""
    if not isinstance(data, dict) or not isinstance(data.get("platforms"), list):
        raise ValidationError(detail="the platform file needs a 'platforms' list")
    version = data.get("format", 1)
    if version not in FORMATS:
        raise ValidationError(detail=f"the platform file's format {version!r} is not known")
    if not data["platforms"]:
        # An empty list would disable every platform of the officer's posts.
        raise ValidationError(detail="the platform file lists no platforms")
    specs: list[PlatformSpec] = []
    seen: set[str] = set()
    for index, raw in enumerate(data["platforms"]):
        where = f"platform #{index + 1}"
        if not isinstance(raw, dict):
            raise ValidationError(detail=f"{where} is not an object")
        code, name = raw.get("code"), raw.get("name")
        if not isinstance(code, str) or not code or not isinstance(name, str) or not name:
            raise ValidationError(detail=f"{where} needs a code and a name")
        if code in seen:
            raise ValidationError(detail=f"platform code {code!r} appears twice")
        seen.add(code)
        try:
            checked_on = date.fromisoformat(str(raw.get("checked_on")))
        except ValueError as exc:
            raise ValidationError(detail=f"{code}: checked_on must be YYYY-MM-DD") from exc
        raw_presets = raw.get("presets", [])
        if not isinstance(raw_presets, list):
            raise ValidationError(detail=f"{code}: presets must be a list")
        presets = []
        for preset in raw_presets:
            try:
                presets.append(
                    ImagePreset(
                        key=str(preset["key"]),
                        label=str(preset["label"]),
                        width=_positive_int(preset["width"]),
                        height=_positive_int(preset["height"]),
                    )
                )
            except (KeyError, TypeError, ValueError) as exc:
                raise ValidationError(detail=f"{code}: a preset is incomplete") from exc
        specs.append(
            PlatformSpec(
                code=code,
                name=name,
                caption_limit=_opt_int(raw, "caption_limit", code),
                hashtag_limit=_opt_int(raw, "hashtag_limit", code),
                max_images=_opt_int(raw, "max_images", code),
                max_image_bytes=_opt_int(raw, "max_image_bytes", code),
                presets=tuple(presets),
                checked_on=checked_on,
                notes=str(raw.get("notes", "")),
                min_ratio=_opt_ratio(raw, "min_ratio", code),
                max_ratio=_opt_ratio(raw, "max_ratio", code),
                min_image_width=_opt_int(raw, "min_image_width", code),
                counting=_counting(raw, code, version),
                caption_soft_limit=_opt_int(raw, "caption_soft_limit", code),
                link_limit=_opt_int(raw, "link_limit", code),
                title_limit=_opt_int(raw, "title_limit", code),
                forbidden_characters=_forbidden(raw, code),
                requires_media=_opt_bool(raw, "requires_media", code),
                sources=_sources(raw, code),
            )
        )
    return tuple(specs)


def load_spec_file(path: Path | None = None) -> tuple[PlatformSpec, ...]:
    """Load the officer's override if given, else the bundled spec file."""
    source = path or BUNDLED_SPEC
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValidationError(detail=f"cannot read {source}: {exc.strerror}") from exc
    except ValueError as exc:
        raise ValidationError(detail=f"{source} is not valid JSON: {exc}") from exc
    return parse_spec(data)
