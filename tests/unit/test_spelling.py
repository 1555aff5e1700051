"""Indonesian spelling: the words checked, non-standard forms, the dictionary, the word list."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models_editorial import SpellingWord
from sosmed_desktop.domain.content_checks import ImageFacts, check_variant
from sosmed_desktop.domain.content_findings import Severity
from sosmed_desktop.domain.platforms import load_spec_file
from sosmed_desktop.domain.spelling_checks import (
    find_nonstandard,
    find_unknown_words,
    standard_form,
    word_tokens,
)
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.services.posts import spelling
from sosmed_desktop.services.profile import Profile, save_profile
from tests.unit.posting import add_program

SPECS = {s.code: s for s in load_spec_file()}


@pytest.fixture(scope="module")
def indonesian() -> spelling.Dictionary:
    dictionary = spelling.load_dictionary("id")
    assert dictionary is not None, "the bundled id_ID dictionary must load"
    return dictionary


def test_hashtags_mentions_links_numbers_and_acronyms_are_not_checked() -> None:
    text = (
        "Ayo ke posyandu! #BekasiSehat @dinkes_bekasi s.id/PPDB info@bekasikab.go.id "
        "HUT77 COVID-19 PPDB 2026 anak-anak Jum'at"
    )
    assert [t.word for t in word_tokens(text)] == ["Ayo", "ke", "posyandu", "anak-anak", "Jum'at"]
    token = next(iter(word_tokens("Halo 🙏 Bekasi")))
    assert (token.start, token.end) == (0, 4)


def test_nonstandard_forms_suggest_the_standard_one() -> None:
    text = "Himbauan: hindari resiko, urus ijin. Himbauan berlaku."
    found = {f.params["word"]: f for f in find_nonstandard(text)}
    assert set(found) == {"Himbauan", "resiko", "ijin"}
    assert found["Himbauan"].params["standard"] == "Imbauan"  # capital kept
    assert found["Himbauan"].params["count"] == 2 and len(found["Himbauan"].spans) == 2
    assert found["resiko"].severity is Severity.SUGGESTION
    pairs = {"aktifitas": "aktivitas", "praktek": "praktik", "propinsi": "provinsi",
             "nafas": "napas", "merubah": "mengubah", "jadual": "jadwal",
             "kwalitas": "kualitas", "dimana": "di mana"}  # fmt: skip
    for wrong, right in pairs.items():
        assert standard_form(wrong) == right
    assert standard_form("imbauan") is None


def test_dictionary_knows_indonesian_and_department_words(indonesian: spelling.Dictionary) -> None:
    for word in ("Pemerintah", "mengimbau", "masyarakat", "kupu-kupu", "imbauan"):
        assert indonesian.is_known(word), word
    for word in ("kesehtan", "Cikarang", "himbauan"):
        assert not indonesian.is_known(word), word
    indonesian.set_extra_words({"Cikarang", "Tambun"})
    assert indonesian.is_known("Cikarang") and indonesian.is_known("cikarang")
    assert indonesian.is_known("Cikarang-Tambun")
    indonesian.set_extra_words(set())
    assert not indonesian.is_known("Cikarang")
    assert indonesian.is_known("مرحبا")  # another script is not judged
    assert indonesian.suggest("himbauan")[0] == "imbauan"
    assert "kesehatan" in indonesian.suggest("kesehtan")


def test_unknown_words_in_the_content_checks(indonesian: spelling.Dictionary) -> None:
    text = "Warga Cikarang diminta menjaga kesehtan. Himbauan ini penting. #Kesehtan"
    [unknown] = find_unknown_words(text, indonesian)
    assert unknown.params["words"] == ["Cikarang", "kesehtan"]  # not the non-standard one
    photo = [ImageFacts(1080, 1080, 1)]  # Instagram refuses a post without one
    findings = check_variant(text, SPECS["instagram"], photo, speller=indonesian)
    codes = sorted(f.code for f in findings)
    assert codes == ["nonstandard_word", "unknown_words"]
    assert all(f.platform == "instagram" for f in findings)
    without = check_variant(text, SPECS["instagram"], photo)
    assert [f.code for f in without] == ["nonstandard_word"]


def test_english_dictionary_comes_from_the_package() -> None:
    english = spelling.load_dictionary("en")
    assert english is not None and english.is_known("health") and not english.is_known("helth")
    assert spelling.load_dictionary("jv") is None


def test_words_of_government_writing_are_known_loanwords_are_not(
    indonesian: spelling.Dictionary,
) -> None:
    for word in ("posyandu", "Posyandu", "balita", "hoaks", "daring", "Kab", "dll", "BPJS"):
        assert indonesian.is_known(word), word
    indonesian.set_extra_words({"Tambun"})  # the department's words come on top
    assert indonesian.is_known("posyandu") and indonesian.is_known("Tambun")
    indonesian.set_extra_words(set())
    for word in ("online", "kesehtan"):
        assert not indonesian.is_known(word), word


def test_the_profile_names_the_regency_and_department(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        profile = Profile("Rina", department_name="Dinkes Wanasari", regency="Kabupaten Sumbawi")
        save_profile(uow, profile)
    with ctx.uow() as uow:
        words = spelling.department_words(uow)
    assert {"Wanasari", "Sumbawi", "Kabupaten", "Dinkes"} <= words


def test_word_list_in_the_database(ctx: AppContext) -> None:
    add_program(ctx, "Gerakan Bekasi Bersih")
    with ctx.uow() as uow:
        assert spelling.add_words(uow, ["Cikarang", "Tambun", "cikarang"], kind="place") == [
            "Cikarang",
            "Tambun",
        ]
    with ctx.uow() as uow:
        assert spelling.add_words(uow, ["CIKARANG", "Setu"]) == ["Setu"]
        words = spelling.department_words(uow)
        rows = spelling.list_words(uow)
    assert {"Cikarang", "Tambun", "Setu", "Gerakan", "Bekasi", "Bersih"} <= words
    assert [(r.word, r.kind) for r in rows] == [
        ("Cikarang", "place"),
        ("Setu", "added"),
        ("Tambun", "place"),
    ]
    with ctx.uow() as uow:
        removed = spelling.remove_words(uow, ["setu", "Tambun"])
    assert sorted((r.word, r.kind) for r in removed) == [("Setu", "added"), ("Tambun", "place")]
    with ctx.uow() as uow:
        assert [r.word for r in spelling.list_words(uow)] == ["Cikarang"]
        assert "Tambun" not in spelling.department_words(uow)
    with ctx.uow() as uow:  # the dialog's undo: back on the lists they were on
        assert spelling.restore_words(uow, removed) == 2
        assert spelling.restore_words(uow, removed) == 0, "listed again: skipped"
    with ctx.uow() as uow:
        again = spelling.list_words(uow)
    assert [(r.word, r.kind, r.department_id) for r in again] == [
        (r.word, r.kind, r.department_id) for r in rows
    ]


@pytest.mark.parametrize(
    ("words", "code"),
    [
        (["Cikarang", ""], "word_required"),
        (["dua kata"], "not_a_word"),
        (["x" * 81], "word_too_long"),
        (["#Bekasi"], "not_a_word"),
    ],
)
def test_bad_words_are_refused_and_nothing_is_written(
    ctx: AppContext, words: list[str], code: str
) -> None:
    with ctx.uow() as uow, pytest.raises(ValidationError) as caught:
        spelling.add_words(uow, words)
    assert caught.value.code == code
    with ctx.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(SpellingWord)) == 0


def test_removing_a_missing_word_is_not_found(ctx: AppContext) -> None:
    from sosmed_desktop.errors import NotFoundError

    with ctx.uow() as uow:
        spelling.add_words(uow, ["Cikarang"])
    with ctx.uow() as uow, pytest.raises(NotFoundError):
        spelling.remove_words(uow, ["Cikarang", "Tambun"])
    with ctx.uow() as uow:  # nothing removed
        assert [r.word for r in spelling.list_words(uow)] == ["Cikarang"]
