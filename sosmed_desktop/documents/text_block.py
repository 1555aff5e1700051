"""A ReportLab flowable for plain text in any script, laid out by `documents.scripts`.

It splits between lines, so a caption of any length (Facebook allows 63,206
characters) flows over as many pages as it needs instead of raising
ReportLab's `LayoutError`.  A shaped run (joined Arabic, reordered Javanese)
is wrapped in a marked-content span whose ``/ActualText`` is the run's own
text, so copying from the PDF, a screen reader or ``pdftotext`` gets the
caption as typed, in logical order.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from sosmed_desktop.documents.scripts import Line, Run, layout


@dataclass(frozen=True)
class TextStyle:
    """How a block of text is set: size and leading in points, weight, colour, alignment."""

    size: float = 9.5
    leading: float = 13
    bold: bool = False
    colour: colors.Color = colors.black
    centred: bool = False
    indent: float = 0.0
    bullet: str = ""
    space_before: float = 0.0
    space_after: float = 0.0

    def but(self, **changes: object) -> TextStyle:
        return replace(self, **changes)  # type: ignore[arg-type]


def _utf16_hex(text: str) -> str:
    return "FEFF" + text.encode("utf-16-be").hex().upper()


def draw_run(canvas: Canvas, x: float, y: float, run: Run) -> None:
    """Draw one run at (x, y), its shaped glyphs spanned by their text."""
    if run.spanned:
        canvas.addLiteral(f"/Span <</ActualText <{_utf16_hex(run.text)}>>> BDC")
    text = canvas.beginText(x, y)
    text.setFont(run.font, run.size)
    text.textOut(run.shaped)
    canvas.drawText(text)
    if run.spanned:
        canvas.addLiteral("EMC")


def draw_line(canvas: Canvas, x: float, y: float, line: Line) -> None:
    """Draw a laid-out line from (x, y), left to right in display order."""
    for run in line.runs:
        draw_run(canvas, x, y, run)
        x += run.width


class TextBlock(Flowable):
    """Plain text (line breaks kept) in one `TextStyle`; splits between lines."""

    def __init__(
        self, text: str, style: TextStyle, lines: list[Line] | None = None, width: float = 0
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.lines = lines
        self.laid_width = width
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after

    def _lay(self, avail: float) -> list[Line]:
        width = avail - self.style.indent
        if self.lines is None or abs(self.laid_width - width) > 0.01:
            self.lines = layout(self.text, width, self.style.size, bold=self.style.bold)
            self.laid_width = width
        return self.lines

    def _heights(self, lines: list[Line]) -> list[float]:
        size, leading = self.style.size, self.style.leading
        return [leading + sum(line.overhang(size)) for line in lines]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = sum(self._heights(self._lay(availWidth)))
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._lay(availWidth)
        fit, used = 0, 0.0
        for height in self._heights(lines):
            if used + height > availHeight + 1e-6:
                break
            fit, used = fit + 1, used + height
        if fit <= 0 or fit >= len(lines):
            return [] if fit <= 0 else [self]
        rest = self.style.but(bullet="", space_before=0)
        head = self.style.but(space_after=0)
        return [
            TextBlock(self.text, head, lines[:fit], self.laid_width),
            TextBlock(self.text, rest, lines[fit:], self.laid_width),
        ]

    def draw(self) -> None:
        style, canvas = self.style, self.canv
        lines = self.lines or []
        canvas.setFillColor(style.colour)
        top = self.height
        for line in lines:
            above, below = line.overhang(style.size)
            y = top - above - style.leading + 0.27 * style.size
            top -= style.leading + above + below
            room = self.width - style.indent
            if style.centred:
                x = style.indent + (room - line.width) / 2
            elif line.rtl:
                x = style.indent + room - line.width
            else:
                x = style.indent
            draw_line(canvas, x, y, line)
        if style.bullet and lines:
            above = lines[0].overhang(style.size)[0]
            bullet = layout(style.bullet, style.indent, style.size, bold=style.bold)[0]
            draw_line(canvas, 2, self.height - above - style.leading + 0.27 * style.size, bullet)
