"""Caption counting as each platform counts it, links as X finds them, hashtags in any script.

twitter-text's own conformance cases run in `test_twitter_conformance.py`; these
are the cases of Indonesian government captions that issue 16 names.
"""

from __future__ import annotations

from datetime import date

import pytest

from sosmed_desktop.domain.captions import (
    caption_stats,
    count_caption,
    find_hashtags,
    find_urls,
    graphemes,
    threads_length,
)
from sosmed_desktop.domain.platforms import Counting, PlatformSpec, load_spec_file
from sosmed_desktop.domain.x_length import x_length

SPECS = {s.code: s for s in load_spec_file()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("Bekasi", 6),
        ("👍", 1),
        ("👍🏽", 1),  # skin tone
        ("👩‍👩‍👧‍👦", 1),  # ZWJ family
        ("🇮🇩", 1),  # flag
        ("🏳️‍🌈", 1),
        ("1️⃣", 1),  # keycap
        ("e\u0301", 1),  # combining accent
        ("नमस्ते", 3),  # Devanagari conjuncts
        ("한국어", 3),
        ("Sehat 💪🏾 bersama 🇮🇩!", 18),
    ],
)
def test_user_perceived_characters(text: str, expected: int) -> None:
    assert graphemes(text) == expected
    assert count_caption(text, Counting.GRAPHEMES) == expected


def count_for_x(text: str) -> int:
    return count_caption(text, Counting.X_WEIGHTED)


def test_x_counts_urls_as_23_and_emoji_and_cjk_as_2() -> None:
    assert count_for_x("https://bekasikab.go.id/berita/2026/posyandu-balita-sukamaju") == 23
    assert count_for_x("Info: https://bekasikab.go.id") == 6 + 23
    assert count_for_x("Lihat bekasikab.go.id.") == 6 + 23 + 1
    assert count_for_x("👩‍👩‍👧‍👦") == 2
    assert count_for_x("🇮🇩👍🏽") == 4
    assert count_for_x("日本") == 4
    assert count_for_x("e\u0301") == 1  # normalised to é first
    assert count_for_x("a https://example.com/very/long/path") == 2 + 23


@pytest.mark.parametrize(
    "link",
    [
        "youtu.be/dQw4w9WgXcQ",
        "forms.gle/AbC12xyz",
        "lnkd.in/gAbc3",
        "linktr.ee/dinkesbks",
        "tokopedia.link/xYz12",
        "s.id/PPDB-Bekasi",
        "bit.ly/3abcXYZ",
    ],
)
def test_short_links_without_a_scheme_count_23(link: str) -> None:
    assert [u.start for u in find_urls(f"Daftar: {link} ya")] == [8]
    assert count_for_x(f"Daftar: {link} ya") == 8 + 23 + 3


def test_links_next_to_emoji_and_parentheses() -> None:
    before = "Klik ➡️bit.ly/3abcXYZ"
    assert [before[u.start : u.end] for u in find_urls(before)] == ["bit.ly/3abcXYZ"]
    assert count_for_x(before) == 5 + 2 + 23
    after = "Baca https://bekasikab.go.id/berita/123🙏"
    assert [after[u.start : u.end] for u in find_urls(after)] == [
        "https://bekasikab.go.id/berita/123"
    ]
    assert count_for_x(after) == 5 + 23 + 2
    wiki = "(lihat https://id.wikipedia.org/wiki/Bekasi_(kota))"
    assert [wiki[u.start : u.end] for u in find_urls(wiki)] == [
        "https://id.wikipedia.org/wiki/Bekasi_(kota)"
    ]


def test_domain_labels_longer_than_63_are_no_links() -> None:
    text = "https://" + "a" * 64 + ".com"
    assert find_urls(text) == []
    assert count_for_x(text) == len(text)
    assert len(find_urls("https://" + "a" * 63 + ".com")) == 1


