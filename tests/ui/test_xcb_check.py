"""The start's own words when Qt's X11 plugin lacks system libraries (a fake finder)."""

from __future__ import annotations

import io
import logging
import sys

import pytest

from ui.xcb_check import XCB_LIBRARIES, loadable, uses_xcb, warn_if_missing

MINIMAL = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
"""What a minimal Debian lacked while Qt blamed libxcb-cursor0."""


def without(*absent: str):  # type: ignore[no-untyped-def]
    return lambda soname: None if soname in absent else f"/usr/lib/{soname}"


def test_every_missing_package_is_named_in_both_languages(
    caplog: pytest.LogCaptureFixture,
) -> None:
    out = io.StringIO()
    with caplog.at_level(logging.ERROR, logger="ui.xcb_check"):
        missing = warn_if_missing(
            ["main.py"], environ={}, platform="linux", find=without(*MINIMAL), stream=out
        )
    assert missing == ["libxcb-icccm4", "libxcb-keysyms1"]
    text = out.getvalue()
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in text
    assert "pustaka sistem yang dibutuhkan Qt" in text
    assert "system libraries Qt needs" in text
    assert "libxcb-cursor0" not in text
    assert caplog.records and "libxcb-keysyms1" in caplog.records[0].getMessage()


def test_nothing_is_said_when_every_library_is_there() -> None:
    out = io.StringIO()
    assert (
        warn_if_missing(["main.py"], environ={}, platform="linux", find=without(), stream=out) == []
    )
    assert out.getvalue() == ""


@pytest.mark.parametrize(
    ("argv", "environ", "platform", "checked"),
    [
        (["main.py"], {}, "linux", True),
        (["main.py"], {"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        (["main.py"], {"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        (["main.py"], {"QT_QPA_PLATFORM": "wayland;xcb"}, "linux", False),
        (["main.py", "-platform", "offscreen"], {"QT_QPA_PLATFORM": "xcb"}, "linux", False),
        (["main.py", "-platform", "xcb:dpi=96"], {}, "linux", True),
        (["main.py"], {}, "win32", False),
        (["main.py"], {}, "darwin", False),
    ],
)
def test_only_a_linux_start_on_xcb_is_checked(
    argv: list[str], environ: dict[str, str], platform: str, checked: bool
) -> None:
    assert uses_xcb(argv, environ, platform) is checked
    out = io.StringIO()
    missing = warn_if_missing(
        argv, environ=environ, platform=platform, find=without(*XCB_LIBRARIES), stream=out
    )
    assert bool(missing) is checked


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux library names")
def test_the_real_finder_tells_a_present_library_from_an_absent_one() -> None:
    assert loadable("libc.so.6")
    assert not loadable("libsosmed-tidak-ada.so.9")
