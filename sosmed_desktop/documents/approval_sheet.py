"""The approval sheet (persetujuan.pdf) of a post package.

A paper record of what the head of department approved: letterhead, title,
schedule, platforms, each platform's caption with thumbnails of its images, the
personal data published under a recorded exception (with its reason), the data
sources cited, the directions answered, and the approval (name, position, date)
above a signature line.  A post rescheduled after its approval shows the time
that was approved beside the current one (a reschedule is no change of content:
`domain/approval.py`).  The content code printed on it is the start of the
approval's content hash, so paper and files can be matched.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from sosmed_desktop.documents.pdf import RULE, bullets, letterhead, para, render
from sosmed_desktop.documents.scripts import describe, undrawable
from sosmed_desktop.domain.figures import format_citation
from sosmed_desktop.domain.indonesian import (
    CHANNEL,
    DIRECTION_STATUS,
    PERSONAL_KIND,
    caption_length_words,
    date_words,
    datetime_words,
)
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.services.packages.content import PackageContent

THUMB_CM = 3.2
THUMBS_PER_ROW = 5


class UndrawableTextError(ValidationError):
    """Text the bundled fonts cannot draw: the sheet is refused rather than drop it."""

    code = "sheet_undrawable"
    template = "The approval sheet cannot draw {chars} ({where})"


def _texts(content: PackageContent) -> Iterable[tuple[str, str]]:
    """Every text the sheet prints that came from people, with where it appears."""
    post, dept = content.post, content.department
    yield "judul", post.title
    yield "perangkat daerah", f"{dept.name} {dept.regency} {dept.address}"
    yield "program", post.program_name or ""
    yield "disiapkan oleh", content.officer_name
    for platform in content.platforms:
        yield f"caption {platform.name}", platform.caption
    for item in content.post.exceptions:
        yield "pengecualian data pribadi", f"{item.value} {item.reason} {item.by}"
    for note in content.data_notes:
        yield "data pendukung", f"{format_citation(note)} {note.link or ''}"
    for d in content.directions:
        yield "arahan", f"{d.content} {d.given_by_name} {d.given_by_position or ''}"
    approval = content.approval
    yield "persetujuan", f"{approval.reviewer_name} {approval.reviewer_position or ''}"
    yield "catatan persetujuan", approval.note or ""


def refuse_undrawable(content: PackageContent) -> None:
    """Raise `UndrawableTextError` naming each character no bundled font draws, and where."""
    missing: dict[str, list[str]] = {}
    for where, text in _texts(content):
        for cluster in undrawable(text):
            places = missing.setdefault(describe(cluster), [])
            if where not in places:
                places.append(where)
    if missing:
        raise UndrawableTextError(
            chars=", ".join(missing),
            where="; ".join(f"{c}: {', '.join(w)}" for c, w in missing.items()),
        )


def _facts(content: PackageContent, package_name: str) -> Table:
    post, tz = content.post, content.tz
    approved_at = content.approval.scheduled_at
    rows = [
        ("Judul", post.title),
        ("Jadwal tayang", datetime_words(post.scheduled_at, tz) if post.scheduled_at else "-"),
    ]
    if approved_at is not None and approved_at != post.scheduled_at:
        rows.append(
            ("Jadwal saat disetujui", datetime_words(approved_at, tz)
             + " (dijadwalkan ulang setelah persetujuan)")
        )  # fmt: skip
    rows += [
        ("Platform", ", ".join(p.name for p in content.platforms)),
        ("Program", post.program_name or "-"),
        ("Disiapkan oleh", content.officer_name or "-"),
        ("Paket", package_name),
    ]
    table = Table(
        [[para(label, "label"), para(value)] for label, value in rows],
        colWidths=[3.6 * cm, None],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _thumb(data: bytes) -> Image:
    image = Image(io.BytesIO(data))
    scale = THUMB_CM * cm / max(image.imageWidth, image.imageHeight)
    image.drawWidth = image.imageWidth * scale
    image.drawHeight = image.imageHeight * scale
    return image


def _thumb_rows(thumbs: list[bytes]) -> list[Flowable]:
    cells = [_thumb(data) for data in thumbs if data]  # a video without a poster has none
    if not cells:
        return []
    rows = [cells[i : i + THUMBS_PER_ROW] for i in range(0, len(cells), THUMBS_PER_ROW)]
    rows[-1] += [""] * (THUMBS_PER_ROW - len(rows[-1]))
    table = Table(rows, colWidths=[(THUMB_CM + 0.2) * cm] * THUMBS_PER_ROW, hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return [Spacer(1, 4), table]


def _platforms(content: PackageContent, thumbs: dict[str, list[bytes]]) -> list[Flowable]:
    """Each platform: a shaded heading, the caption (flowing over pages), the images."""
    story: list[Flowable] = [para("Keterangan (caption) per platform", "h2")]
    for platform in content.platforms:
        count = len(platform.media)
        length = platform.caption_length
        parts = [platform.name]
        if length is not None:
            parts.append(caption_length_words(length.count, length.limit, length.counting))
        parts.append(f"{count} berkas media" if count else "")
        head = " · ".join(part for part in parts if part)
        heading = Table([[para(head, "head")]], colWidths=["100%"])
        heading.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3f4f6")),
                    ("LINEABOVE", (0, 0), (-1, -1), 0.5, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        caption = para(platform.caption, "caption")
        story += [
            KeepTogether([heading, Spacer(1, 4)]),
            caption,
            HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=4),
            *_thumb_rows(thumbs.get(platform.code, [])),
            Spacer(1, 8),
        ]
    return story


def _exceptions(content: PackageContent) -> list[Flowable]:
    """The personal data the head approves publishing, each with the officer's reason."""
    if not content.post.exceptions:
        return []
    lines = []
    for item in content.post.exceptions:
        kind = PERSONAL_KIND.get(item.kind, item.kind)
        line = f"{kind} “{item.value}” — alasan: {item.reason}"
        recorded = ", ".join(part for part in (item.by, _date(item.at, content)) if part)
        lines.append(line + (f" (dicatat: {recorded})" if recorded else ""))
    return [para("Pengecualian data pribadi", "h2"), *bullets(lines)]


