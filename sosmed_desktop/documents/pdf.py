"""Shared PDF machinery: bundled fonts for every script, text styles, a letterhead, footers.

PDFs are made in the core with ReportLab (BSD licence, pure Python, in use since
2000) rather than Qt's QPdfWriter, because the core must not import Qt and the
headless commands (`export`, `report`) must produce the same files as the
window.  All text goes through `documents.text_block.TextBlock`, laid out by
`documents.scripts` in the bundled fonts (resources/fonts/, embedded as
subsets): Latin in Noto Sans, Javanese, Arabic (Pegon), Sundanese, Balinese,
Buginese and Batak in their Noto fonts, emoji in Noto Emoji (monochrome),
Chinese, Japanese and Korean in Droid Sans Fallback.  Nothing is dropped: a
character none of them can draw is found by `scripts.undrawable` before a
document is made, and the document is refused.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from functools import cache

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, HRFlowable, SimpleDocTemplate, Spacer, Table, TableStyle

from sosmed_desktop import APP_DISPLAY_NAME
from sosmed_desktop.documents.scripts import REGULAR, font, layout
from sosmed_desktop.documents.text_block import TextBlock, TextStyle, draw_line

INK = colors.HexColor("#1f2937")
MUTED = colors.HexColor("#6b7280")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#d1d5db")
FOOTER_SIZE = 7.5
__all__ = ["REGULAR", "bullets", "letterhead", "para", "render", "styles"]


@cache
def styles() -> dict[str, TextStyle]:
    """The text styles every document uses (Noto Sans registered for charts, too)."""
    font(REGULAR)
    body = TextStyle(size=9.5, leading=13, colour=INK)
    return {
        "body": body,
        "small": body.but(size=8, leading=10.5, colour=MUTED),
        "label": body.but(size=9, bold=True, colour=MUTED),
        "h1": body.but(size=14, leading=18, bold=True, centred=True, space_before=6,
                       space_after=8),
        "h2": body.but(size=11, leading=15, bold=True, colour=ACCENT, space_before=10,
                       space_after=4),
        "figure": body.but(size=14, leading=18, bold=True, centred=True, colour=ACCENT),
        "head": body.but(bold=True),
        "caption": body.but(indent=6),
        "kop1": body.but(size=11, leading=14, bold=True, centred=True),
        "kop2": body.but(size=14, leading=18, bold=True, centred=True),
        "kop3": body.but(size=8.5, leading=11, centred=True, colour=MUTED),
        "bullet": body.but(indent=12, bullet="•"),
    }  # fmt: skip


def para(text: str, style: str = "body") -> TextBlock:
    """A block of plain text (line breaks kept) in one of the shared styles."""
    return TextBlock(text, styles()[style])


def letterhead(department: str, regency: str, address: str) -> list[Flowable]:
    """The kop surat: government, department, address, and a double rule."""
    parts: list[Flowable] = []
    if regency.strip():
        parts.append(para(f"PEMERINTAH {regency.strip().upper()}", "kop1"))
    parts.append(para((department.strip() or "Perangkat Daerah").upper(), "kop2"))
    if address.strip():
        parts.append(para(" ".join(address.split()), "kop3"))
    parts += [
        Spacer(1, 3),
        HRFlowable(width="100%", thickness=2, color=INK, spaceAfter=1),
        HRFlowable(width="100%", thickness=0.5, color=INK, spaceAfter=8),
    ]
    return parts


def bullets(lines: Iterable[str]) -> list[Flowable]:
    """A bulleted list of plain-text items."""
    return [para(line, "bullet") for line in lines]


def render(story: list[Flowable], *, title: str, author: str, footer: str) -> bytes:
    """Lay `story` out on A4 pages with a footer and page numbers; return the PDF bytes."""
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=1.6 * cm,
        bottomMargin=1.8 * cm,
        title=title,
        author=author,
        creator=APP_DISPLAY_NAME,
        lang="id-ID",
    )
    room = A4[0] - 6 * cm  # the page number keeps 2 cm on the right
    footer_line = layout(footer, room, FOOTER_SIZE)[0]  # a long title's footer is cut

    def on_page(canvas, document) -> None:
        canvas.saveState()
        canvas.setFillColor(MUTED)
        draw_line(canvas, 2 * cm, 1.1 * cm, footer_line)
        number = layout(f"Halaman {document.page}", 2 * cm, FOOTER_SIZE)[0]
        draw_line(canvas, A4[0] - 2 * cm - number.width, 1.1 * cm, number)
        canvas.restoreState()

    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()


def count_table(
    header: tuple[str, str], rows: list[tuple[str, int | str]], width: float = 17 * cm
) -> Table:
    """A two-column table of labels and right-aligned counts, under a shaded header."""
    data = [[para(header[0], "label"), para(header[1], "label")]]
    data += [[para(label), para(str(count))] for label, count in rows]
    table = Table(data, colWidths=[width - 3 * cm, 3 * cm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f3f4f6")),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table
