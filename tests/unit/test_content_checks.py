"""Content checks: limits, images, personal data, sensitive words, figures, checklist."""

from __future__ import annotations

import pytest

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.domain.content_checks import (
    CHECKLIST,
    ImageFacts,
    Severity,
    check_caption_limits,
    check_images,
    check_variant,
    compile_words,
    find_figures,
    find_personal_data,
    find_sensitive_words,
    find_uncited_figures,
    has_errors,
    parse_word_list,
)
from sosmed_desktop.domain.platforms import load_spec_file, parse_spec
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.services.posts import sensitive_words

SPECS = {s.code: s for s in load_spec_file()}


def _matches(text: str, kind: str) -> list[str]:
    found = [f for f in find_personal_data(text) if f.code == f"personal_{kind}"]
    return [text[s.start : s.end] for f in found for s in f.spans]


@pytest.mark.parametrize(
    "phone",
    ["0812-3456-7890", "081234567890", "0812 3456 789", "+62 812-3456-7890", "+6281234567890",
     "6281234567890", "+62 (0)812 3456 7890", "0857.1234.5678"],
)  # fmt: skip
def test_indonesian_phone_numbers(phone: str) -> None:
    assert _matches(f"Hubungi {phone} sekarang", "phone") == [phone]


@pytest.mark.parametrize(
    "text",
    ["Pukul 08.00 WIB", "Tahun 2026 ada 12.345 balita", "Kode 0812", "Rp 1.500.000",
     "NIP 198503172010011002"],
)  # fmt: skip
def test_no_phone_false_alarms(text: str) -> None:
    assert _matches(text, "phone") == []


def test_any_sixteen_digit_number_is_a_nik_but_not_seventeen() -> None:
    assert _matches("NIK 3216061708900001.", "nik") == ["3216061708900001"]
    assert _matches("nomor 9916061713900000", "nik") == [
        "9916061713900000"
    ]  # see test_personal_data
    assert _matches("nomor 32160617089000011", "nik") == []  # 17 digits


def test_email_and_plates() -> None:
    text = "Kirim ke humas.dinkes@bekasikab.go.id; mobil B 1234 KZX, motor F 1 AB dan T1234AB."
    assert _matches(text, "email") == ["humas.dinkes@bekasikab.go.id"]
    assert _matches(text, "plate") == ["B 1234 KZX", "F 1 AB", "T1234AB"]
    assert _matches("RT 05 RW 03, HUT RI 77, COVID 19 dan KB 2 anak", "plate") == []


def test_personal_data_findings_are_errors_with_spans() -> None:
    text = "NIK 3216061708900001, HP 0812-3456-7890"
    findings = find_personal_data(text)
    assert {f.code for f in findings} == {"personal_nik", "personal_phone"}
    assert all(f.severity is Severity.ERROR for f in findings)
    nik = next(f for f in findings if f.code == "personal_nik")
    assert nik.params == {
        "count": 1, "matches": ["3216061708900001"], "keys": ["3216061708900001"]
    }  # fmt: skip
    assert text[nik.spans[0].start : nik.spans[0].end] == "3216061708900001"


def test_sensitive_words_whole_words_any_case() -> None:
    pattern = compile_words(parse_word_list("# komentar\nhoaks\nberita bohong\n\nHOAKS\n"))
    text = "Ini HOAKS! Bukan berita   bohong. Kata hoaksnya dan antihoaks tidak dihitung."
    [finding] = find_sensitive_words(text, pattern)
    assert finding.params == {"count": 2, "words": ["berita   bohong", "hoaks"]}
    assert [text[s.start : s.end] for s in finding.spans] == ["HOAKS", "berita   bohong"]
    assert find_sensitive_words("tidak ada apa-apa", pattern) == []
    assert compile_words(()) is None
    assert find_sensitive_words("hoaks", None) == []


def test_bundled_list_and_officer_copy(ctx: AppContext) -> None:
    words = sensitive_words.load_words(ctx.config)
    assert {"hoaks", "kafir", "goblok"} <= set(words)
    assert "anjing" not in words  # rabies campaigns must not trip the check
    path = sensitive_words.save_words(
        ctx.config, ["kata rahasia", "  ", "# catatan", "Kata Rahasia"]
    )
    assert path.parent == ctx.config.data_dir
    assert sensitive_words.load_words(ctx.config) == ("kata rahasia",)
    pattern = sensitive_words.sensitive_pattern(ctx.config)
    assert find_sensitive_words("ini KATA RAHASIA kita", pattern)
    with pytest.raises(ValidationError):
        sensitive_words.save_words(ctx.config, ["x" * 81])
    path.unlink()  # a lost override falls back to the bundled list
    assert "hoaks" in sensitive_words.load_words(ctx.config)
    sensitive_words.reset_words(ctx.config)
    assert ctx.config.get("sensitive_words_file") == ""


