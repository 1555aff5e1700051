"""Time what the editor does on each keystroke in a 2,200-character caption.

Figures for issue 16's goal (checking never blocks typing: under 20 ms on the
GUI thread, or off it): the counters of every platform of the bundled spec (the
links and hashtags found once, then each platform's rule), the spell checker's
underline of the whole caption in a real ``QPlainTextEdit`` (the highlighter
runs on the GUI thread) with the dictionary's per-word cache cold and warm, the
content checks of one platform with the speller (they run in a worker), and a
context menu's suggestions.  It prints figures; nothing is asserted.

Run: ``.venv/bin/python bench/captions.py [--rounds N]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

from sosmed_desktop.domain import captions  # noqa: E402
from sosmed_desktop.domain.content_checks import check_variant  # noqa: E402
from sosmed_desktop.domain.platforms import load_spec_file  # noqa: E402
from sosmed_desktop.services.posts.spelling import load_dictionary  # noqa: E402

SENTENCE = (
    "Pemerintah Kabupaten Bekasi mengimbau warga 🙏 ikut imunisasi di puskesmas terdekat, "
    "info lengkap s.id/imunisasi-bks atau https://dinkes.bekasikab.go.id/jadwal. #BekasiSehat "
)


def caption(length: int = 2200) -> str:
    """A realistic caption of `length` characters (words, emoji, links, hashtags)."""
    return (SENTENCE * (length // len(SENTENCE) + 1))[:length]


def timed(fn: Callable[[], object], rounds: int) -> tuple[float, float]:
    """Median and worst time of `fn` in milliseconds."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20)
    rounds = parser.parse_args().rounds
    app = QApplication.instance() or QApplication(sys.argv)
    specs = load_spec_file()
    text = caption()
    print(f"caption: {len(text)} characters; load average {os.getloadavg()[0]:.2f}")

    def counters() -> None:
        captions.caption_facts.cache_clear()  # a keystroke changes the text
        captions.count_caption.cache_clear()
        for spec in specs:
            captions.caption_stats(text, spec)

    median, worst = timed(counters, rounds)
    print(f"counters, {len(specs)} platforms: median {median:.1f} ms, worst {worst:.1f} ms")

    start = time.perf_counter()
    dictionary = load_dictionary("id")
    print(f"dictionary load: {(time.perf_counter() - start) * 1000:.0f} ms")
    assert dictionary is not None

    from ui.editor.spelling import EditorSpelling, SpellingHighlighter

    class Holder(EditorSpelling):
        def __init__(self) -> None:  # no context or bus: only the dictionary is used
            from PySide6.QtCore import QObject

            QObject.__init__(self)
            self.dictionary = dictionary
            self.highlighters = []

    holder = Holder()
    edit = QPlainTextEdit()
    edit.setPlainText(text)
    highlighter = SpellingHighlighter(edit.document(), holder)
    holder.highlighters.append(highlighter)
    cold = timed(lambda: (dictionary.set_extra_words(set()), highlighter.rehighlight()), rounds)
    warm = timed(highlighter.rehighlight, rounds)
    print(f"underline, whole caption: cold cache median {cold[0]:.1f} ms (worst {cold[1]:.1f})")
    print(f"underline, whole caption: warm cache median {warm[0]:.1f} ms (worst {warm[1]:.1f})")

    instagram = next(s for s in specs if s.code == "instagram")

    def checks() -> None:
        captions.caption_facts.cache_clear()
        check_variant(text, instagram, speller=dictionary)

    median, worst = timed(checks, rounds)
    print(f"content checks with spelling, one platform: median {median:.1f} ms, worst {worst:.1f}")
    median, worst = timed(lambda: dictionary.suggest("kesehtan"), 5)
    print(f"suggestions for one word: median {median:.0f} ms, worst {worst:.0f} ms")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
