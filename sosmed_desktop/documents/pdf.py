"""Shared PDF machinery: the bundled Noto Sans, paragraph styles, a letterhead, page footers.

PDFs are made in the core with ReportLab (BSD licence, pure Python, in use since
2000) rather than Qt's QPdfWriter, because the core must not import Qt and the
headless commands (`export`, `report`) must produce the same files as the
window.  Text is set in the bundled Noto Sans (embedded as a subset), which
covers Indonesian and every Latin script; a character the font lacks (emoji) is
left out of the PDF instead of printing as an empty box; caption.txt keeps it.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterable
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, HRFlowable, Paragraph, SimpleDocTemplate, Spacer

from sosmed_desktop import APP_DISPLAY_NAME
from sosmed_desktop.bundle import resource

FONTS_DIR = resource("fonts")
REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"
INK = colors.HexColor("#1f2937")
MUTED = colors.HexColor("#6b7280")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#d1d5db")
_lock = threading.Lock()


@cache
def _registered() -> frozenset[int]:
    """Register Noto Sans once per process; return the code points it has glyphs for."""
    with _lock:
        regular = TTFont(REGULAR, str(FONTS_DIR / "NotoSans-Regular.ttf"))
        pdfmetrics.registerFont(regular)
        pdfmetrics.registerFont(TTFont(BOLD, str(FONTS_DIR / "NotoSans-Bold.ttf")))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                      boldItalic=BOLD)  # fmt: skip
        return frozenset(regular.face.charToGlyph)


def printable(text: str) -> str:
    """`text` without the characters the font cannot draw (emoji, pictographs)."""
    glyphs = _registered()
    return "".join(ch for ch in text if ch in "\n\t" or ord(ch) in glyphs)


def markup(text: str) -> str:
    """Plain text as ReportLab paragraph markup: escaped, line breaks kept."""
    return escape(printable(text)).replace("\n", "<br/>")


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles every document uses."""
    _registered()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13, textColor=INK)
    found = {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, textColor=MUTED),
        "label": ParagraphStyle("label", parent=body, fontName=BOLD, fontSize=9, textColor=MUTED),
        "h1": ParagraphStyle(
            "h1", parent=body, fontName=BOLD, fontSize=14, leading=18, alignment=TA_CENTER
        ),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName=BOLD, fontSize=11, leading=15, textColor=ACCENT
        ),
        "kop1": ParagraphStyle(
            "kop1", parent=body, fontName=BOLD, fontSize=11, leading=14, alignment=TA_CENTER
        ),
        "kop2": ParagraphStyle(
            "kop2", parent=body, fontName=BOLD, fontSize=14, leading=18, alignment=TA_CENTER
        ),
        "kop3": ParagraphStyle(
            "kop3", parent=body, fontSize=8.5, leading=11, alignment=TA_CENTER, textColor=MUTED
        ),
    }
    found["h1"].spaceBefore, found["h1"].spaceAfter = 6, 8
    found["h2"].spaceBefore, found["h2"].spaceAfter = 10, 4
    return found


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain text in one of the shared styles."""
    return Paragraph(markup(text), styles()[style])


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
    style = ParagraphStyle("bullet", parent=styles()["body"], leftIndent=12, bulletIndent=2)
    return [Paragraph(markup(line), style, bulletText="•") for line in lines]


def render(story: list[Flowable], *, title: str, author: str, footer: str) -> bytes:
    """Lay `story` out on A4 pages with a footer and page numbers; return the PDF bytes."""
    _registered()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=1.6 * cm,
        bottomMargin=1.8 * cm,
        title=printable(title),
        author=printable(author),
        creator=APP_DISPLAY_NAME,
        lang="id-ID",
    )
    footer_text = printable(footer)

    def on_page(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(2 * cm, 1.1 * cm, footer_text)
        canvas.drawRightString(A4[0] - 2 * cm, 1.1 * cm, f"Halaman {document.page}")
        canvas.restoreState()

    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()