def test_figures_need_a_source() -> None:
    text = (
        "Angka stunting turun 3,2 persen; 12.345 balita ditimbang di 5 posyandu pada "
        "17 Agustus 2026 pukul 08.00 WIB, HUT ke-77 #HUTBekasi77. Cakupan 95%."
    )
    figures = [text[s.start : s.end] for s in find_figures(text)]
    assert figures == ["3,2 persen", "12.345", "95%"]
    [finding] = find_uncited_figures(text, data_cited=False)
    assert finding.severity is Severity.SUGGESTION and finding.code == "cite_data_source"
    assert find_uncited_figures(text, data_cited=True) == []
    assert find_uncited_figures("Selamat pagi, Bekasi!", data_cited=False) == []


def test_limits_are_errors() -> None:
    tags = " ".join(f"#Tag{i}" for i in range(7))
    [finding] = check_caption_limits(tags, SPECS["instagram"])
    assert finding.code == "too_many_hashtags" and finding.severity is Severity.ERROR
    assert finding.params == {"count": 7, "limit": 5}
    assert len(finding.spans) == 2  # the tags beyond the limit are highlighted
    [long] = check_caption_limits("🇮🇩" * 281, SPECS["x"])
    assert long.code == "caption_too_long"
    assert long.params == {"count": 562, "limit": 280, "counting": "x_weighted"}
    assert check_caption_limits("🇮🇩" * 2200, SPECS["instagram"]) == []


def test_image_checks() -> None:
    square = ImageFacts(1080, 1080, 300_000, media_id=1)
    story = ImageFacts(1080, 1920, 300_000, media_id=2)
    tiny = ImageFacts(300, 300, 6_000_000, media_id=3)
    assert check_images([square] * 20, SPECS["instagram"]) == []  # carousels of 20
    too_many = check_images([square] * 21, SPECS["instagram"])
    assert [f.code for f in too_many] == ["too_many_images"]
    assert has_errors(too_many)
    [ratio] = check_images([story], SPECS["instagram"])
    assert ratio.code == "image_ratio" and ratio.params["image"] == 1
    assert ratio.params["ratio"] == 0.56 and ratio.severity is Severity.WARNING
    assert {f.code for f in check_images([tiny], SPECS["x"])} == {"image_too_large"}
    assert {f.code for f in check_images([tiny], SPECS["threads"])} == {"image_too_narrow"}
    assert check_images([ImageFacts(1080, 1350, 1)], SPECS["instagram"]) == []  # 4:5
    assert check_images([ImageFacts(1080, 566, 1)], SPECS["instagram"]) == []  # 1.91:1


def test_check_variant_tags_platform_and_any_script_is_safe() -> None:
    text = "Selamat 🇮🇩 नमस्ते 中文 \u200b\x00 ‮ 0812-3456-7890"
    findings = check_variant(text, SPECS["x"], [ImageFacts(1, 1, 1)] * 5)
    assert {f.platform for f in findings} == {"x"}
    assert {f.code for f in findings} == {"too_many_images", "personal_phone"}


def test_checklist_declares_the_guidance() -> None:
    codes = [item.code for item in CHECKLIST]
    assert codes == [
        "source_verified",
        "non_partisan",
        "no_sara_hoax",
        "no_confidential",
        "no_personal_data",
    ]
    assert all(item.text and item.source for item in CHECKLIST)


def test_spec_file_ratio_fields() -> None:
    spec = SPECS["instagram"]
    assert spec.min_ratio == pytest.approx(0.75) and spec.max_ratio == pytest.approx(1.91)
    assert SPECS["threads"].min_image_width == 320
    base = {"code": "a", "name": "A", "checked_on": "2026-11-01"}
    with pytest.raises(ValidationError):
        parse_spec({"platforms": [{**base, "min_ratio": "lebar"}]})
    with pytest.raises(ValidationError):
        parse_spec({"platforms": [{**base, "max_ratio": "0:1"}]})
