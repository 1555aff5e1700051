"""The platforms' own result exports: which column means what, and how their cells read.

Offline by design, the app learns how posts did from the files the officer
downloads: Meta Business Suite's post export (one file for Facebook, one for
Instagram), TikTok Studio's content download, X's analytics (the old "tweet
activity" file and the newer account-analytics content file) and YouTube
Studio's "Table data.csv".  No platform documents its column names on a help
page; the names below were taken from real exports and from independent
parsers of them published on GitHub (the closing note of issue 21 lists the
sources), in English and, where Indonesian accounts export Indonesian headers,
in Indonesian.  A file none of them recognises is mapped column by column by the
officer (`services/results/reading.py`), and that mapping is remembered.

Measures keep the platform's own meaning: ``views`` are Meta's "Views", TikTok's
and YouTube's plays; ``impressions`` are X's impressions, YouTube's thumbnail
impressions and Meta's older "Impressions"; Indonesian "Tayangan" is views on
Meta but impressions on YouTube, so names are looked up per format, never across.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

METRICS = ("reach", "impressions", "views", "reactions", "comments", "shares", "saves", "clicks")
"""The measures kept per post, as each platform reports them."""
KEYS = ("post_id", "link", "published_at", "title")
"""What identifies a row's post (and how the officer recognises it)."""
FIELDS = KEYS + METRICS


@dataclass(frozen=True)
class ExportFormat:
    """One platform's export file: its header names per field and the headers that mark it."""

    key: str
    platform: str
    source: str
    """Who made the file, for the report's "Sumber: ekspor …" line."""
    markers: frozenset[str]
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def field_of(self, header: str) -> str | None:
        """The field a (normalised) header name means in this format."""
        for name, headers in self.names.items():
            if header in headers:
                return name
        return None


def header_key(text: str) -> str:
    """A header compared without case, byte-order mark, no-break spaces or quotes."""
    cleaned = text.replace("\ufeff", "").replace("\xa0", " ").strip().strip('"')
    return " ".join(cleaned.lower().split())


_META_COMMON = {
    "post_id": ("post id", "id postingan"),
    "link": ("permalink",),
    "published_at": ("publish time", "waktu penerbitan"),
    "reach": ("reach", "jangkauan"),
    "views": ("views", "tayangan"),
    "impressions": ("impressions",),
    "comments": ("comments", "komentar"),
    "shares": ("shares", "frekuensi dibagikan"),
}

FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat(
        "meta_facebook",
        "facebook",
        "Meta Business Suite",
        frozenset({"page id", "page name", "lifetime post total reach"}),
        {
            **_META_COMMON,
            "published_at": ("publish time", "waktu penerbitan", "posted"),
            "title": ("title", "judul", "post message"),
            "reach": ("reach", "jangkauan", "lifetime post total reach"),
            "impressions": ("impressions", "lifetime post total impressions"),
            "reactions": ("reactions",),
            "clicks": ("link clicks",),
        },
    ),
    ExportFormat(
        "meta_instagram",
        "instagram",
        "Meta Business Suite",
        frozenset({"account username", "account id", "nama pengguna akun", "id akun"}),
        {
            **_META_COMMON,
            "title": ("description", "deskripsi"),
            "reactions": ("likes", "suka"),
            "saves": ("saves", "frekuensi disimpan"),
        },
    ),
    ExportFormat(
        "tiktok",
        "tiktok",
        "TikTok Studio",
        frozenset({"video link", "post time", "total views"}),
        {
            "link": ("video link",),
            "published_at": ("post time",),
            "title": ("video title",),
            "views": ("total views", "video views"),
            "reactions": ("total likes", "likes"),
            "comments": ("total comments", "comments"),
            "shares": ("total shares", "shares"),
            "saves": ("add to favorites", "total bookmarks"),
        },
    ),
    ExportFormat(
        "x_activity",
        "x",
        "X (Twitter) Analytics",
        frozenset({"tweet id", "tweet permalink"}),
        {
            "post_id": ("tweet id",),
            "link": ("tweet permalink",),
            "title": ("tweet text",),
            "published_at": ("time",),
            "impressions": ("impressions",),
            "reactions": ("likes", "favorites"),
            "comments": ("replies",),
            "shares": ("retweets",),
            "clicks": ("url clicks",),
        },
    ),
    ExportFormat(
        "x_content",
        "x",
        "X (Twitter) Analytics",
        frozenset({"post link"}),
        {
            "post_id": ("post id",),
            "link": ("post link",),
            "title": ("post text",),
            "published_at": ("date",),
            "impressions": ("impressions",),
            "reactions": ("likes",),
            "comments": ("replies",),
            "shares": ("reposts",),
            "saves": ("bookmarks",),
            "clicks": ("url clicks",),
        },
    ),
    ExportFormat(
        "youtube",
        "youtube",
        "YouTube Studio",
        frozenset({"video publish time", "waktu publikasi video"}),
        {
            "post_id": ("content", "konten"),
            "title": ("video title", "judul video"),
            "published_at": ("video publish time", "waktu publikasi video"),
            "views": ("views", "penayangan"),
            "impressions": ("impressions", "tayangan", "thumbnail impressions"),
            "reactions": ("likes", "suka"),
            "comments": ("comments added", "komentar ditambahkan"),
            "shares": ("shares",),
        },
    ),
)
BY_KEY = {f.key: f for f in FORMATS}


def recognise(header: tuple[str, ...]) -> tuple[ExportFormat | None, dict[int, str]]:
    """The format a header row belongs to and its column → field mapping.

    A format counts only when one of its marker headers is present (Facebook's
    and Instagram's files share most names); of those, the one recognising most
    columns wins.  None: the officer maps the columns.
    """
    keys = [header_key(h) for h in header]
    best: tuple[int, ExportFormat | None, dict[int, str]] = (0, None, {})
    for export in FORMATS:
        if not export.markers & set(keys):
            continue
        mapping = mapping_for(export, keys)
        if len(mapping) > best[0]:
            best = (len(mapping), export, mapping)
    return best[1], best[2]


def mapping_for(export: ExportFormat, keys: list[str]) -> dict[int, str]:
    """Column index → field for the headers `export` names (the first of a repeated one)."""
    mapping: dict[int, str] = {}
    for index, key in enumerate(keys):
        name = export.field_of(key)
        if name is not None and name not in mapping.values():
            mapping[index] = name
    return mapping


# Cells ---------------------------------------------------------------------------------

_SUFFIXES = {"k": 1_000, "rb": 1_000, "m": 1_000_000, "jt": 1_000_000}
_ABBREVIATED = re.compile(r"(\d{1,6}(?:[.,]\d{1,3})?)\s*(k|rb|m|jt)", re.IGNORECASE)
EMPTY = ("", "-", "–", "n/a", "—")


def parse_count(text: str, *, decimal_comma: bool = False) -> int | None:
    """A count as platforms write it: "1938", "1938.0", "1,234", "1.234", "1.2K", "3,4 rb".

    The thousands separator is the one that is not the file's decimal mark: a
    comma-separated export groups with "," ("12,400"), Indonesian Excel's ``;``
    files and workbooks with "." ("1.000" is a thousand) — there "12,345" is a
    fraction, not a count.  X's one trailing ".0" is a float's ("1938.0").

    Empty, "-" and "N/A" are no figure (None).  Raises ValueError for anything else,
    a negative number or a fraction included.
    """
    cell = text.replace("\xa0", " ").strip()
    if cell.lower() in EMPTY:
        return None
    if re.fullmatch(r"\d{1,15}(?:\.0)?", cell):
        return int(cell.split(".")[0])
    group = "." if decimal_comma else ","
    if re.fullmatch(rf"\d{{1,3}}(?:{re.escape(group)}\d{{3}}){{1,4}}", cell):
        return int(cell.replace(group, ""))
    abbreviated = _ABBREVIATED.fullmatch(cell)
    if abbreviated:
        number = Decimal(abbreviated[1].replace(",", "."))
        return int(number * _SUFFIXES[abbreviated[2].lower()])
    raise ValueError(f"not a count: {cell!r}")