def test_keycap_direction_marks_and_invalid_characters_on_x() -> None:
    assert count_for_x("1⃣") == 2 and count_for_x("1️⃣") == 2
    marked = "\u200ehttps://s.id/abc\u200f"
    assert [marked[u.start : u.end] for u in find_urls(marked)] == ["https://s.id/abc"]
    assert count_for_x(marked) == 2 + 23 + 2  # each mark weighs 2 on its own
    bad = x_length("Halo\ufeff semua\ufffe")
    assert not bad.valid and bad.invalid_at == (4, 11)
    assert x_length("Halo semua").valid


def test_threads_counts_emoji_as_utf8_bytes_and_youtube_counts_bytes() -> None:
    assert threads_length("Halo 🙏") == 5 + 4
    assert threads_length("👍🏽") == 8
    assert threads_length("🇮🇩") == 8
    assert count_caption("é🙏", Counting.THREADS) == 1 + 4
    assert count_caption("é🙏", Counting.UTF8_BYTES) == 2 + 4


def test_urls_found_without_trailing_punctuation() -> None:
    text = "Daftar di https://bekasikab.go.id/daftar?id=5, atau www.kemkes.go.id). Email a@b.co.id"
    found = [text[s.start : s.end] for s in find_urls(text)]
    assert found == ["https://bekasikab.go.id/daftar?id=5", "www.kemkes.go.id"]


def test_hashtags_any_script() -> None:
    text = (
        "#BekasiSehat #HUTBekasi77 ayo!#Posyandu #ग्राम #日本 #2026 x#no "
        "https://a.id/#anchor #ＢｅｋａｓｉＫｅｒｅｎ #kesehatan_ibu"
    )
    tags = [t.text for t in find_hashtags(text)]
    assert tags == [
        "#BekasiSehat",
        "#HUTBekasi77",
        "#Posyandu",
        "#ग्राम",
        "#日本",
        "#ＢｅｋａｓｉＫｅｒｅｎ",
        "#kesehatan_ibu",
    ]
    assert find_hashtags("#BekasiSehat")[0].key == "bekasisehat"
    joined = "#Bekasi\u200dKu #مرحبا\u200c_x #HUT·77"
    assert [t.text for t in find_hashtags(joined)] == [
        "#Bekasi\u200dKu",
        "#مرحبا\u200c_x",
        "#HUT·77",
    ]
    span = find_hashtags("Ayo #HUTBekasi77!")[0].span
    assert (span.start, span.end) == (4, 16)


def test_caption_stats_against_limits() -> None:
    caption = "Hari Kesehatan Nasional 🇮🇩 " + " ".join(f"#Tag{i}" for i in range(6))
    stats = caption_stats(caption, SPECS["instagram"])
    assert stats.hashtags == 6 and stats.hashtag_limit == 5 and stats.over_hashtag_limit
    assert stats.character_limit == 2200 and not stats.over_character_limit
    assert stats.characters_left == 2200 - stats.characters
    x = caption_stats("a" * 281, SPECS["x"])
    assert x.over_character_limit and x.characters_left == -1
    threads = caption_stats("Lihat " + " ".join(f"s.id/a{i}" for i in range(6)), SPECS["threads"])
    assert threads.urls == 6 and threads.link_limit == 5 and threads.over_link_limit
    tiktok = caption_stats("a" * 2100, SPECS["tiktok"])
    assert tiktok.over_soft_limit and not tiktok.over_character_limit
    free = PlatformSpec("web", "Web", None, None, None, None, (), date(2026, 11, 1))
    web = caption_stats("x" * 100_000, free)
    assert web.characters_left is None and not web.over_character_limit


def test_strange_input_does_not_break_counting() -> None:
    nasty = "\u200b\u200d\ufe0f\x00\ud7ff" + "🏴󠁧󠁢󠁳󠁣󠁴󠁿" + "#" * 50 + "http://" + "\n\t"
    assert graphemes(nasty) > 0
    assert count_for_x(nasty) > 0
    assert find_hashtags(nasty) == []
