"""twitter-text's published conformance cases against our link, hashtag and X-length code.

The cases are twitter/twitter-text's ``conformance/validate.yml`` and
``extract.yml`` (Apache-2.0).  They are read where they lie, not copied into
this repository: the folder named by ``SOSMED_TWITTER_CONFORMANCE``, else
``reference/twitter-text-conformance`` in the shared folder beside the
repository.  The sections run are those of the rules the app uses: weighted
length with the v3 configuration (emoji 2) and direction marks, URL extraction
(with indices, direction marks, t.co), scheme-less URL validity, hashtag
extraction and validity.  Every case of those sections must pass.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from sosmed_desktop.domain.hashtags import find_tags
from sosmed_desktop.domain.links import find_links
from sosmed_desktop.domain.x_length import x_length

yaml = pytest.importorskip("yaml")

SHARED = Path(__file__).resolve().parents[3] / "shared" / "reference" / "twitter-text-conformance"
FOLDER = Path(os.environ.get("SOSMED_TWITTER_CONFORMANCE") or SHARED)


def _cases(file: str, *sections: str) -> list[Any]:
    path = FOLDER / file
    if not path.is_file():
        return [
            pytest.param(
                None,
                id=f"{file}-missing",
                marks=pytest.mark.skip(
                    reason=f"twitter-text's {file} is not in {FOLDER} "
                    "(set SOSMED_TWITTER_CONFORMANCE to its folder)"
                ),
            )
        ]
    tests = yaml.safe_load(path.read_text(encoding="utf-8"))["tests"]
    return [
        pytest.param(case, id=f"{section}: {case['description']}")
        for section in sections
        for case in tests[section]
    ]


@pytest.mark.parametrize(
    "case",
    _cases(
        "validate.yml",
        "WeightedTweetsWithDiscountedEmojiCounterTest",
        "UnicodeDirectionalMarkerCounterTest",
    ),
)
def test_weighted_length(case: dict[str, Any]) -> None:
    result = x_length(case["text"])
    assert result.weighted_length == case["expected"]["weightedLength"]
    assert result.valid == case["expected"]["valid"]


@pytest.mark.parametrize("case", _cases("extract.yml", "urls", "tco_urls_with_params"))
def test_url_extraction(case: dict[str, Any]) -> None:
    assert [link.url for link in find_links(case["text"])] == case["expected"]


@pytest.mark.parametrize(
    "case", _cases("extract.yml", "urls_with_indices", "urls_with_directional_markers")
)
def test_url_extraction_with_indices(case: dict[str, Any]) -> None:
    found = [{"url": x.url, "indices": [x.start, x.end]} for x in find_links(case["text"])]
    assert found == case["expected"]


@pytest.mark.parametrize("case", _cases("validate.yml", "urls_without_protocol"))
def test_urls_without_protocol_are_links(case: dict[str, Any]) -> None:
    links = find_links(case["text"])
    assert (len(links) == 1 and links[0].url == case["text"]) == case["expected"]


@pytest.mark.parametrize("case", _cases("extract.yml", "hashtags", "hashtags_from_astral"))
def test_hashtag_extraction(case: dict[str, Any]) -> None:
    assert [tag.text[1:] for tag in find_tags(case["text"])] == case["expected"]


@pytest.mark.parametrize("case", _cases("extract.yml", "hashtags_with_indices"))
def test_hashtag_extraction_with_indices(case: dict[str, Any]) -> None:
    found = [{"hashtag": t.text[1:], "indices": [t.start, t.end]} for t in find_tags(case["text"])]
    assert found == case["expected"]


@pytest.mark.parametrize("case", _cases("validate.yml", "hashtags"))
def test_hashtag_validity(case: dict[str, Any]) -> None:
    tags = find_tags(case["text"])
    assert (len(tags) == 1 and tags[0].text == case["text"]) == case["expected"]
