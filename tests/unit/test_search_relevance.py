"""BM25 over FTS5's matches (`services/search/relevance.py`): words as the index reads
them, the columns' weights, and the same order as FTS5's own ``bm25()``."""

from __future__ import annotations

import sqlite3

import pytest

from sosmed_desktop.services.search.query import (
    excerpt,
    find_phrases,
    fold,
    fts_expression,
    parse_query,
    phrase_pattern,
    phrases_to_find,
)
from sosmed_desktop.services.search.relevance import scores


def _phrases(query: str) -> list:
    return phrases_to_find(parse_query(query))


@pytest.mark.parametrize(
    ("phrase", "text", "found"),
    [
        ((("posyandu",), False), "Ke Posyandu, posyandunya tutup", ["posyandu"]),
        ((("posyandu",), True), "Ke Posyandu, posyandunya tutup", ["posyandu", "posyandunya"]),
        ((("sehat",), True), "kesehatan", []),  # a prefix begins a word
        ((("cafe",), False), "CAFÉ-nya", ["cafe"]),  # folded as the index folds
        ((("demam", "berdarah"), False), "Demam — berdarah!\ndemam  berdarah",
         ["demam — berdarah", "demam  berdarah"]),
        ((("demam", "berdarah"), False), "berdarah demam", []),
        ((("1", "245", "300"), False), "1.245.300 dosis", ["1.245.300"]),
        ((("नमस्ते",), False), "नमस्ते दुनिया", ["नमस्ते"]),
    ],
)  # fmt: skip
def test_pattern_finds_words_as_the_index_splits_them(
    phrase: tuple, text: str, found: list[str]
) -> None:
    assert phrase_pattern(phrase).findall(fold(text)) == found


def test_scores_weigh_columns_hits_and_lengths() -> None:
    weights = (8.0, 1.0)  # title, caption
    records = [
        ("Posyandu Melati", "jadwal bulan ini"),  # 0: in the title
        ("Info", "ke posyandu"),  # 1: in the caption
        ("Info", "posyandu posyandu posyandu"),  # 2: three times in the caption
        ("Info", "posyandu " + "kata " * 60),  # 3: once, in a long caption
        ("Info", "tanpa kata itu"),  # 4: not at all
    ]
    found = scores(records, weights, _phrases("posyandu"))
    assert found[0] > found[2] > found[1] > found[3] > found[4] == 0.0


def test_a_phrase_never_spans_two_records() -> None:
    found = scores([("", "demam"), ("", "berdarah")], (1.0, 1.0), _phrases('"demam berdarah"'))
    assert found == [0.0, 0.0]


def test_no_records_no_scores() -> None:
    assert scores([], (1.0,), _phrases("posyandu")) == []


def test_orders_as_fts5s_own_bm25() -> None:
    """On one phrase (where BM25's inverse document frequency is the same for every
    record) the order is FTS5's, with the same column weights."""
    texts = [
        ("Posyandu Melati", "jadwal imunisasi balita bulan ini di balai desa"),
        ("Info kegiatan", "posyandu buka pukul delapan pagi"),
        ("Info", "posyandu posyandu posyandu hari ini"),
        ("Jadwal", "posyandu " + "kabar warga desa " * 20),
        ("Posyandu remaja", "posyandu untuk remaja dan posyandu lansia"),
        ("Catatan", "kader posyandu rapat bulanan di kantor desa sukamaju"),
    ]
    weights = (8.0, 1.0)
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(title, caption, tokenize='unicode61')")
    db.executemany("INSERT INTO t(rowid, title, caption) VALUES (?, ?, ?)", [
        (i, *row) for i, row in enumerate(texts, start=1)
    ])  # fmt: skip
    for query in ("posyandu", "posy"):
        expression = fts_expression(parse_query(query))
        fts5 = [
            rowid
            for (rowid,) in db.execute(
                "SELECT rowid FROM t WHERE t MATCH ? ORDER BY bm25(t, 8.0, 1.0)", (expression,)
            )
        ]
        ours = scores(texts, weights, _phrases(query))
        ranked = sorted(range(1, len(texts) + 1), key=lambda i: -ours[i - 1])
        assert ranked == fts5, query


def test_a_nul_inside_a_text_is_a_separator() -> None:
    """Records are joined by NUL to be read in one pass; one in a caption (pasted text
    keeps it) must not shift the records after it."""
    found = scores(
        [("", "Jadwal posyandu\x00 bulan ini"), ("", "tanpa"), ("", "ke posyandu")],
        (1.0, 1.0),
        _phrases("posyandu"),
    )
    assert found[0] > 0 and found[1] == 0 and found[2] > 0


def _marks(text: str, query: str) -> list[str]:
    patterns = [phrase_pattern(phrase) for phrase in _phrases(query)]
    return [text[s.start : s.end] for s in find_phrases(text, patterns)]


def test_marks_what_the_index_matched() -> None:
    assert _marks("Hari Kesehatan Nasional", "sehat") == []  # not inside a word
    assert _marks("Posyandu Sehat, hidup sehat", "sehat") == ["Sehat", "sehat"]
    assert _marks("Bawa anak ke puskesmas", "a") == ["anak"]  # a prefix marks its word
    assert _marks("Jadwal imunisasi anak", '"imunisasi" anak') == ["imunisasi", "anak"]
    assert _marks("imunisasi dan anak", '"imunisasi anak"') == []
    assert _marks("Sudah 1.245.300 dosis", "1245300") == ["1.245.300"]
    assert _marks("Demam — berdarah!", '"demam berdarah"') == ["Demam — berdarah"]
    assert _marks("CAFÉ-nya 🎉 café", "cafe") == ["CAFÉ", "café"]


def test_the_excerpt_shows_the_phrase_found() -> None:
    patterns = [phrase_pattern(phrase) for phrase in _phrases("sehat")]
    snippet, spans = excerpt(["Info kesehatan ibu", "Ajak keluarga hidup sehat"], patterns)
    assert snippet == "Ajak keluarga hidup sehat"
    assert [snippet[s.start : s.end] for s in spans] == ["sehat"]


def test_folding_keeps_every_position() -> None:
    text = "Ayo ÉCOLE ke posyandu 🎉 " * 3 + "İstanbul ﬁ"
    assert len(fold(text)) == len(text)
    assert fold("Ayo ÉCOLE 🎉 Ke") == "ayo ecole 🎉 ke"
