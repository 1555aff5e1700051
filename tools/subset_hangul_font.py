"""Rebuild resources/fonts/SosmedHangul-Regular.ttf: the Hangul of NanumGothic, renamed.

NanumGothic (NAVER, SIL Open Font License 1.1) draws Korean; the whole file is
4.7 MB, its Hangul alone 1.3 MB.  The OFL allows a modified (subset) version
under another name — "Nanum" is a Reserved Font Name — so the subset is called
"Sosmed Hangul".  Needs fontTools (``pip install fonttools``), which the app
itself does not use.

Run: ``python tools/subset_hangul_font.py /usr/share/fonts/truetype/nanum/NanumGothic.ttf``
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

TARGET = Path(__file__).resolve().parents[1] / "resources" / "fonts" / "SosmedHangul-Regular.ttf"
HANGUL = "U+1100-11FF,U+3130-318F,U+A960-A97F,U+AC00-D7A3,U+D7B0-D7FF"
NAME = "Sosmed Hangul"


def main(source: str) -> int:
    options = subset.Options()
    options.layout_features = ["*"]
    options.hinting = False
    font = TTFont(source)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(HANGUL))
    subsetter.subset(font)
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 3, 4, 6, 16, 17, 18, 21, 22):
            names.removeNames(nameID=record.nameID)
    for name_id, value in ((1, NAME), (2, "Regular"), (3, f"{NAME} Regular"),
                           (4, f"{NAME} Regular"), (6, "SosmedHangul-Regular")):  # fmt: skip
        names.setName(value, name_id, 3, 1, 0x409)
    notice = "Subset of NanumGothic (c) 2010 NAVER Corporation, SIL Open Font License 1.1"
    names.setName(notice, 10, 3, 1, 0x409)
    font.save(TARGET)
    print(f"{TARGET}: {TARGET.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