_STAMPS = (
    "%m/%d/%Y %H:%M",  # Meta Business Suite, also in Indonesian files
    "%Y-%m-%d %H:%M %z",  # X tweet activity ("2016-12-23 18:50 +0000")
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
)
_DAYS = (
    "%a, %b %d, %Y",  # X account analytics ("Fri, Jun 5, 2026")
    "%b %d, %Y",  # YouTube Studio ("Sep 27, 2024")
    "%Y-%m-%d",
)


@dataclass(frozen=True)
class PublishTime:
    """When a row's post went out: a moment, or only its day (YouTube, X's newer file)."""

    moment: datetime | None = None
    day: date | None = None


def parse_time(text: str, tz: ZoneInfo) -> PublishTime:
    """A publish time cell; one without a zone is in the officer's zone.  ValueError if unread."""
    cell = " ".join(text.replace("\xa0", " ").split())
    for layout in _STAMPS:
        try:
            value = datetime.strptime(cell, layout)
        except ValueError:
            continue
        return PublishTime(moment=value if value.tzinfo else value.replace(tzinfo=tz))
    for layout in _DAYS:
        try:
            return PublishTime(day=datetime.strptime(cell, layout).date())
        except ValueError:
            continue
    raise ValueError(f"not a time: {cell!r}")


_EPOCH_X_MS = 1288834974657


def time_from_id(platform: str, post_id: str) -> datetime | None:
    """The moment a TikTok video or an X post was made, which its id encodes; else None."""
    if not post_id.isdigit() or len(post_id) < 15:
        return None
    number = int(post_id)
    if platform == "tiktok":
        seconds = number >> 32
    elif platform == "x":
        seconds = ((number >> 22) + _EPOCH_X_MS) / 1000
    else:
        return None
    moment = datetime(1970, 1, 1, tzinfo=UTC) + timedelta(seconds=seconds)
    return moment if 2010 <= moment.year <= 2100 else None


def link_key(url: str) -> tuple[str, str] | None:
    """What identifies a post's address whatever way it was written; None if not a link.

    ``https://www.instagram.com/reel/ABC/?igsh=x`` and ``instagram.com/p/ABC`` are one
    post; so are twitter.com and x.com addresses of one status, and a YouTube
    video's watch, short and youtu.be addresses.
    """
    text = url.strip()
    if not text:
        return None
    parts = urlsplit(text if "://" in text else "https://" + text)
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    if not host or "." not in host:
        return None
    path = [p for p in parts.path.split("/") if p]
    if host in ("twitter.com", "x.com", "mobile.twitter.com") and "status" in path:
        index = path.index("status")
        if index + 1 < len(path):
            return "x", path[index + 1]
    if host == "instagram.com" and len(path) >= 2 and path[0] in ("p", "reel", "tv"):
        return "instagram", path[1]
    if host.endswith("tiktok.com") and "video" in path:
        index = path.index("video")
        if index + 1 < len(path):
            return "tiktok", path[index + 1]
    if host == "youtu.be" and path:
        return "youtube", path[0]
    if host.endswith("youtube.com"):
        if path[:1] == ["shorts"] and len(path) > 1:
            return "youtube", path[1]
        video = parse_qs(parts.query).get("v")
        if video:
            return "youtube", video[0]
    return host, "/".join(path).lower()


def link_of(platform: str, post_id: str) -> str:
    """The address of a post known only by its id, where the platform's pattern allows."""
    if platform == "youtube" and post_id:
        return f"https://www.youtube.com/watch?v={post_id}"
    return ""
