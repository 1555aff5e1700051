"""preview.html: the post as each platform will show it, readable in any browser offline.

One file with no scripts and no outside resources (a Content-Security-Policy
forbids the browser to fetch anything): photos are embedded as reduced JPEG
data URIs, so the preview also works when opened straight from the zip in
Windows Explorer, which extracts only the file that is opened.  Videos are
linked relatively (``instagram/02.mp4``) and play once the zip is extracted.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from html import escape

from sosmed_desktop.domain.indonesian import datetime_words
from sosmed_desktop.services.packages.content import PackageContent

_TAG = re.compile(r"(?<![\w&])([#@][\w.]+)", re.UNICODE)
_CSP = "default-src 'none'; img-src data:; media-src 'self' file:; style-src 'unsafe-inline'"
_STYLE = """
body{margin:0;background:#eef1f5;font-family:"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif,
"Segoe UI Emoji","Apple Color Emoji","Noto Color Emoji";
color:#1f2937}
header{background:#1f4e79;color:#fff;padding:18px 24px}
header h1{margin:0 0 4px;font-size:20px}
header p{margin:2px 0;font-size:14px;opacity:.9}
nav{padding:10px 24px;background:#fff;border-bottom:1px solid #d1d5db;font-size:14px}
nav a{margin-right:14px;color:#1f4e79}
main{display:flex;flex-wrap:wrap;gap:24px;padding:24px;align-items:flex-start}
article{background:#fff;border:1px solid #d1d5db;border-radius:10px;width:420px;
overflow:hidden;box-shadow:0 1px 3px rgba(0,0,0,.08)}
article h2{margin:0;font-size:15px;padding:10px 14px;background:#f3f4f6;
border-bottom:1px solid #e5e7eb}
.who{display:flex;align-items:center;gap:10px;padding:10px 14px;font-weight:600;font-size:14px}
.avatar{width:34px;height:34px;border-radius:50%;background:#1f4e79;color:#fff;display:flex;
align-items:center;justify-content:center;font-size:14px}
.media{display:flex;overflow-x:auto;gap:4px;background:#000}
.media img,.media video{max-width:100%;flex:0 0 100%;object-fit:contain;max-height:520px}
.count{font-size:12px;color:#6b7280;padding:4px 14px}
.caption{white-space:pre-wrap;word-wrap:break-word;padding:10px 14px 16px;font-size:14px;
line-height:1.45}
.tag{color:#1d4ed8}
footer{padding:0 24px 24px;font-size:12px;color:#6b7280}
"""


@dataclass(frozen=True)
class PreviewMedia:
    """A photo (embedded JPEG bytes) or a video (path inside the package folder)."""

    kind: str
    jpeg: bytes = b""
    path: str = ""


def _caption(text: str) -> str:
    return _TAG.sub(r'<span class="tag">\1</span>', escape(text))


def _media(items: list[PreviewMedia]) -> str:
    if not items:
        return ""
    parts = []
    for item in items:
        if item.kind == "video":
            parts.append(f'<video controls preload="metadata" src="{escape(item.path)}"></video>')
        else:
            data = base64.b64encode(item.jpeg).decode("ascii")
            parts.append(f'<img alt="" src="data:image/jpeg;base64,{data}">')
    count = ""
    if len(items) > 1:
        count = f'<div class="count">{len(items)} berkas, geser ke samping</div>'
    return f'<div class="media">{"".join(parts)}</div>{count}'


def preview_html(content: PackageContent, media: dict[str, list[PreviewMedia]]) -> bytes:
    """The UTF-8 bytes of preview.html; `media` maps platform codes to their items."""
    post, dept, tz = content.post, content.department, content.tz

    def who(code: str) -> str:
        name = dept.account(code) or "Perangkat Daerah"
        initial = escape(name.lstrip("@")[:1].upper() or "?")
        return f'<div class="who"><div class="avatar">{initial}</div>{escape(name)}</div>'

    when = datetime_words(post.scheduled_at, tz) if post.scheduled_at else "-"
    approval = content.approval
    approved = (
        f"Disetujui oleh {approval.reviewer_name}"
        + (f", {approval.reviewer_position}" if approval.reviewer_position else "")
        + f" pada {datetime_words(approval.decided_at, tz)}"
    )
    nav = " ".join(f'<a href="#{escape(p.code)}">{escape(p.name)}</a>' for p in content.platforms)
    cards = "\n".join(
        f'<article id="{escape(p.code)}"><h2>{escape(p.name)}</h2>'
        f"{who(p.code)}"
        f"{_media(media.get(p.code, []))}"
        f'<div class="caption">{_caption(p.caption)}</div></article>'
        for p in content.platforms
    )
    page = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pratinjau: {escape(post.title)}</title>
<style>{_STYLE}</style>
</head>
<body>
<header><h1>{escape(post.title)}</h1>
<p>{escape(dept.name)} · Jadwal tayang: {escape(when)}</p>
<p>{escape(approved)}</p></header>
<nav>Platform: {nav}</nav>
<main>
{cards}
</main>
<footer>Pratinjau paket unggahan dari Sosmed Desktop. Tampilan di aplikasi asli bisa sedikit
berbeda; berkas yang diunggah ada di folder tiap platform.</footer>
</body>
</html>
"""
    return page.encode("utf-8")
