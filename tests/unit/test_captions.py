"""Caption counting as platforms count it, URLs on X, hashtags in any script."""

from __future__ import annotations

from datetime import date

import pytest

from sosmed_desktop.domain.captions import (
    caption_stats,
    count_characters,
    count_for_x,
    find_hashtags,
    find_urls,
    graphemes,
)
from sosmed_desktop.domain.platforms import PlatformSpec, load_spec_file

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
    assert count_characters(text, "instagram") == expected


def test_x_counts_urls_as_23_and_emoji_and_cjk_as_2() -> None:
    assert count_for_x("https://bekasikab.go.id/berita/2026/posyandu-balita-sukamaju") == 23
    assert count_for_x("Info: https://x.id") == 6 + 23
    assert count_for_x("Lihat bekasikab.go.id.") == 6 + 23 + 1
    assert count_for_x("👩‍👩‍👧‍👦") == 2
    assert count_for_x("🇮🇩👍🏽") == 4
    assert count_for_x("日本") == 4
    assert count_for_x("e\u0301") == 1  # normalised to é first
    assert count_characters("a https://example.com/very/long/path", "x") == 2 + 23


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
    free = PlatformSpec("web", "Web", None, None, None, None, (), date(2026, 11, 1))
    web = caption_stats("x" * 100_000, free)
    assert web.characters_left is None and not web.over_character_limit


def test_strange_input_does_not_break_counting() -> None:
    nasty = "\u200b\u200d\ufe0f\x00\ud7ff" + "🏴󠁧󠁢󠁳󠁣󠁴󠁿" + "#" * 50 + "http://" + "\n\t"
    assert graphemes(nasty) > 0
    assert count_for_x(nasty) > 0
    assert find_hashtags(nasty) == []
