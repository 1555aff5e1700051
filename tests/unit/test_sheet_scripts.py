"""The approval sheet is the caption: every script drawn, long captions over pages, no
character dropped silently (read back with poppler's ``pdftotext``)."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
import regex
from pypdf import PdfReader

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.documents.approval_sheet import UndrawableTextError
from sosmed_desktop.documents.scripts import layout, undrawable
from sosmed_desktop.domain.personal_data import DataException
from sosmed_desktop.services.packages import exporting as packages_export
from sosmed_desktop.services.posts.data import VariantInput
from tests.unit.packaging import approve, members
from tests.unit.posting import WIB, post_input, set_profile

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)

TITLE = "Sugeng rawuh ꦱꦸꦒꦼꦁꦫꦮꦸꦃ · مرحبا · 欢迎"
LATIN = "Ṭhé naïve café — Pelayanan ke-2 di Kec. Cikarang Selatan: ½ jam, 37°C, 1.250 warga!"
JAVANESE = "ꦥꦼꦩꦼꦫꦶꦤ꧀ꦠꦃ ꦏꦧꦸꦥꦠꦺꦤ꧀ ꦱ꧀ꦭꦺꦩꦤ꧀ ꦔꦸꦤ꧀ꦝꦁ ꦥꦫ ꦮꦂꦒ"
ARABIC_INSIDE = "Pengajian akbar: بِسْمِ اللّٰهِ الرَّحْمٰنِ الرَّحِيْمِ dibuka Bupati pukul 08.00"
PEGON = "اڤاكه ڤنجنڠن ايكي كاڠڬو واڮ"
CJK = "欢迎来到我们的城市。日本語のテキストも大丈夫です。서울에서 온 손님을 환영합니다"
EMOJI = "Ayo vaksin 💉😷👍🏽🇮🇩❤️ #SehatBersama ✓ ★"
CAPTION = "\n\n".join([LATIN, JAVANESE, ARABIC_INSIDE, CJK, EMOJI, PEGON])
RLE_BLOCK = regex.compile(r"\u202b(.*?)\u202c", regex.S)


def _approved(
    ctx: AppContext,
    caption: str,
    *,
    title: str = TITLE,
    code: str = "facebook",
    exceptions: tuple[DataException, ...] = (),
) -> int:
    set_profile(ctx)
    data = replace(
        post_input(when=datetime(2026, 12, 5, 9, 0, tzinfo=WIB), title=title, caption=caption),
        variants=(VariantInput(code),),
        exceptions=exceptions,
    )
    return approve(ctx, data)


def _sheet(ctx: AppContext, post_id: int, out: Path) -> bytes:
    return members(packages_export.export_post(ctx, post_id, out).path)["persetujuan.pdf"]


def pdftotext(pdf: bytes) -> str:
    """The sheet's text as poppler reads it, right-to-left spans put back in typed order."""
    done = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    text = done.stdout.decode("utf-8")
    return RLE_BLOCK.sub(lambda m: m.group(1)[::-1], text)


def _squeezed(text: str) -> str:
    return "".join(text.split())


def test_every_script_is_drawn_and_reads_back(ctx: AppContext, tmp_path: Path) -> None:
    assert undrawable(TITLE + CAPTION) == []
    post_id = _approved(ctx, CAPTION)
    pdf = _sheet(ctx, post_id, tmp_path / "out")
    text = _squeezed(pdftotext(pdf))
    for paragraph in (LATIN, JAVANESE, ARABIC_INSIDE, CJK, EMOJI):
        assert _squeezed(paragraph) in text, paragraph
    assert _squeezed(TITLE) in text
    # A paragraph that starts in Arabic is laid out right to left: poppler gives its
    # words in display order, so only the words are compared.
    assert sorted(_squeezed(w) for w in PEGON.split()) == sorted(
        _squeezed(w) for w in PEGON.split() if _squeezed(w) in text
    )


def test_arabic_is_shaped_and_set_right_to_left() -> None:
    (line,) = layout("سلام عليكم dunia 2026", 400, 10)
    assert line.rtl  # the paragraph starts in Arabic
    arabic = [run for run in line.runs if run.font == "NotoNaskhArabic"]
    assert arabic and all(hasattr(run.shaped, "__shapeData__") for run in arabic)
    assert line.runs[-1].text.startswith("سلام"), "the first word is the rightmost"
    (inside,) = layout("Halo سلام عليكم dunia", 400, 10)
    words = [r.text.strip() for r in inside.runs if r.text.strip()]
    assert words == ["Halo", "سلام عليكم", "dunia"]


def test_facebook_length_caption_flows_over_pages(ctx: AppContext, tmp_path: Path) -> None:
    words = "Warga Desa Sukamaju antusias mengikuti posyandu balita setiap bulan ꦱꦸꦒꦼꦁ 🙏 "
    caption = (words * 1000)[:63_206]
    post_id = _approved(ctx, caption)
    pdf = _sheet(ctx, post_id, tmp_path / "out")
    assert len(PdfReader(io.BytesIO(pdf)).pages) > 10
    text = pdftotext(pdf)
    footer = "Lembar persetujuan"
    body = "\n".join(line for line in text.splitlines() if not line.startswith(footer))
    assert _squeezed(caption) in _squeezed(body)


def test_an_undrawable_character_refuses_that_sheet_only(ctx: AppContext, tmp_path: Path) -> None:
    bad = _approved(ctx, "Prasasti kuno 𓀀 di museum")  # an Egyptian hieroglyph
    good = _approved(ctx, "Ayo ke posyandu!", title="Posyandu Sukamaju")
    assert undrawable("Prasasti kuno 𓀀 di museum") == ["𓀀"]
    report = packages_export.export_all_approved(ctx, tmp_path / "out")
    assert [r.post_id for r in report.written] == [good]
    (failed_id, _title, error), *rest = report.failed
    assert (failed_id, rest) == (bad, [])
    assert isinstance(error, UndrawableTextError)
    assert "U+13000" in error.params["chars"] and "caption Facebook" in error.params["where"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [report.written[0].path.name]


def test_a_personal_data_exception_is_drawn_or_refused(ctx: AppContext, tmp_path: Path) -> None:
    """The sheet prints each exception's value and reason: drawn in any script, or the
    sheet is refused naming it, never dropped."""
    caption = "Daftar lewat Bu Siti 0812-3456-7890."
    drawn = DataException("phone", "0812-3456-7890", "Izin tertulis ꦱꦸꦒꦼꦁ Bu Siti")
    post_id = _approved(ctx, caption, exceptions=(drawn,))
    text = _squeezed(pdftotext(_sheet(ctx, post_id, tmp_path / "out")))
    assert _squeezed("“0812-3456-7890” — alasan: Izin tertulis ꦱꦸꦒꦼꦁ Bu Siti") in text
    hieroglyph = DataException("phone", "0812-3456-7890", "Izin tertulis 𓀀")
    bad = _approved(ctx, caption, title="Posyandu Sukamaju", exceptions=(hieroglyph,))
    with pytest.raises(UndrawableTextError) as refused:
        _sheet(ctx, bad, tmp_path / "other")
    assert refused.value.params["where"] == "𓀀 (U+13000): pengecualian data pribadi"