def _date(iso: str, content: PackageContent) -> str:
    try:
        return date_words(datetime.fromisoformat(iso), content.tz, weekday=False)
    except ValueError:
        return ""


def _sources(content: PackageContent) -> list[Flowable]:
    story: list[Flowable] = [para("Data pendukung yang dikutip", "h2")]
    if not content.data_notes:
        return [*story, para("Tidak ada data yang dikutip.", "small")]
    return story + bullets(
        format_citation(note).replace("\n", " — ") + (f" ({note.link})" if note.link else "")
        for note in content.data_notes
    )


def _directions(content: PackageContent) -> list[Flowable]:
    story: list[Flowable] = [para("Arahan pimpinan yang dijawab", "h2")]
    if not content.directions:
        return [*story, para("Postingan ini tidak terkait arahan pimpinan.", "small")]
    lines = []
    for d in content.directions:
        who = d.given_by_name + (f", {d.given_by_position}" if d.given_by_position else "")
        channel = CHANNEL.get(d.channel, d.channel)
        when = date_words(d.given_at, content.tz, weekday=False)
        status = DIRECTION_STATUS.get(d.status, d.status)
        lines.append(f"“{' '.join(d.content.split())}” — {who} ({channel}, {when}); {status}")
    return story + bullets(lines)


def _approval(content: PackageContent) -> list[Flowable]:
    approval, tz = content.approval, content.tz
    place = content.department.regency.replace("Kabupaten", "").replace("Kota", "").strip()
    dated = date_words(approval.decided_at, tz, weekday=False)
    facts = [
        ("Keputusan", "Disetujui untuk diunggah"),
        ("Disetujui oleh", approval.reviewer_name),
        ("Jabatan", approval.reviewer_position or "-"),
        ("Tanggal", datetime_words(approval.decided_at, tz)),
        ("Kode konten", approval.content_hash[:16]),
    ]
    if approval.note:
        facts.append(("Catatan", approval.note))
    table = Table(
        [[para(label, "label"), para(value)] for label, value in facts],
        colWidths=[3.6 * cm, None],
    )
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    signature = Table(
        [
            [para(f"{place + ', ' if place else ''}{dated}")],
            [para(approval.reviewer_position or "Pemberi persetujuan")],
            [Spacer(1, 1.8 * cm)],
            [para("( " + approval.reviewer_name + " )")],
        ],
        colWidths=[7 * cm],
        hAlign="RIGHT",
    )
    signature.setStyle(TableStyle([("LINEABOVE", (0, 3), (0, 3), 0.6, colors.black)]))
    return [
        KeepTogether([para("Persetujuan", "h2"), table, Spacer(1, 14), signature]),
    ]


def approval_sheet(
    content: PackageContent, package_name: str, thumbs: dict[str, list[bytes]]
) -> bytes:
    """The PDF bytes of the sheet; `thumbs` maps platform codes to small JPEGs.

    Raises `UndrawableTextError` when some text cannot be drawn (see `refuse_undrawable`).
    """
    refuse_undrawable(content)
    dept = content.department
    story: list[Flowable] = [
        *letterhead(dept.name, dept.regency, dept.address),
        para("LEMBAR PERSETUJUAN UNGGAHAN MEDIA SOSIAL", "h1"),
        _facts(content, package_name),
        *_platforms(content, thumbs),
        *_exceptions(content),
        *_sources(content),
        *_directions(content),
        *_approval(content),
    ]
    return render(
        story,
        title=f"Lembar persetujuan: {content.post.title}",
        author=dept.name,
        footer=f"Lembar persetujuan · {content.post.title[:80]} · {content.post.uuid}",
    )
