"""The post package (Paket Unggahan): names, layout and limits, shared by export and import.

One zip per post holds one folder ``YYYY-MM-DD_HHMM_<department>_<slug>/`` with
``manifest.json``, ``preview.html``, ``persetujuan.pdf`` and one folder per
platform (``instagram/caption.txt``, ``instagram/01.jpg`` ...).  The import
accepts exactly this layout and nothing else: a name outside it is refused
before anything is extracted, so an unexpected executable, shortcut or script
never reaches the disk.  The limits keep a hostile zip (a "bomb") from filling
the disk: real packages are a few dozen files of a few megabytes each.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import datetime

from sosmed_desktop.domain.content_checks import TAG_MAX, TAGS_MAX, TITLE_MAX
from sosmed_desktop.domain.shapes import (
    Fields,
    Items,
    Moment,
    OneOf,
    Table,
    Text,
    Whole,
)

FORMAT_NAME = "sosmed-desktop/paket-unggahan"
FORMAT_VERSION = 1
SUPPORTED_VERSIONS = frozenset({1})

MANIFEST = "manifest.json"
PREVIEW = "preview.html"
APPROVAL_SHEET = "persetujuan.pdf"
CAPTION = "caption.txt"

MAX_ENTRIES = 400
# Names an exported package gets (an import accepts the longer ones of older versions).
MAX_NAME_CHARS = 80  # the zip's file name
MAX_ENTRY_CHARS = 100  # a path inside the zip
MAX_ROOT_CHARS = MAX_NAME_CHARS - len("-99.zip")
MAX_DEPARTMENT_CHARS = 24
MAX_MANIFEST_BYTES = 2 * 1024 * 1024
MAX_FILE_BYTES = 1024 * 1024 * 1024
MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024
# Photos and videos hardly compress; text does, but a package's text is small.
MAX_RATIO = 100
RATIO_FLOOR_BYTES = 1024 * 1024  # below this size a high ratio is harmless

MAX_CAPTION_BYTES = 1024 * 1024  # the longest caption (63,206 characters) fits many times

MEDIA_EXTENSIONS = ("jpg", "mp4", "mov")
_PLATFORM = r"[a-z0-9_]{1,40}"
_INNER = re.compile(
    rf"^(?:{re.escape(MANIFEST)}|{re.escape(PREVIEW)}|{re.escape(APPROVAL_SHEET)}"
    rf"|{_PLATFORM}/{re.escape(CAPTION)}|{_PLATFORM}/\d{{2,3}}\.(?:jpg|mp4|mov))$"
)
_ROOT = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}_[0-9]{4}_[a-z0-9-]{1,60}_[a-z0-9-]{1,60}$")
_WINDOWS_DEVICES = frozenset(
    {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}
)


def slug(text: str, fallback: str, limit: int = 60) -> str:
    """A file-name-safe form of `text`: ASCII letters, digits and dashes, at most `limit`.

    A text that is too long is cut at a word (dash) when one falls in the second
    half of the limit, so a name does not end in half a word.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    cleaned = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower()
    if len(cleaned) > limit:
        cut = cleaned.rfind("-", 0, limit + 1)
        cleaned = cleaned[: cut if cut > limit // 2 else limit]
    return cleaned.strip("-") or fallback


def folder_name(
    local_time: datetime, department: str, title: str, platforms: Iterable[str] = ()
) -> str:
    """``YYYY-MM-DD_HHMM_<department>_<slug>`` from the local schedule, department and title.

    Short enough for Windows: an officer who unpacks the zip with Explorer's
    "Extract All" into Downloads gets ``Downloads\\<zip name>\\<entry>``, which must
    stay under MAX_PATH (260).  So the zip's name stays within `MAX_NAME_CHARS`
    (with a ``-2`` counter) and every entry within `MAX_ENTRY_CHARS`, given the
    platform folders (`platforms`, their codes) the package will hold.
    """
    inner = max((len(f"{code}/{CAPTION}") for code in platforms), default=0)
    inner = max(inner, len(APPROVAL_SHEET), len(MANIFEST), len(PREVIEW))
    budget = min(MAX_ROOT_CHARS, MAX_ENTRY_CHARS - 1 - inner)
    stamp = f"{local_time:%Y-%m-%d_%H%M}"
    room = budget - len(stamp) - 2  # the two underscores
    department_part = slug(department, "dinas", min(MAX_DEPARTMENT_CHARS, room // 2))
    title_part = slug(title, "postingan", room - len(department_part))
    return f"{stamp}_{department_part}_{title_part}"


def image_name(position: int, extension: str = "jpg") -> str:
    """The numbered name of a platform's n-th image (1-based): ``01.jpg``."""
    return f"{position:02d}.{extension}"


def unsafe_reason(name: str) -> str | None:
    """Why a zip member name could escape the staging folder, or None when it cannot.

    Checked on the raw name, before any normalisation a tool might do: absolute
    paths, drive letters, UNC paths, backslashes, ``..`` and ``.`` parts, empty
    parts, control characters and Windows device names are all refused.
    """
    if not name:
        return "empty name"
    if "\\" in name:
        return "backslash (a Windows path)"
    if name.startswith("/"):
        return "absolute path"
    if ":" in name:
        return "drive letter or stream name"
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        return "control character"
    parts = name.rstrip("/").split("/")
    for part in parts:
        if part in ("", ".", ".."):
            return "'..' or empty path part"
        if part.split(".")[0].lower() in _WINDOWS_DEVICES:
            return "Windows device name"
        if part != part.rstrip(". "):
            return "name ending in a dot or space"
    return None


def split_member(name: str) -> tuple[str, str] | None:
    """(root folder, path inside it) of an accepted file name, or None if not in the layout."""
    root, sep, inner = name.partition("/")
    if not sep or not _ROOT.match(root) or not _INNER.match(inner):
        return None
    return root, inner


def is_root_folder(name: str) -> bool:
    """Whether `name` is a directory entry of an accepted layout (the root or a platform)."""
    parts = name.rstrip("/").split("/")
    if not name.endswith("/") or not _ROOT.match(parts[0]) or len(parts) > 2:
        return False
    return len(parts) == 1 or re.fullmatch(_PLATFORM, parts[1]) is not None


def kind_of(inner: str) -> str:
    """What an accepted inner path holds: manifest, preview, sheet, caption, image or video."""
    if inner == MANIFEST:
        return "manifest"
    if inner == PREVIEW:
        return "preview"
    if inner == APPROVAL_SHEET:
        return "sheet"
    if inner.endswith("/" + CAPTION):
        return "caption"
    return "image" if inner.endswith(".jpg") else "video"


# Magic numbers that each kind of file must start with.
SIGNATURES: dict[str, tuple[bytes, ...]] = {
    "sheet": (b"%PDF-",),
    "image": (b"\xff\xd8\xff",),
}


def signature_ok(kind: str, head: bytes) -> bool:
    """Whether the first bytes of a file fit its kind (text kinds are checked as text)."""
    if kind == "video":
        return len(head) >= 12 and head[4:8] == b"ftyp"
    prefixes = SIGNATURES.get(kind)
    return prefixes is None or head.startswith(prefixes)


# The manifest's declared shape (`domain/shapes.py`): every field with its type, range
# and length.  Lengths follow the columns the values end up in and a post's own rules
# (`content_checks.TITLE_MAX` ...); counts leave room beyond what any platform takes
# (35 images on TikTok).
CAPTION_MAX = 100_000
"""Characters of a master caption; each platform's caption must also fit its platform."""
PLATFORMS_MAX = 12
MEDIA_PER_PLATFORM_MAX = 40
CITED_MAX = 50
"""Data sources, and directions, one package may cite."""
NESTING_MAX = 8
FIRST_YEAR, LAST_YEAR = 2000, 2099
"""Dates outside these years are refused (a schedule in year 9999 or year 1)."""

_MOMENT = Moment(FIRST_YEAR, LAST_YEAR)
_NAME = Text(120)
_POSITION = Text(160)
_SHA256 = r"[0-9a-f]{64}"
_HASH = Text(64, pattern=f"(?:{_SHA256})?")
# A caption's length as its platform counts it (the sheet and the reader's information;
# the import counts again).  X weighs a link 23 whatever its length: a count stays
# within a few times the caption file's bytes.
_COUNT = Whole(0, 8 * MAX_CAPTION_BYTES)
_CAPTION_LENGTH = Fields(
    required={"count": _COUNT, "counting": Text(20, 1, pattern=r"[a-z0-9_]+")},
    optional={"limit": _COUNT},
)
_PLATFORM_SHAPE = Fields(
    required={
        "code": Text(40, 1, pattern=_PLATFORM),
        "name": Text(80),
        "caption_file": Text(60, 1),
        "media_files": Items(Text(60, 1), MEDIA_PER_PLATFORM_MAX),
    },
    optional={"caption_length": _CAPTION_LENGTH},
)
_DATA_SOURCE = Fields(
    required={},
    optional={
        "title": Text(300), "value": Text(120), "unit": Text(60), "figure": Text(300),
        "period": Text(120), "as_of": Moment(FIRST_YEAR, LAST_YEAR, day_only=True),
        "source": Text(300), "link": Text(2000), "citation": Text(1000, multiline=True),
    },
)  # fmt: skip
_DIRECTION = Fields(
    required={},
    optional={
        "given_by_name": _NAME, "given_by_position": _POSITION, "given_at": _MOMENT,
        "channel": Text(20), "content": Text(10_000, multiline=True), "status": Text(20),
    },
)  # fmt: skip
MANIFEST_SHAPE = Fields(
    required={
        "format": OneOf((FORMAT_NAME,)),
        "format_version": Whole(1, 1_000),
        "department": Fields(
            required={"name": Text(200, 1)},
            optional={"short_name": Text(60), "regency": Text(120)},
        ),
        "post": Fields(
            required={
                "id": Whole(1, 2**31 - 1),
                "uuid": Text(36, 1, pattern=r"[0-9a-fA-F-]{32,36}"),
                "title": Text(TITLE_MAX, 1),
            },
            optional={
                "master_caption": Text(CAPTION_MAX, multiline=True),
                "program": Text(160),
                "tags": Items(Text(TAG_MAX), TAGS_MAX),
                "content_hash": _HASH,
            },
        ),
        "schedule": Fields(
            required={"utc": _MOMENT},
            optional={"local": Text(40), "time_zone": Text(64, pattern=r"[A-Za-z0-9_+\-/]+")},
        ),
        "platforms": Items(_PLATFORM_SHAPE, PLATFORMS_MAX, least=1),
        "approval": Fields(
            required={"reviewer_name": Text(120, 1), "decided_at": _MOMENT},
            optional={
                "decision": Text(40),
                "reviewer_position": _POSITION,
                "note": Text(2000, multiline=True),
                "content_hash": _HASH,
            },
        ),
        "files": Table(Text(120, 1), Text(64, pattern=_SHA256), MAX_ENTRIES),
    },
    optional={
        "created_at": _MOMENT,
        "created_by": Fields(required={}, optional={"app": Text(120), "officer": _NAME}),
        "data_sources": Items(_DATA_SOURCE, CITED_MAX),
        "directions": Items(_DIRECTION, CITED_MAX),
    },
)
