"""A platform's own rules as findings, and the spec file's counting rules and sources."""

from __future__ import annotations

import json
from typing import Any

import pytest

from sosmed_desktop.domain.content_checks import check_variant
from sosmed_desktop.domain.content_findings import Severity
from sosmed_desktop.domain.platform_rules import check_caption_limits, check_title
from sosmed_desktop.domain.platforms import BUNDLED_SPEC, Counting, load_spec_file, parse_spec
from sosmed_desktop.errors import ValidationError

SPECS = {s.code: s for s in load_spec_file()}


def _codes(findings: list) -> list[str]:
    return [f.code for f in findings]


def test_bundled_figures_follow_the_corrected_reference() -> None:
    ig, tiktok, yt, threads, x = (
        SPECS[c] for c in ("instagram", "tiktok", "youtube", "threads", "x")
    )
    assert (ig.max_images, ig.hashtag_limit, ig.caption_limit) == (20, 5, 2200)
    assert (tiktok.caption_limit, tiktok.caption_soft_limit, tiktok.title_limit) == (2200, 2000, 90)
    assert (yt.counting, yt.caption_limit, yt.title_limit) == (Counting.UTF8_BYTES, 5000, 100)
    assert set(yt.forbidden_characters) == {"<", ">"}
    assert (threads.counting, threads.caption_limit, threads.link_limit) == (
        Counting.THREADS, 500, 5
    )  # fmt: skip
    assert x.counting is Counting.X_WEIGHTED
    for spec in SPECS.values():
        for limit in ("caption_limit", "hashtag_limit", "link_limit", "title_limit", "max_images"):
            if getattr(spec, limit) is not None:
                source = spec.source_of(limit)
                assert source is not None and source.source, f"{spec.code}.{limit} has no source"


def test_threads_over_five_links_marks_the_extra_ones() -> None:
    text = "Info: " + " ".join(f"s.id/link{i}" for i in range(7))
    findings = check_caption_limits(text, SPECS["threads"])
    [links] = [f for f in findings if f.code == "too_many_links"]
    assert links.severity is Severity.ERROR and links.params == {"count": 7, "limit": 5}
    assert [text[s.start : s.end] for s in links.spans] == ["s.id/link5", "s.id/link6"]
    assert "too_many_links" not in _codes(check_caption_limits(text, SPECS["instagram"]))


def test_threads_emoji_bytes_can_push_a_caption_over() -> None:
    text = "a" * 480 + "🙏" * 6  # 486 characters, 504 as Threads counts
    [too_long] = check_caption_limits(text, SPECS["threads"])
    assert too_long.code == "caption_too_long"
    assert too_long.params == {"count": 504, "limit": 500, "counting": "threads"}
    assert check_caption_limits(text, SPECS["linkedin"]) == []


def test_youtube_counts_bytes_and_refuses_angle_brackets() -> None:
    text = "é" * 2600  # 2,600 characters, 5,200 bytes
    assert _codes(check_caption_limits(text, SPECS["youtube"])) == ["caption_too_long"]
    found = check_caption_limits("Jadwal <b>vaksin</b>", SPECS["youtube"])
    [refused] = found
    assert refused.code == "forbidden_characters" and refused.params["characters"] == ["<", ">"]
    assert len(refused.spans) == 4
    title = check_title("Vaksinasi <Gratis> " + "x" * 90, SPECS["youtube"])
    assert _codes(title) == ["title_too_long", "forbidden_characters"]
    assert all(f.spans == () for f in title)
    assert check_title("x" * 300, SPECS["instagram"]) == []


def test_tiktok_warns_past_2000_and_refuses_past_2200() -> None:
    [warning] = check_caption_limits("a" * 2001, SPECS["tiktok"])
    assert warning.code == "caption_over_soft_limit" and warning.severity is Severity.WARNING
    assert _codes(check_caption_limits("a" * 2201, SPECS["tiktok"])) == ["caption_too_long"]


def test_x_flags_characters_that_make_a_post_invalid() -> None:
    text = "Selamat pagi\ufeff Bekasi"
    findings = check_variant(text, SPECS["x"])
    [invalid] = [f for f in findings if f.code == "invalid_characters"]
    assert invalid.severity is Severity.ERROR and invalid.params["codes"] == ["U+FEFF"]
    assert invalid.platform == "x" and invalid.spans[0].start == 12
    assert "invalid_characters" not in _codes(check_variant(text, SPECS["facebook"]))


def test_instagram_sixth_hashtag_is_an_error() -> None:
    text = " ".join(f"#Tag{i}" for i in range(6))
    [tags] = check_caption_limits(text, SPECS["instagram"])
    assert tags.code == "too_many_hashtags" and [text[s.start : s.end] for s in tags.spans] == [
        "#Tag5"
    ]


def _raw(**extra: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {"code": "x", "name": "X", "checked_on": "2026-12-01",
                           "caption_limit": 280, "presets": []}  # fmt: skip
    raw.update(extra)
    return raw


def test_format_1_files_keep_counting_as_before() -> None:
    [x] = parse_spec({"format": 1, "platforms": [_raw()]})
    assert x.counting is Counting.X_WEIGHTED and x.sources == ()
    [other] = parse_spec({"platforms": [_raw(code="tiktok")]})
    assert other.counting is Counting.GRAPHEMES


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"format": 3, "platforms": [_raw()]}, "format"),
        ({"format": 2, "platforms": [_raw(counting="words")]}, "counting must be one of"),
        ({"format": 2, "platforms": [_raw(forbidden_characters=5)]}, "forbidden_characters"),
        ({"format": 2, "platforms": [_raw(sources=[])]}, "sources must be an object"),
        (
            {"format": 2, "platforms": [_raw(sources={"link_limit": {"source": "a"}})]},
            "names no limit",
        ),
        (
            {"format": 2, "platforms": [_raw(sources={"caption_limit": {"source": " "}})]},
            "needs a source",
        ),
        (
            {
                "format": 2,
                "platforms": [
                    _raw(sources={"caption_limit": {"source": "a", "checked_on": "kemarin"}})
                ],
            },
            "checked_on",
        ),
        ({"format": 2, "platforms": [_raw(link_limit=0)]}, "link_limit"),
    ],
)
def test_bad_rules_in_a_spec_file_are_refused(data: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_spec(data)
    assert message in str(caught.value)


def test_bundled_file_is_format_2() -> None:
    assert json.loads(BUNDLED_SPEC.read_text(encoding="utf-8"))["format"] == 2
